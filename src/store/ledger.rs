//! The ledger: kinds of credits, accounts with their balances, transfers.

use super::Store;
use crate::error::Result;

/// A kind of credits.
#[derive(Debug, Clone)]
pub struct Kind {
    pub id: i64,
    pub name: String,
}

/// A positive balance of one kind in one account.
pub struct Holding {
    pub kind: Kind,
    pub account_id: i64,
    pub balance: i64,
}

impl Store<'_> {
    /// Every positive balance of a user, by kind name.
    pub fn user_holdings(&self, user_id: i64) -> Result<Vec<Holding>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT k.id AS kind_id, k.name AS kind, a.id AS account_id, a.balance
             FROM accounts a JOIN credit_kinds k ON k.id = a.kind_id
             WHERE a.user_id = ?1 AND a.balance > 0 ORDER BY k.name",
        )?;
        let rows = stmt.query_map([user_id], |r| {
            Ok(Holding {
                kind: Kind {
                    id: r.get("kind_id")?,
                    name: r.get("kind")?,
                },
                account_id: r.get("account_id")?,
                balance: r.get("balance")?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
