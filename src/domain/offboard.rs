//! `user offboard`: in one transaction, what an admin otherwise does by hand
//! before a user leaves: revoke administrator, move every balance, move or
//! clear their credit users, then deactivate or delete.

use serde::Serialize;
use serde_json::json;

use super::ledger::{self, Party, Posting, TransferType};
use super::refusal::Refusal;
use super::roles::ADMIN_ROLE;
use super::{Action, Ctx, roles, users};
use crate::error::{Error, Result};
use crate::store::{ActiveOnly, UserRef, UserStatus};

#[derive(Debug, Serialize)]
pub struct Step {
    pub step: String,
    pub detail: String,
}

#[derive(Debug, Serialize)]
pub struct Offboarded {
    pub handle: String,
    pub status: String,
    pub steps: Vec<Step>,
    pub active_users_before: i64,
    pub active_users_after: i64,
}

pub fn offboard(
    ctx: &Ctx,
    handle: &str,
    credits_to: &str,
    credit_users_to: Option<&str>,
    delete: bool,
) -> Result<Offboarded> {
    ctx.authorize(Action::UserOffboard, Some(handle))?;
    let user = users::find(&ctx.store, handle)?;
    if !user.is_active() && user.status != UserStatus::Deactivated {
        return Err(Refusal::NothingToOffboard {
            handle: handle.into(),
            status: user.status,
        }
        .into());
    }
    if credits_to == handle || credit_users_to == Some(handle) {
        return Err(Error::invalid(format!(
            "'{handle}' cannot receive their own credits or credit users"
        ))
        .hint("name the company or another user"));
    }
    let before = ctx.store.count_active_users()?;
    let mut steps = Vec::new();

    if ctx.store.is_admin(user.id)? {
        ctx.authorize(Action::UserOffboardAdmin, Some(handle))?;
        roles::revoke(ctx, handle, ADMIN_ROLE)?;
        steps.push(Step {
            step: "revoke".into(),
            detail: format!("revoked {ADMIN_ROLE}"),
        });
    }

    // Checked before anything changes, whether or not there is a balance to move.
    ledger::require_credit_party(&ledger::party(&ctx.store, credits_to)?)?;
    // A mistyped --credit-users-to is refused even when there are no credit
    // users to move: the command must not succeed on a name that is wrong.
    let new_owner = match credit_users_to {
        Some(h) => {
            let o = users::find(&ctx.store, h)?;
            ledger::require_credit_party(&Party::User(o.clone()))?;
            Some(o)
        }
        None => None,
    };

    move_credit_users(ctx, &user, new_owner.as_ref(), &mut steps)?;
    move_balances(ctx, &user, credits_to, &mut steps)?;

    let (to, status) = if delete {
        ("deleted", users::Status::Deleted)
    } else {
        ("deactivated", users::Status::Deactivated)
    };
    let change = users::set_status(ctx, handle, status)?;
    if change.changed {
        let step = if delete { "delete" } else { "deactivate" };
        steps.push(Step {
            step: step.into(),
            detail: format!("{to} '{handle}'"),
        });
    }
    let after = ctx.store.count_active_users()?;
    Ok(Offboarded {
        handle: handle.to_string(),
        status: to.to_string(),
        steps,
        active_users_before: before,
        active_users_after: after,
    })
}

/// The credit users of `user` go to `new_owner`, or back to their own
/// credits; one of them may be the new owner.
fn move_credit_users(
    ctx: &Ctx,
    user: &UserRef,
    new_owner: Option<&UserRef>,
    steps: &mut Vec<Step>,
) -> Result<()> {
    let handle = &user.handle;
    let credit_users: Vec<(i64, String)> = ctx
        .store
        .credit_users(user.id, ActiveOnly::No)?
        .into_iter()
        .map(|u| (u.id, u.handle))
        .collect();
    if credit_users.is_empty() {
        return Ok(());
    }
    // One of the group may take it over: they stop being `handle`'s credit
    // user in this same step.
    if let Some(o) = new_owner
        && o.credit_owner_id.is_some_and(|owner| owner != user.id)
    {
        return Err(Refusal::NewOwnerUsesAnother {
            handle: o.handle.clone(),
        }
        .into());
    }
    for (id, credit_user) in &credit_users {
        let owner_id = new_owner.filter(|o| o.id != *id).map(|o| o.id);
        ctx.store.set_credit_owner(*id, owner_id)?;
        let detail = match new_owner {
            Some(o) if o.id != *id => {
                format!("'{credit_user}' now uses the credits of '{}'", o.handle)
            }
            _ => format!("'{credit_user}' now uses their own credits"),
        };
        ctx.audit(
            Action::UserOffboard,
            Some(credit_user),
            json!({"credit_owner_from": handle, "detail": detail}),
        )?;
        steps.push(Step {
            step: "credit users".into(),
            detail,
        });
    }
    Ok(())
}

/// Every balance of `user`, of every kind, to `credits_to`.
fn move_balances(ctx: &Ctx, user: &UserRef, credits_to: &str, steps: &mut Vec<Step>) -> Result<()> {
    let handle = &user.handle;
    // Read again: the credit users' step may have made the receiver own
    // their credits.
    let receiver = ledger::party(&ctx.store, credits_to)?;
    let balances = ctx.store.user_holdings(user.id)?;
    if !balances.is_empty() {
        ledger::refuse_credit_user(&ctx.store, &receiver)?;
    }
    for ledger::Holding {
        kind,
        account_id: account,
        balance,
    } in balances
    {
        let to = ctx.store.account(kind.id, receiver.holder())?;
        let posting = Posting {
            kind: &kind,
            debit: account,
            credit: to,
            amount: balance,
            kind_of_transfer: TransferType::Offboard,
            user_id: Some(user.id),
            memo: Some("offboarding"),
            expires: None,
        };
        let (id, _, _) = ledger::post(ctx, &posting)?;
        ctx.audit(
            Action::UserOffboard,
            Some(handle),
            json!({"transfer": id, "kind": kind.name, "amount": balance, "to": receiver.name()}),
        )?;
        steps.push(Step {
            step: "move credits".into(),
            detail: format!("moved {balance} {} to {}", kind.name, receiver.name()),
        });
    }
    Ok(())
}
