//! The append-only audit log: every change and every refused permission.

use serde_json::Value;

use super::{Action, Ctx};
use crate::error::Result;
use crate::store::{AuditFilter, AuditRecord, Outcome, Store};

#[allow(clippy::too_many_arguments)]
pub fn record(
    store: &Store,
    at: &str,
    actor: &str,
    os_user: &str,
    action: &str,
    target: Option<&str>,
    outcome: Outcome,
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

pub use crate::store::AuditEntry as Entry;

pub struct Filter {
    pub limit: Option<u32>,
    pub actor: Option<String>,
    pub since: Option<jiff::Timestamp>,
}

/// Newest first.
pub fn list(ctx: &Ctx, filter: &Filter) -> Result<Vec<Entry>> {
    ctx.authorize(Action::Audit, None)?;
    // Users are never removed: a handle no user ever had is a mistake.
    if let Some(actor) = &filter.actor {
        super::users::find(&ctx.store, actor)?;
    }
    let since = filter.since.map(super::fmt_time);
    ctx.store.audit_entries(&AuditFilter {
        limit: filter.limit,
        actor: filter.actor.as_deref(),
        since: since.as_deref(),
    })
}
