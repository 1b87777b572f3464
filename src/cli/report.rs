//! `tally report ...`: read-only reports of the whole organization for the
//! people who read its numbers: consumption, the ledger, seats.

use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use serde::ser::SerializeMap;

use super::{App, complete};
use crate::domain::money::{fmt_places, money_places};
use crate::domain::reports::{self, LedgerEntry, SeatLine, UsageBy, UsageGroup};
use crate::domain::seats::Period;
use crate::error::{Error, Result};
use crate::output::{Block, JsonList, Row, write_stdout};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Credits consumed in a month, grouped by user, owner, kind or day
    #[command(
        after_help = "Counts the transfers of type use (credits consumed) of the whole organization\nin the month (UTC). --by user groups by who consumed, --by owner by whose balance\nthe credits came from. Needs the view-audit right.\n\nOn a terminal, --chart draws a bar chart; in a pipe or a file it prints the rows\ninstead. --html (or --format html) prints a page with a bar chart and the table,\nfor a browser.\n\nExamples:\n  tally report usage --period 2026-03\n  tally report usage --period 2026-03 --by day --chart\n  tally --format csv report usage --period 2026-03 --by owner --kind sms\n  tally -o usage-2026-03.html report usage --period 2026-03 --html"
    )]
    Usage(UsageArgs),
    /// Every transfer of a period, each with both sides' balances after it
    #[command(
        after_help = "Oldest first; FROM BALANCE and TO BALANCE are the sender's and the receiver's\nbalances right after the transfer. Rows are written as they are read. Needs the\nview-audit right.\n\nExamples:\n  tally report ledger --since 2026-03-01 --until 2026-04-01\n  tally --format csv -o ledger-2026-03.csv report ledger --since 2026-03-01 --until 2026-04-01 --kind sms"
    )]
    Ledger(LedgerArgs),
    /// Each user's seat line of a month with the intervals they were active
    #[command(
        after_help = "Lines as `billing invoice` computes them (the issued invoice's price once it is\nissued), each with the user's active intervals that overlap the month: FROM/UNTIL,\nan open interval as FROM/. Needs the manage-billing right.\n\nExamples:\n  tally report seats --period 2026-02\n  tally --format csv report seats --period 2026-02 > seats-2026-02.csv"
    )]
    Seats(SeatsArgs),
}

/// What `report usage --by` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    User,
    Owner,
    Kind,
    Day,
}

impl By {
    fn as_str(self) -> &'static str {
        match self {
            By::User => "user",
            By::Owner => "owner",
            By::Kind => "kind",
            By::Day => "day",
        }
    }
}

#[derive(Debug, Args)]
pub struct UsageArgs {
    /// The month, as YYYY-MM (UTC)
    #[arg(long, value_name = "YYYY-MM", value_parser = super::args::period)]
    pub period: Period,
    /// Group by who consumed, whose credits, the kind or the day
    #[arg(long, value_enum, default_value = "user")]
    pub by: By,
    /// Only this kind
    #[arg(long, value_name = "K", add = complete::kind())]
    pub kind: Option<String>,
    /// Draw a bar chart on a terminal (the rows when not on a terminal)
    #[arg(long, conflicts_with = "html")]
    pub chart: bool,
    /// Print an HTML page with a bar chart and the table (with -o FILE, into FILE)
    #[arg(long)]
    pub html: bool,
}

#[derive(Debug, Args)]
pub struct LedgerArgs {
    /// From TIME on (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME", value_parser = super::args::time)]
    pub since: jiff::Timestamp,
    /// Before TIME (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME", value_parser = super::args::time)]
    pub until: jiff::Timestamp,
    /// Only this kind
    #[arg(long, value_name = "K", add = complete::kind())]
    pub kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct SeatsArgs {
    /// The month, as YYYY-MM (UTC)
    #[arg(long, value_name = "YYYY-MM", value_parser = super::args::period)]
    pub period: Period,
}

pub fn run(app: &App, cmd: ReportCommand) -> Result<()> {
    match cmd {
        ReportCommand::Usage(a) => usage(app, a),
        ReportCommand::Ledger(a) => ledger(app, a),
        ReportCommand::Seats(a) => seats(app, a),
    }
}

/// A group of a usage report as a row: `BY` says what its key is.
struct UsageRow<const BY: u8>(UsageGroup);

const USER: u8 = 0;
const OWNER: u8 = 1;
const KIND: u8 = 2;
const DAY: u8 = 3;

impl<const BY: u8> UsageRow<BY> {
    const KEY: &'static str = match BY {
        USER => "user",
        OWNER => "owner",
        KIND => "kind",
        _ => "day",
    };
}

impl<const BY: u8> Row for UsageRow<BY> {
    const HEADER: &'static [&'static str] = match BY {
        USER => &["USER", "KIND", "CREDITS", "USES"],
        OWNER => &["OWNER", "KIND", "CREDITS", "USES"],
        KIND => &["KIND", "CREDITS", "USES"],
        _ => &["DAY", "KIND", "CREDITS", "USES"],
    };
    fn cells(&self) -> Vec<String> {
        let g = &self.0;
        let mut cells = vec![g.key.clone()];
        if BY != KIND {
            cells.push(g.kind.clone());
        }
        cells.extend([g.amount.to_string(), g.uses.to_string()]);
        cells
    }
}

impl<const BY: u8> Serialize for UsageRow<BY> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let g = &self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry(Self::KEY, &g.key)?;
        if BY != KIND {
            m.serialize_entry("kind", &g.kind)?;
        }
        m.serialize_entry("amount", &g.amount)?;
        m.serialize_entry("uses", &g.uses)?;
        m.end()
    }
}

fn usage(app: &App, a: UsageArgs) -> Result<()> {
    match a.by {
        By::User => usage_as::<USER>(app, &a),
        By::Owner => usage_as::<OWNER>(app, &a),
        By::Kind => usage_as::<KIND>(app, &a),
        By::Day => usage_as::<DAY>(app, &a),
    }
}

fn usage_by(by: By) -> UsageBy {
    match by {
        By::User => UsageBy::User,
        By::Owner => UsageBy::Owner,
        By::Kind => UsageBy::Kind,
        By::Day => UsageBy::Day,
    }
}

/// The heading of a usage report.
fn usage_title(a: &UsageArgs) -> String {
    let kind = a
        .kind
        .as_deref()
        .map(|k| format!(" of {k}"))
        .unwrap_or_default();
    format!("Credits{kind} used in {} by {}", a.period, a.by.as_str())
}

fn usage_as<const BY: u8>(app: &App, a: &UsageArgs) -> Result<()> {
    // `--format html` is `--html`.
    let html = a.html || app.global.format == Some(crate::output::Format::Html);
    let picture = html || (a.chart && app.out.drawn() && !app.global.json);
    if html && (app.global.json || app.out.format.is_some()) {
        return Err(Error::invalid(
            "the HTML page (--html, --format html) is a page of its own: not with --json or --format csv|tsv",
        )
        .hint("leave out --json and --format csv|tsv, or the page"));
    }
    if a.chart && !picture && !app.global.json && !app.out.quiet {
        eprintln!("--chart draws on a terminal, without --format: the rows follow");
    }
    let by = usage_by(a.by);
    if picture {
        // A chart's bars are scaled to the largest: its groups (one per
        // user or day, not per transfer) are held until the last.
        let (groups, total) = app.read(|ctx| {
            reports::usage(
                ctx,
                a.period,
                by,
                a.kind.as_deref(),
                || Ok(Vec::new()),
                |v, g| {
                    v.push(g);
                    Ok(())
                },
            )
        })?;
        if app.out.quiet {
            return Ok(());
        }
        let text = if html {
            html_page(a, &groups, total)
        } else {
            chart(a, &groups, total, terminal_columns())
        };
        return write_stdout(&text);
    }
    let json_head = [
        ("period", a.period.to_string().into()),
        ("by", a.by.as_str().into()),
    ];
    app.read(|ctx| {
        let (list, total) = reports::usage(
            ctx,
            a.period,
            by,
            a.kind.as_deref(),
            || {
                app.out.list::<UsageRow<BY>>(
                    &[Block::Heading(usage_title(a))],
                    JsonList::Field {
                        before: &json_head,
                        key: "rows",
                    },
                )
            },
            |list, g| list.push(&UsageRow::<BY>(g)),
        )?;
        list.finish(
            &[("total", total.into())],
            &[Block::Heading(format!("total: {total} credits"))],
        )
    })
}

/// The terminal's width in columns, 80 if it does not say.
fn terminal_columns() -> usize {
    match comfy_table::Table::new().width() {
        Some(w) if w >= 20 => usize::from(w),
        _ => 80,
    }
}

/// The label of a group in a chart: its key, and its kind when the report
/// has more than one.
fn labels(a: &UsageArgs, groups: &[UsageGroup]) -> Vec<String> {
    let kinds = groups.first().map(|g| &g.kind);
    let several = groups.iter().any(|g| Some(&g.kind) != kinds);
    groups
        .iter()
        .map(|g| {
            if several && a.by != By::Kind {
                format!("{} {}", g.key, g.kind)
            } else {
                g.key.clone()
            }
        })
        .collect()
}

/// A bar of `eighths` eighths of a character cell, in Unicode blocks.
fn bar(eighths: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(PARTS[eighths % 8]);
    }
    s
}

/// The length in eighths of a cell of `amount`'s bar, the largest being
/// `room` cells; at least an eighth for any amount above 0.
fn eighths(amount: i64, max: i64, room: usize) -> usize {
    if amount <= 0 || max <= 0 {
        return 0;
    }
    let full = i128::try_from(room * 8).unwrap_or(i128::MAX);
    let n = i128::from(amount) * full / i128::from(max);
    usize::try_from(n).unwrap_or(0).max(1)
}

/// A horizontal bar chart `width` columns wide: one line a group, its
/// label, its bar and its amount.
fn chart(a: &UsageArgs, groups: &[UsageGroup], total: i64, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut out = format!("{}\n\n", usage_title(a));
    if groups.is_empty() {
        out.push_str("No credits were used.\n");
        return out;
    }
    let labels = labels(a, groups);
    let label_w = labels.iter().map(|l| l.width()).max().unwrap_or(0).min(30);
    let max = groups.iter().map(|g| g.amount).max().unwrap_or(0);
    let value_w = max.to_string().len();
    let room = width.saturating_sub(label_w + value_w + 3).max(10);
    for (label, g) in labels.iter().zip(groups) {
        let mut label = label.clone();
        while label.width() > label_w {
            label.pop();
        }
        let pad = label_w - label.width();
        let b = bar(eighths(g.amount, max, room));
        let gap = room + 1 - b.chars().count();
        out.push_str(&format!(
            "{label}{} {b}{}{:>value_w$}\n",
            " ".repeat(pad),
            " ".repeat(gap),
            g.amount
        ));
    }
    out.push_str(&format!("\ntotal: {total} credits\n"));
    out
}

/// Text as HTML shows it.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A page of its own: the title, an inline SVG bar chart and the table; no
/// script, no style sheet or font from elsewhere.
fn html_page(a: &UsageArgs, groups: &[UsageGroup], total: i64) -> String {
    let title = escape(&usage_title(a));
    let labels = labels(a, groups);
    let max = groups.iter().map(|g| g.amount).max().unwrap_or(0);
    const ROW: usize = 24;
    const LABEL: usize = 180;
    const BARS: usize = 440;
    let height = ROW * groups.len() + 8;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{height}\" viewBox=\"0 0 {w} {height}\" role=\"img\" aria-label=\"{title}\">\n",
        w = LABEL + BARS + 80
    );
    for (i, (label, g)) in labels.iter().zip(groups).enumerate() {
        let y = i * ROW + 4;
        let w = eighths(g.amount, max, BARS) / 8;
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect x=\"{LABEL}\" y=\"{y}\" width=\"{}\" height=\"{}\" fill=\"#3b6ea5\"><title>{}: {}</title></rect>\
             <text x=\"{}\" y=\"{}\">{}</text>\n",
            LABEL - 8,
            y + 15,
            escape(label),
            w.max(1),
            ROW - 6,
            escape(label),
            g.amount,
            LABEL + w + 6,
            y + 15,
            g.amount
        ));
    }
    svg.push_str("</svg>");
    let key = match a.by {
        By::User => "User",
        By::Owner => "Owner",
        By::Kind => "Kind",
        By::Day => "Day",
    };
    let mut rows = String::new();
    for g in groups {
        let kind = if a.by == By::Kind {
            String::new()
        } else {
            format!("<td>{}</td>", escape(&g.kind))
        };
        rows.push_str(&format!(
            "<tr><td>{}</td>{kind}<td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
            escape(&g.key),
            g.amount,
            g.uses
        ));
    }
    let kind_head = if a.by == By::Kind {
        ""
    } else {
        "<th>Kind</th>"
    };
    let body = if groups.is_empty() {
        "<p>No credits were used.</p>".to_string()
    } else {
        format!(
            "{svg}\n<table>\n<thead><tr><th>{key}</th>{kind_head}<th>Credits</th><th>Uses</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>"
        )
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
<style>\nbody {{ font-family: sans-serif; margin: 2em; color: #222; }}\n\
svg text {{ font-size: 13px; fill: #222; }}\n\
table {{ border-collapse: collapse; margin-top: 1.5em; }}\n\
th, td {{ padding: 4px 12px; border-bottom: 1px solid #ddd; text-align: left; }}\n\
td.n {{ text-align: right; font-variant-numeric: tabular-nums; }}\n</style>\n</head>\n<body>\n\
<h1>{title}</h1>\n{body}\n<p id=\"total\">Total: {total} credits</p>\n</body>\n</html>\n"
    )
}

impl Row for LedgerEntry {
    const HEADER: &'static [&'static str] = &[
        "ID",
        "AT",
        "TYPE",
        "KIND",
        "FROM",
        "TO",
        "AMOUNT",
        "FROM BALANCE",
        "TO BALANCE",
        "ACTOR",
        "MEMO",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.kind_of_transfer.clone(),
            self.kind.clone(),
            self.from.clone(),
            self.to.clone(),
            self.amount.to_string(),
            self.from_balance.to_string(),
            self.to_balance.to_string(),
            self.actor.clone(),
            self.memo.clone().unwrap_or_default(),
        ]
    }
}

fn ledger(app: &App, a: LedgerArgs) -> Result<()> {
    let json_head = [
        ("since", crate::domain::fmt_time(a.since).into()),
        ("until", crate::domain::fmt_time(a.until).into()),
    ];
    app.read(|ctx| {
        reports::ledger(
            ctx,
            a.since,
            a.until,
            a.kind.as_deref(),
            || {
                app.out.list::<LedgerEntry>(
                    &[],
                    JsonList::Field {
                        before: &json_head,
                        key: "transfers",
                    },
                )
            },
            |list, e| list.push(&e),
        )?
        .finish(&[], &[])
    })
}

/// A seat line and the decimal places of its currency.
struct SeatRow {
    line: SeatLine,
    places: u32,
}

impl Serialize for SeatRow {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.line.serialize(s)
    }
}

impl Row for SeatRow {
    const HEADER: &'static [&'static str] = &["HANDLE", "DAYS", "AMOUNT", "ACTIVE"];
    fn cells(&self) -> Vec<String> {
        let active = self
            .line
            .active
            .iter()
            .map(|i| format!("{}/{}", i.from, i.until.as_deref().unwrap_or("")))
            .collect::<Vec<_>>()
            .join(" ");
        vec![
            self.line.handle.clone(),
            self.line.days.to_string(),
            fmt_places(self.line.amount_minor, self.places),
            active,
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

fn seats(app: &App, a: SeatsArgs) -> Result<()> {
    app.read(|ctx| {
        let (list, head, totals) = reports::seats(
            ctx,
            a.period,
            |head| {
                let json_head = [
                    ("period", head.period.clone().into()),
                    ("currency", head.currency.clone().into()),
                ];
                let price = money_places(head.price_minor, &head.currency, head.places);
                let whose = if head.issued {
                    "the issued invoice's price"
                } else {
                    "the current price"
                };
                app.out
                    .list::<SeatRow>(
                        &[Block::Heading(format!(
                            "Seats of {} at {price} per user per month ({whose})",
                            head.period
                        ))],
                        JsonList::Field {
                            before: &json_head,
                            key: "lines",
                        },
                    )
                    .map(|l| (l, head.places))
            },
            |(list, places), line| {
                list.push(&SeatRow {
                    line,
                    places: *places,
                })
            },
        )?;
        list.0.finish(
            &[
                ("total_minor", totals.total_minor.into()),
                ("issued", head.issued.into()),
            ],
            &[Block::Heading(format!(
                "total: {} for {} line{}",
                money_places(totals.total_minor, &head.currency, head.places),
                totals.lines,
                if totals.lines == 1 { "" } else { "s" }
            ))],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::{bar, eighths};

    #[test]
    fn bars_are_drawn_in_eighths_of_a_cell() {
        assert_eq!(bar(0), "");
        assert_eq!(bar(8), "█");
        assert_eq!(bar(20), "██▌");
        // The largest fills the room; any use shows as a sliver at least.
        assert_eq!(eighths(50, 50, 10), 80);
        assert_eq!(eighths(25, 50, 10), 40);
        assert_eq!(eighths(1, 1_000_000, 10), 1);
        assert_eq!(eighths(0, 50, 10), 0);
    }
}
