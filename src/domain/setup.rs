//! `tally init`: the organization, the company account, the `credits` kind,
//! the built-in `administrator` role and the first admin.

use rusqlite::{Connection, params};
use serde::Serialize;
use serde_json::json;

use super::users::{self, NewUser, User};
use super::{Right, audit, fmt_time};
use crate::error::{Error, Result};
use crate::store::Store;

pub use crate::store::ADMIN_ROLE;
pub const DEFAULT_KIND: &str = "credits";

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

pub fn init(
    conn: &Connection,
    now: jiff::Timestamp,
    os_user: &str,
    company: &str,
    admin: NewUser,
) -> Result<Initialized> {
    check_input(company, &admin)?;
    let at = fmt_time(now);
    conn.execute(
        "INSERT INTO organization (id, name, default_actor, created_at) VALUES (1, ?1, ?2, ?3)",
        params![company, admin.handle, at],
    )?;
    conn.execute(
        "INSERT INTO roles (name, builtin, created_at) VALUES (?1, 1, ?2)",
        params![ADMIN_ROLE, at],
    )?;
    for right in Right::ALL {
        conn.execute(
            "INSERT INTO role_rights (role_id, \"right\") SELECT id, ?1 FROM roles WHERE name = ?2",
            params![right.as_str(), ADMIN_ROLE],
        )?;
    }
    conn.execute(
        "INSERT INTO credit_kinds (name, created_at) VALUES (?1, ?2)",
        params![DEFAULT_KIND, at],
    )?;
    conn.execute(
        "INSERT INTO accounts (kind_id, holder) SELECT id, 'company' FROM credit_kinds WHERE name = ?1",
        [DEFAULT_KIND],
    )?;
    let (user, password) = users::insert(&Store::new(conn), &at, &admin)?;
    audit::record(
        &crate::store::Store::new(conn),
        &at,
        &admin.handle,
        os_user,
        "init",
        Some(company),
        "ok",
        &json!({"company": company, "admin": admin.handle}),
    )?;
    Ok(Initialized {
        company: company.to_string(),
        admin: user,
        password,
    })
}
