use clap::Args;

use crate::cli::App;
use crate::cli::complete;
use crate::domain::ledger::DEFAULT_KIND;
use crate::domain::{Amount, sharing};
use crate::error::Result;
use crate::output::{Block, Row, table};

#[derive(Debug, Args)]
pub struct UseArgs {
    /// Who consumes; the credits come from their credit owner
    #[arg(add = complete::handle())]
    pub handle: String,
    /// Whole number of credits consumed
    #[arg(value_parser = crate::cli::args::amount)]
    pub amount: Amount,
    #[arg(long, value_name = "K", default_value = DEFAULT_KIND, add = complete::kind())]
    pub kind: String,
    #[arg(long, value_name = "TEXT")]
    pub memo: Option<String>,
    /// Makes a retry safe: the same key returns the first result
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Args)]
pub struct UsageArgs {
    /// [default: the actor]
    #[arg(add = complete::handle())]
    pub handle: Option<String>,
    /// From TIME on (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME", value_parser = crate::cli::args::time)]
    pub since: Option<jiff::Timestamp>,
    /// Before TIME (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME", value_parser = crate::cli::args::time)]
    pub until: Option<jiff::Timestamp>,
}

pub fn consume(app: &App, a: UseArgs) -> Result<()> {
    let done = app.write(|ctx| {
        sharing::consume(
            ctx,
            &a.handle,
            a.amount,
            &a.kind,
            a.memo.as_deref(),
            a.idempotency_key.as_deref(),
        )
    })?;
    let whose = if done.owner == done.user {
        String::new()
    } else {
        format!(" of '{}'", done.owner)
    };
    let mut line = format!(
        "'{}' used {} {}{whose}; {} left",
        done.user, done.amount, done.kind, done.owner_balance
    );
    if done.replayed {
        line.push_str(" (replayed: nothing changed)");
    }
    app.out.print(&done, &[Block::Line(line)])
}

pub fn usage(app: &App, a: UsageArgs) -> Result<()> {
    let u = app.read(|ctx| sharing::usage(ctx, a.handle.as_deref(), a.since, a.until))?;
    let mut blocks = vec![
        Block::Heading(format!("Usage of the credits of '{}'", u.owner)),
        table(&u.entries),
    ];
    // In a pipe or with --format, one shape of row only: the totals are in
    // --json.
    if app.out.drawn() {
        blocks.push(Block::Heading("Totals".into()));
        blocks.push(table(&u.totals));
    }
    app.out.print(&u, &blocks)
}

impl Row for sharing::UsageEntry {
    const HEADER: &'static [&'static str] = &["ID", "AT", "USER", "KIND", "AMOUNT", "MEMO"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.user.clone(),
            self.kind.clone(),
            self.amount.to_string(),
            self.memo.clone().unwrap_or_default(),
        ]
    }
}

impl Row for sharing::UsageTotal {
    const HEADER: &'static [&'static str] = &["USER", "KIND", "TOTAL"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.user.clone(),
            self.kind.clone(),
            self.amount.to_string(),
        ]
    }
}
