//! `credits import`: a CSV file of transfers, all rows or none.

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

const HEADER: csv_input::Header = csv_input::Header {
    required: &["from", "to", "amount"],
    optional: &["kind", "memo", "idempotency_key"],
    trim_fields: true,
};

/// A credits CSV row as the domain takes it, or the row's error.
fn import_row(
    rows: &csv_input::Rows,
    line: u64,
    record: &csv::StringRecord,
) -> std::result::Result<ledger::ImportRow, RowError> {
    let opt = |column: &str| Some(rows.get(record, column).to_string()).filter(|s| !s.is_empty());
    let amount =
        Amount::parse(rows.get(record, "amount"), "amount").map_err(|e| e.at_line(line))?;
    Ok(ledger::ImportRow {
        line,
        assign: Assign {
            from: rows.get(record, "from").to_string(),
            to: rows.get(record, "to").to_string(),
            amount,
            kind: opt("kind").unwrap_or_else(|| DEFAULT_KIND.to_string()),
            memo: opt("memo"),
            idempotency_key: opt("idempotency_key"),
        },
    })
}

/// Splits a credits CSV held in memory into rows, and the bad rows' errors.
#[cfg(test)]
pub fn parse_credits_csv(text: &str) -> Result<(Vec<ledger::ImportRow>, Vec<RowError>)> {
    let mut rows = csv_input::Rows::of_text(text, HEADER)?;
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    while let Some(row) = rows.next() {
        match row?.and_then(|(line, record)| import_row(&rows, line, &record)) {
            Ok(r) => good.push(r),
            Err(e) => bad.push(e),
        }
    }
    Ok((good, bad))
}

pub fn run(app: &App, a: ImportArgs) -> Result<()> {
    let input = csv_input::Input::open(&a.file)?;
    // The header is checked before anything else, as a usage error.
    csv_input::Rows::open(&input, HEADER)?;
    let bar = app.progress(
        input.len(),
        // The file's bytes measure the way (its rows are not counted
        // first); what is shown is whole: a percentage and the rows read.
        "{bar:40} {percent}% of the file, {msg} rows, ETA {eta}",
    );
    let result = app.write(|ctx| {
        let mut rows = csv_input::Rows::open(&input, HEADER)?;
        let read = rows.bytes_counter();
        let rows = std::iter::from_fn(move || {
            let next = rows.next()?;
            Some(next.map(|row| row.and_then(|(line, record)| import_row(&rows, line, &record))))
        });
        ledger::import(ctx, rows, &|n| {
            bar.set_position(read.get());
            bar.set_message(n.to_string());
        })
    });
    bar.finish_and_clear();
    let done = result?;
    let totals: Vec<String> = done
        .totals
        .iter()
        .map(|t| format!("{} {}", t.amount, t.kind))
        .collect();
    let mut line = format!(
        "moved {} in {} transfer{} from {} row{}",
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
    if done.replayed_rows > 0 {
        line.push_str(&format!(
            " ({} already applied, skipped)",
            done.replayed_rows
        ));
    }
    app.out.print(&done, &[Block::Line(line)])
}
