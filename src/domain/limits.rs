//! Spending limits inside a sharing group: a credit user may consume and
//! buy at most so much of a kind on their owner's credits in a calendar
//! month (UTC).

use serde::Serialize;
use serde_json::json;

use super::refusal::Refusal;
use super::seats::Period;
use super::{Action, Ctx, ledger, users};
use crate::error::Result;
use crate::store::{Kind, UserRef};

/// A limit as set, with what was used of it this month.
#[derive(Debug, Serialize)]
pub struct Limit {
    pub user: String,
    pub kind: String,
    /// `None` once lifted.
    pub limit: Option<i64>,
    pub per: &'static str,
    pub used: i64,
    pub resets: String,
}

/// Sets `user`'s monthly limit on their owner's credits of `kind`, or
/// lifts it (`None`).
pub fn set(ctx: &Ctx, user: &str, kind: &str, amount: Option<i64>) -> Result<Limit> {
    ctx.authorize(Action::OwnerLimit, Some(user))?;
    let u = users::find(&ctx.store, user)?;
    ledger::require_credit_party(&ledger::Party::User(u.clone()))?;
    let kind = ledger::kind(&ctx.store, kind)?;
    ctx.store
        .set_spending_limit(u.id, kind.id, amount, &ctx.now_str())?;
    ctx.audit(
        Action::OwnerLimit,
        Some(user),
        json!({"kind": kind.name, "limit": amount, "per": "month"}),
    )?;
    let (since, until) = Period::containing(ctx.now).bounds();
    Ok(Limit {
        user: user.into(),
        kind: kind.name,
        limit: amount,
        per: "month",
        used: ctx.store.spent_on_others(u.id, kind.id, &since, &until)?,
        resets: until,
    })
}

/// Refuses `amount` more of `kind` that `u` would consume or buy on
/// `owner`'s credits past their monthly limit. Nothing to check when `u`
/// uses their own credits.
pub fn check(ctx: &Ctx, u: &UserRef, owner: &UserRef, kind: &Kind, amount: i64) -> Result<()> {
    if u.id == owner.id {
        return Ok(());
    }
    let Some(limit) = ctx.store.spending_limit(u.id, kind.id)? else {
        return Ok(());
    };
    let (since, until) = Period::containing(ctx.now).bounds();
    let used = ctx.store.spent_on_others(u.id, kind.id, &since, &until)?;
    if used.saturating_add(amount) > limit {
        return Err(Refusal::LimitReached {
            user: u.handle.clone(),
            owner: owner.handle.clone(),
            kind: kind.name.clone(),
            limit,
            used,
            amount,
            resets: until,
        }
        .into());
    }
    Ok(())
}
