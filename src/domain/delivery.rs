//! Delivering the outbox over SMTP. Each message is sent outside any database
//! transaction (the network must not hold the write lock), then its outcome is
//! recorded at once in a transaction of its own: a message the server accepted
//! is marked sent and never sent again; a failed one stays pending with its
//! attempt count and last error.

use std::time::Duration;

use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Message as Mail, SmtpTransport, Transport};
use rusqlite::params;
use serde::Serialize;
use serde_json::json;

use super::settings::{self, SmtpTls};
use super::{Action, Ctx};
use crate::error::{Code, Error, Result};

/// Where and how to send, from the settings and the environment.
pub struct Smtp {
    url: String,
    from: Mailbox,
    transport: SmtpTransport,
}

/// A message waiting to be sent.
#[derive(Debug, Clone)]
pub struct Pending {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// What `mail send` takes from the environment rather than the database:
/// the password must never be stored, and the timeout is the caller's.
pub struct Environment {
    pub password: Option<String>,
    pub timeout: Duration,
}

fn not_configured(key: &str, example: &str) -> Error {
    Error::new(Code::NotConfigured, format!("the {key} setting is not set"))
        .hint(format!("set it: `tally settings set {key} {example}`"))
}

/// Reads the settings and builds the transport; authorizes `mail send`.
pub fn configure(ctx: &Ctx, env: &Environment) -> Result<Smtp> {
    ctx.authorize(Action::MailSend, None)?;
    let url = ctx
        .setting("smtp-url")?
        .ok_or_else(|| not_configured("smtp-url", "smtp://127.0.0.1:25"))?;
    let from = ctx
        .setting("mail-from")?
        .ok_or_else(|| not_configured("mail-from", "tally@example.com"))?;
    let parsed = settings::parse_smtp_url(&url)?;
    let from: Mailbox = from.parse().map_err(|e| {
        Error::invalid(format!("mail-from '{from}' is not usable: {e}"))
            .hint("set mail-from to a plain address")
    })?;
    let host = parsed.host.clone();
    let tls_params = || {
        TlsParameters::new(host.clone()).map_err(|e| {
            Error::new(Code::NotConfigured, format!("TLS for {host}: {e}")).hint("check smtp-url")
        })
    };
    let tls = match parsed.tls {
        SmtpTls::Wrapper => Tls::Wrapper(tls_params()?),
        SmtpTls::StartTls => Tls::Required(tls_params()?),
        SmtpTls::None => Tls::None,
    };
    let mut builder = SmtpTransport::builder_dangerous(&host)
        .port(parsed.port)
        .tls(tls)
        .timeout(Some(env.timeout));
    if let Some(user) = ctx.setting("smtp-user")? {
        let pass = env.password.clone().ok_or_else(|| {
            Error::new(
                Code::NotConfigured,
                format!("smtp-user is '{user}' but no SMTP password is given"),
            )
            .hint(
                "set TALLY_SMTP_PASSWORD, or TALLY_SMTP_PASSWORD_FILE naming a file that holds it",
            )
        })?;
        builder = builder.credentials(Credentials::new(user, pass));
    }
    Ok(Smtp {
        url,
        from,
        transport: builder.build(),
    })
}

/// The pending messages, oldest first.
pub fn pending(ctx: &Ctx, limit: Option<u32>) -> Result<Vec<Pending>> {
    let mut stmt = ctx.conn.prepare(
        "SELECT id, to_address, subject, body FROM outbox WHERE status = 'pending' ORDER BY id LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit.map(i64::from).unwrap_or(-1)], |r| {
        Ok(Pending {
            id: r.get(0)?,
            to: r.get(1)?,
            subject: r.get(2)?,
            body: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Smtp {
    /// Hands one message to the server; the error text when it is not accepted.
    pub fn send(&self, m: &Pending) -> std::result::Result<(), String> {
        let to: Mailbox =
            m.to.parse()
                .map_err(|e| format!("bad recipient {}: {e}", m.to))?;
        let mail = Mail::builder()
            .from(self.from.clone())
            .to(to)
            .subject(m.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(m.body.clone())
            .map_err(|e| format!("cannot build the message: {e}"))?;
        self.transport
            .send(&mail)
            .map(|_| ())
            .map_err(|e| format!("{e} ({})", self.url))
    }
}

/// Records the outcome of one delivery attempt, at once.
pub fn record(ctx: &Ctx, id: i64, outcome: &std::result::Result<(), String>) -> Result<()> {
    match outcome {
        Ok(()) => {
            ctx.conn.execute(
                "UPDATE outbox SET status = 'sent', attempts = attempts + 1, last_error = NULL, sent_at = ?1
                 WHERE id = ?2 AND status = 'pending'",
                params![ctx.now_str(), id],
            )?;
            ctx.audit(
                Action::MailSend,
                Some(&id.to_string()),
                json!({"outcome": "sent"}),
            )?;
        }
        Err(e) => {
            ctx.conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?1 WHERE id = ?2 AND status = 'pending'",
                params![e, id],
            )?;
            ctx.audit(
                Action::MailSend,
                Some(&id.to_string()),
                json!({"outcome": "failed", "error": e}),
            )?;
        }
    }
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub sent: usize,
    pub failed: usize,
    pub messages: Vec<super::outbox::Message>,
}
