use std::path::PathBuf;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{App, Cli};
use crate::domain::{Action, Ctx, verify};
use crate::error::{Code, Error, Result};
use crate::output::{Block, Row, table};
use crate::store;

#[derive(Debug, Args)]
#[command(
    after_help = "Exits 1 (verify_failed) naming every problem. The ledger and rule checks read\nevery transfer and account; the file check is SQLite's integrity check, which\nalso compares every index with its table. --quick runs SQLite's quick check\ninstead (every page and record, not the indexes' entries): about three times\nfaster on a large file, for a nightly run between full ones.\n\nThe schema's rules are compared with the ones this tally makes, and the\nhistory (transfers, audit rows, status events, orders, password records,\nidempotency keys, invoices) with its hash chain. --anchor prints the chain's\nhead, POSITION:HASH, once everything verifies: keep it where the database's\nwriters cannot reach, and --since-anchor proves later that the history up to\nit is unchanged, even if the chain itself was rewritten.\n\nExamples:\n  tally verify || alert-admins\n  tally verify --quick\n  tally verify --anchor >> /mnt/audit-host/tally-anchors.log\n  tally verify --since-anchor \"$(tail -n 1 /mnt/audit-host/tally-anchors.log)\""
)]
pub struct VerifyArgs {
    /// Check the file's pages and records but not each index against its table
    #[arg(long)]
    pub quick: bool,
    /// Print only the chain's last entry, POSITION:HASH, when everything verifies
    #[arg(long)]
    pub anchor: bool,
    /// Also prove that the history up to an anchor printed earlier is unchanged
    #[arg(long, value_name = "POSITION:HASH")]
    pub since_anchor: Option<String>,
}

#[derive(Debug, Args)]
#[command(after_help = "Example:\n  tally backup /var/backups/tally-$(date +%F).db")]
pub struct BackupArgs {
    /// Where to write the copy (a new file, mode 0600)
    pub file: PathBuf,
}

#[derive(Debug, Args)]
#[command(
    after_help = "The backup is checked (integrity, foreign keys, balances, rules) before it is\nput in place; the file it replaces is kept beside it, with its -wal, as\nFILE.replaced-TIME. Refused while another process has the database open.\nNever copy a backup over a database with cp: a -wal file left beside it\nwould be replayed into the copy and corrupt it.\n\nExamples:\n  tally restore /var/backups/tally-2026-11-21.db\n  tally --db /srv/acme.db --yes restore acme-backup.db"
)]
pub struct RestoreArgs {
    /// The backup to put in place (a file `tally backup` wrote)
    pub backup: PathBuf,
}

#[derive(Debug, clap::Subcommand)]
pub enum DbCommand {
    /// Copy the organization whole into a new, empty database
    Copy(CopyArgs),
}

#[derive(Debug, Args)]
#[command(
    after_help = "Everything is copied with its ids and times: users, roles, the ledger,\norders, invoices, the outbox, idempotency keys and the audit log. The copy\nis made in one transaction and checked as `tally verify` checks before it is\nkept; the database copied from is only read, and stays as it is.\n\nThe password of the server comes from TALLY_DB_PASSWORD_FILE, PGPASSWORD\nor ~/.pgpass, never from the URL.\n\nExamples:\n  createdb -h db.example.com -O tally tally\n  tally db copy --to postgres://tally@db.example.com/tally\n  tally --db postgres://tally@db.example.com/tally db copy --to /srv/tally/copy.db"
)]
pub struct CopyArgs {
    /// The new database: postgres://USER@HOST:PORT/DATABASE (empty), or a new file
    #[arg(long, value_name = "URL|FILE", value_parser = super::path_or_empty())]
    pub to: PathBuf,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  tally completions bash > ~/.local/share/bash-completion/completions/tally\n  tally completions zsh > ~/.zfunc/_tally\n  tally completions fish > ~/.config/fish/completions/tally.fish"
)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn verify(app: &App, a: VerifyArgs) -> Result<()> {
    // No actor is resolved: verify must work on a database whose users and
    // roles are themselves what is broken.
    let depth = if a.quick {
        verify::Depth::Quick
    } else {
        verify::Depth::Full
    };
    let anchor = a
        .since_anchor
        .as_deref()
        .map(verify::parse_anchor)
        .transpose()?;
    let report = app
        .open()?
        .read(|store| verify::run(&store, depth, anchor.as_ref()))?;
    if report.ok && a.anchor {
        let line = report.anchor.clone().unwrap_or_default();
        return app
            .out
            .print(&serde_json::json!({"anchor": line}), &[Block::Line(line)]);
    }
    if report.ok {
        return app.out.print(&report, &[table(&report.checks)]);
    }
    // The report goes to stdout even when it fails, so that a script sees what is wrong.
    let quiet_out = crate::output::Output {
        quiet: false,
        ..app.out
    };
    quiet_out.print(&report, &[table(&report.checks)])?;
    let problems: Vec<String> = report
        .checks
        .iter()
        .flat_map(|c| c.problems.clone())
        .collect();
    Err(Error::new(
        Code::VerifyFailed,
        format!(
            "verify found {} problem{}: {}",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            problems.join("; ")
        ),
    )
    .hint("restore from a backup, or fix the named rows with new transfers and commands"))
}

pub fn backup(app: &App, a: BackupArgs) -> Result<()> {
    if let store::Location::Server(url) = store::Location::resolve(Some(&a.file))? {
        return Err(Error::invalid(format!(
            "backup writes a file, and {url} is a server's database"
        ))
        .hint("to copy the organization into a server, use `tally db copy --to URL`"));
    }
    // No right is needed, but the actor must exist and be active (a refusal
    // is audited like any other).
    app.read(|_| Ok(()))?;
    if app.global.dry_run {
        return app.out.print(
            &serde_json::json!({"file": a.file, "would_write": true}),
            &[Block::Line(format!(
                "would write a copy to {}; dry run: nothing was written",
                a.file.display()
            ))],
        );
    }
    let bytes = app.open()?.backup(&a.file)?;
    app.out.print(
        &serde_json::json!({"file": a.file, "bytes": bytes}),
        &[Block::Line(format!(
            "wrote {} ({bytes} bytes)",
            a.file.display()
        ))],
    )
}

pub fn restore(app: &App, a: RestoreArgs) -> Result<()> {
    let target = match app.location()? {
        crate::store::Location::File(path) => path,
        crate::store::Location::Server(url) => {
            return Err(Error::invalid(format!(
                "restore puts a backup file in place of a database file; {url} is a server"
            ))
            .hint("restore onto a file with --db FILE"));
        }
    };
    app.confirm(
        &format!(
            "Replace {} with the backup {}?",
            target.display(),
            a.backup.display()
        ),
        "restore",
    )?;
    let stamp = app.now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut summary = (0i64, 0i64);
    let restored = store::restore(&a.backup, &target, &stamp, app.global.dry_run, |store| {
        let report = verify::run(&store, verify::Depth::Full, None)?;
        if !report.ok {
            let problems: Vec<String> = report
                .checks
                .iter()
                .flat_map(|c| c.problems.clone())
                .collect();
            return Err(Error::new(
                Code::VerifyFailed,
                format!(
                    "the backup {} does not verify: {}",
                    a.backup.display(),
                    problems.join("; ")
                ),
            )
            .hint("restore an older backup; nothing was changed"));
        }
        summary = store.counts()?;
        let ctx = Ctx::new(store, app.global.actor.as_deref(), app.now, &super::OS_USER)?;
        ctx.audit(Action::Restore, None, serde_json::json!({"from": a.backup}))
    })?;
    let (users, transfers) = summary;
    let mut blocks = vec![Block::Line(format!(
        "restored {} from {} ({users} users, {transfers} transfers; verified)",
        target.display(),
        a.backup.display()
    ))];
    if let Some(kept) = &restored.kept {
        blocks.push(Block::Line(format!(
            "the file it replaced is kept as {}",
            kept.display()
        )));
    }
    if app.global.dry_run && !app.global.quiet {
        eprintln!("dry run: nothing was changed");
    }
    app.out.print(
        &serde_json::json!({
            "database": target,
            "from": a.backup,
            "users": users,
            "transfers": transfers,
            "kept": restored.kept,
            "dry_run": app.global.dry_run,
        }),
        &blocks,
    )
}

pub fn db(app: &App, cmd: DbCommand) -> Result<()> {
    match cmd {
        DbCommand::Copy(a) => copy(app, a),
    }
}

fn copy(app: &App, a: CopyArgs) -> Result<()> {
    if a.to.as_os_str().is_empty() {
        return Err(Error::invalid("--to is empty")
            .hint("give the new database: postgres://USER@HOST:PORT/DATABASE, or a new file"));
    }
    let from = app.location()?;
    let to = store::Location::resolve(Some(&a.to))?;
    let mut db = app.open()?;
    let bar = app.progress(0, "{bar:40} {pos}/{len} rows, {rate}, ETA {eta}");
    let copied = db.copy_to(&to, app.global.dry_run, |source, target| {
        if !bar.is_hidden() {
            bar.set_length(source.rows_to_copy()?);
        }
        crate::domain::setup::copy(
            &source,
            target,
            &from.to_string(),
            &to.to_string(),
            app.global.actor.as_deref(),
            app.now,
            &super::OS_USER,
            &|n| bar.set_position(n),
        )
    });
    bar.finish_and_clear();
    let copied = copied?;
    let rows: u64 = copied.iter().map(|c| c.rows).sum();
    let count = |table: &str| {
        copied
            .iter()
            .find(|c| c.table == table)
            .map_or(0, |c| c.rows)
    };
    let mut blocks = vec![Block::Line(format!(
        "copied {rows} rows ({} users, {} transfers, {} audit entries) to {to}; verified",
        count("users"),
        count("transfers"),
        count("audit_log"),
    ))];
    if app.global.dry_run {
        blocks.push(Block::Line("dry run: nothing was written".into()));
    } else {
        blocks.push(Block::Line(format!(
            "use it with --db {to} (or TALLY_DB); {from} is unchanged"
        )));
    }
    app.out.print(
        &serde_json::json!({
            "from": from.to_string(),
            "to": to.to_string(),
            "rows": rows,
            "tables": copied,
            "verified": true,
            "dry_run": app.global.dry_run,
        }),
        &blocks,
    )
}

/// A bar on stderr for long work, shown only on a terminal and without -q.
pub fn completions(app: &App, a: CompletionsArgs) -> Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut Cli::command(), "tally", &mut buf);
    let _ = app;
    crate::output::write_stdout(&String::from_utf8_lossy(&buf))?;
    Ok(())
}

impl Row for verify::Check {
    const HEADER: &'static [&'static str] = &["RESULT", "CHECK", "PROBLEMS"];
    fn cells(&self) -> Vec<String> {
        vec![
            if self.ok { "ok" } else { "FAILED" }.into(),
            self.name.into(),
            self.problems.join("; "),
        ]
    }
}
