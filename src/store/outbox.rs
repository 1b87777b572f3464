//! The outbox of mail.

use super::Store;
use super::sql::{Column, Row, Value, params};
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
}

impl Column for MailStatus {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match String::from_value(v)?.as_str() {
            "pending" => Ok(MailStatus::Pending),
            "sent" => Ok(MailStatus::Sent),
            "failed" => Ok(MailStatus::Failed),
            "cancelled" => Ok(MailStatus::Cancelled),
            other => Err(format!("the unknown mail status '{other}'")),
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

fn message(r: &Row) -> Result<OutboxMessage> {
    Ok(OutboxMessage {
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
        self.sql().insert(
            "INSERT INTO outbox (user_id, to_address, subject, body, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
            params![user, to, subject, body, at],
        )
    }

    /// Newest first, at most `limit`; every message when `status` is `None`.
    pub fn each_mail_message(
        &self,
        status: Option<MailStatus>,
        limit: Option<u32>,
        mut f: impl FnMut(OutboxMessage) -> Result<()>,
    ) -> Result<()> {
        self.sql().each(
            &format!(
                "{MESSAGE} WHERE CAST(?1 AS TEXT) IS NULL OR o.status = ?1 ORDER BY o.id DESC LIMIT ?2"
            ),
            params![status.map(MailStatus::as_str), limit.map_or(i64::MAX, i64::from)],
            |r| f(message(r)?),
        )
    }

    pub fn mail_message(&self, id: i64) -> Result<Option<OutboxMessage>> {
        (self.sql()).opt(&format!("{MESSAGE} WHERE o.id = ?1"), params![id], message)
    }

    /// The ids of the messages in `status`, oldest first.
    pub fn mail_ids(&self, status: MailStatus) -> Result<Vec<i64>> {
        self.sql().all(
            "SELECT id FROM outbox WHERE status = ?1 ORDER BY id",
            params![status.as_str()],
            |r| r.get("id"),
        )
    }

    /// Moves a message from one status to another; false when it was not in `from`.
    pub fn move_mail(&self, id: i64, from: MailStatus, to: MailStatus) -> Result<bool> {
        let n = self.sql().exec(
            "UPDATE outbox SET status = ?1 WHERE id = ?2 AND status = ?3",
            params![to.as_str(), id, from.as_str()],
        )?;
        Ok(n == 1)
    }

    /// The pending messages, oldest first, at most `limit`.
    pub fn pending_mail(&self, limit: Option<u32>) -> Result<Vec<PendingMail>> {
        self.sql().all(
            "SELECT o.id, coalesce(u.email, o.to_address) AS to_now,
                    CASE WHEN u.id IS NULL THEN NULL
                         ELSE u.first_name || ' ' || u.last_name END AS name,
                    o.subject, o.body, o.message_id
             FROM outbox o LEFT JOIN users u ON u.id = o.user_id
             WHERE o.status = 'pending' ORDER BY o.id LIMIT ?1",
            params![limit.map(i64::from).unwrap_or(i64::MAX)],
            |r| {
                Ok(PendingMail {
                    id: r.get("id")?,
                    to: r.get("to_now")?,
                    name: r.get("name")?,
                    subject: r.get("subject")?,
                    body: r.get("body")?,
                    message_id: r.get("message_id")?,
                })
            },
        )
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
        self.sql().exec(
            "UPDATE outbox SET status = ?1, attempts = attempts + 1, last_error = ?2, sent_at = ?3
             WHERE id = ?4 AND status = 'pending'",
            params![status.as_str(), error, sent_at, id],
        )?;
        Ok(())
    }
}
