//! Reversals: a mistake in the ledger is undone by a new transfer that moves
//! back what the first one moved, linked to it. The first one never changes.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::ledger::{self, COMPANY, Party};
use super::refusal::{Refusal, Thing};
use super::{Action, Ctx, idempotency, not_found};
use crate::error::{Error, Result};
use crate::store::{AccountBalance, Draw, NewTransfer, Order, Original, TransferType};

#[derive(Debug, Clone)]
pub struct Reverse {
    pub transfer: i64,
    pub memo: Option<String>,
    pub idempotency_key: Option<String>,
}

/// What `credits reverse` answers: as `credits assign`'s answer, with the
/// transfer reversed. `from` gives back, `to` gets back.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Reversed {
    pub id: i64,
    pub reverses: i64,
    #[serde(rename = "type")]
    pub kind_of_transfer: String,
    pub from: String,
    pub to: String,
    pub kind: String,
    pub amount: i64,
    pub from_balance: i64,
    pub to_balance: i64,
    pub replayed: bool,
}

const COMMAND: &str = "credits reverse";

/// Writes the reversal of a topup, an assign, a use or an order: the same
/// amount of the same kind back between the same two accounts, of the same
/// type and for the same user, linked to it. Refused when the transfer was
/// reversed already, is itself a reversal, was written by offboarding or
/// credit sharing, when the account that received it no longer holds the
/// amount, or when a user on either side is not active or now uses someone
/// else's credits.
pub fn reverse(ctx: &Ctx, r: &Reverse) -> Result<Reversed> {
    ctx.authorize(Action::CreditsReverse, None)?;
    ledger::check_memo(r.memo.as_deref())?;
    let key = r.idempotency_key.as_deref();
    let request = json!({"transfer": r.transfer, "memo": r.memo});
    if let Some(done) = idempotency::replay(&ctx.store, key, COMMAND, &request)? {
        return Ok(serde_json::from_value(done)?);
    }
    let done = write_reversal(ctx, r.transfer, r.memo.as_deref())?;
    idempotency::store(
        &ctx.store,
        key,
        COMMAND,
        &request,
        &serde_json::to_value(&done)?,
        &ctx.now_str(),
    )?;
    ctx.audit(
        Action::CreditsReverse,
        Some(&done.from),
        json!({"transfer": done.id, "reverses": done.reverses, "from": done.from, "to": done.to, "kind": done.kind, "amount": done.amount, "memo": r.memo}),
    )?;
    Ok(done)
}

/// The reversal of transfer `transfer`, checked and written: the one path
/// of `credits reverse` and `order cancel`.
fn write_reversal(ctx: &Ctx, transfer: i64, memo: Option<&str>) -> Result<Reversed> {
    let store = &ctx.store;
    let o: Original = store
        .original(transfer)?
        .ok_or_else(|| not_found(Thing::Transfer, &transfer.to_string()))?;
    if let Some(original) = o.reverses {
        return Err(Refusal::ReversalOfReversal { id: o.id, original }.into());
    }
    if let Some(by) = o.reversed_by {
        return Err(Refusal::AlreadyReversed { id: o.id, by }.into());
    }
    let kind_of_transfer = match TransferType::parse(&o.transfer_type) {
        Some(
            t @ (TransferType::Topup
            | TransferType::Assign
            | TransferType::Use
            | TransferType::Order),
        ) => t,
        _ => {
            return Err(Refusal::NotReversible {
                id: o.id,
                kind_of_transfer: o.transfer_type,
            }
            .into());
        }
    };
    // The receiver of the original gives back; its sender gets back.
    let (from, from_user) = store.account_holder(o.credit)?;
    let (to, to_user) = store.account_holder(o.debit)?;
    for user in [from_user, to_user].into_iter().flatten() {
        ledger::require_credit_party(&Party::User(store.user_ref_by_id(user)?))?;
    }
    if let Some(user) = to_user {
        ledger::refuse_credit_user(store, &Party::User(store.user_ref_by_id(user)?))?;
    }
    let at = ctx.now_str();
    let giver: AccountBalance = store.account_balance(o.credit, Some(&at))?;
    if !giver.is_vendor() && giver.balance < o.amount {
        return Err(Refusal::ReversalUncovered {
            id: o.id,
            is_company: from == COMPANY,
            holder: from,
            balance: giver.balance,
            kind: o.kind.name,
            amount: o.amount,
        }
        .into());
    }
    let getter = store.account_balance(o.debit, Some(&at))?;
    let to_balance = getter.balance.checked_add(o.amount).ok_or_else(|| {
        Error::invalid(format!(
            "giving back {} {} would take {to}'s balance past the largest number tally keeps",
            o.amount, o.kind.name
        ))
        .hint(format!(
            "move some of {to}'s {} elsewhere first",
            o.kind.name
        ))
    })?;
    let id = store.insert_transfer(&NewTransfer {
        kind_id: o.kind.id,
        debit: o.credit,
        credit: o.debit,
        amount: o.amount,
        transfer_type: kind_of_transfer,
        user_id: o.user_id,
        actor: &ctx.actor.handle,
        memo,
        at: &at,
        reverses: Some(o.id),
        draw: Draw::Like(o.id),
    })?;
    let done = Reversed {
        id,
        reverses: o.id,
        kind_of_transfer: o.transfer_type,
        from,
        to,
        kind: o.kind.name,
        amount: o.amount,
        from_balance: giver.balance - o.amount,
        to_balance,
        replayed: false,
    };
    Ok(done)
}

/// What `order cancel` answers: the order, now cancelled, and the transfer
/// that gave its credits back.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cancelled {
    #[serde(flatten)]
    pub order: Order,
    /// The reversal of the order's transfer.
    pub transfer: i64,
    pub owner_balance: i64,
    pub replayed: bool,
}

#[derive(Debug, Clone)]
pub struct Cancel {
    pub order: i64,
    pub memo: Option<String>,
    pub idempotency_key: Option<String>,
}

/// Cancels an order: its credits go back from the owner to the vendor by
/// the reversal of its transfer, which is what marks it cancelled (orders
/// never change). Refused as `credits reverse` is, and when the order was
/// cancelled already.
pub fn cancel(ctx: &Ctx, c: &Cancel) -> Result<Cancelled> {
    ctx.authorize(Action::OrderCancel, None)?;
    ledger::check_memo(c.memo.as_deref())?;
    let key = c.idempotency_key.as_deref();
    let request = json!({"order": c.order, "memo": c.memo});
    if let Some(done) = idempotency::replay(&ctx.store, key, CANCEL, &request)? {
        return Ok(serde_json::from_value(done)?);
    }
    let (mut order, transfer) = ctx
        .store
        .order(c.order)?
        .ok_or_else(|| not_found(Thing::Order, &c.order.to_string()))?;
    if let Some(at) = order.cancelled_at {
        return Err(Refusal::OrderCancelled { id: order.id, at }.into());
    }
    let reversed = write_reversal(ctx, transfer, c.memo.as_deref())?;
    order.cancelled_at = Some(ctx.now_str());
    let done = Cancelled {
        order,
        transfer: reversed.id,
        owner_balance: reversed.from_balance,
        replayed: false,
    };
    idempotency::store(
        &ctx.store,
        key,
        CANCEL,
        &request,
        &serde_json::to_value(&done)?,
        &ctx.now_str(),
    )?;
    ctx.audit(
        Action::OrderCancel,
        Some(&done.order.buyer),
        json!({"order": done.order.id, "transfer": reversed.id, "reverses": transfer, "owner": done.order.owner,
               "kind": done.order.kind, "credits": done.order.credits, "memo": c.memo}),
    )?;
    Ok(done)
}

const CANCEL: &str = "order cancel";
