//! Roles: named sets of rights. `administrator` is built in, has every right
//! and cannot be changed; at least one active user holds it at all times.

use serde::Serialize;
use serde_json::json;

use super::refusal::Refusal;
use super::users::{self, UserRef, UserStatus};
use super::{Action, Ctx, Right, check_name_syntax};
use crate::error::{Error, Result};
pub use crate::store::ADMIN_ROLE;
use crate::store::Store;

#[derive(Debug, Serialize)]
pub struct Role {
    pub name: String,
    pub rights: Vec<String>,
    pub builtin: bool,
    pub members: Vec<String>,
}

pub fn list(ctx: &Ctx) -> Result<Vec<Role>> {
    ctx.authorize(Action::RoleList, None)?;
    Ok(ctx
        .store
        .roles()?
        .into_iter()
        .map(|r| {
            // Rights in the order SPEC lists them, not the order they were stored.
            let rights = Right::ALL
                .iter()
                .map(|right| right.as_str().to_string())
                .filter(|right| r.rights.contains(right))
                .collect();
            Role {
                name: r.name,
                rights,
                builtin: r.builtin,
                members: r.members,
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
    if ctx.store.role_id(name)?.is_some() {
        return Err(Refusal::RoleExists { name: name.into() }.into());
    }
    let names: Vec<&str> = rights.iter().map(|r| r.as_str()).collect();
    ctx.store.insert_role(name, &names, &ctx.now_str())?;
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
        return Err(Refusal::BuiltinRole.into());
    }
    Ok(())
}

pub fn remove(ctx: &Ctx, name: &str) -> Result<()> {
    ctx.authorize(Action::RoleRemove, None)?;
    refuse_builtin(name)?;
    let id = users::role_id(&ctx.store, name)?;
    let holders = ctx.store.role_members(id)?;
    if !holders.is_empty() {
        return Err(Refusal::RoleInUse {
            role: name.into(),
            holders,
        }
        .into());
    }
    ctx.store.delete_role(id)?;
    ctx.audit(Action::RoleRemove, Some(name), json!({}))?;
    Ok(())
}

/// Whether the role was granted (false: the user already held it).
pub fn grant(ctx: &Ctx, handle: &str, role: &str) -> Result<bool> {
    ctx.authorize(Action::RoleGrant, Some(handle))?;
    let user = users::find(&ctx.store, handle)?;
    let role_id = users::role_id(&ctx.store, role)?;
    if user.status == UserStatus::Deleted || (role == ADMIN_ROLE && !user.is_active()) {
        return Err(Refusal::InactiveGrantee {
            handle: handle.into(),
            status: user.status,
            role: role.into(),
        }
        .into());
    }
    if ctx.store.holds_role(user.id, role_id)? {
        return Ok(false);
    }
    ctx.store.grant_role(user.id, role_id)?;
    ctx.audit(Action::RoleGrant, Some(handle), json!({"role": role}))?;
    Ok(true)
}

/// Whether the role was revoked (false: the user did not hold it).
pub fn revoke(ctx: &Ctx, handle: &str, role: &str) -> Result<bool> {
    ctx.authorize(Action::RoleRevoke, Some(handle))?;
    let user = users::find(&ctx.store, handle)?;
    let role_id = users::role_id(&ctx.store, role)?;
    if !ctx.store.holds_role(user.id, role_id)? {
        return Ok(false);
    }
    if role == ADMIN_ROLE {
        check_not_last_admin(&ctx.store, &user)?;
    }
    ctx.store.revoke_role(user.id, role_id)?;
    ctx.audit(Action::RoleRevoke, Some(handle), json!({"role": role}))?;
    Ok(true)
}

/// Rule 4: at least one active user holds administrator at all times.
pub fn check_not_last_admin(store: &Store, user: &UserRef) -> Result<()> {
    if store.other_active_admins(user.id, &user.handle)?.is_empty() {
        return Err(Refusal::LastAdmin {
            handle: user.handle.clone(),
        }
        .into());
    }
    Ok(())
}
