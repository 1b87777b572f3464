//! Users, their status history, and the organization's default actor.

use serde::Serialize;

use super::Store;
use super::sql::{Column, Row, Value, params};
use crate::error::Result;

/// Where a user stands. Deleted is final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UserStatus {
    Active,
    Deactivated,
    Deleted,
}

impl UserStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Active => "active",
            UserStatus::Deactivated => "deactivated",
            UserStatus::Deleted => "deleted",
        }
    }
}

impl Column for UserStatus {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match String::from_value(v)?.as_str() {
            "active" => Ok(UserStatus::Active),
            "deactivated" => Ok(UserStatus::Deactivated),
            "deleted" => Ok(UserStatus::Deleted),
            other => Err(format!("the unknown user status '{other}'")),
        }
    }
}

impl rusqlite::types::FromSql for UserStatus {
    fn column_result(v: rusqlite::types::ValueRef) -> rusqlite::types::FromSqlResult<Self> {
        match v.as_str()? {
            "active" => Ok(UserStatus::Active),
            "deactivated" => Ok(UserStatus::Deactivated),
            "deleted" => Ok(UserStatus::Deleted),
            other => Err(rusqlite::types::FromSqlError::Other(
                format!("unknown user status {other}").into(),
            )),
        }
    }
}

impl std::fmt::Display for UserStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The row behind a handle, for rules that need its id and status.
#[derive(Debug, Clone)]
pub struct UserRef {
    pub id: i64,
    pub handle: String,
    pub status: UserStatus,
    pub credit_owner_id: Option<i64>,
    /// A service account: no password, no seat, no credits.
    pub service: bool,
}

impl UserRef {
    pub fn is_active(&self) -> bool {
        self.status == UserStatus::Active
    }
}

/// A user as commands show it.
#[derive(Debug, Clone, Serialize)]
pub struct User {
    pub handle: String,
    pub first_name: String,
    pub last_name: String,
    /// `None` only for a service account given no email.
    pub email: Option<String>,
    pub status: UserStatus,
    pub roles: Vec<String>,
    /// Their own handle when they use their own credits.
    pub credit_owner: String,
    pub created_at: String,
    /// A service account (not a person): never billed, holds no credits.
    pub service: bool,
}

/// Who a user is, for mail.
pub struct Person {
    /// `None` for a service account given no email: nothing is mailed.
    pub email: Option<String>,
    pub first_name: String,
    pub last_name: String,
}

fn person(r: &Row) -> Result<Person> {
    Ok(from_row!(r => Person { email, first_name, last_name }))
}

/// A user to insert, checked by the domain.
pub struct NewUserRow<'a> {
    pub handle: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub email: Option<&'a str>,
    pub status: UserStatus,
    /// `None` for a service account, which never has a password.
    pub password_hash: Option<&'a str>,
    pub service: bool,
    pub at: &'a str,
}

/// Which users `user list` shows.
#[derive(Debug, Clone, Copy)]
pub enum UserFilter {
    Status(UserStatus),
    NotDeleted,
    All,
}

/// Whether a query of users counts the deactivated ones too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActiveOnly {
    Yes,
    No,
}

const USER: &str = "SELECT u.handle, u.first_name, u.last_name, u.email, u.status, u.created_at, u.service,
    coalesce((SELECT group_concat(name, ',') FROM (SELECT r.name FROM user_roles ur
              JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = u.id ORDER BY r.name) AS n), '') AS roles,
    coalesce((SELECT o.handle FROM users o WHERE o.id = u.credit_owner_id), u.handle) AS credit_owner
    FROM users u";

/// The user query with a tail (a filter, an order).
fn user_query(tail: &str) -> String {
    format!("{USER} {tail}")
}

fn user(r: &Row) -> Result<User> {
    let roles: String = r.get("roles")?;
    Ok(User {
        handle: r.get("handle")?,
        first_name: r.get("first_name")?,
        last_name: r.get("last_name")?,
        email: r.get("email")?,
        status: r.get("status")?,
        roles: roles
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        credit_owner: r.get("credit_owner")?,
        created_at: r.get("created_at")?,
        service: r.get("service")?,
    })
}

fn user_ref(r: &Row) -> Result<UserRef> {
    Ok(from_row!(r => UserRef { id, handle, status, credit_owner_id, service }))
}

impl Store<'_> {
    pub fn user_ref(&self, handle: &str) -> Result<Option<UserRef>> {
        self.sql().opt(
            "SELECT id, handle, status, credit_owner_id, service FROM users WHERE handle = ?1",
            params![handle],
            user_ref,
        )
    }

    pub fn user_ref_by_id(&self, id: i64) -> Result<UserRef> {
        self.sql().one(
            "SELECT id, handle, status, credit_owner_id, service FROM users WHERE id = ?1",
            params![id],
            user_ref,
        )
    }

    pub fn user(&self, handle: &str) -> Result<Option<User>> {
        (self.sql()).opt(&user_query("WHERE u.handle = ?1"), params![handle], user)
    }

    /// By handle.
    /// The users of a filter, by handle, one at a time.
    pub fn each_user(
        &self,
        filter: UserFilter,
        limit: Option<u32>,
        mut f: impl FnMut(User) -> Result<()>,
    ) -> Result<()> {
        let limit = limit.map_or(i64::MAX, i64::from);
        // One plain statement per filter: SQLite prepares it faster than one
        // statement with every filter OR-ed in.
        let (sql, status) = match filter {
            UserFilter::Status(s) => (
                user_query("WHERE u.status = ?2 ORDER BY u.handle LIMIT ?1"),
                Some(s.as_str()),
            ),
            UserFilter::NotDeleted => (
                user_query("WHERE u.status <> 'deleted' ORDER BY u.handle LIMIT ?1"),
                None,
            ),
            UserFilter::All => (user_query("ORDER BY u.handle LIMIT ?1"), None),
        };
        let params = match status {
            Some(s) => params![limit, s],
            None => params![limit],
        };
        self.sql().each(&sql, params, |r| f(user(r)?))
    }

    pub fn handle_exists(&self, handle: &str) -> Result<bool> {
        (self.sql()).exists("SELECT 1 FROM users WHERE handle = ?1", params![handle])
    }

    /// The user not deleted who has this email, but `except`.
    pub fn email_holder(&self, email: &str, except: Option<i64>) -> Result<Option<String>> {
        // Each engine's own case-insensitive match, so that its index serves it.
        let sql = self.sql().pick(
            "SELECT handle FROM users WHERE email = ?1 COLLATE NOCASE AND status <> 'deleted'
             AND id IS DISTINCT FROM ?2",
            "SELECT handle FROM users WHERE lower(email) = lower(?1) AND status <> 'deleted'
             AND id IS DISTINCT FROM ?2",
        );
        self.sql()
            .opt(sql, params![email, except], |r| r.get("handle"))
    }

    /// Inserts a user and their first status event; returns the id.
    pub fn insert_user(&self, u: &NewUserRow) -> Result<i64> {
        let id = self.sql().insert(
            "INSERT INTO users (handle, first_name, last_name, email, status, password_hash,
                                created_at, service)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
            params![
                u.handle,
                u.first_name,
                u.last_name,
                u.email,
                u.status.as_str(),
                u.password_hash,
                u.at,
                i64::from(u.service)
            ],
        )?;
        self.record_status(id, u.status, u.at)?;
        if let Some(hash) = u.password_hash {
            self.record_password(id, hash)?;
        }
        Ok(id)
    }

    /// Records the digest of a password hash tally set: what `verify`
    /// compares the user's hash with.
    fn record_password(&self, user_id: i64, hash: &str) -> Result<()> {
        self.sql().exec(
            "INSERT INTO password_sets (user_id, digest) VALUES (?1, ?2)",
            params![user_id, &super::chain::sha256_hex(hash)],
        )?;
        Ok(())
    }

    /// Records the password of every user who has no record yet: those
    /// from before password records were kept.
    pub(super) fn record_missing_passwords(&self) -> Result<()> {
        let missing: Vec<(i64, String)> = self.sql().all(
            "SELECT id, password_hash FROM users u
             WHERE password_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM password_sets p WHERE p.user_id = u.id) ORDER BY id",
            params![],
            |r| Ok((r.get("id")?, r.get("password_hash")?)),
        )?;
        for (id, hash) in missing {
            self.record_password(id, &hash)?;
        }
        Ok(())
    }

    fn record_status(&self, user_id: i64, status: UserStatus, at: &str) -> Result<()> {
        self.sql().exec(
            "INSERT INTO user_status_events (user_id, status, at) VALUES (?1, ?2, ?3)",
            params![user_id, status.as_str(), at],
        )?;
        Ok(())
    }

    /// Changes a user's status and keeps the change in their history.
    pub fn set_user_status(&self, user_id: i64, status: UserStatus, at: &str) -> Result<()> {
        self.sql().exec(
            "UPDATE users SET status = ?1 WHERE id = ?2",
            params![status.as_str(), user_id],
        )?;
        self.record_status(user_id, status, at)
    }

    /// Changes the names and email given; `None` keeps one.
    pub fn update_user(
        &self,
        user_id: i64,
        first_name: Option<&str>,
        last_name: Option<&str>,
        email: Option<&str>,
    ) -> Result<()> {
        self.sql().exec(
            "UPDATE users SET first_name = coalesce(?1, first_name),
             last_name = coalesce(?2, last_name), email = coalesce(?3, email) WHERE id = ?4",
            params![first_name, last_name, email, user_id],
        )?;
        Ok(())
    }

    pub fn set_password_hash(&self, user_id: i64, hash: &str) -> Result<()> {
        self.sql().exec(
            "UPDATE users SET password_hash = ?1 WHERE id = ?2",
            params![hash, user_id],
        )?;
        self.record_password(user_id, hash)
    }

    /// The active users who take a seat: people, not service accounts.
    pub fn count_active_users(&self) -> Result<i64> {
        self.sql().one(
            "SELECT count(*) AS n FROM users WHERE status = 'active' AND service = 0",
            params![],
            |r| r.get("n"),
        )
    }

    /// Whose credits a user uses: `None` for their own.
    pub fn set_credit_owner(&self, user_id: i64, owner: Option<i64>) -> Result<()> {
        self.sql().exec(
            "UPDATE users SET credit_owner_id = ?1 WHERE id = ?2",
            params![owner, user_id],
        )?;
        Ok(())
    }

    /// The users who use `owner`'s credits, by handle.
    pub fn credit_users(&self, owner: i64, active: ActiveOnly) -> Result<Vec<UserRef>> {
        self.sql().all(
            "SELECT id, handle, status, credit_owner_id, service FROM users
             WHERE credit_owner_id = ?1 AND (NOT ?2 OR status = 'active') ORDER BY handle",
            params![owner, active == ActiveOnly::Yes],
            user_ref,
        )
    }

    pub fn default_actor(&self) -> Result<String> {
        self.sql()
            .one("SELECT default_actor FROM organization", params![], |r| {
                r.get("default_actor")
            })
    }

    pub fn set_default_actor(&self, handle: &str) -> Result<()> {
        self.sql().exec(
            "UPDATE organization SET default_actor = ?1",
            params![handle],
        )?;
        Ok(())
    }

    /// The organization, made once by `init`.
    pub fn insert_organization(&self, name: &str, default_actor: &str, at: &str) -> Result<()> {
        self.sql().exec(
            "INSERT INTO organization (id, name, default_actor, created_at) VALUES (1, ?1, ?2, ?3)",
            params![name, default_actor, at],
        )?;
        Ok(())
    }

    /// A user's handle, email and names, for mail to or about them.
    pub fn person(&self, user_id: i64) -> Result<Person> {
        self.sql().one(
            "SELECT email, first_name, last_name FROM users WHERE id = ?1",
            params![user_id],
            person,
        )
    }

    pub fn person_by_handle(&self, handle: &str) -> Result<Option<Person>> {
        self.sql().opt(
            "SELECT email, first_name, last_name FROM users WHERE handle = ?1",
            params![handle],
            person,
        )
    }

    pub fn organization_name(&self) -> Result<String> {
        (self.sql()).one("SELECT name FROM organization", params![], |r| {
            r.get("name")
        })
    }
}
