//! Credits that expire: `credits expire` moves what has expired out of the
//! accounts that hold it, into each kind's `expired` account, in the ledger.

use serde::Serialize;
use serde_json::json;

use super::{Action, Ctx};
use crate::error::Result;
use crate::store::{Draw, Holder, NewTransfer, TransferType};

/// What expired of one kind.
#[derive(Debug, Serialize)]
pub struct Expired {
    pub kind: String,
    /// How many lots (an account's credits of one expiry) expired.
    pub lots: i64,
    pub amount: i64,
    /// The transfers written, first and last (`None` when nothing expired).
    pub first_transfer: Option<i64>,
    pub last_transfer: Option<i64>,
}

/// Lots written per statement: the memory of a batch, whatever the number
/// of accounts.
const BATCH: i64 = 1000;

/// Moves every lot that has expired by now to its kind's `expired` account:
/// a transfer of type `expire` for each. Run again, it finds nothing.
pub fn expire(ctx: &Ctx) -> Result<Vec<Expired>> {
    ctx.authorize(Action::CreditsExpire, None)?;
    let at = ctx.now_str();
    let mut done: Vec<Expired> = Vec::new();
    // Each kind's `expired` account, looked up once.
    let mut expired_accounts = std::collections::HashMap::new();
    loop {
        let due = ctx.store.due_lots(&at, BATCH)?;
        if due.is_empty() {
            break;
        }
        let mut transfers = Vec::with_capacity(due.len());
        let memos: Vec<String> = due
            .iter()
            .map(|l| format!("expired at {}", l.expires_at))
            .collect();
        for (lot, memo) in due.iter().zip(&memos) {
            let credit = match expired_accounts.get(&lot.kind_id) {
                Some(id) => *id,
                None => {
                    let id = ctx.store.account(lot.kind_id, Holder::Expired)?;
                    expired_accounts.insert(lot.kind_id, id);
                    id
                }
            };
            transfers.push(NewTransfer {
                kind_id: lot.kind_id,
                debit: lot.account_id,
                credit,
                amount: lot.amount,
                transfer_type: TransferType::Expire,
                user_id: None,
                actor: &ctx.actor.handle,
                memo: Some(memo),
                at: &at,
                reverses: None,
                draw: Draw::Expired(&lot.expires_at),
            });
        }
        let ids = ctx.store.insert_transfers(&transfers)?;
        for (lot, id) in due.iter().zip(ids) {
            match done.iter_mut().find(|e| e.kind == lot.kind) {
                Some(e) => {
                    e.lots += 1;
                    e.amount += lot.amount;
                    e.last_transfer = Some(id);
                }
                None => done.push(Expired {
                    kind: lot.kind.clone(),
                    lots: 1,
                    amount: lot.amount,
                    first_transfer: Some(id),
                    last_transfer: Some(id),
                }),
            }
        }
    }
    done.sort_by(|a, b| a.kind.cmp(&b.kind));
    if !done.is_empty() {
        ctx.audit(
            Action::CreditsExpire,
            None,
            json!({"expired": done
                .iter()
                .map(|e| json!({"kind": e.kind, "lots": e.lots, "amount": e.amount,
                                "transfers": [e.first_transfer, e.last_transfer]}))
                .collect::<Vec<_>>()}),
        )?;
    }
    Ok(done)
}
