//! The append-only audit log: every change and every refused permission.

use rusqlite::{Connection, params};
use serde::Serialize;
use serde_json::Value;

use super::{Action, Ctx, parse_time};
use crate::error::Result;

#[allow(clippy::too_many_arguments)]
pub fn record(
    conn: &Connection,
    at: &str,
    actor: &str,
    os_user: &str,
    action: &str,
    target: Option<&str>,
    outcome: &str,
    details: &Value,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        at,
        actor,
        os_user,
        action,
        target,
        outcome,
        details.to_string()
    ])?;
    Ok(())
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
    let mut stmt = ctx.conn.prepare(
        "SELECT id, at, actor, os_user, action, target, outcome, details FROM audit_log
         WHERE (?1 IS NULL OR actor = ?1) AND (?2 IS NULL OR at >= ?2)
         ORDER BY id DESC LIMIT ?3",
    )?;
    let limit = filter.limit.map(i64::from).unwrap_or(-1);
    let rows = stmt.query_map(params![filter.actor, since, limit], |r| {
        let details: String = r.get(7)?;
        Ok(Entry {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            os_user: r.get(3)?,
            action: r.get(4)?,
            target: r.get(5)?,
            outcome: r.get(6)?,
            details: serde_json::from_str(&details).unwrap_or(Value::String(details)),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
