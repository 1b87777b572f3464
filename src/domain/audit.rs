//! The append-only audit log: every change and every refused permission.

use serde::Serialize;
use serde_json::Value;

use super::{Action, Ctx, parse_time};
use crate::error::Result;
use crate::store::{AuditEntry, AuditFilter, AuditRecord, Store};

#[allow(clippy::too_many_arguments)]
pub fn record(
    store: &Store,
    at: &str,
    actor: &str,
    os_user: &str,
    action: &str,
    target: Option<&str>,
    outcome: &str,
    details: &Value,
) -> Result<()> {
    store.append_audit(&AuditRecord {
        at,
        actor,
        os_user,
        action,
        target,
        outcome,
        details,
    })
}

#[derive(Debug, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub os_user: String,
    pub action: String,
    pub target: Option<String>,
    pub outcome: String,
    pub details: Value,
}

impl From<AuditEntry> for Entry {
    fn from(e: AuditEntry) -> Self {
        Entry {
            id: e.id,
            at: e.at,
            actor: e.actor,
            os_user: e.os_user,
            action: e.action,
            target: e.target,
            outcome: e.outcome,
            details: e.details,
        }
    }
}

pub struct Filter {
    pub limit: Option<u32>,
    pub actor: Option<String>,
    pub since: Option<String>,
}

/// Newest first.
pub fn list(ctx: &Ctx, filter: &Filter) -> Result<Vec<Entry>> {
    ctx.authorize(Action::Audit, None)?;
    let since = filter
        .since
        .as_deref()
        .map(parse_time)
        .transpose()?
        .map(super::fmt_time);
    let entries = ctx.store.audit_entries(&AuditFilter {
        limit: filter.limit,
        actor: filter.actor.as_deref(),
        since: since.as_deref(),
    })?;
    Ok(entries.into_iter().map(Entry::from).collect())
}
