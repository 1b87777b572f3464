//! The append-only audit log.

use serde::Serialize;
use serde_json::Value;

use super::Store;
use super::sql::params;
use crate::error::Result;

/// One row to append.
pub struct AuditRecord<'a> {
    pub at: &'a str,
    pub actor: &'a str,
    pub os_user: &'a str,
    pub action: &'a str,
    pub target: Option<&'a str>,
    pub outcome: Outcome,
    pub details: &'a Value,
}

/// Whether what was asked was done, or refused for want of a right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    Denied,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Denied => "denied",
        }
    }
}

/// One row as read back.
#[derive(Debug, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub os_user: String,
    pub action: String,
    pub target: Option<String>,
    pub outcome: String,
    pub details: Value,
}

/// Which rows to read, newest first.
pub struct AuditFilter<'a> {
    pub limit: Option<u32>,
    pub actor: Option<&'a str>,
    /// A stored time (`fmt_time`), inclusive.
    pub since: Option<&'a str>,
}

impl Store<'_> {
    pub fn append_audit(&self, r: &AuditRecord) -> Result<()> {
        self.sql().exec(
            "INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                r.at,
                r.actor,
                r.os_user,
                r.action,
                r.target,
                r.outcome.as_str(),
                &r.details.to_string()
            ],
        )?;
        Ok(())
    }

    pub fn audit_entries(&self, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
        let limit = f.limit.map(i64::from).unwrap_or(i64::MAX);
        self.sql().all(
            "SELECT id, at, actor, os_user, action, target, outcome, details FROM audit_log
             WHERE (CAST(?1 AS TEXT) IS NULL OR actor = ?1) AND (CAST(?2 AS TEXT) IS NULL OR at >= ?2)
             ORDER BY id DESC LIMIT ?3",
            params![f.actor, f.since, limit],
            |r| {
                let details: String = r.get("details")?;
                Ok(AuditEntry {
                    id: r.get("id")?,
                    at: r.get("at")?,
                    actor: r.get("actor")?,
                    os_user: r.get("os_user")?,
                    action: r.get("action")?,
                    target: r.get("target")?,
                    outcome: r.get("outcome")?,
                    // Written as JSON by tally; anything else is shown as it is.
                    details: serde_json::from_str(&details).unwrap_or(Value::String(details)),
                })
            },
        )
    }
}
