use std::path::PathBuf;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{App, Cli};
use crate::db;
use crate::domain::verify;
use crate::error::{Code, Error, Result};
use crate::output::Block;

#[derive(Debug, Args)]
#[command(after_help = "Example:\n  tally backup /var/backups/tally-$(date +%F).db")]
pub struct BackupArgs {
    /// Where to write the copy (a new file, mode 0600)
    pub file: PathBuf,
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

pub fn verify(app: &App) -> Result<()> {
    // No actor is resolved: verify must work on a database whose users and
    // roles are themselves what is broken.
    let mut conn = app.open()?;
    let report = db::read(&mut conn, |tx| verify::run(tx))?;
    let rows = report
        .checks
        .iter()
        .map(|c| {
            vec![
                if c.ok { "ok" } else { "FAILED" }.to_string(),
                c.name.to_string(),
                c.problems.join("; "),
            ]
        })
        .collect();
    if report.ok {
        return app.out.print(
            &report,
            &[Block::Table {
                header: vec!["RESULT", "CHECK", "PROBLEMS"],
                rows,
            }],
        );
    }
    // The report goes to stdout even when it fails, so that a script sees what is wrong.
    let quiet_out = crate::output::Output {
        quiet: false,
        ..app.out
    };
    quiet_out.print(
        &report,
        &[Block::Table {
            header: vec!["RESULT", "CHECK", "PROBLEMS"],
            rows,
        }],
    )?;
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
    let bytes = db::backup(&app.open()?, &a.file)?;
    app.out.print(
        &serde_json::json!({"file": a.file, "bytes": bytes}),
        &[Block::Line(format!(
            "wrote {} ({bytes} bytes)",
            a.file.display()
        ))],
    )
}

pub fn completions(app: &App, a: CompletionsArgs) -> Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut Cli::command(), "tally", &mut buf);
    let _ = app;
    crate::output::write_stdout(&String::from_utf8_lossy(&buf));
    Ok(())
}
