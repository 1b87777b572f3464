//! The configuration files: `/etc/tally/config.toml` for every user of the
//! host, then `$XDG_CONFIG_HOME/tally/config.toml` (else
//! `~/.config/tally/config.toml`) for one; then the environment, then the
//! flags. A later layer wins. Each key stands for one environment variable,
//! so that every part of tally reads one place: a key is applied where its
//! variable is unset, before the command line is read.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::error::{Error, Result};

/// The system-wide file; `TALLY_SYSTEM_CONFIG` names another (for a test,
/// or a host that keeps its configuration elsewhere).
const SYSTEM_FILE: &str = "/etc/tally/config.toml";

/// A key of the files: the variable it stands for, and what kind of value
/// it takes.
pub struct Key {
    pub name: &'static str,
    pub var: &'static str,
    /// A whole number (written without quotes), else text.
    number: bool,
}

/// The keys of the files.
pub const KEYS: &[Key] = &[
    // The database: a file path or a postgres:// URL
    Key {
        name: "db",
        var: "TALLY_DB",
        number: false,
    },
    // Who commands act as when --as is not given
    Key {
        name: "actor",
        var: "TALLY_AS",
        number: false,
    },
    // Milliseconds to wait for a lock another process holds
    Key {
        name: "busy_timeout",
        var: "TALLY_BUSY_TIMEOUT",
        number: true,
    },
    // A file whose first line is the SMTP password
    Key {
        name: "smtp_password_file",
        var: "TALLY_SMTP_PASSWORD_FILE",
        number: false,
    },
    // A file whose first line is the database server's password
    Key {
        name: "db_password_file",
        var: "TALLY_DB_PASSWORD_FILE",
        number: false,
    },
];

/// A file's values, each with its key, as text for its variable.
type Values = Vec<(&'static Key, String)>;

/// Where a value in force came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Environment,
    File(PathBuf),
}

/// The keys applied from the files, each with the file it came from.
static FROM_FILES: OnceLock<Vec<(&'static str, PathBuf)>> = OnceLock::new();
/// The variables that were set before the files were read.
static FROM_ENVIRONMENT: OnceLock<Vec<&'static str>> = OnceLock::new();

/// The files in the order they are read: the system's, then the user's.
pub fn files() -> Vec<PathBuf> {
    let system = std::env::var_os("TALLY_SYSTEM_CONFIG")
        .filter(|p| !p.is_empty())
        .map_or_else(|| PathBuf::from(SYSTEM_FILE), PathBuf::from);
    let user = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|p| !p.is_empty())
                .map(|h| Path::new(&h).join(".config"))
        })
        .map(|dir| dir.join("tally").join("config.toml"));
    std::iter::once(system).chain(user).collect()
}

fn read(path: &Path) -> Result<Option<Values>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::io(
                &e,
                &format!("cannot read the configuration {}", path.display()),
            )
            .hint("make it readable, or remove it"));
        }
    };
    let invalid = |span: Option<std::ops::Range<usize>>, why: &str| {
        let known: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
        let line = span.map(|s| {
            text.as_bytes()[..s.start.min(text.len())]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1
        });
        Error::invalid(format!(
            "the configuration {}{} is not valid: {}",
            path.display(),
            line.map(|l| format!(", line {l},")).unwrap_or_default(),
            why.trim_end()
        ))
        .hint(format!(
            "its keys are {}, e.g. db = \"/var/lib/tally/acme.db\"",
            known.join(", ")
        ))
    };
    let table: std::collections::BTreeMap<String, toml::Spanned<toml::Value>> =
        toml::from_str(&text).map_err(|e: toml::de::Error| invalid(e.span(), e.message()))?;
    let mut values = Values::new();
    for (name, value) in &table {
        let span = Some(value.span());
        let Some(key) = KEYS.iter().find(|k| k.name == name) else {
            return Err(invalid(span, &format!("unknown key `{name}`")));
        };
        let text = match value.get_ref() {
            toml::Value::Integer(n) if key.number && *n >= 0 => n.to_string(),
            toml::Value::String(s) if !key.number => s.clone(),
            _ if key.number => {
                return Err(invalid(
                    span,
                    &format!("{name} takes a whole number, without quotes"),
                ));
            }
            _ => return Err(invalid(span, &format!("{name} takes text, in quotes"))),
        };
        values.push((key, text));
    }
    Ok(Some(values))
}

/// Reads the files and sets, for each key they give, its variable where the
/// environment does not: the environment and the flags still win.
///
/// Runs first in `main`, before any other thread exists.
pub fn apply() -> Result<()> {
    // Each key's value from the last file that gives it.
    let mut found: Vec<(&'static Key, String, PathBuf)> = Vec::new();
    for path in files() {
        let Some(values) = read(&path)? else { continue };
        for (key, value) in values {
            found.retain(|(k, _, _)| k.name != key.name);
            found.push((key, value, path.clone()));
        }
    }
    let mut set_before = Vec::new();
    let mut applied = Vec::new();
    for key in KEYS {
        if std::env::var_os(key.var).is_some_and(|v| !v.is_empty()) {
            set_before.push(key.var);
        } else if let Some((_, value, path)) = found.iter().find(|(k, _, _)| k.name == key.name) {
            // SAFETY: called at the start of `main`, before tally starts any
            // thread; nothing reads the environment concurrently.
            unsafe { std::env::set_var(key.var, value) };
            applied.push((key.name, path.clone()));
        }
    }
    let _ = FROM_FILES.set(applied);
    let _ = FROM_ENVIRONMENT.set(set_before);
    Ok(())
}

/// Where the value of `key` in force came from, when it came from a file or
/// the environment (a flag is the command line's, which only it knows).
pub fn origin(key: &str) -> Option<Origin> {
    let var = KEYS.iter().find(|k| k.name == key)?.var;
    if FROM_ENVIRONMENT
        .get()
        .is_some_and(|vars| vars.contains(&var))
    {
        return Some(Origin::Environment);
    }
    FROM_FILES
        .get()?
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, path)| Origin::File(path.clone()))
}
