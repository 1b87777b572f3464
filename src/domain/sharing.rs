//! Credit sharing: every user has a credit owner, themselves by default. A
//! credit user consumes and buys on their owner's balance; usage and order
//! history show the whole group (the owner and every credit user).

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::ledger::{self, Holder, Party, Posting, TransferType};
use super::refusal::Refusal;
use super::users::{self, UserRef};
use super::{Action, Amount, Ctx, fmt_time, idempotency};
use crate::error::Result;
use crate::store::{ActiveOnly, Store};

/// The user whose credits `user` uses: their owner, or themselves.
pub fn owner_of(store: &Store, user: &UserRef) -> Result<UserRef> {
    match user.credit_owner_id {
        None => Ok(user.clone()),
        Some(id) => store.user_ref_by_id(id),
    }
}

/// The handles of the users who use `owner`'s credits, not counting the owner.
pub fn credit_users(store: &Store, owner_id: i64) -> Result<Vec<String>> {
    Ok(store
        .credit_users(owner_id, ActiveOnly::No)?
        .into_iter()
        .map(|u| u.handle)
        .collect())
}

/// The actor, or the named user, for commands whose HANDLE is optional.
pub fn subject<'a>(ctx: &'a Ctx, handle: Option<&'a str>) -> &'a str {
    handle.unwrap_or(&ctx.actor.handle)
}

#[derive(Debug, Serialize)]
pub struct Ownership {
    pub user: String,
    pub owner: String,
}

#[derive(Debug, Serialize)]
pub struct OwnerSet {
    pub user: String,
    pub owner: String,
    pub moved: Vec<ledger::KindTotal>,
}

/// Rule 6: `user` will use `owner`'s credits.
pub fn set(ctx: &Ctx, user: &str, owner: &str, move_balance: bool) -> Result<OwnerSet> {
    ctx.authorize(Action::OwnerSet, Some(user))?;
    if user == owner {
        return Err(Refusal::OwnOwner {
            handle: user.into(),
        }
        .into());
    }
    let u = users::find(&ctx.store, user)?;
    let o = users::find(&ctx.store, owner)?;
    for who in [&u, &o] {
        ledger::require_credit_party(&Party::User(who.clone()))?;
    }
    refuse_chain(ctx, &u, &o)?;
    if u.credit_owner_id == Some(o.id) {
        return Ok(OwnerSet {
            user: user.into(),
            owner: owner.into(),
            moved: vec![],
        });
    }
    let balances = ctx.store.user_holdings(u.id)?;
    if !balances.is_empty() && !move_balance {
        return Err(Refusal::HasCreditsToShare {
            user: user.into(),
            owner: owner.into(),
            balances: (balances.iter())
                .map(|h| (h.kind.name.clone(), h.balance))
                .collect(),
        }
        .into());
    }
    let moved = move_holdings(ctx, &u, &o, balances)?;
    ctx.store.set_credit_owner(u.id, Some(o.id))?;
    ctx.audit(
        Action::OwnerSet,
        Some(user),
        json!({"owner": owner, "moved": moved}),
    )?;
    Ok(OwnerSet {
        user: user.into(),
        owner: owner.into(),
        moved,
    })
}

/// Rule 6's chains: an owner uses no one else's credits, and a user with
/// credit users of their own uses no one else's either.
fn refuse_chain(ctx: &Ctx, u: &UserRef, o: &UserRef) -> Result<()> {
    let (user, owner) = (u.handle.clone(), o.handle.clone());
    if let Some(current) = o.credit_owner_id {
        let current = users::handle_of(&ctx.store, current)?;
        return Err(Refusal::OwnerUsesAnother {
            user,
            owner,
            current,
        }
        .into());
    }
    let credit_users = credit_users(&ctx.store, u.id)?;
    if !credit_users.is_empty() {
        return Err(Refusal::SharesWithOthers {
            user,
            owner,
            credit_users,
        }
        .into());
    }
    Ok(())
}

/// Moves every balance of `u` to their new owner `o`.
fn move_holdings(
    ctx: &Ctx,
    u: &UserRef,
    o: &UserRef,
    balances: Vec<ledger::Holding>,
) -> Result<Vec<ledger::KindTotal>> {
    let mut moved = Vec::new();
    for ledger::Holding {
        kind,
        account_id: account,
        balance,
    } in balances
    {
        let posting = Posting {
            kind: &kind,
            debit: account,
            credit: ctx.store.account(kind.id, Holder::User(o.id))?,
            amount: balance,
            kind_of_transfer: TransferType::Move,
            user_id: Some(u.id),
            memo: Some("credit sharing"),
            expires: None,
        };
        ledger::post(ctx, &posting)?;
        moved.push(ledger::KindTotal {
            kind: kind.name,
            amount: balance,
        });
    }
    Ok(moved)
}

/// `user` uses their own credits again.
/// Also whether anything changed (false: they already used their own).
pub fn clear(ctx: &Ctx, user: &str) -> Result<(Ownership, bool)> {
    ctx.authorize(Action::OwnerClear, Some(user))?;
    let u = users::find(&ctx.store, user)?;
    if let Some(previous) = u.credit_owner_id {
        ctx.store.set_credit_owner(u.id, None)?;
        let previous: String = users::handle_of(&ctx.store, previous)?;
        ctx.audit(
            Action::OwnerClear,
            Some(user),
            json!({"previous_owner": previous}),
        )?;
    }
    let ownership = Ownership {
        user: user.into(),
        owner: user.into(),
    };
    Ok((ownership, u.credit_owner_id.is_some()))
}

pub fn show(ctx: &Ctx, user: &str) -> Result<Ownership> {
    ctx.authorize(Action::OwnerShow, Some(user))?;
    let u = users::find(&ctx.store, user)?;
    Ok(Ownership {
        user: user.into(),
        owner: owner_of(&ctx.store, &u)?.handle,
    })
}

#[derive(Debug, Serialize)]
pub struct Group {
    pub owner: String,
    pub credit_users: Vec<String>,
}

/// Every owner who shares credits, with their credit users.
pub fn list(ctx: &Ctx) -> Result<Vec<Group>> {
    ctx.authorize(Action::OwnerList, None)?;
    Ok(ctx
        .store
        .sharing_groups()?
        .into_iter()
        .map(|g| Group {
            owner: g.owner,
            credit_users: g.credit_users,
        })
        .collect())
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Used {
    pub id: i64,
    pub user: String,
    pub owner: String,
    pub kind: String,
    pub amount: i64,
    pub owner_balance: i64,
    pub replayed: bool,
}

/// `user` consumes `amount` from their owner's balance.
pub fn consume(
    ctx: &Ctx,
    user: &str,
    amount: Amount,
    kind_name: &str,
    memo: Option<&str>,
    key: Option<&str>,
) -> Result<Used> {
    let amount = amount.get();
    ctx.authorize(Action::CreditsUse, Some(user))?;
    ledger::check_memo(memo)?;
    let request = json!({"user": user, "amount": amount, "kind": kind_name, "memo": memo});
    if let Some(done) = idempotency::replay(&ctx.store, key, "credits use", &request)? {
        return Ok(serde_json::from_value(done)?);
    }
    let u = users::find(&ctx.store, user)?;
    ledger::require_credit_party(&Party::User(u.clone()))?;
    let owner = owner_of(&ctx.store, &u)?;
    ledger::require_credit_party(&Party::User(owner.clone()))?;
    let kind = ledger::kind(&ctx.store, kind_name)?;
    super::limits::check(ctx, &u, &owner, &kind, amount)?;
    let posting = Posting {
        kind: &kind,
        debit: ctx.store.account(kind.id, Holder::User(owner.id))?,
        credit: ctx.store.account(kind.id, Holder::Consumed)?,
        amount,
        kind_of_transfer: TransferType::Use,
        user_id: Some(u.id),
        memo,
        expires: None,
    };
    let (id, owner_balance, _) = ledger::post_at(
        &ctx.store,
        &ctx.actor.handle,
        &ctx.now_str(),
        &posting,
        Some(&owner.handle),
    )?;
    let done = Used {
        id,
        user: user.into(),
        owner: owner.handle.clone(),
        kind: kind.name.clone(),
        amount,
        owner_balance,
        replayed: false,
    };
    ctx.audit(
        Action::CreditsUse,
        Some(user),
        json!({"transfer": id, "owner": owner.handle, "kind": kind.name, "amount": amount, "memo": memo}),
    )?;
    idempotency::store(
        &ctx.store,
        key,
        "credits use",
        &request,
        &serde_json::to_value(&done)?,
        &ctx.now_str(),
    )?;
    Ok(done)
}

pub use crate::store::UsageEntry;

#[derive(Debug, Serialize)]
pub struct UsageTotal {
    pub user: String,
    pub kind: String,
    pub amount: i64,
}

#[derive(Debug, Serialize)]
pub struct Usage {
    pub owner: String,
    pub entries: Vec<UsageEntry>,
    pub totals: Vec<UsageTotal>,
}

/// The consumption of `user`'s owner and of every credit user of that owner
/// (and what former credit users drew from the owner's balance), newest
/// first, with totals per user and kind.
pub fn usage(
    ctx: &Ctx,
    user: Option<&str>,
    since: Option<jiff::Timestamp>,
    until: Option<jiff::Timestamp>,
) -> Result<Usage> {
    let user = subject(ctx, user);
    ctx.authorize(Action::CreditsUsage, Some(user))?;
    let (since, until) = (since.map(fmt_time), until.map(fmt_time));
    let u = users::find(&ctx.store, user)?;
    let owner = owner_of(&ctx.store, &u)?;
    let group = ctx.store.group_ids(owner.id)?;
    // Like the order history: what the group consumed, and whatever else was
    // drawn from the owner's balance (by a former credit user).
    let entries = ctx
        .store
        .usage(&group, owner.id, since.as_deref(), until.as_deref())?;
    let mut totals: Vec<UsageTotal> = Vec::new();
    for e in &entries {
        match totals
            .iter_mut()
            .find(|t| t.user == e.user && t.kind == e.kind)
        {
            Some(t) => t.amount += e.amount,
            None => totals.push(UsageTotal {
                user: e.user.clone(),
                kind: e.kind.clone(),
                amount: e.amount,
            }),
        }
    }
    totals.sort_by(|a, b| (&a.user, &a.kind).cmp(&(&b.user, &b.kind)));
    Ok(Usage {
        owner: owner.handle,
        entries,
        totals,
    })
}
