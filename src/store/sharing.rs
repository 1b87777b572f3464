//! Credit sharing: owners, their credit users, and what the group used.

use rusqlite::params;
use serde::Serialize;

use super::Store;
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
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM users WHERE id = ?1 OR credit_owner_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([owner_id], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every owner who shares credits, by handle.
    pub fn sharing_groups(&self) -> Result<Vec<Group>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT o.handle AS owner, group_concat(u.handle, ',') AS members
             FROM users u JOIN users o ON o.id = u.credit_owner_id
             GROUP BY o.id ORDER BY o.handle",
        )?;
        let rows = stmt.query_map([], |r| {
            let members: String = r.get("members")?;
            let mut credit_users: Vec<String> = members.split(',').map(str::to_string).collect();
            credit_users.sort();
            Ok(Group {
                owner: r.get("owner")?,
                credit_users,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// What `group` consumed, and whatever else was drawn from the owner's
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
        let mut stmt = self.conn().prepare_cached(
            "SELECT t.id, u.handle AS user, k.name AS kind, t.amount, t.memo, t.at FROM transfers t
             JOIN users u ON u.id = t.user_id JOIN credit_kinds k ON k.id = t.kind_id
             WHERE t.type = 'use'
               AND (t.user_id IN (SELECT value FROM json_each(?1))
                    OR t.debit_account_id IN (SELECT id FROM accounts WHERE holder = 'user' AND user_id = ?4))
               AND (?2 IS NULL OR t.at >= ?2) AND (?3 IS NULL OR t.at < ?3)
             ORDER BY t.id DESC",
        )?;
        let rows = stmt.query_map(params![ids, since, until, owner_id], |r| {
            Ok(from_row!(r => UsageEntry { id, user, kind, amount, memo, at }))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
