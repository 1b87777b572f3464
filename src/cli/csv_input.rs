//! Reading the CSV files that `user import` and `credits import` take: a file
//! or standard input, a UTF-8 byte-order mark and CRLF line ends allowed, the
//! header checked, and every row that cannot be read reported with its line.

use std::io::Read;

use crate::error::{Code, Error, Result, RowError};

/// The longest line a CSV file may have. Real rows are a few hundred bytes;
/// the cap stops an endless input without lines (`/dev/zero`) from filling
/// memory.
pub const MAX_LINE: usize = 1 << 20;

/// Reads a whole input: a file, or standard input for `-`, as [`Lines`]
/// gives it (no byte-order mark, every line end a `\n`).
pub fn read_input(file: &str) -> Result<String> {
    if file == "-" {
        read_capped(std::io::stdin().lock(), "standard input")
    } else {
        read_capped(open_file(file)?, file)
    }
}

/// Reads all of `r` as UTF-8, refusing a line longer than [`MAX_LINE`].
pub(super) fn read_capped(r: impl Read, name: &str) -> Result<String> {
    let mut text = Vec::new();
    copy_capped(r, &mut text, name)?;
    String::from_utf8(text).map_err(|e| {
        Error::invalid(format!("{name} is not UTF-8 text: {e}"))
            .hint("save the file as UTF-8 (CSV UTF-8 in a spreadsheet)")
    })
}

fn too_long(name: &str, line: u64) -> Error {
    Error::invalid(format!(
        "line {line} of {name} is longer than {} MiB",
        MAX_LINE >> 20
    ))
    .hint("check that this is the CSV file you meant; a row is one short line")
}

/// An input of rows: a file by its name, or standard input copied to an
/// unnamed temporary file as it is read, so that either can be read again
/// from the start (a write that loses a race on a server runs again).
pub struct Input {
    name: String,
    source: Source,
    len: u64,
}

enum Source {
    Path(String),
    Spooled(std::fs::File),
}

impl Input {
    pub fn open(file: &str) -> Result<Input> {
        if file == "-" {
            let mut spool = tempfile::tempfile().map_err(|e| {
                Error::storage(&format!(
                    "cannot keep standard input in a temporary file: {e}"
                ))
            })?;
            let name = "standard input";
            let len = copy_capped(std::io::stdin().lock(), &mut spool, name)?;
            return Ok(Input {
                name: name.into(),
                source: Source::Spooled(spool),
                len,
            });
        }
        let f = open_file(file)?;
        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
        Ok(Input {
            name: file.into(),
            source: Source::Path(file.into()),
            len,
        })
    }

    /// Its size in bytes, where known (0 for a pipe or a device).
    pub fn len(&self) -> u64 {
        self.len
    }

    /// A reader from its first byte.
    fn reader(&self) -> Result<Box<dyn Read>> {
        match &self.source {
            Source::Path(p) => Ok(Box::new(open_file(p)?)),
            Source::Spooled(f) => {
                use std::io::Seek;
                let mut f = f.try_clone()?;
                f.rewind()?;
                Ok(Box::new(f))
            }
        }
    }
}

fn open_file(file: &str) -> Result<std::fs::File> {
    std::fs::File::open(file).map_err(|e| {
        Error::invalid(format!("cannot read {file}: {e}"))
            .hint("check the file's name and that it is UTF-8 text")
    })
}

/// Copies `r` to `w`, refusing a line longer than [`MAX_LINE`]; the bytes copied.
fn copy_capped(r: impl Read, w: &mut impl std::io::Write, name: &str) -> Result<u64> {
    let mut r = Lines::new(r);
    let mut chunk = vec![0u8; 64 * 1024];
    let mut total = 0;
    loop {
        let n = match r.read(&mut chunk) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(read_error(e, name)),
        };
        w.write_all(&chunk[..n])
            .map_err(|e| Error::storage(&format!("cannot keep {name} in a temporary file: {e}")))?;
        total += n as u64;
    }
}

/// An input's bytes as the CSV reader takes them: without a UTF-8
/// byte-order mark, every line end a `\n` (the csv crate counts lines by
/// `\n` only, and a `\r` inside a field is a control character, refused
/// in every column anyway), and no line longer than [`MAX_LINE`]. Counts
/// the bytes it has read, for a progress bar.
struct Lines<R> {
    inner: R,
    started: bool,
    /// The last byte given was a `\r` made `\n`: a `\n` right after it is dropped.
    after_cr: bool,
    line: u64,
    since_newline: usize,
    read: std::rc::Rc<std::cell::Cell<u64>>,
}

/// The error a line too long becomes, inside an `io::Error`.
#[derive(Debug)]
struct TooLong(u64);

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {} is too long", self.0)
    }
}

impl std::error::Error for TooLong {}

impl<R: Read> Lines<R> {
    fn new(inner: R) -> Self {
        Lines {
            inner,
            started: false,
            after_cr: false,
            line: 1,
            since_newline: 0,
            read: Default::default(),
        }
    }
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let n = self.inner.read(buf)?;
            if n == 0 {
                return Ok(0);
            }
            self.read.set(self.read.get() + n as u64);
            let mut start = 0;
            if !self.started {
                self.started = true;
                if buf[..n].starts_with(b"\xef\xbb\xbf") {
                    start = 3;
                }
            }
            let mut out = 0;
            for i in start..n {
                let b = buf[i];
                let b = match b {
                    b'\n' if self.after_cr => {
                        self.after_cr = false;
                        continue;
                    }
                    b'\r' => {
                        self.after_cr = true;
                        b'\n'
                    }
                    _ => {
                        self.after_cr = false;
                        b
                    }
                };
                if b == b'\n' {
                    self.line += 1;
                    self.since_newline = 0;
                } else {
                    self.since_newline += 1;
                    if self.since_newline > MAX_LINE {
                        return Err(std::io::Error::other(TooLong(self.line)));
                    }
                }
                buf[out] = b;
                out += 1;
            }
            if out > 0 {
                return Ok(out);
            }
        }
    }
}

/// A read that failed: a line too long, or the input itself.
fn read_error(e: std::io::Error, name: &str) -> Error {
    if let Some(TooLong(line)) = e.get_ref().and_then(|i| i.downcast_ref::<TooLong>()) {
        return too_long(name, *line);
    }
    Error::invalid(format!("cannot read {name}: {e}"))
        .hint("check the file's name and that it is UTF-8 text")
}

/// What a CSV input's header holds: every `required` column, any of the
/// `optional` ones, and nothing else. The header's names are trimmed of
/// surrounding spaces; the fields too with `trim_fields`.
#[derive(Clone, Copy)]
pub struct Header {
    pub required: &'static [&'static str],
    pub optional: &'static [&'static str],
    pub trim_fields: bool,
}

impl Header {
    /// "the header is a,b[,c]": the hint under a header refused.
    fn shape(&self) -> String {
        format!(
            "the header is {}{}",
            self.required.join(","),
            self.optional
                .iter()
                .map(|c| format!("[,{c}]"))
                .collect::<String>()
        )
    }
}

/// The rows of a CSV input whose header passed, read one at a time with
/// their line numbers.
pub struct Rows {
    name: String,
    columns: Vec<String>,
    reader: csv::Reader<Lines<Box<dyn Read>>>,
    trim_fields: bool,
    record: csv::ByteRecord,
    read: std::rc::Rc<std::cell::Cell<u64>>,
}

impl Rows {
    /// Opens `input` from its start and checks its header.
    pub fn open(input: &Input, header: Header) -> Result<Rows> {
        Rows::over(input.reader()?, &input.name, header)
    }

    /// The rows of a text held in memory.
    pub fn of_text(text: &str, header: Header) -> Result<Rows> {
        let bytes: Box<dyn Read> = Box::new(std::io::Cursor::new(text.as_bytes().to_vec()));
        Rows::over(bytes, "the file", header)
    }

    fn over(r: Box<dyn Read>, name: &str, header: Header) -> Result<Rows> {
        let lines = Lines::new(r);
        let read = lines.read.clone();
        let reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .from_reader(lines);
        let mut rows = Rows {
            name: name.into(),
            columns: Vec::new(),
            reader,
            trim_fields: header.trim_fields,
            record: csv::ByteRecord::new(),
            read,
        };
        let mut names = match rows.next_record() {
            Ok(Some((_, h))) => h,
            Ok(None) => csv::StringRecord::new(),
            Err(Failure::Fatal(e)) => return Err(e),
            Err(Failure::Row(e)) => {
                return Err(
                    Error::invalid(format!("cannot read the header: {}", e.message))
                        .hint(header.shape()),
                );
            }
        };
        names.trim();
        rows.columns = names.iter().map(str::to_string).collect();
        check_header(&rows.columns, header)?;
        Ok(rows)
    }

    /// How many bytes of the input have been read so far, as they are read.
    pub fn bytes_counter(&self) -> std::rc::Rc<std::cell::Cell<u64>> {
        self.read.clone()
    }

    /// The field `column` of `record`; empty where the file has no such column.
    pub fn get<'r>(&self, record: &'r csv::StringRecord, column: &str) -> &'r str {
        self.columns
            .iter()
            .position(|c| c == column)
            .and_then(|i| record.get(i))
            .unwrap_or("")
    }

    pub fn has(&self, column: &str) -> bool {
        self.columns.iter().any(|c| c == column)
    }

    fn next_record(&mut self) -> std::result::Result<Option<(u64, csv::StringRecord)>, Failure> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => return Ok(None),
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                if !matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    let message = e.to_string();
                    return Err(Failure::Row(
                        Error::new(Code::InvalidInput, message).at_line(line),
                    ));
                }
                return Err(match e.into_kind() {
                    csv::ErrorKind::Io(io) => Failure::Fatal(read_error(io, &self.name)),
                    _ => Failure::Fatal(Error::invalid(format!("cannot read {}", self.name))),
                });
            }
        }
        let line = self.record.position().map(|p| p.line()).unwrap_or(0);
        let mut record = csv::StringRecord::from_byte_record(self.record.clone()).map_err(|e| {
            Failure::Fatal(
                Error::invalid(format!(
                    "{} is not UTF-8 text: line {line}: {}",
                    self.name,
                    e.utf8_error()
                ))
                .hint("save the file as UTF-8 (CSV UTF-8 in a spreadsheet)"),
            )
        })?;
        if self.trim_fields {
            record.trim();
        }
        Ok(Some((line, record)))
    }
}

/// What stops a row: the row alone, or the whole input.
enum Failure {
    Row(RowError),
    Fatal(Error),
}

impl Iterator for Rows {
    /// A row with its line; a row that cannot be read, or has another
    /// number of fields than the header, as its error; `Err` when the input
    /// itself cannot be read further.
    type Item = Result<std::result::Result<(u64, csv::StringRecord), RowError>>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.next_record() {
            Ok(None) => None,
            Ok(Some((line, record))) => {
                if record.len() != self.columns.len() {
                    let message = format!(
                        "{} fields where the header has {}",
                        record.len(),
                        self.columns.len()
                    );
                    return Some(Ok(Err(
                        Error::new(Code::InvalidInput, message).at_line(line)
                    )));
                }
                Some(Ok(Ok((line, record))))
            }
            Err(Failure::Row(e)) => Some(Ok(Err(e))),
            Err(Failure::Fatal(e)) => Some(Err(e)),
        }
    }
}

/// The rows of a CSV file whose header passed, with their line numbers.
pub struct Csv {
    rows: Rows,
    pub records: Vec<(u64, csv::StringRecord)>,
    /// Rows that could not be read, or have another number of fields.
    pub errors: Vec<RowError>,
}

impl Csv {
    /// The field `column` of `record`; empty where the file has no such column.
    pub fn get<'r>(&self, record: &'r csv::StringRecord, column: &str) -> &'r str {
        self.rows.get(record, column)
    }

    pub fn has(&self, column: &str) -> bool {
        self.rows.has(column)
    }
}

/// Parses `text`, whose header is checked against `header`.
pub fn parse(text: &str, header: Header) -> Result<Csv> {
    let mut rows = Rows::of_text(text, header)?;
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for row in rows.by_ref() {
        match row? {
            Ok(r) => records.push(r),
            Err(e) => errors.push(e),
        }
    }
    Ok(Csv {
        rows,
        records,
        errors,
    })
}

/// Every required column, no column twice, and no other column.
fn check_header(columns: &[String], header: Header) -> Result<()> {
    let Header {
        required, optional, ..
    } = header;
    let shape = header.shape();
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|c| !columns.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        return Err(Error::invalid(format!(
            "line 1: the header lacks the column{} {}",
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", ")
        ))
        .hint(shape));
    }
    if let Some((i, repeated)) = columns
        .iter()
        .enumerate()
        .find(|(i, c)| columns[..*i].contains(c))
    {
        let first = columns.iter().position(|c| c == repeated).unwrap_or(0);
        return Err(Error::invalid(format!(
            "line 1: the column '{repeated}' is named twice (columns {} and {})",
            first + 1,
            i + 1
        ))
        .hint(shape));
    }
    if let Some(unknown) = columns
        .iter()
        .find(|h| !required.contains(&h.as_str()) && !optional.contains(&h.as_str()))
    {
        return Err(Error::invalid(format!("line 1: unknown column '{unknown}'")).hint(shape));
    }
    Ok(())
}
