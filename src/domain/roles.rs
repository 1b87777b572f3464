//! Roles: named sets of rights. `administrator` is built in, has every right
//! and cannot be changed; at least one active user holds it at all times.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde_json::json;

use super::setup::ADMIN_ROLE;
use super::users::{self, UserRef};
use super::{Action, Ctx, Right, check_name_syntax};
use crate::error::{Code, Error, Result};

#[derive(Debug, Serialize)]
pub struct Role {
    pub name: String,
    pub rights: Vec<String>,
    pub builtin: bool,
    pub members: Vec<String>,
}

pub fn find(conn: &Connection, name: &str) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM roles WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("role", name))
}

pub fn list(ctx: &Ctx) -> Result<Vec<Role>> {
    ctx.authorize(Action::RoleList, None)?;
    let mut stmt = ctx.conn.prepare(
        "SELECT r.name, r.builtin,
           coalesce((SELECT group_concat(\"right\", ',') FROM role_rights WHERE role_id = r.id), ''),
           coalesce((SELECT group_concat(handle, ',') FROM (SELECT u.handle FROM user_roles ur
                     JOIN users u ON u.id = ur.user_id WHERE ur.role_id = r.id ORDER BY u.handle)), '')
         FROM roles r ORDER BY r.builtin DESC, r.name",
    )?;
    let split = |s: String| -> Vec<String> {
        s.split(',')
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect()
    };
    let roles = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, bool>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(roles
        .into_iter()
        .map(|(name, builtin, rights, members)| {
            // Rights in the order SPEC lists them, not the order they were stored.
            let held = split(rights);
            let rights = Right::ALL
                .iter()
                .map(|r| r.as_str().to_string())
                .filter(|r| held.contains(r))
                .collect();
            Role {
                name,
                rights,
                builtin,
                members: split(members),
            }
        })
        .collect())
}

pub fn parse_rights(list: &str) -> Result<Vec<Right>> {
    let mut rights = Vec::new();
    for part in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let r = Right::parse(part)?;
        if !rights.contains(&r) {
            rights.push(r);
        }
    }
    if rights.is_empty() {
        return Err(
            Error::invalid("a role needs at least one right").hint(format!(
                "e.g. --rights view-users,edit-users; rights are: {}",
                Right::ALL.map(|r| r.as_str()).join(", ")
            )),
        );
    }
    Ok(rights)
}

pub fn add(ctx: &Ctx, name: &str, rights: &[Right]) -> Result<Role> {
    ctx.authorize(Action::RoleAdd, None)?;
    check_name_syntax(name, "role name", 64)?;
    if find(ctx.conn, name).is_ok() {
        return Err(
            Error::new(Code::AlreadyExists, format!("the role '{name}' exists"))
                .hint("`tally role list` shows it; remove it first to redefine it"),
        );
    }
    ctx.conn.execute(
        "INSERT INTO roles (name, builtin, created_at) VALUES (?1, 0, ?2)",
        params![name, ctx.now_str()],
    )?;
    let id = ctx.conn.last_insert_rowid();
    for r in rights {
        ctx.conn.execute(
            "INSERT INTO role_rights (role_id, \"right\") VALUES (?1, ?2)",
            params![id, r.as_str()],
        )?;
    }
    let rights: Vec<String> = rights.iter().map(|r| r.as_str().to_string()).collect();
    ctx.audit(Action::RoleAdd, Some(name), json!({"rights": rights}))?;
    Ok(Role {
        name: name.to_string(),
        rights,
        builtin: false,
        members: vec![],
    })
}

fn refuse_builtin(name: &str) -> Result<()> {
    if name == ADMIN_ROLE {
        return Err(Error::invalid(
            "the administrator role is built in and cannot be changed or removed",
        )
        .hint("add a role of your own with `tally role add NAME --rights ...`"));
    }
    Ok(())
}

pub fn remove(ctx: &Ctx, name: &str) -> Result<()> {
    ctx.authorize(Action::RoleRemove, None)?;
    refuse_builtin(name)?;
    let id = find(ctx.conn, name)?;
    let holders: Vec<String> = ctx
        .conn
        .prepare(
            "SELECT u.handle FROM user_roles ur JOIN users u ON u.id = ur.user_id
             WHERE ur.role_id = ?1 ORDER BY u.handle",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if !holders.is_empty() {
        return Err(Error::new(
            Code::RoleInUse,
            format!("the role '{name}' is held by {}", holders.join(", ")),
        )
        .hint(format!(
            "revoke it first: `tally role revoke {} {name}`",
            holders[0]
        )));
    }
    ctx.conn.execute("DELETE FROM roles WHERE id = ?1", [id])?;
    ctx.audit(Action::RoleRemove, Some(name), json!({}))?;
    Ok(())
}

fn holds(conn: &Connection, user_id: i64, role_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM user_roles WHERE user_id = ?1 AND role_id = ?2")?
        .exists([user_id, role_id])?)
}

/// Whether the role was granted (false: the user already held it).
pub fn grant(ctx: &Ctx, handle: &str, role: &str) -> Result<bool> {
    ctx.authorize(Action::RoleGrant, Some(handle))?;
    let user = users::find(ctx.conn, handle)?;
    let role_id = find(ctx.conn, role)?;
    if user.status == "deleted" || (role == ADMIN_ROLE && !user.is_active()) {
        return Err(Error::new(
            Code::InactiveUser,
            format!(
                "'{handle}' is {} and cannot be given the role '{role}'",
                user.status
            ),
        )
        .hint(users::reactivate_hint(&user)));
    }
    if holds(ctx.conn, user.id, role_id)? {
        return Ok(false);
    }
    ctx.conn.execute(
        "INSERT INTO user_roles (user_id, role_id) VALUES (?1, ?2)",
        [user.id, role_id],
    )?;
    ctx.audit(Action::RoleGrant, Some(handle), json!({"role": role}))?;
    Ok(true)
}

/// Whether the role was revoked (false: the user did not hold it).
pub fn revoke(ctx: &Ctx, handle: &str, role: &str) -> Result<bool> {
    ctx.authorize(Action::RoleRevoke, Some(handle))?;
    let user = users::find(ctx.conn, handle)?;
    let role_id = find(ctx.conn, role)?;
    if !holds(ctx.conn, user.id, role_id)? {
        return Ok(false);
    }
    if role == ADMIN_ROLE {
        check_not_last_admin(ctx.conn, &user)?;
    }
    ctx.conn.execute(
        "DELETE FROM user_roles WHERE user_id = ?1 AND role_id = ?2",
        [user.id, role_id],
    )?;
    ctx.audit(Action::RoleRevoke, Some(handle), json!({"role": role}))?;
    Ok(true)
}

/// Rule 4: at least one active user holds administrator at all times.
pub fn check_not_last_admin(conn: &Connection, user: &UserRef) -> Result<()> {
    let others: i64 = conn.query_row(
        "SELECT count(*) FROM user_roles ur JOIN roles r ON r.id = ur.role_id
         JOIN users u ON u.id = ur.user_id
         WHERE r.name = ?1 AND u.status = 'active' AND u.id <> ?2",
        params![ADMIN_ROLE, user.id],
        |r| r.get(0),
    )?;
    if others == 0 {
        return Err(Error::new(
            Code::LastAdmin,
            format!("'{}' is the last active administrator", user.handle),
        )
        .hint(format!(
            "make someone else an administrator first: `tally role grant HANDLE {ADMIN_ROLE}`"
        )));
    }
    Ok(())
}
