//! Spending limits inside a sharing group, and what a credit user spent.

use super::Store;
use super::sql::params;
use crate::error::Result;

impl Store<'_> {
    /// The monthly limit of `user_id` on their owner's credits of a kind.
    pub fn spending_limit(&self, user_id: i64, kind_id: i64) -> Result<Option<i64>> {
        self.sql().opt(
            "SELECT amount FROM spending_limits WHERE user_id = ?1 AND kind_id = ?2",
            params![user_id, kind_id],
            |r| r.get("amount"),
        )
    }

    /// Sets the limit, or lifts it with `None`.
    pub fn set_spending_limit(
        &self,
        user_id: i64,
        kind_id: i64,
        amount: Option<i64>,
        at: &str,
    ) -> Result<()> {
        self.sql().exec(
            "DELETE FROM spending_limits WHERE user_id = ?1 AND kind_id = ?2",
            params![user_id, kind_id],
        )?;
        if let Some(amount) = amount {
            self.sql().exec(
                "INSERT INTO spending_limits (user_id, kind_id, amount, set_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![user_id, kind_id, amount, at],
            )?;
        }
        Ok(())
    }

    /// What `user_id` consumed and bought of a kind on someone else's
    /// credits from `since` (inclusive) to `until`: uses drawn from an
    /// account not their own and orders credited to another user, a
    /// reversed one counting for nothing.
    pub fn spent_on_others(
        &self,
        user_id: i64,
        kind_id: i64,
        since: &str,
        until: &str,
    ) -> Result<i64> {
        self.sql().one(
            "SELECT CAST(
                 coalesce((SELECT sum(t.amount) FROM transfers t
                           WHERE t.user_id = ?1 AND t.kind_id = ?2 AND t.type = 'use'
                             AND t.at >= ?3 AND t.at < ?4 AND t.reverses IS NULL
                             AND t.debit_account_id NOT IN
                                 (SELECT id FROM accounts WHERE user_id = ?1)
                             AND NOT EXISTS (SELECT 1 FROM transfers r WHERE r.reverses = t.id)),
                          0)
               + coalesce((SELECT sum(o.credits) FROM orders o
                           WHERE o.buyer_id = ?1 AND o.kind_id = ?2 AND o.owner_id <> ?1
                             AND o.created_at >= ?3 AND o.created_at < ?4
                             AND NOT EXISTS (SELECT 1 FROM transfers r
                                             WHERE r.reverses = o.transfer_id)),
                          0) AS BIGINT) AS n",
            params![user_id, kind_id, since, until],
            |r| r.get("n"),
        )
    }
}
