//! Credits that expire: what each account holds of each expiry (its lots),
//! and which expiries each transfer moved (`lot_entries`).

use std::collections::BTreeSet;

use super::Store;
use super::ledger::NewTransfer;
use super::sql::{Param, Row, params};
use crate::error::{Code, Error, Result};

/// Which credits a transfer moves, as to when they expire.
///
/// From an account, credits that have expired are never spent: only a
/// transfer that moves a whole balance (an offboarding, a balance moved to
/// a new credit owner) takes them along, last and with their expiry, and
/// `credits expire` takes them out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Draw<'a> {
    /// From an account: its credits that have not expired, earliest-expiring
    /// first, then those that never expire. From outside (the vendor, the
    /// consumed account): credits that never expire.
    Spend,
    /// From outside: credits that expire at this time (a topup or an order
    /// with an expiry).
    Expiring(&'a str),
    /// What another transfer moved, the other way (a reversal): from an
    /// account, the expiries that transfer brought and that have not
    /// expired, as far as the account still holds them, then as
    /// [`Draw::Spend`]; from outside, exactly the expiries that transfer
    /// took.
    Like(i64),
    /// From an account: its lot of this expiry, which has expired
    /// (`credits expire`).
    Expired(&'a str),
}

/// An account's credits of one expiry.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Lot {
    pub expires_at: String,
    pub amount: i64,
}

/// Expired credits waiting for `credits expire`.
pub struct DueLot {
    pub account_id: i64,
    pub kind_id: i64,
    pub kind: String,
    pub expires_at: String,
    pub amount: i64,
}

impl Store<'_> {
    /// Moves the lots of transfers just written (`ids`, in the order of
    /// `ts`). Most transfers touch no lot: one statement finds that out for
    /// the whole batch.
    pub(super) fn move_lots(&self, ts: &[NewTransfer], ids: &[i64]) -> Result<()> {
        let debits: BTreeSet<i64> = ts.iter().map(|t| t.debit).collect();
        let all_spend = ts.iter().all(|t| t.draw == Draw::Spend);
        if all_spend && !self.holds_lots(&debits)? {
            return Ok(());
        }
        // Each account's balance before the batch, kept as the batch goes:
        // what an account held that was in no lot never expires.
        let mut balances: std::collections::HashMap<i64, i64> = std::collections::HashMap::new();
        for t in ts {
            for (account, delta) in [(t.debit, t.amount), (t.credit, -t.amount)] {
                let balance = match balances.entry(account) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        e.insert(self.account_balance(account, None)?.balance)
                    }
                };
                *balance += delta;
            }
        }
        let mut touched = BTreeSet::new();
        for (t, &id) in ts.iter().zip(ids) {
            let debit_inside = self.is_inside(t.debit)?;
            let credit_inside = self.is_inside(t.credit)?;
            let portions = match (t.draw, debit_inside) {
                (Draw::Expiring(at), false) => vec![Lot {
                    expires_at: at.to_string(),
                    amount: t.amount,
                }],
                (Draw::Expiring(_), true) => {
                    return Err(Error::new(
                        Code::Internal,
                        "credits that expire come from outside the organization",
                    ));
                }
                (Draw::Like(original), false) => self.lot_entries(original)?,
                (Draw::Spend | Draw::Expired(_), false) => Vec::new(),
                (draw, true) => self.draw(
                    t.debit,
                    t.amount,
                    t.at,
                    draw,
                    balances[&t.debit],
                    t.transfer_type.moves_whole_balance(),
                )?,
            };
            *balances.get_mut(&t.debit).expect("read above") -= t.amount;
            *balances.get_mut(&t.credit).expect("read above") += t.amount;
            for lot in &portions {
                if debit_inside {
                    self.sql().exec(
                        "UPDATE lots SET remaining = remaining - ?3
                         WHERE account_id = ?1 AND expires_at = ?2",
                        params![t.debit, &lot.expires_at, lot.amount],
                    )?;
                    touched.insert(t.debit);
                }
                if credit_inside {
                    self.sql().exec(
                        "INSERT INTO lots (account_id, expires_at, remaining) VALUES (?1, ?2, ?3)
                         ON CONFLICT (account_id, expires_at)
                         DO UPDATE SET remaining = lots.remaining + excluded.remaining",
                        params![t.credit, &lot.expires_at, lot.amount],
                    )?;
                }
                self.sql().exec(
                    "INSERT INTO lot_entries (transfer_id, expires_at, amount) VALUES (?1, ?2, ?3)",
                    params![id, &lot.expires_at, lot.amount],
                )?;
            }
        }
        // What was not drawn from lots came from credits that never expire:
        // an account never holds more in lots than its balance.
        touched.extend(&debits);
        for account in &touched {
            if self.sql().exists(
                "SELECT 1 FROM accounts a
                 WHERE a.id = ?1 AND a.holder IN ('company', 'user')
                   AND a.balance < (SELECT coalesce(sum(remaining), 0) FROM lots
                                                  WHERE account_id = a.id)",
                params![*account],
            )? {
                return Err(Error::new(
                    Code::InsufficientCredits,
                    "the transfer would spend credits that have expired",
                )
                .hint("run `tally credits expire`, then look at `tally credits balance`"));
            }
        }
        Ok(())
    }

    /// Whether any of the accounts holds credits that expire.
    fn holds_lots(&self, accounts: &BTreeSet<i64>) -> Result<bool> {
        if accounts.is_empty() {
            return Ok(false);
        }
        let mut sql = String::from("SELECT 1 FROM lots WHERE remaining > 0 AND account_id IN (");
        let mut ps: Vec<Param> = Vec::with_capacity(accounts.len());
        for (i, a) in accounts.iter().enumerate() {
            sql.push_str(&format!("{}?{}", if i == 0 { "" } else { ", " }, i + 1));
            ps.push(Param::Int(*a));
        }
        sql.push_str(") LIMIT 1");
        self.sql().exists(&sql, &ps)
    }

    /// Whether an account is held inside the organization (the company's or
    /// a user's), so that it keeps lots.
    fn is_inside(&self, account_id: i64) -> Result<bool> {
        self.sql().one(
            "SELECT CASE WHEN holder = 'company' OR holder = 'user' THEN 1 ELSE 0 END AS inside
             FROM accounts WHERE id = ?1",
            params![account_id],
            |r| r.get::<bool>("inside"),
        )
    }

    /// The expiries a transfer moved.
    pub fn lot_entries(&self, transfer_id: i64) -> Result<Vec<Lot>> {
        self.sql().all(
            "SELECT expires_at, amount FROM lot_entries WHERE transfer_id = ?1
             ORDER BY expires_at",
            params![transfer_id],
            lot_row,
        )
    }

    /// An account's lots that hold credits, earliest-expiring first.
    pub fn lots(&self, account_id: i64) -> Result<Vec<Lot>> {
        self.sql().all(
            "SELECT expires_at, remaining AS amount FROM lots
             WHERE account_id = ?1 AND remaining > 0 ORDER BY expires_at",
            params![account_id],
            lot_row,
        )
    }

    /// Which of an account's lots `amount` takes, in the order of `draw`,
    /// the account holding `balance` before it. Spending takes the lots that
    /// have not expired, earliest first, then the credits that never expire;
    /// a move of a `whole` balance then takes the expired lots, which keep
    /// their expiry. What is not covered so is left for the guard in
    /// [`Store::move_lots`] to refuse.
    fn draw(
        &self,
        account_id: i64,
        amount: i64,
        at: &str,
        draw: Draw,
        balance: i64,
        whole: bool,
    ) -> Result<Vec<Lot>> {
        let mut held = self.lots(account_id)?;
        let never = balance - held.iter().map(|l| l.amount).sum::<i64>();
        let mut taken: Vec<Lot> = Vec::new();
        let mut left = amount;
        let mut take = |held: &mut Vec<Lot>, expires_at: &str, most: i64, left: &mut i64| {
            if let Some(lot) = held.iter_mut().find(|l| l.expires_at == expires_at) {
                let n = lot.amount.min(most).min(*left);
                if n > 0 {
                    lot.amount -= n;
                    *left -= n;
                    match taken.iter_mut().find(|l| l.expires_at == expires_at) {
                        Some(t) => t.amount += n,
                        None => taken.push(Lot {
                            expires_at: expires_at.to_string(),
                            amount: n,
                        }),
                    }
                }
            }
        };
        if let Draw::Expired(expires_at) = draw {
            if expires_at <= at {
                take(&mut held, expires_at, i64::MAX, &mut left);
            }
            return Ok(taken);
        }
        if let Draw::Like(original) = draw {
            for lot in self.lot_entries(original)? {
                if lot.expires_at.as_str() > at {
                    take(&mut held, &lot.expires_at, lot.amount, &mut left);
                }
            }
        }
        let (live, due): (Vec<String>, Vec<String>) = held
            .iter()
            .map(|l| l.expires_at.clone())
            .partition(|e| e.as_str() > at);
        for expires_at in live {
            take(&mut held, &expires_at, i64::MAX, &mut left);
        }
        left -= never.clamp(0, left);
        if whole {
            for expires_at in due {
                take(&mut held, &expires_at, i64::MAX, &mut left);
            }
        }
        taken.sort_by(|a, b| a.expires_at.cmp(&b.expires_at));
        Ok(taken)
    }

    /// What a user's accounts hold of credits expired by `at`, per kind
    /// (by name), leaving out kinds with none.
    pub fn expired_held(&self, user_id: i64, at: &str) -> Result<Vec<(String, i64)>> {
        self.sql().all(
            "SELECT k.name AS kind, CAST(sum(l.remaining) AS BIGINT) AS n
             FROM lots l JOIN accounts a ON a.id = l.account_id
             JOIN credit_kinds k ON k.id = a.kind_id
             WHERE a.user_id = ?1 AND l.expires_at <= ?2 AND l.remaining > 0
             GROUP BY k.name ORDER BY k.name",
            params![user_id, at],
            |r| Ok((r.get("kind")?, r.get("n")?)),
        )
    }

    /// At most `limit` lots that have expired by `at` and still hold
    /// credits, oldest first.
    pub fn due_lots(&self, at: &str, limit: i64) -> Result<Vec<DueLot>> {
        self.sql().all(
            "SELECT l.account_id, a.kind_id, k.name AS kind, l.expires_at, l.remaining
             FROM lots l JOIN accounts a ON a.id = l.account_id
             JOIN credit_kinds k ON k.id = a.kind_id
             WHERE l.remaining > 0 AND l.expires_at <= ?1
             ORDER BY l.expires_at, l.account_id LIMIT ?2",
            params![at, limit],
            |r| {
                Ok(DueLot {
                    account_id: r.get("account_id")?,
                    kind_id: r.get("kind_id")?,
                    kind: r.get("kind")?,
                    expires_at: r.get("expires_at")?,
                    amount: r.get("remaining")?,
                })
            },
        )
    }
}

fn lot_row(r: &Row) -> Result<Lot> {
    Ok(Lot {
        expires_at: r.get("expires_at")?,
        amount: r.get("amount")?,
    })
}
