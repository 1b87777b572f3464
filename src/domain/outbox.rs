//! The outbox: mail an action causes is written here in the same transaction
//! as the action, and delivered later by `tally mail send`. A message is
//! `pending` until the server accepts it (`sent`, final) or refuses it for
//! good (`failed`, until `mail retry`); `mail cancel` ends it (`cancelled`).

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde_json::json;

use super::{Action, Ctx};
use crate::error::{Code, Error, Result};

/// Queues a message. `user` is the user it is for, whose email at the time
/// of sending is where it goes; `to` is the address for anyone else (and the
/// user's address as it was, for the record).
pub fn queue(
    conn: &Connection,
    user: Option<i64>,
    to: &str,
    subject: &str,
    body: &str,
    at: &str,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO outbox (user_id, to_address, subject, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![user, to, subject, body, at])?;
    Ok(conn.last_insert_rowid())
}

/// Which messages `mail list` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Pending,
    Sent,
    Failed,
    Cancelled,
    All,
}

impl Filter {
    fn status(self) -> Option<&'static str> {
        match self {
            Filter::Pending => Some("pending"),
            Filter::Sent => Some("sent"),
            Filter::Failed => Some("failed"),
            Filter::Cancelled => Some("cancelled"),
            Filter::All => None,
        }
    }
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

/// The address a message goes to now: a user's current email, else the
/// address it was queued for.
const CURRENT_TO: &str =
    "coalesce((SELECT u.email FROM users u WHERE u.id = o.user_id), o.to_address)";

fn message(r: &rusqlite::Row) -> rusqlite::Result<Message> {
    Ok(Message {
        id: r.get("id")?,
        to: r.get("to_now")?,
        subject: r.get("subject")?,
        status: r.get("status")?,
        attempts: r.get("attempts")?,
        last_error: r.get("last_error")?,
        created_at: r.get("created_at")?,
        sent_at: r.get("sent_at")?,
    })
}

/// Newest first.
pub fn list(ctx: &Ctx, filter: Filter) -> Result<Vec<Message>> {
    ctx.authorize(Action::MailList, None)?;
    let mut stmt = ctx.conn.prepare(&format!(
        "SELECT o.id, {CURRENT_TO} AS to_now, o.subject, o.status, o.attempts, o.last_error,
                o.created_at, o.sent_at
         FROM outbox o WHERE ?1 IS NULL OR o.status = ?1 ORDER BY o.id DESC"
    ))?;
    let rows = stmt.query_map([filter.status()], message)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The messages with these ids, as they are now, newest first.
pub fn by_ids(conn: &Connection, ids: &[i64]) -> Result<Vec<Message>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT o.id, {CURRENT_TO} AS to_now, o.subject, o.status, o.attempts, o.last_error,
                o.created_at, o.sent_at
         FROM outbox o WHERE o.id = ?1"
    ))?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids.iter().rev() {
        if let Some(m) = stmt.query_row([id], message).optional()? {
            out.push(m);
        }
    }
    Ok(out)
}

fn status_of(conn: &Connection, id: i64) -> Result<String> {
    conn.query_row("SELECT status FROM outbox WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .optional()?
    .ok_or_else(|| {
        Error::new(Code::NotFound, format!("no message {id} in the outbox"))
            .hint("`tally mail list` lists the messages and their ids")
    })
}

/// What `mail retry` and `mail cancel` did.
#[derive(Debug, Serialize)]
pub struct Changed {
    pub ids: Vec<i64>,
    pub status: &'static str,
}

/// Puts failed messages back to pending: one, or every failed one.
pub fn retry(ctx: &Ctx, id: Option<i64>) -> Result<Changed> {
    ctx.authorize(Action::MailRetry, id.map(|i| i.to_string()).as_deref())?;
    let ids: Vec<i64> = match id {
        Some(id) => {
            let status = status_of(ctx.conn, id)?;
            if status != "failed" {
                return Err(Error::new(
                    Code::InvalidInput,
                    format!("message {id} is {status}, not failed"),
                )
                .hint(match status.as_str() {
                    "pending" => "it is tried again by the next `tally mail send`",
                    "sent" => "a sent message is never sent again",
                    _ => "a cancelled message is never sent",
                }));
            }
            vec![id]
        }
        None => ctx
            .conn
            .prepare("SELECT id FROM outbox WHERE status = 'failed' ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?,
    };
    let mut stmt = ctx.conn.prepare_cached(
        "UPDATE outbox SET status = 'pending' WHERE id = ?1 AND status = 'failed'",
    )?;
    for id in &ids {
        stmt.execute([id])?;
        ctx.audit(Action::MailRetry, Some(&id.to_string()), json!({}))?;
    }
    Ok(Changed {
        ids,
        status: "pending",
    })
}

/// Ends a pending or failed message: it is never sent.
pub fn cancel(ctx: &Ctx, id: i64) -> Result<Changed> {
    ctx.authorize(Action::MailCancel, Some(&id.to_string()))?;
    let status = status_of(ctx.conn, id)?;
    match status.as_str() {
        "pending" | "failed" => {}
        "cancelled" => {
            return Ok(Changed {
                ids: vec![id],
                status: "cancelled",
            });
        }
        _ => {
            return Err(Error::new(
                Code::InvalidInput,
                format!("message {id} was sent; it cannot be cancelled"),
            )
            .hint("`tally mail list --status pending` lists what can be"));
        }
    }
    ctx.conn
        .execute("UPDATE outbox SET status = 'cancelled' WHERE id = ?1", [id])?;
    ctx.audit(
        Action::MailCancel,
        Some(&id.to_string()),
        json!({"was": status}),
    )?;
    Ok(Changed {
        ids: vec![id],
        status: "cancelled",
    })
}
