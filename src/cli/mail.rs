use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};

use super::App;
use crate::domain::delivery::{self, Outcome};
use crate::domain::outbox::{self, MailStatus as Status};
use crate::error::{Code, Error, Result};
use crate::output::{Block, JsonList, Row, table};
use crate::store::{Db, Location};

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// List the outbox, newest first
    #[command(
        after_help = "Examples:\n  tally mail list\n  tally mail list --status failed --limit 20\n  tally --json mail list --status pending | jq length"
    )]
    List(ListArgs),
    /// Deliver pending mail over SMTP (the smtp-url and mail-from settings)
    #[command(
        after_help = "A message the server refuses for good (5xx) is marked failed and not tried\nagain until `tally mail retry`; one it defers (4xx), or that cannot reach it\n(refused connection, timeout), stays pending with its error and attempt\ncount. After 3 unreachable attempts in a row the rest wait for the next run.\nThe command exits 1 (delivery_failed) when any message was not sent. The SMTP\npassword comes from TALLY_SMTP_PASSWORD or TALLY_SMTP_PASSWORD_FILE, never a\nflag.\n\nExamples:\n  tally mail send\n  tally mail send --limit 100\n  */10 * * * *  tally -q mail send || logger -t tally \"mail send failed\""
    )]
    Send(SendArgs),
    /// Put failed messages back in the queue for the next `mail send`
    #[command(after_help = "Examples:\n  tally mail retry 42\n  tally mail retry --all-failed")]
    Retry(RetryArgs),
    /// Cancel a pending or failed message: it is never sent
    #[command(after_help = "Example:\n  tally mail cancel 42")]
    Cancel(CancelArgs),
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// Send at most N messages, oldest first
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct RetryArgs {
    /// The message's id (`tally mail list` shows it)
    pub id: Option<i64>,
    /// Every failed message
    #[arg(long)]
    pub all_failed: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The message's id (`tally mail list` shows it)
    pub id: i64,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MailStatus {
    Pending,
    Sent,
    Failed,
    Cancelled,
    All,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value = "all")]
    pub status: MailStatus,
    /// At most N messages, the newest
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
}

pub fn run(app: &App, cmd: MailCommand) -> Result<()> {
    match cmd {
        MailCommand::Send(a) => send(app, a),
        MailCommand::Retry(a) => {
            let done = app.write(|ctx| outbox::retry(ctx, a.id))?;
            let line = match done.ids.len() {
                0 => "no failed message to retry".to_string(),
                1 => format!("message {} is pending again", done.ids[0]),
                n => format!("{n} messages are pending again"),
            };
            app.out.print(&done, &[Block::Line(line)])
        }
        MailCommand::Cancel(a) => {
            let done = app.write(|ctx| outbox::cancel(ctx, a.id))?;
            app.out.print(
                &done,
                &[Block::Line(format!("message {} is cancelled", a.id))],
            )
        }
        MailCommand::List(a) => {
            let filter = match a.status {
                MailStatus::Pending => Some(Status::Pending),
                MailStatus::Sent => Some(Status::Sent),
                MailStatus::Failed => Some(Status::Failed),
                MailStatus::Cancelled => Some(Status::Cancelled),
                MailStatus::All => None,
            };
            app.read(|ctx| {
                outbox::list(
                    ctx,
                    filter,
                    a.limit,
                    || app.out.list(&[], JsonList::Array),
                    |list, m| list.push(&m),
                )?
                .finish(&[], &[])
            })
        }
    }
}

/// What keeps one `mail send` at a time delivering, until it is dropped.
enum SenderLock {
    File(#[allow(dead_code)] std::fs::File),
    Server(#[allow(dead_code)] Box<Db>),
}

/// One `mail send` at a time per database, so that no message goes out
/// twice: an advisory lock on a file beside the database file, or the
/// server's advisory lock; released on exit.
fn lock_sender(app: &App) -> Result<SenderLock> {
    use std::os::unix::fs::OpenOptionsExt;
    let db = match app.location()? {
        Location::File(path) => path,
        at @ Location::Server(_) => {
            let db = Db::open(&at)?;
            if !db.try_lock_mail()? {
                return Err(busy_sender());
            }
            return Ok(SenderLock::Server(Box::new(db)));
        }
    };
    // One lock per file, however the path to it is spelled.
    let mut path = std::fs::canonicalize(&db).unwrap_or(db).into_os_string();
    path.push(".mail-lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| {
            Error::invalid(format!("cannot open the mail lock {}: {e}", path.display()))
        })?;
    match file.try_lock() {
        Ok(()) => Ok(SenderLock::File(file)),
        Err(std::fs::TryLockError::WouldBlock) => Err(busy_sender()),
        Err(std::fs::TryLockError::Error(e)) => Err(Error::invalid(format!(
            "cannot lock {}: {e}",
            path.display()
        ))),
    }
}

fn busy_sender() -> Error {
    Error::new(Code::Busy, "another `tally mail send` is delivering")
        .hint("try again when it has finished")
}

fn send(app: &App, a: SendArgs) -> Result<()> {
    let env = delivery::Environment {
        password: smtp_password()?,
        timeout: smtp_timeout()?,
    };
    // Nothing to send is success, whether or not SMTP is set up yet: a
    // nightly job on a new organization must not fail.
    if app.read(|ctx| delivery::pending(ctx, Some(1)))?.is_empty() {
        return app.out.print(
            &delivery::Report {
                sent: 0,
                failed: 0,
                deferred: 0,
                not_tried: 0,
                messages: vec![],
            },
            &[Block::Line("nothing to send".into())],
        );
    }
    // The settings are checked before the lock is taken, and what is pending
    // is read only once it is held.
    let smtp = app.read(|ctx| delivery::configure(ctx, &env))?;
    let _lock = lock_sender(app)?;
    let pending = app.read(|ctx| delivery::pending(ctx, a.limit))?;
    if app.global.dry_run {
        return would_send(app, &pending);
    }
    deliver(app, &smtp, &pending)
}

/// What a dry run would send.
fn would_send(app: &App, pending: &[delivery::Pending]) -> Result<()> {
    let ids: Vec<i64> = pending.iter().map(|m| m.id).collect();
    app.out.print(
        &serde_json::json!({"would_send": ids, "dry_run": true}),
        &[
            Block::Line(format!(
                "would send {} message{}",
                ids.len(),
                if ids.len() == 1 { "" } else { "s" }
            )),
            table(pending),
        ],
    )?;
    if !app.global.quiet {
        eprintln!("dry run: nothing was sent");
    }
    Ok(())
}

/// Sends each message in turn and says how each went.
fn deliver(app: &App, smtp: &delivery::Smtp, pending: &[delivery::Pending]) -> Result<()> {
    let (report, tried) = delivery::send_all(&app.session(), &mut app.open()?, smtp, pending)?;
    let mut lines: Vec<Block> = tried
        .iter()
        .map(|t| {
            Block::Line(match &t.outcome {
                Outcome::Sent => format!("sent message {} to {}", t.id, t.to),
                Outcome::Refused(e) => format!("message {} to {} failed for good: {e}", t.id, t.to),
                Outcome::Deferred(e) | Outcome::Unreachable(e) => {
                    format!("message {} to {} stays pending: {e}", t.id, t.to)
                }
            })
        })
        .collect();
    let not_tried = report.not_tried;
    if not_tried > 0 {
        lines.push(Block::Line(format!(
            "the server could not be reached {} times in a row; {not_tried} message{} left for the next run",
            delivery::UNREACHABLE_IN_A_ROW,
            if not_tried == 1 { "" } else { "s" }
        )));
    }
    lines.push(Block::Line(format!(
        "sent {}, failed {}, pending {}",
        report.sent,
        report.failed,
        report.deferred + not_tried
    )));
    let unsent = report.failed + report.deferred + not_tried;
    if unsent == 0 {
        return app.out.print(&report, &lines);
    }
    // What was sent and what was not goes to stdout even on failure.
    crate::output::Output {
        quiet: false,
        ..app.out
    }
    .print(&report, &lines)?;
    Err(not_delivered(&report, unsent, pending.len()))
}

fn not_delivered(report: &delivery::Report, unsent: usize, of: usize) -> Error {
    let tls_refused = report.messages.iter().any(|m| {
        m.last_error
            .as_deref()
            .is_some_and(|e| e.starts_with("TLS refused"))
    });
    Error::new(
        Code::DeliveryFailed,
        format!(
            "{unsent} of {of} message{} could not be delivered",
            if of == 1 { "" } else { "s" }
        ),
    )
    .hint(if tls_refused {
        "the server's certificate was refused: for a relay of your own certificate authority, `tally settings set smtp-ca-file /path/to/ca.pem`; check that smtp-url names the host the certificate is for"
    } else if report.failed > 0 {
        "`tally mail list --status failed` shows the refused ones: fix the address (`tally user edit`) and `tally mail retry ID`, or `tally mail cancel ID`; pending ones are tried again by the next `tally mail send`"
    } else {
        "`tally mail list --status pending` shows the errors; the next `tally mail send` tries them again"
    })
}

/// The SMTP password: from `TALLY_SMTP_PASSWORD`, or the first line of the file
/// named by `TALLY_SMTP_PASSWORD_FILE`; never from a flag or the database.
fn smtp_password() -> Result<Option<String>> {
    if let Ok(p) = std::env::var("TALLY_SMTP_PASSWORD") {
        return Ok(Some(p));
    }
    match std::env::var("TALLY_SMTP_PASSWORD_FILE") {
        Err(_) => Ok(None),
        Ok(path) => {
            crate::secret::first_line_of("TALLY_SMTP_PASSWORD_FILE", path.as_ref()).map(Some)
        }
    }
}

fn smtp_timeout() -> Result<Duration> {
    match std::env::var("TALLY_SMTP_TIMEOUT") {
        Err(_) => Ok(Duration::from_secs(10)),
        Ok(v) => v
            .trim()
            .parse::<u64>()
            .map(Duration::from_secs)
            .map_err(|_| {
                Error::invalid(format!(
                    "TALLY_SMTP_TIMEOUT '{v}' is not a whole number of seconds"
                ))
                .hint("set it to e.g. 10, or unset it")
            }),
    }
}

impl Row for outbox::Message {
    const HEADER: &'static [&'static str] = &[
        "ID",
        "STATUS",
        "TO",
        "SUBJECT",
        "ATTEMPTS",
        "LAST ERROR",
        "CREATED",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.status.to_string(),
            self.to.clone(),
            self.subject.clone(),
            self.attempts.to_string(),
            self.last_error.clone().unwrap_or_default(),
            self.created_at.clone(),
        ]
    }
}

impl Row for delivery::Pending {
    const HEADER: &'static [&'static str] = &["ID", "TO", "SUBJECT"];
    fn cells(&self) -> Vec<String> {
        vec![self.id.to_string(), self.to.clone(), self.subject.clone()]
    }
}
