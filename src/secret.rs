//! Passwords kept in files: `TALLY_SMTP_PASSWORD_FILE`, `TALLY_DB_PASSWORD_FILE`.

use crate::error::{Error, Result};

/// A password is short: a file of more (or /dev/zero) is refused rather
/// than read until memory runs out.
const MAX: u64 = 4096;

/// The first line of the file that the variable `var` names.
pub fn first_line_of(var: &str, path: &std::path::Path) -> Result<String> {
    use std::io::Read;
    let cannot = |e: &dyn std::fmt::Display| {
        Error::invalid(format!("cannot read {var} {}: {e}", path.display())).hint(format!(
            "name a readable file whose first line is the password, at most {MAX} bytes"
        ))
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX + 1).read_to_end(&mut bytes))
        .map_err(|e| cannot(&e))?;
    if bytes.len() as u64 > MAX {
        return Err(cannot(&format_args!("it is longer than {MAX} bytes")));
    }
    let text = String::from_utf8(bytes).map_err(|_| cannot(&"it is not UTF-8 text"))?;
    Ok(text.lines().next().unwrap_or("").to_string())
}
