//! `credits import`: a CSV file of transfers, all rows or none.

use std::io::IsTerminal;

use clap::Args;

use crate::cli::{App, csv_input};
use crate::domain::Amount;
use crate::domain::ledger::{self, Assign, DEFAULT_KIND};
use crate::error::{Result, RowError};
use crate::output::Block;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, or - for standard input
    pub file: String,
}

/// Splits a credits CSV into rows, and the malformed rows' errors with their lines.
pub fn parse_credits_csv(text: &str) -> Result<(Vec<ledger::ImportRow>, Vec<RowError>)> {
    let csv = csv_input::parse(
        text,
        &["from", "to", "amount"],
        &["kind", "memo", "idempotency_key"],
        csv::Trim::All,
    )?;
    let mut rows = Vec::with_capacity(csv.records.len());
    let mut errors = Vec::new();
    for (line, record) in &csv.records {
        let opt =
            |column: &str| Some(csv.get(record, column).to_string()).filter(|s| !s.is_empty());
        match Amount::parse(csv.get(record, "amount"), "amount") {
            Ok(amount) => rows.push(ledger::ImportRow {
                line: *line,
                assign: Assign {
                    from: csv.get(record, "from").to_string(),
                    to: csv.get(record, "to").to_string(),
                    amount,
                    kind: opt("kind").unwrap_or_else(|| DEFAULT_KIND.to_string()),
                    memo: opt("memo"),
                    idempotency_key: opt("idempotency_key"),
                },
            }),
            Err(e) => errors.push(e.at_line(*line)),
        }
    }
    errors.extend(csv.errors);
    Ok((rows, errors))
}

pub fn run(app: &App, a: ImportArgs) -> Result<()> {
    let text = csv_input::read_input(&a.file)?;
    let (rows, bad_rows) = parse_credits_csv(&text)?;
    let bar = if std::io::stderr().is_terminal() && !app.global.quiet {
        let bar = indicatif::ProgressBar::new(rows.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} rows {per_sec}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let result =
        app.write(|ctx| ledger::import(ctx, &rows, bad_rows.clone(), &|n| bar.set_position(n)));
    bar.finish_and_clear();
    let done = result?;
    let totals: Vec<String> = done
        .totals
        .iter()
        .map(|t| format!("{} {}", t.amount, t.kind))
        .collect();
    let verb = if app.global.dry_run {
        "would move"
    } else {
        "moved"
    };
    let mut line = format!(
        "{verb} {} in {} transfer{} from {} row{}",
        if totals.is_empty() {
            "nothing".to_string()
        } else {
            totals.join(", ")
        },
        done.transfers,
        if done.transfers == 1 { "" } else { "s" },
        done.rows,
        if done.rows == 1 { "" } else { "s" },
    );
    if done.replayed > 0 {
        line.push_str(&format!(" ({} already applied, skipped)", done.replayed));
    }
    app.out.print(&done, &[Block::Line(line)])
}
