//! Rendering one result three ways: a table on a terminal, tab-separated rows
//! in a pipe, or one JSON value with `--json`.

use std::io::{IsTerminal, Write};

use comfy_table::{Attribute, Cell, ContentArrangement, Table, TableComponent, presets};
use serde::Serialize;

use crate::error::{Code, Error, Result};

/// One piece of human output.
pub enum Block {
    /// A sentence of the result, on stdout.
    Line(String),
    /// A line that belongs above a table (a count, a reminder): stdout on a
    /// terminal, stderr in a pipe so that the rows stay clean.
    Heading(String),
    /// `name: value` pairs; `name<TAB>value` in a pipe.
    Fields(Vec<(&'static str, String)>),
    /// Rows under a header; in a pipe, the rows alone, tab-separated.
    Table {
        header: Vec<&'static str>,
        rows: Vec<Vec<String>>,
    },
}

/// A type shown as the rows of a table: its header, and its cells in that
/// order. One implementation per row type replaces a table built by hand in
/// each verb.
pub trait Row {
    const HEADER: &'static [&'static str];
    fn cells(&self) -> Vec<String>;
}

/// The table of `rows`, as a block.
pub fn table<R: Row>(rows: &[R]) -> Block {
    Block::Table {
        header: R::HEADER.to_vec(),
        rows: rows.iter().map(Row::cells).collect(),
    }
}

#[derive(Clone, Copy)]
pub struct Output {
    pub json: bool,
    pub quiet: bool,
    pub tty: bool,
    pub color: bool,
}

impl Output {
    pub fn new(json: bool, quiet: bool) -> Self {
        let tty = std::io::stdout().is_terminal();
        let color = tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        Output {
            json,
            quiet,
            tty,
            color,
        }
    }

    /// Prints a result: its JSON with `--json`, else its blocks; nothing with `-q`.
    pub fn print<T: Serialize + ?Sized>(&self, value: &T, blocks: &[Block]) -> Result<()> {
        if self.quiet {
            return Ok(());
        }
        if self.json {
            let mut s = serde_json::to_string_pretty(value)?;
            s.push('\n');
            return write_stdout(&s);
        }
        let mut out = String::new();
        for block in blocks {
            match block {
                Block::Line(l) => {
                    out.push_str(l);
                    out.push('\n');
                }
                Block::Heading(h) if self.tty => {
                    out.push_str(h);
                    out.push('\n');
                }
                Block::Heading(h) => eprintln!("{h}"),
                Block::Fields(fields) => {
                    // One more than the longest name, for its colon.
                    let width = fields.iter().map(|(k, _)| k.len() + 1).max().unwrap_or(0);
                    for (k, v) in fields {
                        if self.tty {
                            out.push_str(&format!("{:width$}  {v}\n", format!("{k}:")));
                        } else {
                            out.push_str(&format!("{k}\t{}\n", plain(v)));
                        }
                    }
                }
                Block::Table { header, rows } => out.push_str(&self.table(header, rows)),
            }
        }
        write_stdout(&out)
    }

    fn table(&self, header: &[&str], rows: &[Vec<String>]) -> String {
        if !self.tty {
            let mut s = String::new();
            for row in rows {
                let cells: Vec<String> = row.iter().map(|c| plain(c)).collect();
                s.push_str(&cells.join("\t"));
                s.push('\n');
            }
            return s;
        }
        let mut t = Table::new();
        // Rows without rules between them, the header underlined: dense
        // enough for a long user list, like gh and kubectl.
        t.load_preset(presets::NOTHING)
            .set_style(TableComponent::HeaderLines, '─')
            .set_style(TableComponent::MiddleHeaderIntersections, '─')
            .set_content_arrangement(ContentArrangement::Dynamic);
        // A terminal that reports no size (0 columns) would get one letter a line.
        if t.width().is_none_or(|w| w < 20) {
            t.set_width(100);
        }
        t.set_header(header.iter().map(|h| {
            let c = Cell::new(h);
            if self.color {
                c.add_attribute(Attribute::Bold)
            } else {
                c
            }
        }));
        for row in rows {
            t.add_row(row);
        }
        format!("{t}\n")
    }
}

/// A cell in a tab-separated row: tabs and newlines would break the row.
fn plain(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// Writes to stdout. A closed pipe (`tally user list | head -1`) is not an
/// error, as for ripgrep: it ends the command quietly and successfully
/// (`Code::OutputClosed`, which `main` does not report).
pub fn write_stdout(s: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(s.as_bytes()).and_then(|_| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Error::new(
            Code::OutputClosed,
            "the reader of the output went away",
        )),
        Err(e) => Err(Error::from(e)),
    }
}

/// `yes`/`no` for booleans in tables.
pub fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}
