//! Credit sharing: owners, their credit users, and what the group used.

use serde::Serialize;

use super::Store;
use super::sql::params;
use crate::error::Result;

/// An owner who shares credits, with their credit users by handle.
pub struct Group {
    pub owner: String,
    pub credit_users: Vec<String>,
}

/// One consumption, as `credits usage` shows it.
#[derive(Debug, Serialize)]
pub struct UsageEntry {
    pub id: i64,
    pub user: String,
    pub kind: String,
    pub amount: i64,
    pub memo: Option<String>,
    pub at: String,
}

impl Store<'_> {
    /// The owner and every credit user of that owner, by id.
    pub fn group_ids(&self, owner_id: i64) -> Result<Vec<i64>> {
        self.sql().all(
            "SELECT id FROM users WHERE id = ?1 OR credit_owner_id = ?1 ORDER BY id",
            params![owner_id],
            |r| r.get("id"),
        )
    }

    /// Every owner who shares credits, by handle.
    pub fn sharing_groups(&self) -> Result<Vec<Group>> {
        self.sql().all(
            "SELECT o.handle AS owner, group_concat(u.handle, ',') AS members
             FROM users u JOIN users o ON o.id = u.credit_owner_id
             GROUP BY o.id ORDER BY o.handle",
            params![],
            |r| {
                let members: String = r.get("members")?;
                let mut credit_users: Vec<String> =
                    members.split(',').map(str::to_string).collect();
                credit_users.sort();
                Ok(Group {
                    owner: r.get("owner")?,
                    credit_users,
                })
            },
        )
    }

    /// What `group` consumed and was not given back by a reversal, and whatever else was drawn from the owner's
    /// balance (by a former credit user), newest first; times as stored,
    /// `since` inclusive, `until` exclusive.
    pub fn usage(
        &self,
        group: &[i64],
        owner_id: i64,
        since: Option<&str>,
        until: Option<&str>,
    ) -> Result<Vec<UsageEntry>> {
        let ids = serde_json::to_string(group)?;
        self.sql().all(
            "SELECT t.id, u.handle AS user, k.name AS kind, t.amount, t.memo, t.at FROM transfers t
             JOIN users u ON u.id = t.user_id JOIN credit_kinds k ON k.id = t.kind_id
             WHERE t.type = 'use' AND t.reverses IS NULL
               AND NOT EXISTS (SELECT 1 FROM transfers r WHERE r.reverses = t.id)
               AND (t.user_id IN (SELECT value FROM json_each(?1))
                    OR t.debit_account_id IN (SELECT id FROM accounts WHERE holder = 'user' AND user_id = ?4))
               AND (CAST(?2 AS TEXT) IS NULL OR t.at >= ?2) AND (CAST(?3 AS TEXT) IS NULL OR t.at < ?3)
             ORDER BY t.id DESC",
            params![&ids, since, until, owner_id],
            |r| Ok(from_row!(r => UsageEntry { id, user, kind, amount, memo, at })),
        )
    }
}
