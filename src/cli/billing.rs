use clap::{Args, Subcommand};

use super::App;
use crate::domain::Price;
use crate::domain::money::{fmt_places, money, money_places, places};
use crate::domain::seats::{self, Invoice, Line, Period, Standing, Totals};
use crate::error::{Error, Result};
use crate::output::{Block, JsonList, Output, Row, Rows, table};

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
    /// Price per active user per month, with at most as many decimal places as the currency has
    #[arg(value_name = "P", value_parser = super::args::price)]
    pub price: Price,
    /// ISO 4217 currency code: USD, EUR (2 decimal places), JPY (none), BHD (3)...
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
            let p = app.write(|ctx| seats::set_price(ctx, &a.price, &a.currency))?;
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
            if a.csv && (app.global.json || app.out.format.is_some()) {
                return Err(Error::invalid(
                    "--csv is --format csv: not with --json, --jq or another --format",
                )
                .hint("choose one of them"));
            }
            // `--csv` is `--format csv` with nothing but the rows: no heading
            // or total on stderr, for accounting tools.
            let out = if a.csv {
                Output {
                    format: Some(Rows::Csv),
                    ..app.out
                }
            } else {
                app.out
            };
            let period = a.period.unwrap_or_else(|| Period::containing(app.now));
            // Issued in a write of its own; then shown, the lines written as
            // they are read (in a dry run, computed as they would be stored).
            let issued_now = if a.issue {
                app.write(|ctx| seats::issue(ctx, period))?
            } else {
                None
            };
            app.read(|ctx| {
                let (list, inv, totals) = seats::invoice(
                    ctx,
                    period,
                    issued_now.as_deref(),
                    |inv| {
                        let places = inv.places;
                        let json_head = [
                            ("period", inv.period.clone().into()),
                            ("currency", inv.currency.clone().into()),
                        ];
                        let heading = [Block::Heading(standing(inv, a.issue))];
                        out.list(
                            if a.csv { &[] } else { &heading },
                            JsonList::Field {
                                before: &json_head,
                                key: "lines",
                            },
                        )
                        .map(|list| (list, places))
                    },
                    |(list, places), line| {
                        list.push(&PricedLine {
                            line,
                            places: *places,
                        })
                    },
                )?;
                let summary = if a.csv {
                    Vec::new()
                } else {
                    summary(&inv, totals)
                };
                list.0.finish(
                    &[
                        ("total_minor", totals.total_minor.into()),
                        ("issued", inv.issued.into()),
                    ],
                    &summary,
                )
            })
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

/// A line of an invoice and the invoice's currency: its JSON is the line's
/// alone, its amount shown in the currency's own decimal places.
struct PricedLine {
    line: Line,
    /// The invoice's decimal places.
    places: u32,
}

impl serde::Serialize for PricedLine {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.line.serialize(s)
    }
}

/// The line above an invoice's table: what it is and its price.
fn standing(inv: &Invoice, asked_to_issue: bool) -> String {
    let price = format!(
        "{} per user per month",
        money_places(inv.price_minor, &inv.currency, inv.places)
    );
    let p = &inv.period;
    match &inv.standing {
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
    }
}

/// The lines under an invoice's table: its total.
fn summary(inv: &Invoice, totals: Totals) -> Vec<Block> {
    let p = &inv.period;
    let users = totals.lines - totals.service_lines;
    let mut blocks = Vec::new();
    if totals.lines == 0 {
        blocks.push(Block::Heading(format!("No user was active in {p}.")));
    }
    let services = match totals.service_lines {
        0 => String::new(),
        1 => "; 1 service account, not billed".into(),
        n => format!("; {n} service accounts, not billed"),
    };
    blocks.push(Block::Heading(format!(
        "total: {} for {users} user{}{services} ({p} has {} days)",
        money_places(totals.total_minor, &inv.currency, inv.places),
        if users == 1 { "" } else { "s" },
        inv.days_in_month
    )));
    blocks
}

impl Row for seats::Issued {
    const HEADER: &'static [&'static str] = &["PERIOD", "TOTAL", "CURRENCY", "LINES", "ISSUED AT"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.period.clone(),
            fmt_places(self.total_minor, places(&self.currency, self.minor_digits)),
            self.currency.clone(),
            self.lines.to_string(),
            self.issued_at.clone(),
        ]
    }
}

impl Row for PricedLine {
    const HEADER: &'static [&'static str] = &["HANDLE", "DAYS", "AMOUNT"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.line.handle.clone(),
            self.line.days.to_string(),
            fmt_places(self.line.amount_minor, self.places),
        ]
    }
    fn shown(&self) -> Vec<String> {
        let mut cells = self.cells();
        if self.line.service {
            cells[0].push_str(" (service, not billed)");
        }
        cells
    }
}
