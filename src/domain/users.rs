//! Users: adding with a random password, editing, the status lifecycle
//! (active, deactivated, deleted) and its history, and CSV import.

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use serde::Serialize;
use serde_json::json;

use super::not_found;
use super::refusal::{Refusal, Thing};
use super::{Action, Ctx, check_email, check_handle, check_person_name};
use crate::error::{Code, Error, Result, RowError};
use crate::store::{ADMIN_ROLE, ActiveOnly, NewUserRow, Store};
pub use crate::store::{User, UserFilter, UserRef, UserStatus};

#[derive(Debug, Clone)]
pub struct NewUser {
    pub handle: String,
    pub first_name: String,
    pub last_name: String,
    /// Required of a person; a service account may have none.
    pub email: Option<String>,
    pub active: bool,
    pub roles: Vec<String>,
    /// Made before the write transaction: argon2id takes tens of
    /// milliseconds, during which no other process should wait for the lock.
    /// A service account's stays [`Password::pending`]: it never has one.
    pub password: Password,
    /// A service account: not a person, never billed, holds no credits.
    pub service: bool,
}

/// The id of the role named `name`.
pub fn role_id(store: &Store, name: &str) -> Result<i64> {
    (store.role_id(name)?).ok_or_else(|| not_found(Thing::Role, name))
}

pub fn find(store: &Store, handle: &str) -> Result<UserRef> {
    store
        .user_ref(handle)?
        .ok_or_else(|| not_found(Thing::User, handle))
}

/// The handle of the user with this id.
pub fn handle_of(store: &Store, id: i64) -> Result<String> {
    Ok(store.user_ref_by_id(id)?.handle)
}

pub fn load(store: &Store, handle: &str) -> Result<User> {
    store
        .user(handle)?
        .ok_or_else(|| not_found(Thing::User, handle))
}

/// Checks a new user's fields, whatever the database holds.
pub fn validate(u: &NewUser) -> Result<()> {
    check_handle_and_roles(&u.handle, &u.roles, u.active)?;
    check_person_name(&u.first_name, "first name")?;
    check_person_name(&u.last_name, "last name")?;
    match &u.email {
        Some(email) => check_email(email),
        None if !u.service => Err(Error::invalid(format!("'{}' needs an email", u.handle))
            .hint("give --email ADDRESS (only a service account, --service, may have none)")),
        None => Ok(()),
    }
}

/// The fields of a new user other than the names and email.
fn check_handle_and_roles(handle: &str, roles: &[String], active: bool) -> Result<()> {
    check_handle(handle)?;
    for role in roles {
        super::check_name_syntax(role, "role name", 64)?;
    }
    if !active && roles.iter().any(|r| r == ADMIN_ROLE) {
        return Err(
            Error::invalid("an inactive user cannot be an administrator")
                .hint("drop --inactive or --admin"),
        );
    }
    Ok(())
}

/// A new random password and its argon2id hash. The plain text is shown once
/// and never stored.
#[derive(Clone)]
pub struct Password {
    pub plain: String,
    hash: String,
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(..)")
    }
}

impl Password {
    /// No password yet: for rows that are checked before any hash is made.
    /// `insert` refuses it, and so does the schema's CHECK on the hash.
    pub fn pending() -> Password {
        Password {
            plain: String::new(),
            hash: String::new(),
        }
    }

    pub fn generate() -> Result<Password> {
        Hasher::new().generate()
    }
}

/// Makes passwords in a memory block of its own (argon2id's 19 MiB),
/// reused from one password to the next: one per thread that hashes.
pub struct Hasher {
    memory: Vec<argon2::Block>,
}

impl Hasher {
    pub fn new() -> Hasher {
        Hasher {
            memory: vec![argon2::Block::default(); argon2::Params::default().block_count()],
        }
    }

    pub fn generate(&mut self) -> Result<Password> {
        let plain = random_password()?;
        let hash = hash_password(&plain, &mut self.memory)?;
        Ok(Password { plain, hash })
    }
}

/// A fresh password for every row, hashed on every core: argon2id takes
/// tens of milliseconds a password, on purpose. `done` is told of each.
pub fn make_passwords(rows: &mut [ImportRow], done: &(dyn Fn() + Sync)) -> Result<()> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_thread = rows.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = rows
            .chunks_mut(per_thread)
            .map(|chunk| {
                scope.spawn(move || -> Result<()> {
                    let mut hasher = Hasher::new();
                    for row in chunk {
                        row.user.password = hasher.generate()?;
                        done();
                    }
                    Ok(())
                })
            })
            .collect();
        workers.into_iter().try_for_each(|w| {
            w.join().unwrap_or_else(|_| {
                Err(Error::new(Code::Internal, "a password could not be made")
                    .hint("this is a bug in tally; please report it"))
            })
        })
    })
}

impl Default for Hasher {
    fn default() -> Self {
        Hasher::new()
    }
}

/// A random password: 20 characters of [A-Za-z0-9] from the OS's secure source.
fn random_password() -> Result<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    const LEN: usize = 20;
    let mut out = String::with_capacity(LEN);
    let mut buf = [0u8; 64];
    while out.len() < LEN {
        getrandom::fill(&mut buf)
            .map_err(|e| Error::new(Code::Internal, format!("no secure random source: {e}")))?;
        // Rejection sampling keeps every character equally likely.
        let limit = 256 - (256 % ALPHABET.len());
        for b in buf {
            if (b as usize) < limit && out.len() < LEN {
                out.push(ALPHABET[b as usize % ALPHABET.len()] as char);
            }
        }
    }
    Ok(out)
}

/// The PHC string of argon2id (tally's parameters, a random salt) over
/// `password`, computed in `memory`.
fn hash_password(password: &str, memory: &mut [argon2::Block]) -> Result<String> {
    let failed = |e: &dyn std::fmt::Display| {
        Error::new(Code::Internal, format!("password hashing failed: {e}"))
    };
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt)
        .map_err(|e| Error::new(Code::Internal, format!("no secure random source: {e}")))?;
    let salt_text = SaltString::encode_b64(&salt)
        .map_err(|e| Error::new(Code::Internal, format!("salt: {e}")))?;
    let argon = argon2::Argon2::default();
    let output = Output::init_with(argon2::Params::DEFAULT_OUTPUT_LEN, |out| {
        argon
            .hash_password_into_with_memory(password.as_bytes(), &salt, out, &mut *memory)
            .map_err(|_| argon2::password_hash::Error::Crypto)
    })
    .map_err(|e| failed(&e))?;
    let hash = PasswordHash {
        algorithm: argon2::Algorithm::Argon2id.ident(),
        version: Some(argon2::Version::V0x13.into()),
        params: ParamsString::try_from(argon.params()).map_err(|e| failed(&e))?,
        salt: Some(salt_text.as_salt()),
        hash: Some(output),
    };
    Ok(hash.to_string())
}

/// A new handle is never one used before, even by a deleted user; an email
/// is not one of another user who is not deleted (`except`: the user edited).
fn check_free(
    store: &Store,
    handle: Option<&str>,
    email: Option<&str>,
    except: Option<i64>,
) -> Result<()> {
    if let Some(handle) = handle
        && store.handle_exists(handle)?
    {
        return Err(Refusal::HandleTaken {
            handle: handle.into(),
        }
        .into());
    }
    if let Some(email) = email
        && let Some(other) = store.email_holder(email, except)?
    {
        return Err(Refusal::EmailTaken {
            email: email.into(),
            holder: other,
        }
        .into());
    }
    Ok(())
}

/// Inserts a validated user with a fresh password, their roles and their first
/// status event. Returns the user and the plain password, shown once.
pub fn insert(store: &Store, at: &str, u: &NewUser) -> Result<(User, Option<String>)> {
    check_free(store, Some(&u.handle), u.email.as_deref(), None)?;
    if u.password.hash.is_empty() != u.service {
        return Err(
            Error::new(Code::Internal, "a user was added without a password")
                .hint("this is a bug in tally; please report it"),
        );
    }
    let id = store.insert_user(&NewUserRow {
        handle: &u.handle,
        first_name: &u.first_name,
        last_name: &u.last_name,
        email: u.email.as_deref(),
        status: if u.active {
            UserStatus::Active
        } else {
            UserStatus::Deactivated
        },
        password_hash: (!u.service).then_some(u.password.hash.as_str()),
        service: u.service,
        at,
    })?;
    for role in &u.roles {
        let role_id = role_id(store, role)?;
        store.grant_role(id, role_id)?;
    }
    let password = (!u.service).then(|| u.password.plain.clone());
    Ok((load(store, &u.handle)?, password))
}

#[derive(Debug, Serialize)]
pub struct Added {
    #[serde(flatten)]
    pub user: User,
    /// Shown once; `None` for a service account, which has none.
    pub password: Option<String>,
}

fn add_action(roles: &[String]) -> Action {
    if roles.is_empty() {
        Action::UserAdd
    } else {
        Action::UserAddWithRoles
    }
}

pub fn add(ctx: &Ctx, new: &NewUser) -> Result<Added> {
    ctx.authorize(add_action(&new.roles), Some(&new.handle))?;
    validate(new)?;
    let (user, password) = insert(&ctx.store, &ctx.now_str(), new)?;
    ctx.audit(
        Action::UserAdd,
        Some(&new.handle),
        json!({"status": user.status, "roles": user.roles, "email": user.email, "service": user.service}),
    )?;
    Ok(Added { user, password })
}

/// What `add` refuses that is known before the names are: the actor's
/// right, the handle (well-formed and never used), the roles, and the email
/// if it is given. Asking for the missing names comes after this.
pub fn check_add(
    ctx: &Ctx,
    handle: &str,
    email: Option<&str>,
    roles: &[String],
    active: bool,
) -> Result<()> {
    ctx.authorize(add_action(roles), Some(handle))?;
    check_handle_and_roles(handle, roles, active)?;
    if let Some(email) = email {
        check_email(email)?;
    }
    if ctx.store.handle_exists(handle)? {
        return Err(Refusal::HandleTaken {
            handle: handle.into(),
        }
        .into());
    }
    for role in roles {
        role_id(&ctx.store, role)?;
    }
    match email {
        Some(email) => check_free(&ctx.store, None, Some(email), None),
        None => Ok(()),
    }
}

/// Whether a new user could have this email: well-formed, and not held by
/// any user who is not deleted.
pub fn check_new_email(ctx: &Ctx, email: &str) -> Result<()> {
    ctx.authorize(Action::UserAdd, None)?;
    check_email(email)?;
    check_free(&ctx.store, None, Some(email), None)
}

/// Lists users by handle: `start` is given the number of active users
/// before any row, then `row` each user of the filter as it is read, at
/// most `limit` of them.
pub fn list<S>(
    ctx: &Ctx,
    filter: UserFilter,
    limit: Option<u32>,
    start: impl FnOnce(i64) -> Result<S>,
    mut row: impl FnMut(&mut S, User) -> Result<()>,
) -> Result<S> {
    ctx.authorize(Action::UserList, None)?;
    let mut state = start(ctx.store.count_active_users()?)?;
    ctx.store.each_user(filter, limit, |u| row(&mut state, u))?;
    Ok(state)
}

pub fn show(ctx: &Ctx, handle: &str) -> Result<User> {
    ctx.authorize(Action::UserShow, Some(handle))?;
    load(&ctx.store, handle)
}

#[derive(Debug, Default)]
pub struct Edit {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
}

pub fn edit(ctx: &Ctx, handle: &str, edit: &Edit) -> Result<User> {
    ctx.authorize(Action::UserEdit, Some(handle))?;
    if edit.first_name.is_none() && edit.last_name.is_none() && edit.email.is_none() {
        return Err(Error::invalid("nothing to change")
            .hint("give at least one of --first, --last, --email"));
    }
    if let Some(f) = &edit.first_name {
        check_person_name(f, "first name")?;
    }
    if let Some(l) = &edit.last_name {
        check_person_name(l, "last name")?;
    }
    if let Some(e) = &edit.email {
        check_email(e)?;
    }
    let user = find(&ctx.store, handle)?;
    if user.status == UserStatus::Deleted {
        return Err(deleted_is_final(handle));
    }
    if let Some(e) = &edit.email {
        check_free(&ctx.store, None, Some(e), Some(user.id))?;
    }
    let before = load(&ctx.store, handle)?;
    ctx.store.update_user(
        user.id,
        edit.first_name.as_deref(),
        edit.last_name.as_deref(),
        edit.email.as_deref(),
    )?;
    let after = load(&ctx.store, handle)?;
    let mut changes = serde_json::Map::new();
    for (field, old, new) in [
        (
            "first_name",
            Some(&before.first_name),
            Some(&after.first_name),
        ),
        ("last_name", Some(&before.last_name), Some(&after.last_name)),
        ("email", before.email.as_ref(), after.email.as_ref()),
    ] {
        if old != new {
            changes.insert(field.into(), json!({"from": old, "to": new}));
        }
    }
    ctx.audit(Action::UserEdit, Some(handle), changes.into())?;
    Ok(after)
}

/// A person added without a password: never, by construction.
pub(crate) fn no_password() -> Error {
    Error::new(Code::Internal, "a person was added without a password")
        .hint("this is a bug in tally; please report it")
}

fn deleted_is_final(handle: &str) -> Error {
    Refusal::DeletedIsFinal {
        handle: handle.into(),
    }
    .into()
}

/// What `set_status` can make a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Active,
    Deactivated,
    Deleted,
}

/// The outcome of a status change; `changed` is false when it already had it.
#[derive(Debug, Serialize)]
pub struct StatusChange {
    pub handle: String,
    pub from: String,
    pub to: String,
    pub changed: bool,
    pub active_users: i64,
    /// Set when deactivating a credit user returned them to their own credits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit_owner_cleared: Option<String>,
}

/// Activates, deactivates or deletes a user, enforcing rules 2, 3, 4 and 7.
pub fn set_status(ctx: &Ctx, handle: &str, status: Status) -> Result<StatusChange> {
    let (to, action) = match status {
        Status::Active => (UserStatus::Active, Action::UserActivate),
        Status::Deactivated => (UserStatus::Deactivated, Action::UserDeactivate),
        Status::Deleted => (UserStatus::Deleted, Action::UserDelete),
    };
    ctx.authorize(action, Some(handle))?;
    let store = &ctx.store;
    let user = find(store, handle)?;
    let unchanged = StatusChange {
        handle: handle.to_string(),
        from: user.status.to_string(),
        to: to.to_string(),
        changed: false,
        active_users: store.count_active_users()?,
        credit_owner_cleared: None,
    };
    if user.status == to {
        return Ok(unchanged);
    }
    if user.status == UserStatus::Deleted {
        return Err(deleted_is_final(handle));
    }
    let mut credit_owner_cleared = None;
    if to != UserStatus::Active {
        check_can_leave(store, &user, &ctx.now_str())?;
        if let Some(owner_id) = user.credit_owner_id {
            credit_owner_cleared = Some(handle_of(store, owner_id)?);
            store.set_credit_owner(user.id, None)?;
        }
    }
    store.set_user_status(user.id, to, &ctx.now_str())?;
    let mut details = json!({"from": user.status, "to": to});
    if let Some(o) = &credit_owner_cleared {
        details["credit_owner_cleared"] = json!(o);
    }
    if to != UserStatus::Active && store.default_actor()? == handle {
        // The default actor leaves: commands without --as act as whoever made
        // them leave when that is an administrator, else as the first active
        // administrator (rule 4 says there is one).
        if let Some(successor) = store
            .other_active_admins(user.id, &ctx.actor.handle)?
            .into_iter()
            .next()
        {
            store.set_default_actor(&successor)?;
            details["default_actor"] = json!(successor);
        }
    }
    if to == UserStatus::Deleted {
        // A deleted user can do nothing: the roles they held go, so that a
        // role held by nobody else can be removed.
        let held = load(store, handle)?.roles;
        if !held.is_empty() {
            store.revoke_all_roles(user.id)?;
            details["roles_removed"] = json!(held);
        }
    }
    ctx.audit(action, Some(handle), details)?;
    Ok(StatusChange {
        changed: true,
        active_users: store.count_active_users()?,
        credit_owner_cleared,
        ..unchanged
    })
}

/// Rules 2, 3 and 7: what stops a user from being deactivated or deleted
/// at `at`.
pub fn check_can_leave(store: &Store, user: &UserRef, at: &str) -> Result<()> {
    let handle = &user.handle;
    if store.is_admin(user.id)? {
        return Err(Refusal::IsAdmin {
            handle: handle.clone(),
        }
        .into());
    }
    let balances: Vec<(String, i64)> = store
        .user_holdings(user.id)?
        .into_iter()
        .map(|h| (h.kind.name, h.balance))
        .collect();
    if !balances.is_empty() {
        return Err(Refusal::HasCredits {
            handle: handle.clone(),
            balances,
            expired: store.expired_held(user.id, at)?,
        }
        .into());
    }
    let credit_users: Vec<String> = store
        .credit_users(user.id, ActiveOnly::Yes)?
        .into_iter()
        .map(|u| u.handle)
        .collect();
    if !credit_users.is_empty() {
        return Err(Refusal::HasCreditUsers {
            handle: handle.clone(),
            credit_users,
        }
        .into());
    }
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct NewPassword {
    pub handle: String,
    pub password: String,
}

pub fn reset_password(ctx: &Ctx, handle: &str, password: Password) -> Result<NewPassword> {
    ctx.authorize(Action::UserResetPassword, Some(handle))?;
    let user = find(&ctx.store, handle)?;
    if user.status == UserStatus::Deleted {
        return Err(deleted_is_final(handle));
    }
    if user.service {
        return Err(Error::new(
            Code::ServiceAccount,
            format!("'{handle}' is a service account and has no password"),
        )
        .hint(format!(
            "a service account never signs in; a job acts as it with --as {handle}"
        )));
    }
    ctx.store.set_password_hash(user.id, &password.hash)?;
    ctx.audit(Action::UserResetPassword, Some(handle), json!({}))?;
    Ok(NewPassword {
        handle: handle.to_string(),
        password: password.plain,
    })
}

#[derive(Debug, Serialize)]
pub struct Imported {
    pub imported: usize,
    pub users: Vec<NewPassword>,
}

/// How many of `handles` name users (of any status), for an import that
/// must learn whether an interrupted run of it committed.
pub fn count_existing(ctx: &Ctx, handles: &[String]) -> Result<usize> {
    ctx.authorize(Action::UserImport, None)?;
    let mut n = 0;
    for h in handles {
        if ctx.store.handle_exists(h)? {
            n += 1;
        }
    }
    Ok(n)
}

/// One CSV row, already split; `line` is its line number in the file.
#[derive(Clone)]
pub struct ImportRow {
    pub line: u64,
    pub user: NewUser,
}

/// Checks every row of an import, reporting every bad one, without writing:
/// run first in a read transaction, so that a bad file is refused before a
/// password is hashed for any row.
pub fn check_import(ctx: &Ctx, rows: &[ImportRow], bad_rows: Vec<RowError>) -> Result<()> {
    ctx.authorize(Action::UserImport, None)?;
    if rows.iter().any(|r| !r.user.roles.is_empty()) {
        ctx.authorize(Action::UserImportWithRoles, None)?;
    }
    let mut errors = bad_rows;
    let mut handles = std::collections::HashMap::new();
    let mut emails = std::collections::HashMap::new();
    for row in rows {
        ctx.still_in_transaction()?;
        let mut fail = |e: Error| errors.push(e.at_line(row.line));
        if let Err(e) = validate(&row.user) {
            fail(e);
            continue;
        }
        if let Some(first) = handles.insert(row.user.handle.clone(), row.line) {
            fail(Error::invalid(format!(
                "the handle '{}' is also on line {first}",
                row.user.handle
            )));
            continue;
        }
        if let Some(email) = &row.user.email
            && let Some(first) = emails.insert(email.to_lowercase(), row.line)
        {
            fail(Error::invalid(format!(
                "the email {email} is also on line {first}"
            )));
            continue;
        }
        match check_free(
            &ctx.store,
            Some(&row.user.handle),
            row.user.email.as_deref(),
            None,
        ) {
            Ok(()) => {}
            Err(e) if e.code.is_refusal() => {
                fail(e);
                continue;
            }
            Err(e) => return Err(e),
        }
        for role in &row.user.roles {
            match role_id(&ctx.store, role) {
                Ok(_) => {}
                Err(e) if e.code.is_refusal() => {
                    fail(e);
                    break;
                }
                Err(e) => return Err(e),
            }
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(Error::rows(errors, "the user file"));
    }
    Ok(())
}

/// Imports every row or none: every row is checked first (syntax, duplicates
/// within the file and against the database) and every bad one reported,
/// with those that could not even be read (`bad_rows`).
pub fn import(ctx: &Ctx, rows: Vec<ImportRow>, bad_rows: Vec<RowError>) -> Result<Imported> {
    check_import(ctx, &rows, bad_rows)?;
    let at = ctx.now_str();
    let mut users = Vec::with_capacity(rows.len());
    for row in &rows {
        ctx.still_in_transaction()?;
        let (user, password) = insert(&ctx.store, &at, &row.user)?;
        let password = password.ok_or_else(no_password)?;
        ctx.audit(
            Action::UserImport,
            Some(&user.handle),
            json!({"status": user.status, "roles": user.roles, "line": row.line}),
        )?;
        users.push(NewPassword {
            handle: user.handle,
            password,
        });
    }
    Ok(Imported {
        imported: users.len(),
        users,
    })
}
