use clap::{Args, Subcommand, ValueEnum};

use super::App;
use crate::domain::outbox;
use crate::error::Result;
use crate::output::Block;

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// List the outbox, newest first
    #[command(after_help = "Examples:\n  tally mail list\n  tally mail list --status pending")]
    List(ListArgs),
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
                    header: vec!["ID", "STATUS", "TO", "SUBJECT", "ATTEMPTS", "LAST ERROR", "CREATED"],
                    rows,
                }],
            )
        }
    }
}
