//! Rendering one result three ways: a table on a terminal, tab-separated rows
//! in a pipe, or one JSON value with `--json`; `--format csv|tsv` makes
//! every list a header row and its rows, wherever the output goes.

use std::io::{IsTerminal, Write};

use comfy_table::{
    Attribute, Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, TableComponent,
    Width, presets,
};
use serde::Serialize;

use crate::error::{Code, Error, Result};

mod jq;
pub use jq::Jq;

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
    /// The cells as a table on a terminal shows them, where a person reads
    /// more than a script should have to parse; the cells by default.
    fn shown(&self) -> Vec<String> {
        self.cells()
    }
}

/// The table of `rows`, as a block.
pub fn table<R: Row>(rows: &[R]) -> Block {
    Block::Table {
        header: R::HEADER.to_vec(),
        rows: rows.iter().map(Row::cells).collect(),
    }
}

/// What `--format` asks for: every list as a header row and its rows; or,
/// for `report usage`, a page with its chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    // No doc comments: `--help` then lists the values on one line.
    Csv,
    Tsv,
    Html,
}

impl Format {
    /// How lists are written: only CSV and TSV are rows.
    pub fn rows(self) -> Option<Rows> {
        match self {
            Format::Csv => Some(Rows::Csv),
            Format::Tsv => Some(Rows::Tsv),
            Format::Html => None,
        }
    }
}

/// Lists as a header row and its rows, delimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    Csv,
    Tsv,
}

#[derive(Clone, Copy)]
pub struct Output {
    pub json: bool,
    /// `--format`: lists as CSV or TSV with a header row.
    pub format: Option<Rows>,
    /// `--jq`: the JSON (`json` is set too) goes through this filter.
    pub jq: Option<&'static Jq>,
    pub quiet: bool,
    /// A `--dry-run`: sentences say what would be done, and a JSON object
    /// carries `"dry_run": true`.
    pub dry_run: bool,
    pub tty: bool,
    pub color: bool,
}

impl Output {
    pub fn new(json: bool, quiet: bool) -> Self {
        let tty = std::io::stdout().is_terminal();
        // NO_COLOR set, CLICOLOR=0 or a dumb terminal: no colour.
        let var = |name: &str| std::env::var(name).unwrap_or_default();
        let color =
            tty && var("NO_COLOR").is_empty() && var("CLICOLOR") != "0" && var("TERM") != "dumb";
        Output {
            json,
            format: None,
            jq: None,
            quiet,
            dry_run: false,
            tty,
            color,
        }
    }

    /// Whether tables are drawn for a person (a terminal, no `--format`):
    /// a result may then show a second table that a script's rows would
    /// not want beside the first (its totals).
    pub fn drawn(&self) -> bool {
        self.tty && self.format.is_none()
    }

    /// Prints a result: its JSON with `--json`, else its blocks; nothing with `-q`.
    pub fn print<T: Serialize + ?Sized>(&self, value: &T, blocks: &[Block]) -> Result<()> {
        if self.quiet {
            return Ok(());
        }
        if self.json {
            let mut s = serde_json::to_string_pretty(value)?;
            // A dry run's object says so first, its fields in their order.
            // (`restore` and `db copy` have the field already, in both runs.)
            let has_it = s.lines().any(|l| l.starts_with("  \"dry_run\":"));
            if self.dry_run && s.starts_with("{\n") && !has_it {
                s.insert_str(2, "  \"dry_run\": true,\n");
            }
            s.push('\n');
            return match self.jq {
                Some(jq) => write_stdout(&jq.run(&s)?),
                None => write_stdout(&s),
            };
        }
        write_stdout(&self.render(blocks))
    }

    /// A sentence of a result as a dry run says it: what would be done.
    fn said(&self, line: &str) -> String {
        if !self.dry_run {
            return line.to_string();
        }
        would(line)
    }

    /// The text of blocks; headings in a pipe go to stderr here.
    fn render(&self, blocks: &[Block]) -> String {
        if let Some(format) = self.format {
            return self.render_as(format, blocks);
        }
        let mut out = String::new();
        for block in blocks {
            match block {
                Block::Line(l) => {
                    out.push_str(&self.said(l));
                    out.push('\n');
                }
                Block::Heading(h) if self.tty => {
                    out.push_str(&self.said(h));
                    out.push('\n');
                }
                Block::Heading(h) => eprintln!("{}", self.said(h)),
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
        out
    }

    /// The text of blocks with `--format`: tables and fields as a header
    /// row and rows, an empty line between two of them; sentences and
    /// headings go to stderr, so that stdout holds the data alone.
    fn render_as(&self, format: Rows, blocks: &[Block]) -> String {
        let mut out = String::new();
        for block in blocks {
            let (header, rows): (Vec<&str>, Vec<Vec<String>>) = match block {
                Block::Line(l) | Block::Heading(l) => {
                    eprintln!("{}", self.said(l));
                    continue;
                }
                Block::Fields(fields) => (
                    vec!["field", "value"],
                    fields
                        .iter()
                        .map(|(k, v)| vec![column_name(k), v.clone()])
                        .collect(),
                ),
                Block::Table { header, rows } => (header.clone(), rows.clone()),
            };
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&delimited_header(format, &header));
            for row in &rows {
                out.push_str(&delimited(format, row));
            }
        }
        out
    }

    /// Starts a list whose rows are written as they are read, so that a
    /// list of any length takes the memory of one row: JSON elements and
    /// tab-separated rows go out one by one; a table on a terminal is drawn
    /// a screen at a time, later screens keeping the first one's columns.
    /// `before` is printed first (not with `--json`); `json` says where the
    /// rows sit in the JSON value.
    pub fn list<R: Row + Serialize>(&self, before: &[Block], json: JsonList) -> Result<List<R>> {
        let mut list = List {
            out: *self,
            w: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()),
            // --jq filters the whole value: a streamed list is held in
            // memory first, as the filter may look at any part of it.
            held: self.jq.map(|_| Vec::new()),
            indent: 0,
            rows: 0,
            screen: Vec::new(),
            widths: None,
            _row: std::marker::PhantomData,
        };
        if self.quiet {
            return Ok(list);
        }
        if self.json {
            match json {
                JsonList::Array => list.put("[")?,
                JsonList::Field { before, key } => {
                    let mut head = String::from("{");
                    for (k, v) in before {
                        head.push_str(&format!("\n{},", json_field(k, v)?));
                    }
                    head.push_str(&format!("\n  {}: [", serde_json::to_string(key)?));
                    list.put(&head)?;
                    list.indent = 2;
                }
            }
        } else {
            let mut text = self.render(before);
            if let Some(format) = self.format {
                text.push_str(&delimited_header(format, R::HEADER));
            }
            list.put(&text)?;
        }
        Ok(list)
    }

    fn table(&self, header: &[&str], rows: &[Vec<String>]) -> String {
        self.table_with(header, rows, None, true)
    }

    /// A table; with `widths`, its columns have those widths (the screens
    /// of a long list), and its header only if `titled`. On a terminal the
    /// columns fit its width: a cell too long for its column is cut short
    /// with an ellipsis (`…`), never wrapped onto more lines.
    fn table_with(
        &self,
        header: &[&str],
        rows: &[Vec<String>],
        widths: Option<&[usize]>,
        titled: bool,
    ) -> String {
        if !self.tty {
            return rows.iter().map(|row| tsv_line(row)).collect();
        }
        let widths = match widths {
            Some(w) => w.to_vec(),
            None => fit(header, rows, terminal_width()),
        };
        let mut t = Table::new();
        // Rows without rules between them, the header underlined: dense
        // enough for a long user list, like gh and kubectl. The cells are
        // cut to their columns' widths here: comfy-table only lays them out.
        t.load_preset(presets::NOTHING)
            .set_style(TableComponent::HeaderLines, '─')
            .set_style(TableComponent::MiddleHeaderIntersections, '─')
            .set_content_arrangement(ContentArrangement::Disabled);
        if titled {
            t.set_header(header.iter().zip(&widths).map(|(h, w)| {
                let c = Cell::new(truncate(h, *w));
                if self.color {
                    c.add_attribute(Attribute::Bold)
                } else {
                    c
                }
            }));
        }
        for row in rows {
            t.add_row(row.iter().zip(&widths).map(|(c, w)| truncate(c, *w)));
        }
        // Numbers are right-aligned, so that their digits line up.
        for i in 0..header.len() {
            if numeric_column(rows, i)
                && let Some(column) = t.column_mut(i)
            {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
        // Each column is as wide as its cells were cut to, plus its padding.
        t.set_constraints(widths.iter().map(|w| {
            let w = u16::try_from(w + 2).unwrap_or(u16::MAX);
            ColumnConstraint::Absolute(Width::Fixed(w))
        }));
        format!("{t}\n")
    }
}

/// The terminal's width in columns; 100 for a terminal that reports no
/// size (0 columns would give one letter a line).
fn terminal_width() -> usize {
    match Table::new().width() {
        Some(w) if w >= 20 => usize::from(w),
        _ => 100,
    }
}

/// Whether column `i` holds numbers (empty cells and `-` aside).
fn numeric_column(rows: &[Vec<String>], i: usize) -> bool {
    let mut cells = rows
        .iter()
        .filter_map(|r| r.get(i))
        .filter(|c| !c.is_empty() && *c != "-")
        .peekable();
    cells.peek().is_some() && cells.all(|c| is_number(c))
}

/// The width on a terminal of a cell's text.
fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// The widths of a table's columns (their text, without padding) on a
/// terminal `total` columns wide: each column as wide as its widest cell or
/// its header; when they do not fit, the widest columns are narrowed first,
/// to no less than their header's width (or 8, less on a narrow terminal),
/// so that short columns (a status, an amount) stay whole and long ones (a
/// name, a memo) are cut.
fn fit(header: &[&str], rows: &[Vec<String>], total: usize) -> Vec<usize> {
    let natural: Vec<usize> = header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| display_width(&plain(c)))
                .chain([display_width(h)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Each column has a space either side, and a space parts two columns.
    let room = total.saturating_sub((3 * header.len()).saturating_sub(1));
    if natural.iter().sum::<usize>() <= room {
        return natural;
    }
    // Headers whole and no column under 8 if they fit; on a narrower
    // terminal, as wide as they can all be (a letter and its ellipsis at
    // the least).
    // A number is never cut: a part of it would read as another number.
    let numbers: Vec<bool> = (0..header.len()).map(|i| numeric_column(rows, i)).collect();
    let keep = |least: usize| -> Vec<usize> {
        header
            .iter()
            .zip(&natural)
            .zip(&numbers)
            .map(|((h, n), number)| match (number, least) {
                (true, _) => *n,
                (false, 8) => (*n).min(display_width(h).max(8)),
                (false, _) => (*n).min(least),
            })
            .collect()
    };
    let least = (2..=8)
        .rev()
        .map(keep)
        .find(|least| least.iter().sum::<usize>() <= room)
        .unwrap_or_else(|| keep(2));
    let width_at = |cap: usize| -> Vec<usize> {
        natural
            .iter()
            .zip(&least)
            .map(|(n, l)| (*n).min(cap.max(*l)))
            .collect()
    };
    // The widest cap at which the table fits; at the least widths it may
    // still not fit a very narrow terminal, which then wraps its lines.
    let (mut lo, mut hi) = (0, natural.iter().copied().max().unwrap_or(0));
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if width_at(mid).iter().sum::<usize>() <= room {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let mut widths = width_at(lo);
    // What the cap leaves over goes to the columns it cut, those that
    // need least first, so that as many as can be are whole.
    let mut spare = room.saturating_sub(widths.iter().sum());
    let mut cut: Vec<usize> = (0..widths.len())
        .filter(|&i| widths[i] < natural[i])
        .collect();
    cut.sort_by_key(|&i| natural[i] - widths[i]);
    for i in cut {
        let more = (natural[i] - widths[i]).min(spare);
        widths[i] += more;
        spare -= more;
    }
    widths
}

/// A cell cut to `width` columns of a terminal, with `…` where it was cut;
/// on one line (tabs and line breaks become spaces).
fn truncate(cell: &str, width: usize) -> String {
    let cell = plain(cell);
    if display_width(&cell) <= width {
        return cell;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in cell.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Where the rows of a list sit in its JSON value.
pub enum JsonList<'a> {
    /// The value is the array of rows.
    Array,
    /// The value is an object: these fields, then the rows under `key`;
    /// [`List::finish`] adds the fields that follow.
    Field {
        before: &'a [(&'a str, serde_json::Value)],
        key: &'a str,
    },
}

/// How many rows of a table on a terminal are drawn together.
const SCREEN: usize = 200;

/// A list being written: see [`Output::list`].
pub struct List<R> {
    out: Output,
    w: std::io::BufWriter<std::io::Stdout>,
    /// With `--jq`, the JSON text held until the list ends.
    held: Option<Vec<u8>>,
    /// The indent of the JSON array's elements, less two.
    indent: usize,
    rows: usize,
    /// A terminal's rows not yet drawn.
    screen: Vec<Vec<String>>,
    /// The columns' widths, once a first screen is drawn.
    widths: Option<Vec<usize>>,
    _row: std::marker::PhantomData<fn(&R)>,
}

impl<R: Row + Serialize> List<R> {
    fn put(&mut self, s: &str) -> Result<()> {
        if let Some(held) = &mut self.held {
            held.extend_from_slice(s.as_bytes());
            return Ok(());
        }
        self.w.write_all(s.as_bytes()).map_err(closed)
    }

    /// Writes one row.
    pub fn push(&mut self, row: &R) -> Result<()> {
        self.rows += 1;
        if self.out.quiet {
            return Ok(());
        }
        if self.out.json {
            let pad = " ".repeat(self.indent + 2);
            let sep = if self.rows == 1 { "" } else { "," };
            let text = format!(
                "{sep}\n{pad}{}",
                indented(&serde_json::to_string_pretty(row)?, &pad)
            );
            return self.put(&text);
        }
        if let Some(format) = self.out.format {
            return self.put(&delimited(format, &row.cells()));
        }
        if !self.out.tty {
            return self.put(&tsv_line(&row.cells()));
        }
        self.screen.push(row.shown());
        if self.screen.len() == SCREEN {
            self.draw()?;
        }
        Ok(())
    }

    /// Draws the rows held for a terminal: the first screen sets the widths
    /// of the columns, from its header and its rows.
    fn draw(&mut self) -> Result<()> {
        let rows = std::mem::take(&mut self.screen);
        let widths = match self.widths.take() {
            Some(w) => w,
            None => fit(R::HEADER, &rows, terminal_width()),
        };
        // The first screen has the header; the later ones only its widths.
        let first = self.rows <= SCREEN;
        let text = self.out.table_with(R::HEADER, &rows, Some(&widths), first);
        self.widths = Some(widths);
        self.put(&text)
    }

    /// Ends the list: the JSON fields after the rows, or `after` (not with
    /// `--json`), and writes everything out.
    pub fn finish(
        mut self,
        json_after: &[(&str, serde_json::Value)],
        after: &[Block],
    ) -> Result<()> {
        if self.out.quiet {
            return Ok(());
        }
        if self.out.json {
            let pad = " ".repeat(self.indent);
            let mut tail = if self.rows == 0 {
                "]".to_string()
            } else {
                format!("\n{pad}]")
            };
            if self.indent > 0 {
                for (k, v) in json_after {
                    tail.push_str(&format!(",\n{}", json_field(k, v)?));
                }
                tail.push_str("\n}");
            }
            tail.push('\n');
            self.put(&tail)?;
            if let (Some(held), Some(jq)) = (self.held.take(), self.out.jq) {
                let filtered = jq.run(&String::from_utf8_lossy(&held))?;
                self.put(&filtered)?;
            }
        } else {
            if self.out.tty && self.out.format.is_none() {
                if self.widths.is_none() {
                    // The whole list fits a screen: one table, as any other.
                    let text = self.out.table_with(R::HEADER, &self.screen, None, true);
                    self.put(&text)?;
                } else if !self.screen.is_empty() {
                    self.draw()?;
                }
            }
            let text = self.out.render(after);
            self.put(&text)?;
        }
        self.w.flush().map_err(closed)
    }
}

/// `  "key": value` in a pretty JSON object, the value indented to match.
fn json_field(key: &str, value: &serde_json::Value) -> Result<String> {
    Ok(format!(
        "  {}: {}",
        serde_json::to_string(key)?,
        indented(&serde_json::to_string_pretty(value)?, "  ")
    ))
}

/// A tab-separated row and its line end.
fn tsv_line(cells: &[String]) -> String {
    let mut line = cells
        .iter()
        .map(|c| plain(c))
        .collect::<Vec<_>>()
        .join("\t");
    line.push('\n');
    line
}

/// A row of `--format`'s output and its line end.
fn delimited(format: Rows, cells: &[String]) -> String {
    match format {
        Rows::Tsv => tsv_line(cells),
        Rows::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            // Writing to memory cannot fail; an empty line if it ever did.
            let _ = w.write_record(cells);
            let bytes = w.into_inner().unwrap_or_default();
            String::from_utf8(bytes).unwrap_or_default()
        }
    }
}

/// The header row of `--format`'s output: the table's column names in
/// lower case, words joined by `_` (`ISSUED AT` is `issued_at`).
fn delimited_header(format: Rows, header: &[&str]) -> String {
    let names: Vec<String> = header.iter().map(|h| column_name(h)).collect();
    delimited(format, &names)
}

/// A column's name as a header row of CSV or TSV has it.
fn column_name(name: &str) -> String {
    name.trim().to_lowercase().replace([' ', '-'], "_")
}

/// Pretty JSON placed at an indent: its lines after the first indented.
fn indented(json: &str, pad: &str) -> String {
    json.replace('\n', &format!("\n{pad}"))
}

/// A write to stdout that failed: a closed pipe ends the command quietly.
pub fn closed(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Error::new(Code::OutputClosed, "the reader of the output went away")
    } else {
        Error::from(e)
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
    stdout
        .write_all(s.as_bytes())
        .and_then(|_| stdout.flush())
        .map_err(closed)
}

/// `-o FILE`: the command's stdout goes to a temporary file beside FILE,
/// renamed into place only when the command succeeds, so that FILE is
/// never half-written: on an error the old FILE, if any, is untouched and
/// the temporary is removed. Every writer of stdout (tables, JSON, a new
/// password, a completion script) follows file descriptor 1, which points
/// to the temporary while the command runs.
pub struct ToFile {
    path: std::path::PathBuf,
    temp: tempfile::NamedTempFile,
    /// The process's own stdout, put back when the command ends.
    saved: Option<std::os::fd::OwnedFd>,
}

impl ToFile {
    pub fn start(path: &std::path::Path) -> Result<ToFile> {
        use std::os::fd::{AsRawFd, FromRawFd};
        let shown = path.display();
        if path.as_os_str().is_empty() {
            return Err(Error::invalid("-o/--output is empty")
                .hint("give the file to write, e.g. -o users.csv"));
        }
        if path.is_dir() {
            return Err(Error::invalid(format!("-o {shown} is a directory"))
                .hint("give the path of a file, e.g. -o DIR/users.csv"));
        }
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => std::path::Path::new("."),
        };
        if !dir.is_dir() {
            return Err(Error::invalid(format!(
                "cannot write {shown}: the directory {} does not exist",
                dir.display()
            ))
            .hint("create the directory first (mkdir -p), or give another path to -o"));
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let doing = format!("cannot write {shown}");
        // Created readable by its owner only (it may hold a password); a
        // FILE that is there already keeps its permissions.
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::io(&e, &doing))?;
        if let Ok(meta) = std::fs::metadata(path) {
            temp.as_file()
                .set_permissions(meta.permissions())
                .map_err(|e| Error::io(&e, &doing))?;
        }
        std::io::stdout().flush().map_err(closed)?;
        // SAFETY: dup has no preconditions; a result of -1 (stdout closed)
        // is checked, and any other is a new descriptor that we own.
        let saved = match unsafe { libc::dup(1) } {
            -1 => None,
            fd => Some(unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) }),
        };
        // SAFETY: both descriptors are open: the temporary's is owned by
        // `temp`, which outlives the redirection.
        if unsafe { libc::dup2(temp.as_file().as_raw_fd(), 1) } == -1 {
            return Err(Error::io(&std::io::Error::last_os_error(), &doing));
        }
        Ok(ToFile {
            path: path.to_path_buf(),
            temp,
            saved,
        })
    }

    /// Ends the redirection: FILE takes the output if `result` is a
    /// success, else the temporary is removed and `result` returned.
    pub fn finish(self, result: Result<()>) -> Result<()> {
        use std::os::fd::AsRawFd;
        let flushed = std::io::stdout().flush();
        if let Some(saved) = &self.saved {
            // SAFETY: `saved` is an open descriptor that we own.
            unsafe { libc::dup2(saved.as_raw_fd(), 1) };
        }
        result?;
        let doing = format!("cannot write {}", self.path.display());
        flushed
            .and_then(|()| self.temp.as_file().sync_all())
            .map_err(|e| Error::io(&e, &doing))?;
        self.temp
            .persist(&self.path)
            .map_err(|e| Error::io(&e.error, &doing))?;
        Ok(())
    }
}

/// `yes`/`no` for booleans in tables.
pub fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

/// The past-tense verbs that begin a result's sentence, and what a dry run
/// says instead.
const WOULD: &[(&str, &str)] = &[
    ("activated", "would activate"),
    ("added", "would add"),
    ("assigned", "would assign"),
    ("cancelled", "would cancel"),
    ("copied", "would copy"),
    ("created", "would create"),
    ("deactivated", "would deactivate"),
    ("deleted", "would delete"),
    ("fulfilled", "would fulfil"),
    ("granted", "would grant"),
    ("imported", "would import"),
    ("issued", "would issue"),
    ("moved", "would move"),
    ("offboarded", "would offboard"),
    ("placed", "would place"),
    ("removed", "would remove"),
    ("requested", "would request"),
    ("reset", "would reset"),
    ("restored", "would restore"),
    ("retried", "would retry"),
    ("revoked", "would revoke"),
    ("set", "would set"),
    ("topped", "would top"),
    ("updated", "would update"),
    ("used", "would use"),
];

/// `added 'bob'` as a dry run says it: `would add 'bob'`; a sentence that
/// begins otherwise is marked as a dry run's.
fn would(line: &str) -> String {
    let lower = line.to_ascii_lowercase();
    if lower.starts_with("would") || lower.starts_with("dry run") || line.is_empty() {
        return line.to_string();
    }
    let first = lower.split([' ', ':', ';', ',']).next().unwrap_or("");
    match WOULD.iter().find(|(past, _)| *past == first) {
        Some((past, instead)) => format!("{instead}{}", &line[past.len()..]),
        None => format!("dry run: {line}"),
    }
}

/// Whether a cell is a number: digits, with a sign and one decimal point at
/// most (`-5`, `1000`, `10.00`).
fn is_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::{fit, truncate};

    #[test]
    fn cells_are_cut_by_the_columns_they_take_on_a_terminal() {
        assert_eq!(truncate("Liddell", 7), "Liddell");
        assert_eq!(truncate("Liddell", 5), "Lidd…");
        // A wide letter takes two columns: it is not split.
        assert_eq!(truncate("日本語テキスト", 6), "日本…");
        assert_eq!(truncate("a\tb\nc", 5), "a b c");
    }

    #[test]
    fn the_widest_columns_give_way_first_and_numbers_never() {
        let header = ["HANDLE", "MEMO", "AMOUNT"];
        let rows = vec![vec![
            "bob".to_string(),
            "x".repeat(80),
            "1000000".to_string(),
        ]];
        // Room enough: every column whole.
        assert_eq!(fit(&header, &rows, 200), [6, 80, 7]);
        // 40 columns less 8 of padding: the memo takes what is left.
        assert_eq!(fit(&header, &rows, 40), [6, 19, 7]);
        // Narrower: headers are cut too, the number still not.
        assert_eq!(fit(&header, &rows, 24), [5, 4, 7]);
    }
}
