//! The outbox: mail an action causes is written here in the same transaction
//! as the action, and delivered later by `tally mail send`. A message is
//! `pending` until the server accepts it (`sent`, final) or refuses it for
//! good (`failed`, until `mail retry`); `mail cancel` ends it (`cancelled`).

use serde::Serialize;
use serde_json::json;

use super::refusal::{Refusal, Thing};
use super::{Action, Ctx};
use crate::error::{Error, Result};
pub use crate::store::MailStatus;
use crate::store::{OutboxMessage, Store};

#[derive(Debug, Serialize)]
pub struct Message {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub status: &'static str,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
}

impl From<OutboxMessage> for Message {
    fn from(m: OutboxMessage) -> Self {
        Message {
            id: m.id,
            to: m.to,
            subject: m.subject,
            status: m.status.as_str(),
            attempts: m.attempts,
            last_error: m.last_error,
            created_at: m.created_at,
            sent_at: m.sent_at,
        }
    }
}

/// The messages of a status (every one when `status` is `None`), newest
/// first, at most `limit`, given to `row` one at a time after `start`.
pub fn list<S>(
    ctx: &Ctx,
    status: Option<MailStatus>,
    limit: Option<u32>,
    start: impl FnOnce() -> Result<S>,
    mut row: impl FnMut(&mut S, Message) -> Result<()>,
) -> Result<S> {
    ctx.authorize(Action::MailList, None)?;
    let mut state = start()?;
    ctx.store
        .each_mail_message(status, limit, |m| row(&mut state, Message::from(m)))?;
    Ok(state)
}

/// The messages with these ids, as they are now, newest first.
pub fn by_ids(store: &Store, ids: &[i64]) -> Result<Vec<Message>> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids.iter().rev() {
        if let Some(m) = store.mail_message(*id)? {
            out.push(Message::from(m));
        }
    }
    Ok(out)
}

fn status_of(store: &Store, id: i64) -> Result<MailStatus> {
    store.mail_message(id)?.map(|m| m.status).ok_or_else(|| {
        Error::from(Refusal::NotFound {
            thing: Thing::Message,
            name: id.to_string(),
        })
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
            let status = status_of(&ctx.store, id)?;
            if status != MailStatus::Failed {
                return Err(Refusal::NotRetryable { id, status }.into());
            }
            vec![id]
        }
        None => ctx.store.mail_ids(MailStatus::Failed)?,
    };
    for id in &ids {
        ctx.store
            .move_mail(*id, MailStatus::Failed, MailStatus::Pending)?;
        ctx.audit(Action::MailRetry, Some(&id.to_string()), json!({}))?;
    }
    Ok(Changed {
        ids,
        status: MailStatus::Pending.as_str(),
    })
}

/// Ends a pending or failed message: it is never sent.
pub fn cancel(ctx: &Ctx, id: i64) -> Result<Changed> {
    ctx.authorize(Action::MailCancel, Some(&id.to_string()))?;
    let status = status_of(&ctx.store, id)?;
    let cancelled = Changed {
        ids: vec![id],
        status: MailStatus::Cancelled.as_str(),
    };
    match status {
        MailStatus::Pending | MailStatus::Failed => {}
        MailStatus::Cancelled => return Ok(cancelled),
        MailStatus::Sent => {
            return Err(Refusal::AlreadySent { id }.into());
        }
    }
    ctx.store.move_mail(id, status, MailStatus::Cancelled)?;
    ctx.audit(
        Action::MailCancel,
        Some(&id.to_string()),
        json!({"was": status.as_str()}),
    )?;
    Ok(cancelled)
}
