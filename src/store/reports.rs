//! The reports of the whole organization: consumption grouped in a period,
//! and every transfer of a period with the balances it left. Each is one
//! statement whose rows are read one at a time.

use serde::Serialize;

use super::Store;
use super::sql::params;
use crate::error::Result;

/// What a usage report groups consumption by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsageBy {
    /// Who consumed.
    User,
    /// Whose balance it was drawn from (the credit owner).
    Owner,
    /// The kind of credits.
    Kind,
    /// The day (UTC).
    Day,
}

/// One group of a usage report: its key, the kind, the credits consumed
/// and in how many uses.
#[derive(Debug, Clone)]
pub struct UsageGroup {
    pub key: String,
    pub kind: String,
    pub amount: i64,
    pub uses: i64,
}

/// A transfer of the ledger report, with each side's balance after it.
#[derive(Debug, Serialize)]
pub struct LedgerEntry {
    pub id: i64,
    pub at: String,
    #[serde(rename = "type")]
    pub kind_of_transfer: String,
    pub kind: String,
    pub from: String,
    pub to: String,
    pub amount: i64,
    /// The sender's balance right after this transfer.
    pub from_balance: i64,
    /// The receiver's balance right after this transfer.
    pub to_balance: i64,
    pub actor: String,
    pub memo: Option<String>,
}

/// An account's holder as reports name it: a user's handle, else
/// `company`, `vendor` or `consumed`.
const HOLDER: &str =
    "CASE {a}.holder WHEN 'user' THEN (SELECT handle FROM users WHERE id = {a}.user_id)
                      ELSE {a}.holder END";

fn holder(alias: &str) -> String {
    HOLDER.replace("{a}", alias)
}

impl Store<'_> {
    /// The credits consumed (transfers of type `use`) from `since`
    /// (inclusive) to `until`, grouped by `by` and kind, in the order of
    /// the key and the kind; of one kind if `kind_id` is given.
    pub fn each_usage_group(
        &self,
        by: UsageBy,
        kind_id: Option<i64>,
        since: &str,
        until: &str,
        mut f: impl FnMut(UsageGroup) -> Result<()>,
    ) -> Result<()> {
        let key = match by {
            // A use names who consumed; an older one may not: its
            // account's holder consumed.
            UsageBy::User => format!(
                "coalesce((SELECT handle FROM users WHERE id = t.user_id), {})",
                holder("d")
            ),
            UsageBy::Owner => holder("d"),
            UsageBy::Kind => "k.name".to_string(),
            UsageBy::Day => "substr(t.at, 1, 10)".to_string(),
        };
        self.sql().each(
            &format!(
                "SELECT g.key, g.kind, CAST(sum(g.amount) AS BIGINT) AS amount,
                        CAST(count(*) AS BIGINT) AS uses
                 FROM (SELECT {key} AS key, k.name AS kind, t.amount
                       FROM transfers t JOIN credit_kinds k ON k.id = t.kind_id
                       JOIN accounts d ON d.id = t.debit_account_id
                       WHERE t.type = 'use' AND t.at >= ?1 AND t.at < ?2
                         AND (CAST(?3 AS BIGINT) IS NULL OR t.kind_id = ?3)
                         -- A use that was reversed was not used, nor is its reversal.
                         AND t.reverses IS NULL
                         AND NOT EXISTS (SELECT 1 FROM transfers r WHERE r.reverses = t.id)) AS g
                 GROUP BY g.key, g.kind ORDER BY g.key, g.kind"
            ),
            params![since, until, kind_id],
            |r| f(from_row!(r => UsageGroup { key, kind, amount, uses })),
        )
    }

    /// Every transfer from `since` (inclusive) to `until`, in the order
    /// they were made, each with the balances of its two accounts right
    /// after it (the sum of every earlier transfer in and out of them).
    pub fn each_ledger_entry(
        &self,
        kind_id: Option<i64>,
        since: &str,
        until: &str,
        mut f: impl FnMut(LedgerEntry) -> Result<()>,
    ) -> Result<()> {
        self.sql().each(
            &format!(
                "WITH legs AS (
                    SELECT id, debit_account_id AS account, -amount AS delta FROM transfers
                    UNION ALL
                    SELECT id, credit_account_id AS account, amount AS delta FROM transfers
                 ), running AS (
                    SELECT id, account,
                           CAST(sum(delta) OVER (PARTITION BY account ORDER BY id
                                                 ROWS UNBOUNDED PRECEDING) AS BIGINT) AS after
                    FROM legs
                 )
                 SELECT t.id, t.at, t.type, k.name AS kind, t.amount, t.actor, t.memo,
                        {} AS sender, {} AS receiver,
                        rd.after AS from_balance, rc.after AS to_balance
                 FROM transfers t JOIN credit_kinds k ON k.id = t.kind_id
                 JOIN accounts d ON d.id = t.debit_account_id
                 JOIN accounts c ON c.id = t.credit_account_id
                 JOIN running rd ON rd.id = t.id AND rd.account = t.debit_account_id
                 JOIN running rc ON rc.id = t.id AND rc.account = t.credit_account_id
                 WHERE t.at >= ?1 AND t.at < ?2
                   AND (CAST(?3 AS BIGINT) IS NULL OR t.kind_id = ?3)
                 ORDER BY t.id",
                holder("d"),
                holder("c")
            ),
            params![since, until, kind_id],
            |r| {
                f(LedgerEntry {
                    id: r.get("id")?,
                    at: r.get("at")?,
                    kind_of_transfer: r.get("type")?,
                    kind: r.get("kind")?,
                    from: r.get("sender")?,
                    to: r.get("receiver")?,
                    amount: r.get("amount")?,
                    from_balance: r.get("from_balance")?,
                    to_balance: r.get("to_balance")?,
                    actor: r.get("actor")?,
                    memo: r.get("memo")?,
                })
            },
        )
    }
}
