use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};

use super::App;
use crate::domain::{delivery, outbox};
use crate::error::{Code, Error, Result};
use crate::output::Block;

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// List the outbox, newest first
    #[command(after_help = "Examples:\n  tally mail list\n  tally mail list --status pending")]
    List(ListArgs),
    /// Deliver pending mail over SMTP (the smtp-url and mail-from settings)
    #[command(
        after_help = "A failed delivery stays pending with its error and attempt count, and the\ncommand exits 1 (delivery_failed) after trying the rest. The SMTP password\ncomes from TALLY_SMTP_PASSWORD or TALLY_SMTP_PASSWORD_FILE, never a flag.\n\nExamples:\n  tally mail send\n  tally mail send --limit 100\n  */10 * * * *  tally -q mail send || logger -t tally \"mail send failed\""
    )]
    Send(SendArgs),
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// Send at most N messages, oldest first
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MailStatus {
    Pending,
    Sent,
    All,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value = "all")]
    pub status: MailStatus,
}

pub fn run(app: &App, cmd: MailCommand) -> Result<()> {
    match cmd {
        MailCommand::Send(a) => send(app, a),
        MailCommand::List(a) => {
            let status = match a.status {
                MailStatus::Pending => "pending",
                MailStatus::Sent => "sent",
                MailStatus::All => "all",
            };
            let list = app.read(|ctx| outbox::list(ctx, status))?;
            let rows = list
                .iter()
                .map(|m| {
                    vec![
                        m.id.to_string(),
                        m.status.clone(),
                        m.to.clone(),
                        m.subject.clone(),
                        m.attempts.to_string(),
                        m.last_error.clone().unwrap_or_default(),
                        m.created_at.clone(),
                    ]
                })
                .collect();
            app.out.print(
                &list,
                &[Block::Table {
                    header: vec![
                        "ID",
                        "STATUS",
                        "TO",
                        "SUBJECT",
                        "ATTEMPTS",
                        "LAST ERROR",
                        "CREATED",
                    ],
                    rows,
                }],
            )
        }
    }
}

/// One `mail send` at a time per database file, so that no message goes out twice:
/// an advisory lock on a file beside the database, released on exit.
fn lock_sender(app: &App) -> Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    // One lock per file, however the path to it is spelled.
    let db = app.db_path()?;
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
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(Error::new(
            Code::Busy,
            "another `tally mail send` is delivering",
        )
        .hint("try again when it has finished")),
        Err(std::fs::TryLockError::Error(e)) => Err(Error::invalid(format!(
            "cannot lock {}: {e}",
            path.display()
        ))),
    }
}

fn send(app: &App, a: SendArgs) -> Result<()> {
    // The database is opened (and the settings checked) before the lock is
    // taken, and what is pending is read only once it is held.
    let env = delivery::Environment {
        password: smtp_password()?,
        timeout: smtp_timeout()?,
    };
    let smtp = app.read(|ctx| delivery::configure(ctx, &env))?;
    let _lock = lock_sender(app)?;
    let pending = app.read(|ctx| delivery::pending(ctx, a.limit))?;
    if app.global.dry_run {
        let rows = pending
            .iter()
            .map(|m| vec![m.id.to_string(), m.to.clone(), m.subject.clone()])
            .collect();
        let ids: Vec<i64> = pending.iter().map(|m| m.id).collect();
        app.out.print(
            &serde_json::json!({"would_send": ids}),
            &[
                Block::Line(format!(
                    "would send {} message{}",
                    ids.len(),
                    if ids.len() == 1 { "" } else { "s" }
                )),
                Block::Table {
                    header: vec!["ID", "TO", "SUBJECT"],
                    rows,
                },
            ],
        )?;
        if !app.global.quiet {
            eprintln!("dry run: nothing was sent");
        }
        return Ok(());
    }
    let (mut sent, mut failed) = (0, 0);
    let mut lines = Vec::new();
    for m in &pending {
        let outcome = smtp.send(m);
        app.write(|ctx| delivery::record(ctx, m.id, &outcome))?;
        match &outcome {
            Ok(()) => {
                sent += 1;
                lines.push(Block::Line(format!("sent message {} to {}", m.id, m.to)));
            }
            Err(e) => {
                failed += 1;
                lines.push(Block::Line(format!(
                    "message {} to {} failed: {e}",
                    m.id, m.to
                )));
            }
        }
    }
    let ids: Vec<i64> = pending.iter().map(|m| m.id).collect();
    let messages = app
        .read(|ctx| outbox::list(ctx, "all"))?
        .into_iter()
        .filter(|m| ids.contains(&m.id))
        .collect();
    lines.push(Block::Line(format!("sent {sent}, failed {failed}")));
    let report = delivery::Report {
        sent,
        failed,
        messages,
    };
    if failed == 0 {
        return app.out.print(&report, &lines);
    }
    // What was sent and what failed goes to stdout even on failure.
    crate::output::Output {
        quiet: false,
        ..app.out
    }
    .print(&report, &lines)?;
    Err(Error::new(
        Code::DeliveryFailed,
        format!(
            "{failed} of {} message{} could not be delivered; they stay pending",
            pending.len(),
            if pending.len() == 1 { "" } else { "s" }
        ),
    )
    .hint(
        "see `tally mail list --status pending` for the errors; `tally mail send` tries them again",
    ))
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
            use std::io::Read;
            // A password is short: a file of more (or /dev/zero) is refused
            // rather than read until memory runs out.
            const MAX: u64 = 4096;
            let cannot = |e: &dyn std::fmt::Display| {
                Error::invalid(format!("cannot read TALLY_SMTP_PASSWORD_FILE {path}: {e}"))
                    .hint("name a readable file holding the SMTP password")
            };
            let mut bytes = Vec::new();
            std::fs::File::open(&path)
                .and_then(|f| f.take(MAX + 1).read_to_end(&mut bytes))
                .map_err(|e| cannot(&e))?;
            if bytes.len() as u64 > MAX {
                return Err(cannot(&format_args!("it is longer than {MAX} bytes")));
            }
            let text = String::from_utf8(bytes).map_err(|_| cannot(&"it is not UTF-8 text"))?;
            Ok(Some(text.lines().next().unwrap_or("").to_string()))
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
