//! Reading the CSV files that `user import` and `credits import` take: a file
//! or standard input, a UTF-8 byte-order mark and CRLF line ends allowed, the
//! header checked, and every row that cannot be read reported with its line.

use std::io::Read;

use crate::error::{Code, Error, Result, RowError};

/// The longest line a CSV file may have. Real rows are a few hundred bytes;
/// the cap stops an endless input without lines (`/dev/zero`) from filling
/// memory.
pub const MAX_LINE: usize = 1 << 20;

/// Reads a whole input: a file, or standard input for `-`.
pub fn read_input(file: &str) -> Result<String> {
    let text = if file == "-" {
        read_capped(std::io::stdin().lock(), "standard input")?
    } else {
        let f = std::fs::File::open(file).map_err(|e| {
            Error::invalid(format!("cannot read {file}: {e}"))
                .hint("check the file's name and that it is UTF-8 text")
        })?;
        read_capped(f, file)?
    };
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Reads all of `r` as UTF-8, refusing a line longer than [`MAX_LINE`].
pub(super) fn read_capped(mut r: impl Read, name: &str) -> Result<String> {
    let mut text = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let mut line: u64 = 1;
    let mut since_newline = 0usize;
    loop {
        let n = match r.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(Error::invalid(format!("cannot read {name}: {e}"))
                    .hint("check the file's name and that it is UTF-8 text"));
            }
        };
        let read = &chunk[..n];
        match read.iter().position(|&b| b == b'\n') {
            Some(first) => {
                if since_newline + first > MAX_LINE {
                    return Err(too_long(name, line));
                }
                line += read.iter().filter(|&&b| b == b'\n').count() as u64;
                let last = read.iter().rposition(|&b| b == b'\n').unwrap_or(first);
                since_newline = n - last - 1;
            }
            None => since_newline += n,
        }
        if since_newline > MAX_LINE {
            return Err(too_long(name, line));
        }
        text.extend_from_slice(read);
    }
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

/// The rows of a CSV file whose header passed, with their line numbers.
pub struct Csv {
    columns: Vec<String>,
    pub records: Vec<(u64, csv::StringRecord)>,
    /// Rows that could not be read, or have another number of fields.
    pub errors: Vec<RowError>,
}

impl Csv {
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
}

/// Parses `text`, whose header must name every `required` column and may name
/// the `optional` ones, and nothing else.
pub fn parse(text: &str, required: &[&str], optional: &[&str], trim: csv::Trim) -> Result<Csv> {
    // The csv crate counts lines by '\n' only and takes a record's position
    // before it skips the '\n' of a "\r\n": every line of a CRLF file would be
    // reported one too low. A '\r' inside a field is a control character,
    // refused in every column anyway.
    let text = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let shape = format!(
        "the header is {}{}",
        required.join(","),
        optional
            .iter()
            .map(|c| format!("[,{c}]"))
            .collect::<String>()
    );
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(trim)
        .from_reader(text.as_bytes());
    let columns: Vec<String> = reader
        .headers()
        .map_err(|e| Error::invalid(format!("cannot read the header: {e}")).hint(shape.clone()))?
        .iter()
        .map(str::to_string)
        .collect();
    check_header(&columns, required, optional, shape)?;
    let mut records = Vec::new();
    let mut errors = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                errors.push(Error::new(Code::InvalidInput, e.to_string()).at_line(line));
                continue;
            }
        }
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.len() != columns.len() {
            let message = format!(
                "{} fields where the header has {}",
                record.len(),
                columns.len()
            );
            errors.push(Error::new(Code::InvalidInput, message).at_line(line));
            continue;
        }
        records.push((line, record.clone()));
    }
    Ok(Csv {
        columns,
        records,
        errors,
    })
}

/// Every required column, no column twice, and no other column.
fn check_header(
    columns: &[String],
    required: &[&str],
    optional: &[&str],
    shape: String,
) -> Result<()> {
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
