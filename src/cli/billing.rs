use clap::{Args, Subcommand};

use super::App;
use crate::domain::Price;
use crate::domain::seats::{self, Invoice, Period, Standing, money};
use crate::error::{Error, Result};
use crate::output::{Block, Row, table, write_stdout};

#[derive(Debug, Subcommand)]
pub enum BillingCommand {
    /// Set the price of one active user for one month
    #[command(
        after_help = "Issued invoices keep the price they were issued with; the price history is kept.\n\nExamples:\n  tally billing set-price 8\n  tally billing set-price 7.50 --currency EUR"
    )]
    SetPrice(SetPriceArgs),
    /// Active users, the seat price and this month's projected total
    #[command(after_help = "Example:\n  tally billing status")]
    Status,
    /// A month's seat invoice: a projection, or the stored invoice once issued
    #[command(
        after_help = "A user is billed for each day of the month (UTC) on which they were active at any\nmoment: round_half_up(price * days / days in the month). A month that has not ended is\na projection and cannot be issued (period_open). An issued invoice is stored and never\nchanges; showing or issuing it again shows the stored one.\n\nExamples:\n  tally billing invoice\n  tally billing invoice --period 2026-02 --issue\n  tally billing invoice --period 2026-02 --csv > seats-2026-02.csv"
    )]
    Invoice(InvoiceArgs),
    /// The issued invoices, newest month first
    #[command(after_help = "Example:\n  tally billing invoices")]
    Invoices,
}

#[derive(Debug, Args)]
pub struct SetPriceArgs {
    /// Price per active user per month, at most two decimal places
    #[arg(value_name = "P", value_parser = super::args::price)]
    pub price: Price,
    /// ISO 4217 currency code
    #[arg(long, value_name = "CODE", default_value = "USD")]
    pub currency: String,
}

#[derive(Debug, Args)]
pub struct InvoiceArgs {
    /// The month, as YYYY-MM (UTC) [default: the current month]
    #[arg(long, value_name = "YYYY-MM", value_parser = super::args::period)]
    pub period: Option<Period>,
    /// Store the invoice of a month that has ended, for good
    #[arg(long)]
    pub issue: bool,
    /// Print CSV (handle,days,amount) and nothing else, for accounting tools
    #[arg(long)]
    pub csv: bool,
}

pub fn run(app: &App, cmd: BillingCommand) -> Result<()> {
    match cmd {
        BillingCommand::SetPrice(a) => {
            let p = app.write(|ctx| seats::set_price(ctx, a.price, &a.currency))?;
            app.out.print(
                &p,
                &[Block::Line(format!(
                    "seat price set: {} per active user per month; issued invoices keep their price",
                    money(p.price_minor, &p.currency)
                ))],
            )
        }
        BillingCommand::Status => {
            let s = app.read(seats::status)?;
            app.out.print(
                &s,
                &[Block::Fields(vec![
                    ("active users", s.active_users.to_string()),
                    (
                        "seat price",
                        format!(
                            "{} per user per month",
                            money(s.seat_price_minor, &s.currency)
                        ),
                    ),
                    ("period", s.period.clone()),
                    (
                        "projected total",
                        money(s.projected_total_minor, &s.currency),
                    ),
                ])],
            )
        }
        BillingCommand::Invoice(a) => {
            if a.csv && app.global.json {
                return Err(Error::invalid("--csv and --json are two different outputs")
                    .hint("choose one of them"));
            }
            let period = a.period.unwrap_or_else(|| Period::containing(app.now));
            let inv = if a.issue {
                app.write(|ctx| seats::invoice(ctx, period, true))?
            } else {
                app.read(|ctx| seats::invoice(ctx, period, false))?
            };
            if a.csv {
                if !app.out.quiet {
                    write_stdout(&csv(&inv)?)?;
                }
                return Ok(());
            }
            app.out.print(&inv, &invoice_blocks(&inv, a.issue))
        }
        BillingCommand::Invoices => {
            let list = app.read(seats::issued)?;
            let mut blocks = Vec::new();
            if list.is_empty() {
                blocks.push(Block::Heading(
                    "No invoice has been issued yet; `tally billing invoice --period YYYY-MM --issue` issues one.".into(),
                ));
            }
            blocks.push(table(&list));
            app.out.print(&list, &blocks)
        }
    }
}

fn invoice_blocks(inv: &Invoice, asked_to_issue: bool) -> Vec<Block> {
    let price = format!(
        "{} per user per month",
        money(inv.price_minor, &inv.currency)
    );
    let p = &inv.period;
    let standing = match &inv.standing {
        Standing::Projection { ends_at } => format!(
            "Projection for {p}, not an invoice: the month ends {ends_at}, and users active now are counted to its end ({price})."
        ),
        Standing::Unissued => format!(
            "Invoice {p}, not issued: computed now with the current price of {price}; `tally billing invoice --period {p} --issue` stores it for good."
        ),
        Standing::Issued { at, now: true } => {
            format!("Issued invoice {p} at {at} ({price}); it will not change.")
        }
        Standing::Issued { at, now: false } if asked_to_issue => {
            format!("Invoice {p} was already issued at {at} ({price}); this is the stored invoice.")
        }
        Standing::Issued { at, now: false } => {
            format!("Invoice {p}, issued at {at} ({price}); stored, it does not change.")
        }
    };
    let users = inv.lines.len();
    let mut blocks = vec![Block::Heading(standing)];
    if users == 0 {
        blocks.push(Block::Heading(format!("No user was active in {p}.")));
    }
    blocks.extend([
        table(&inv.lines),
        Block::Heading(format!(
            "total: {} for {users} user{} ({p} has {} days)",
            money(inv.total_minor, &inv.currency),
            if users == 1 { "" } else { "s" },
            inv.days_in_month
        )),
    ]);
    blocks
}

/// `handle,days,amount`, the amount as a decimal with two places.
fn csv(inv: &Invoice) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| Error::invalid(format!("cannot write the CSV: {e}"));
    w.write_record(["handle", "days", "amount"]).map_err(fail)?;
    for l in &inv.lines {
        w.write_record([
            l.handle.as_str(),
            &l.days.to_string(),
            &crate::domain::fmt_minor(l.amount_minor),
        ])
        .map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::invalid(format!("cannot write the CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::invalid(format!("cannot write the CSV: {e}")))
}

impl Row for seats::Issued {
    const HEADER: &'static [&'static str] = &["PERIOD", "TOTAL", "CURRENCY", "LINES", "ISSUED AT"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.period.clone(),
            crate::domain::fmt_minor(self.total_minor),
            self.currency.clone(),
            self.lines.to_string(),
            self.issued_at.clone(),
        ]
    }
}

impl Row for seats::Line {
    const HEADER: &'static [&'static str] = &["HANDLE", "DAYS", "AMOUNT"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.handle.clone(),
            self.days.to_string(),
            crate::domain::fmt_minor(self.amount_minor),
        ]
    }
}
