//! `tally init`: the organization, the company account, the `credits` kind,
//! the built-in `administrator` role and the first admin.

use serde::Serialize;
use serde_json::json;

use super::users::{self, NewUser, User};
use super::{Action, Right, audit, fmt_time};
use crate::error::{Error, Result};
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
        password,
    })
}
