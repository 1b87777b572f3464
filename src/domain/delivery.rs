//! Delivering the outbox over SMTP. Each message is sent outside any database
//! transaction (the network must not hold the write lock), then its outcome is
//! recorded at once in a transaction of its own: a message the server accepted
//! is marked sent and never sent again; one it refused for good (5xx) is
//! failed, and not tried again until `mail retry`; one that could not be
//! delivered now (4xx, no connection, a timeout) stays pending with its
//! attempt count and last error.

use std::time::Duration;

use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, SinglePart};
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Message as Mail, SmtpTransport, Transport};
use serde::Serialize;
use serde_json::json;

use super::outbox::MailStatus;
use super::refusal::Refusal;
use super::settings::{self, SmtpTls};
use super::{Action, Ctx, Session};
use crate::error::{Code, Error, Result};
use crate::store::Db;

/// Where and how to send, from the settings and the environment.
pub struct Smtp {
    url: String,
    from: Mailbox,
    transport: SmtpTransport,
}

pub use crate::store::PendingMail as Pending;

/// What `mail send` takes from the environment rather than the database:
/// the password must never be stored, and the timeout is the caller's.
pub struct Environment {
    pub password: Option<String>,
    pub timeout: Duration,
}

fn not_configured(key: &'static str, example: &'static str) -> Error {
    Refusal::SettingUnset { key, example }.into()
}

/// RFC 3834: automatic mail, to which vacation responders do not reply.
#[derive(Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> std::result::Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_string())
    }
}

/// Reads the settings and builds the transport; authorizes `mail send`.
pub fn configure(ctx: &Ctx, env: &Environment) -> Result<Smtp> {
    ctx.authorize(Action::MailSend, None)?;
    let url = ctx
        .setting("smtp-url")?
        .ok_or_else(|| not_configured("smtp-url", "'smtp://mail.example.com:587?tls=starttls'"))?;
    let from = ctx
        .setting("mail-from")?
        .ok_or_else(|| not_configured("mail-from", "tally@example.com"))?;
    let parsed = settings::parse_smtp_url(&url)?;
    let from = settings::parse_mailbox(&from)?;
    let host = parsed.host.clone();
    let tls_params = || -> Result<TlsParameters> {
        let mut builder = TlsParameters::builder(host.clone());
        if let Some(path) = ctx.setting("smtp-ca-file")? {
            for cert in settings::read_ca_file(&path)? {
                builder = builder.add_root_certificate(cert);
            }
        }
        builder.build_rustls().map_err(|e| {
            Error::new(Code::NotConfigured, format!("TLS for {host}: {e}"))
                .hint("check smtp-url and smtp-ca-file")
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
        .timeout(Some(env.timeout))
        // One connection for the whole run, reused from message to message.
        .pool_config(PoolConfig::new().max_size(1));
    if let Some(user) = ctx.setting("smtp-user")? {
        if parsed.tls == SmtpTls::None && !parsed.plain_on_purpose {
            return Err(Error::new(
                Code::NotConfigured,
                format!("smtp-user is set, and {url} would send its password in plain text"),
            )
            .hint(
                "use STARTTLS (smtp://host:587?tls=starttls) or smtps://; \
                 or, on a network you trust, write ?tls=none in smtp-url to say so",
            ));
        }
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

/// The pending messages, oldest first, each addressed to its user's current
/// email.
pub fn pending(ctx: &Ctx, limit: Option<u32>) -> Result<Vec<Pending>> {
    ctx.authorize(Action::MailSend, None)?;
    ctx.store.pending_mail(limit)
}

/// How one delivery attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// The server refused it for good (5xx), or it can never be built: failed.
    Refused(String),
    /// The server asked to try later (4xx): stays pending.
    Deferred(String),
    /// No answer: refused connection, TLS failure, timeout. Stays pending;
    /// several in a row end the run.
    Unreachable(String),
}

impl Smtp {
    /// Hands one message to the server.
    pub fn send(&self, m: &Pending) -> Outcome {
        let to = match m.to.parse::<lettre::Address>() {
            Ok(address) => Mailbox::new(m.name.clone(), address),
            Err(e) => return Outcome::Refused(format!("bad recipient {}: {e}", m.to)),
        };
        let domain = self.from.email.domain().to_string();
        let mail = Mail::builder()
            .from(self.from.clone())
            .to(to)
            .subject(m.subject.clone())
            .message_id(Some(format!("<{}.{}@{domain}>", m.message_id, m.id)))
            .header(AutoSubmitted)
            .singlepart(SinglePart::plain(m.body.clone()));
        let mail = match mail {
            Ok(mail) => mail,
            Err(e) => return Outcome::Refused(format!("cannot build the message: {e}")),
        };
        match self.transport.send(&mail) {
            Ok(_) => Outcome::Sent,
            Err(e) => {
                let text = if e.is_timeout() || timed_out(&e) {
                    format!("timed out waiting for the server ({})", self.url)
                } else if let Some(why) = certificate_problem(&e) {
                    format!("TLS refused: {why} ({})", self.url)
                } else {
                    format!("{e} ({})", self.url)
                };
                if e.is_permanent() {
                    Outcome::Refused(text)
                } else if e.is_transient() {
                    Outcome::Deferred(text)
                } else {
                    Outcome::Unreachable(text)
                }
            }
        }
    }
}

/// A read or write that the socket's timeout ended (EAGAIN, ETIMEDOUT).
fn timed_out(e: &lettre::transport::smtp::Error) -> bool {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>()
            && matches!(
                io.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            )
        {
            return true;
        }
        source = s.source();
    }
    false
}

/// What is wrong with the server's certificate, in words, when that is why
/// the connection failed.
fn certificate_problem(e: &lettre::transport::smtp::Error) -> Option<&'static str> {
    let mut text = format!("{e:?}");
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(&format!(" {s:?}"));
        source = s.source();
    }
    let why = if text.contains("UnknownIssuer") {
        "the server's certificate is not trusted: it is self-signed, or signed by an authority that is neither the system's nor in smtp-ca-file"
    } else if text.contains("CaUsedAsEndEntity") {
        "the server's certificate is not trusted: it is self-signed (a CA certificate used as the server's own)"
    } else if text.contains("NotValidForName") {
        "the server's certificate is for another name than the host in smtp-url"
    } else if text.contains("Expired") {
        "the server's certificate has expired"
    } else if text.contains("NotValidYet") {
        "the server's certificate is not valid yet (check the clock)"
    } else if text.contains("Revoked") {
        "the server's certificate is revoked"
    } else if e.is_tls() || text.contains("InvalidCertificate") {
        "the server's certificate is not acceptable"
    } else {
        return None;
    };
    Some(why)
}

/// Records the outcome of one delivery attempt, at once.
pub fn record(ctx: &Ctx, id: i64, outcome: &Outcome) -> Result<()> {
    let (status, error) = match outcome {
        Outcome::Sent => (MailStatus::Sent, None),
        Outcome::Refused(e) => (MailStatus::Failed, Some(e.as_str())),
        Outcome::Deferred(e) | Outcome::Unreachable(e) => (MailStatus::Pending, Some(e.as_str())),
    };
    let sent_at = (status == MailStatus::Sent).then(|| ctx.now_str());
    ctx.store
        .record_delivery(id, status, error, sent_at.as_deref())?;
    ctx.audit(
        Action::MailSend,
        Some(&id.to_string()),
        json!({"outcome": status.as_str(), "error": error}),
    )?;
    Ok(())
}

/// After this many unanswered attempts in a row a run ends: a server that
/// is down would otherwise cost the full timeout for every message.
pub const UNREACHABLE_IN_A_ROW: usize = 3;

/// One message tried, and how it ended.
pub struct Tried {
    pub id: i64,
    pub to: String,
    pub outcome: Outcome,
}

/// Sends each message in turn, recording each outcome at once in a
/// transaction of its own: the network must never hold the write lock.
pub fn send_all(
    session: &Session,
    db: &mut Db,
    smtp: &Smtp,
    pending: &[Pending],
) -> Result<(Report, Vec<Tried>)> {
    let mut report = Report::default();
    let mut tried = Vec::new();
    let mut unreachable_in_a_row = 0;
    for m in pending {
        if unreachable_in_a_row == UNREACHABLE_IN_A_ROW {
            break;
        }
        let outcome = smtp.send(m);
        session.write(db, false, |ctx| record(ctx, m.id, &outcome))?;
        unreachable_in_a_row = match outcome {
            Outcome::Unreachable(_) => unreachable_in_a_row + 1,
            _ => 0,
        };
        match outcome {
            Outcome::Sent => report.sent += 1,
            Outcome::Refused(_) => report.failed += 1,
            Outcome::Deferred(_) | Outcome::Unreachable(_) => report.deferred += 1,
        }
        tried.push(Tried {
            id: m.id,
            to: m.to.clone(),
            outcome,
        });
    }
    report.not_tried = pending.len() - tried.len();
    let ids: Vec<i64> = tried.iter().map(|t| t.id).collect();
    report.messages = session.read(db, |ctx| super::outbox::by_ids(&ctx.store, &ids))?;
    Ok((report, tried))
}

#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub sent: usize,
    pub failed: usize,
    pub deferred: usize,
    /// Not tried: the server could not be reached several times in a row.
    pub not_tried: usize,
    pub messages: Vec<super::outbox::Message>,
}
