//! Low-balance alerts: which account each watches, below what, and whether
//! it has fired.

use super::Store;
use super::sql::params;
use crate::error::Result;

/// An alert as listed.
#[derive(Debug, Clone)]
pub struct AlertRow {
    pub account: String,
    pub kind: String,
    pub below: i64,
    /// The address the company account's alert goes to; `None` for a user's.
    pub email: Option<String>,
    pub balance: i64,
    pub set_at: String,
    pub fired_at: Option<String>,
}

/// An alert whose state no longer matches its account's balance: armed
/// with the balance below its threshold, or fired with it back at or above.
#[derive(Debug, Clone)]
pub struct DueAlert {
    pub id: i64,
    pub below: i64,
    pub balance: i64,
    pub fired: bool,
    pub kind_id: i64,
    /// `None` for the company account.
    pub user_id: Option<i64>,
    /// The company alert's address.
    pub email: Option<String>,
}

impl Store<'_> {
    /// Sets the alert on an account, replacing the one it had: armed, set at `at`.
    pub fn set_balance_alert(
        &self,
        account_id: i64,
        below: i64,
        email: Option<&str>,
        at: &str,
    ) -> Result<()> {
        self.sql().exec(
            "DELETE FROM balance_alerts WHERE account_id = ?1",
            params![account_id],
        )?;
        self.sql().exec(
            "INSERT INTO balance_alerts (account_id, below, email, set_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![account_id, below, email, at],
        )?;
        Ok(())
    }

    /// Removes the alert on an account; whether there was one.
    pub fn remove_balance_alert(&self, account_id: i64) -> Result<bool> {
        let n = self.sql().exec(
            "DELETE FROM balance_alerts WHERE account_id = ?1",
            params![account_id],
        )?;
        Ok(n > 0)
    }

    /// Every alert, by account and kind.
    pub fn balance_alerts(&self) -> Result<Vec<AlertRow>> {
        self.sql().all(
            "SELECT CASE WHEN a.holder = 'company' THEN 'company' ELSE u.handle END AS account,
                    k.name AS kind, al.below, coalesce(al.email, u.email) AS email, a.balance, al.set_at, al.fired_at
             FROM balance_alerts al
             JOIN accounts a ON a.id = al.account_id
             JOIN credit_kinds k ON k.id = a.kind_id
             LEFT JOIN users u ON u.id = a.user_id
             ORDER BY a.holder, u.handle, k.name",
            &[],
            |r| {
                Ok(from_row!(r => AlertRow {
                    account, kind, below, email, balance, set_at, fired_at
                }))
            },
        )
    }

    /// The alerts to fire or to arm again: those of the company and of
    /// active users who hold their own credits (a user who is not active,
    /// or now uses someone else's credits, is neither mailed nor armed
    /// again, so a departed user's alert stays out of every later write).
    /// Every write runs it, so it is one short statement on the alerts'
    /// table first: with no alerts it reads nothing else, and what a due
    /// alert needs more is read then.
    pub fn due_balance_alerts(&self) -> Result<Vec<DueAlert>> {
        self.sql().all(
            "SELECT al.id, al.below, a.balance, al.fired_at, a.kind_id, a.user_id, al.email
             FROM balance_alerts al JOIN accounts a ON a.id = al.account_id
             WHERE (al.fired_at IS NULL) = (a.balance < al.below)
               AND (a.user_id IS NULL OR EXISTS (SELECT 1 FROM users u
                                                 WHERE u.id = a.user_id AND u.status = 'active'
                                                   AND u.credit_owner_id IS NULL))
             ORDER BY al.id",
            &[],
            |r| {
                Ok(DueAlert {
                    id: r.get("id")?,
                    below: r.get("below")?,
                    balance: r.get("balance")?,
                    fired: r.get::<Option<String>>("fired_at")?.is_some(),
                    kind_id: r.get("kind_id")?,
                    user_id: r.get("user_id")?,
                    email: r.get("email")?,
                })
            },
        )
    }

    /// The name of a kind, by id.
    pub fn kind_name(&self, kind_id: i64) -> Result<String> {
        self.sql().one(
            "SELECT name FROM credit_kinds WHERE id = ?1",
            params![kind_id],
            |r| r.get("name"),
        )
    }

    /// Marks an alert fired at `at`, or armed again with `None`. A clock
    /// behind the time the alert was set (another host's, a `TALLY_NOW`)
    /// marks it fired when it was set.
    pub fn mark_balance_alert(&self, id: i64, fired_at: Option<&str>) -> Result<()> {
        self.sql().exec(
            "UPDATE balance_alerts
             SET fired_at = CASE WHEN CAST(?2 AS TEXT) < set_at THEN set_at ELSE CAST(?2 AS TEXT) END
             WHERE id = ?1",
            params![id, fired_at],
        )?;
        Ok(())
    }
}
