//! `tally init`: the organization, the company account, the `credits` kind,
//! the built-in `administrator` role and the first admin. `tally db copy`:
//! an organization moved whole into a new database.

use serde::Serialize;
use serde_json::json;

use super::users::{self, NewUser, User};
use super::{Action, Ctx, Right, audit, fmt_time, verify};
use crate::error::{Code, Error, Result};
use crate::store::{self, Holder, Location, Outcome, Store};

use crate::store::DEFAULT_KIND;

#[derive(Debug, Serialize)]
pub struct Initialized {
    pub company: String,
    pub admin: User,
    pub password: String,
}

/// Everything `init` takes from the command line, checked before the file
/// is looked at: bad input is `invalid_input` whatever the file holds.
pub fn check_input(company: &str, admin: &NewUser) -> Result<()> {
    check_company(company)?;
    users::validate(admin)
}

/// The company's name: 1 to 200 characters, no control characters.
fn check_company(company: &str) -> Result<()> {
    if company.trim().is_empty() || company.chars().count() > 200 {
        return Err(
            Error::invalid("the company name must be 1 to 200 characters")
                .hint("give --company NAME"),
        );
    }
    super::check_no_control(company, "company name")
}

/// Creates the database at `at` with the organization in it; with
/// `dry_run`, nothing is kept, after the same checks.
pub fn create(
    at: &Location,
    dry_run: bool,
    now: jiff::Timestamp,
    os_user: &str,
    company: &str,
    admin: NewUser,
) -> Result<Initialized> {
    // Checked before the file is created, so that bad input leaves no file behind.
    check_input(company, &admin)?;
    store::create(at, dry_run, |store: Store| {
        init(&store, now, os_user, company, admin)
    })
}

pub fn init(
    store: &Store,
    now: jiff::Timestamp,
    os_user: &str,
    company: &str,
    admin: NewUser,
) -> Result<Initialized> {
    check_input(company, &admin)?;
    let at = fmt_time(now);
    store.insert_organization(company, &admin.handle, &at)?;
    let rights: Vec<&str> = Right::ALL.iter().map(|r| r.as_str()).collect();
    store.insert_admin_role(&rights, &at)?;
    let kind = store.insert_kind(DEFAULT_KIND, &at)?;
    store.account(kind.id, Holder::Company)?;
    let (user, password) = users::insert(store, &at, &admin)?;
    audit::record(
        store,
        &at,
        &admin.handle,
        os_user,
        Action::Init.name(),
        Some(company),
        Outcome::Ok,
        &json!({"company": company, "admin": admin.handle}),
    )?;
    Ok(Initialized {
        company: company.to_string(),
        admin: user,
        password: password.ok_or_else(users::no_password)?,
    })
}

/// Copies the organization in `from` into `to`, a new database holding
/// tally's schema and nothing else, then checks the copy and records the
/// move in its audit log. A database that does not verify is not copied:
/// its problems would move with it.
#[allow(clippy::too_many_arguments)]
pub fn copy(
    from: &Store,
    to: Store,
    from_name: &str,
    to_name: &str,
    actor: Option<&str>,
    now: jiff::Timestamp,
    os_user: &'static std::sync::LazyLock<String>,
    progress: &dyn Fn(u64),
) -> Result<Vec<store::Copied>> {
    // The actor acts on the source: a deactivated one copies nothing.
    Ctx::new(*from, actor, now, os_user)?;
    let left = from.tables_not_copied()?;
    if !left.is_empty() {
        return Err(Error::new(
            Code::DatabaseUnusable,
            format!(
                "{from_name} holds tables tally does not know: {}",
                left.join(", ")
            ),
        )
        .hint("copy from a database only tally writes to; nothing was copied"));
    }
    let before = verify::run_on_copy(from)?;
    if !before.ok {
        return Err(Error::new(
            Code::VerifyFailed,
            format!(
                "{from_name} does not verify: {}",
                before.problems().join("; ")
            ),
        )
        .hint("mend what `tally verify` names first; nothing was copied"));
    }
    let copied = from.copy_into(&to, progress)?;
    let after = verify::run_on_copy(&to)?;
    if !after.ok {
        return Err(Error::new(
            Code::VerifyFailed,
            format!(
                "the copy at {to_name} does not verify: {}",
                after.problems().join("; ")
            ),
        )
        .hint("nothing was kept; this is a bug in tally, please report it"));
    }
    let ctx = Ctx::new(to, actor, now, os_user)?;
    ctx.audit(
        Action::DbCopy,
        None,
        json!({"from": from_name, "to": to_name}),
    )?;
    Ok(copied)
}
