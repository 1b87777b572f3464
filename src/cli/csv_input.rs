//! Reading the CSV files that `user import` and `credits import` take: a file
//! or standard input, a UTF-8 byte-order mark and CRLF line ends allowed, the
//! header checked, and every row that cannot be read reported with its line.

use std::io::Read;

use crate::error::{Code, Error, Result, RowError};

/// Reads a whole input: a file, or standard input for `-`.
pub fn read_input(file: &str) -> Result<String> {
    let mut text = String::new();
    if file == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::invalid(format!("cannot read standard input: {e}")))?;
    } else {
        text = std::fs::read_to_string(file).map_err(|e| {
            Error::invalid(format!("cannot read {file}: {e}"))
                .hint("check the file's name and that it is UTF-8 text")
        })?;
    }
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
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
    if let Some(unknown) = columns
        .iter()
        .find(|h| !required.contains(&h.as_str()) && !optional.contains(&h.as_str()))
    {
        return Err(Error::invalid(format!("line 1: unknown column '{unknown}'")).hint(shape));
    }
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
