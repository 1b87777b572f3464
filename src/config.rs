//! The configuration files: `/etc/tally/config.toml` for every user of the
//! host, then `$XDG_CONFIG_HOME/tally/config.toml` (else
//! `~/.config/tally/config.toml`) for one; then the environment, then the
//! flags. A later layer wins. Each key stands for one environment variable,
//! so that every part of tally reads one place: a key is applied where its
//! variable is unset, before the command line is read.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::error::{Error, Result};

/// The system-wide file; `TALLY_SYSTEM_CONFIG` names another (for a test,
/// or a host that keeps its configuration elsewhere).
const SYSTEM_FILE: &str = "/etc/tally/config.toml";

/// The keys, the variables they stand for, and what each is.
pub const KEYS: &[(&str, &str, &str)] = &[
    (
        "db",
        "TALLY_DB",
        "the database: a file path or a postgres:// URL",
    ),
    (
        "actor",
        "TALLY_AS",
        "who commands act as when --as is not given",
    ),
    (
        "busy_timeout",
        "TALLY_BUSY_TIMEOUT",
        "milliseconds to wait for a lock another process holds",
    ),
    (
        "smtp_password_file",
        "TALLY_SMTP_PASSWORD_FILE",
        "a file whose first line is the SMTP password",
    ),
    (
        "db_password_file",
        "TALLY_DB_PASSWORD_FILE",
        "a file whose first line is the database server's password",
    ),
];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    db: Option<String>,
    actor: Option<String>,
    busy_timeout: Option<u64>,
    smtp_password_file: Option<String>,
    db_password_file: Option<String>,
}

impl File {
    fn get(&self, key: &str) -> Option<String> {
        match key {
            "db" => self.db.clone(),
            "actor" => self.actor.clone(),
            "busy_timeout" => self.busy_timeout.map(|t| t.to_string()),
            "smtp_password_file" => self.smtp_password_file.clone(),
            "db_password_file" => self.db_password_file.clone(),
            _ => None,
        }
    }
}

/// Where a value in force came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Environment,
    File(PathBuf),
}

/// Each key's value from the files and the file it came from, as applied.
static FROM_FILES: OnceLock<Vec<(&'static str, String, PathBuf)>> = OnceLock::new();
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

fn read(path: &Path) -> Result<Option<File>> {
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
    toml::from_str(&text)
        .map(Some)
        .map_err(|e: toml::de::Error| {
            let known: Vec<&str> = KEYS.iter().map(|(k, _, _)| *k).collect();
            let line = e.span().map(|s| {
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
                e.message().trim_end()
            ))
            .hint(format!(
                "its keys are {}, e.g. db = \"/var/lib/tally/acme.db\"",
                known.join(", ")
            ))
        })
}

/// Reads the files and sets, for each key they give, its variable where the
/// environment does not: the environment and the flags still win.
///
/// Runs first in `main`, before any other thread exists.
pub fn apply() -> Result<()> {
    let mut applied: Vec<(&'static str, String, PathBuf)> = Vec::new();
    for path in files() {
        let Some(file) = read(&path)? else { continue };
        for (key, _, _) in KEYS {
            if let Some(value) = file.get(key) {
                applied.retain(|(k, _, _)| k != key);
                applied.push((key, value, path.clone()));
            }
        }
    }
    let mut set_before = Vec::new();
    for (key, var, _) in KEYS {
        if std::env::var_os(var).is_some_and(|v| !v.is_empty()) {
            set_before.push(*var);
            continue;
        }
        if let Some((_, value, _)) = applied.iter().find(|(k, _, _)| k == key) {
            // SAFETY: called at the start of `main`, before tally starts any
            // thread; nothing reads the environment concurrently.
            unsafe { std::env::set_var(var, value) };
        }
    }
    applied.retain(|(key, _, _)| {
        let var = KEYS.iter().find(|(k, _, _)| k == key).map(|(_, v, _)| *v);
        !var.is_some_and(|v| set_before.contains(&v))
    });
    let _ = FROM_FILES.set(applied);
    let _ = FROM_ENVIRONMENT.set(set_before);
    Ok(())
}

/// Where the value of `key` in force came from, when it came from a file or
/// the environment (a flag is the command line's, which only it knows).
pub fn origin(key: &str) -> Option<Origin> {
    let var = KEYS.iter().find(|(k, _, _)| *k == key)?.1;
    if FROM_ENVIRONMENT
        .get()
        .is_some_and(|vars| vars.contains(&var))
    {
        return Some(Origin::Environment);
    }
    FROM_FILES
        .get()?
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, _, path)| Origin::File(path.clone()))
}
