//! The outbox: mail an action causes is written here in the same transaction
//! as the action, and delivered later by `tally mail send`.

use rusqlite::{Connection, params};
use serde::Serialize;

use super::{Action, Ctx};
use crate::error::{Error, Result};

pub fn queue(conn: &Connection, to: &str, subject: &str, body: &str, at: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO outbox (to_address, subject, body, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![to, subject, body, at])?;
    Ok(conn.last_insert_rowid())
}

#[derive(Debug, Serialize)]
pub struct Message {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
}

/// Newest first.
pub fn list(ctx: &Ctx, status: &str) -> Result<Vec<Message>> {
    ctx.authorize(Action::MailList, None)?;
    let filter = match status {
        "pending" | "sent" => "status = ?1",
        "all" => "?1 IS NOT NULL",
        other => {
            return Err(Error::invalid(format!("'{other}' is not a mail status"))
                .hint("use pending, sent or all"));
        }
    };
    let mut stmt = ctx.conn.prepare(&format!(
        "SELECT id, to_address, subject, status, attempts, last_error, created_at, sent_at
         FROM outbox WHERE {filter} ORDER BY id DESC"
    ))?;
    let rows = stmt.query_map([status], |r| {
        Ok(Message {
            id: r.get(0)?,
            to: r.get(1)?,
            subject: r.get(2)?,
            status: r.get(3)?,
            attempts: r.get(4)?,
            last_error: r.get(5)?,
            created_at: r.get(6)?,
            sent_at: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
