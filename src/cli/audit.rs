use clap::Args;

use super::App;
use crate::domain::audit::{self, Filter};
use crate::error::Result;
use crate::output::{Row, table};

/// Show the audit log, newest first: every change and every refused permission.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  tally audit --limit 20\n  tally audit --actor bob --since 2026-01-01\n  tally --json audit | jq '.[] | select(.outcome == \"denied\")'"
)]
pub struct AuditArgs {
    /// Show at most N entries
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Only what this user did
    // Its own id: the global `--as` is stored as `actor`, and sharing the id
    // would make `--actor X` act as X and `--as X` filter by X.
    #[arg(long = "actor", id = "audit_actor", value_name = "HANDLE", add = super::complete::handle())]
    pub actor: Option<String>,
    /// Only entries at or after TIME (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME", value_parser = super::args::time)]
    pub since: Option<jiff::Timestamp>,
}

pub fn run(app: &App, a: AuditArgs) -> Result<()> {
    let filter = Filter {
        limit: a.limit,
        actor: a.actor,
        since: a.since,
    };
    let entries = app.read(|ctx| audit::list(ctx, &filter))?;
    app.out.print(&entries, &[table(&entries)])
}

impl Row for audit::Entry {
    const HEADER: &'static [&'static str] = &[
        "ID", "AT", "ACTOR", "OS USER", "ACTION", "TARGET", "OUTCOME", "DETAILS",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.actor.clone(),
            self.os_user.clone(),
            self.action.clone(),
            self.target.clone().unwrap_or_default(),
            self.outcome.clone(),
            self.details.to_string(),
        ]
    }
}
