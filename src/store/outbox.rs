//! The outbox of mail.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::error::{Error, Result};

/// Where a message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailStatus {
    Pending,
    Sent,
    Failed,
    Cancelled,
}

impl MailStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MailStatus::Pending => "pending",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
            MailStatus::Cancelled => "cancelled",
        }
    }

    fn parse(s: &str) -> rusqlite::Result<Self> {
        match s {
            "pending" => Ok(MailStatus::Pending),
            "sent" => Ok(MailStatus::Sent),
            "failed" => Ok(MailStatus::Failed),
            "cancelled" => Ok(MailStatus::Cancelled),
            other => Err(rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                format!("unknown mail status {other}").into(),
            )),
        }
    }
}

/// A message as `mail list` shows it, addressed as it would be now.
pub struct OutboxMessage {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub status: MailStatus,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
}

/// A message to send, addressed as it is now.
#[derive(Debug, Clone)]
pub struct PendingMail {
    pub id: i64,
    pub to: String,
    /// The user's name, for a message to a user.
    pub name: Option<String>,
    pub subject: String,
    pub body: String,
    pub message_id: String,
}

const MESSAGE: &str =
    "SELECT o.id, o.status, o.subject, o.attempts, o.last_error, o.created_at, o.sent_at,
        coalesce((SELECT u.email FROM users u WHERE u.id = o.user_id), o.to_address) AS to_now
     FROM outbox o";

fn message(r: &rusqlite::Row) -> rusqlite::Result<OutboxMessage> {
    Ok(OutboxMessage {
        id: r.get("id")?,
        to: r.get("to_now")?,
        subject: r.get("subject")?,
        status: MailStatus::parse(&r.get::<_, String>("status")?)?,
        attempts: r.get("attempts")?,
        last_error: r.get("last_error")?,
        created_at: r.get("created_at")?,
        sent_at: r.get("sent_at")?,
    })
}

impl Store<'_> {
    /// Queues a message for `user` (addressed when sent) or for `to`.
    pub fn queue_mail(
        &self,
        user: Option<i64>,
        to: &str,
        subject: &str,
        body: &str,
        at: &str,
    ) -> Result<i64> {
        self.conn()
            .prepare_cached(
                "INSERT INTO outbox (user_id, to_address, subject, body, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![user, to, subject, body, at])?;
        Ok(self.conn().last_insert_rowid())
    }

    /// Newest first; every message when `status` is `None`.
    pub fn mail_messages(&self, status: Option<MailStatus>) -> Result<Vec<OutboxMessage>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{MESSAGE} WHERE ?1 IS NULL OR o.status = ?1 ORDER BY o.id DESC"
        ))?;
        let rows = stmt.query_map([status.map(MailStatus::as_str)], message)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn mail_message(&self, id: i64) -> Result<Option<OutboxMessage>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{MESSAGE} WHERE o.id = ?1"))?
            .query_row([id], message)
            .optional()?)
    }

    /// The ids of the messages in `status`, oldest first.
    pub fn mail_ids(&self, status: MailStatus) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id FROM outbox WHERE status = ?1 ORDER BY id")?;
        let rows = stmt.query_map([status.as_str()], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Moves a message from one status to another; false when it was not in `from`.
    pub fn move_mail(&self, id: i64, from: MailStatus, to: MailStatus) -> Result<bool> {
        let n = self
            .conn()
            .prepare_cached("UPDATE outbox SET status = ?1 WHERE id = ?2 AND status = ?3")?
            .execute(params![to.as_str(), id, from.as_str()])?;
        Ok(n == 1)
    }

    /// The pending messages, oldest first, at most `limit`.
    pub fn pending_mail(&self, limit: Option<u32>) -> Result<Vec<PendingMail>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT o.id, coalesce(u.email, o.to_address) AS to_now,
                    CASE WHEN u.id IS NULL THEN NULL
                         ELSE u.first_name || ' ' || u.last_name END AS name,
                    o.subject, o.body, o.message_id
             FROM outbox o LEFT JOIN users u ON u.id = o.user_id
             WHERE o.status = 'pending' ORDER BY o.id LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit.map(i64::from).unwrap_or(-1)], |r| {
            Ok(PendingMail {
                id: r.get("id")?,
                to: r.get("to_now")?,
                name: r.get("name")?,
                subject: r.get("subject")?,
                body: r.get("body")?,
                message_id: r.get("message_id")?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records one delivery attempt of a pending message.
    pub fn record_delivery(
        &self,
        id: i64,
        status: MailStatus,
        error: Option<&str>,
        sent_at: Option<&str>,
    ) -> Result<()> {
        if status == MailStatus::Cancelled {
            return Err(Error::invalid(
                "a delivery attempt does not cancel a message",
            ));
        }
        self.conn()
            .prepare_cached(
                "UPDATE outbox SET status = ?1, attempts = attempts + 1, last_error = ?2, sent_at = ?3
                 WHERE id = ?4 AND status = 'pending'",
            )?
            .execute(params![status.as_str(), error, sent_at, id])?;
        Ok(())
    }
}
