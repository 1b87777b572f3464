//! `tally config show`: the values in force, and where each came from.

use clap::Subcommand;
use serde::Serialize;

use super::App;
use crate::config::{self, Origin};
use crate::error::Result;
use crate::output::{Block, Row, table};

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Show the database, actor, busy timeout and password files in force, and where each came from
    #[command(
        after_help = "Each value comes from a flag (--db, --as), else the environment (TALLY_DB,\nTALLY_AS, TALLY_BUSY_TIMEOUT, TALLY_SMTP_PASSWORD_FILE, TALLY_DB_PASSWORD_FILE),\nelse the user's file ($XDG_CONFIG_HOME/tally/config.toml, else\n~/.config/tally/config.toml), else the system's (/etc/tally/config.toml, or\nthe file TALLY_SYSTEM_CONFIG names), else tally's default.\n\nExamples:\n  tally config show\n  sudo -u backup tally config show      # what cron will use\n  tally --json config show | jq -r '.values[] | select(.key == \"db\") | .value'"
    )]
    Show,
}

#[derive(Debug, Serialize)]
struct Value {
    key: &'static str,
    value: Option<String>,
    origin: String,
}

impl Row for Value {
    const HEADER: &'static [&'static str] = &["KEY", "VALUE", "FROM"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.key.into(),
            self.value.clone().unwrap_or_else(|| "-".into()),
            self.origin.clone(),
        ]
    }
}

#[derive(Debug, Serialize)]
struct FileRead {
    path: String,
    found: bool,
}

#[derive(Debug, Serialize)]
struct Shown {
    values: Vec<Value>,
    files: Vec<FileRead>,
}

/// `flag`: the flag that sets `key`, and whether the command line gave it.
fn origin_of(key: &str, var: &str, flag: Option<(&str, bool)>, set: bool) -> String {
    if let Some((flag, true)) = flag {
        return format!("flag {flag}");
    }
    match config::origin(key) {
        Some(Origin::Environment) => format!("environment {var}"),
        Some(Origin::File(path)) => path.display().to_string(),
        None if set => format!("environment {var}"),
        None => "default".into(),
    }
}

pub fn run(app: &App, cmd: ConfigCommand) -> Result<()> {
    let ConfigCommand::Show = cmd;
    let mut values = Vec::new();
    for config::Key { name: key, var, .. } in config::KEYS {
        let env = std::env::var(var).ok().filter(|v| !v.is_empty());
        let given = app.global.given;
        let (value, flag) = match *key {
            "db" => (
                Some(match &app.global.db {
                    Some(db) if !db.as_os_str().is_empty() => db.display().to_string(),
                    _ => crate::store::Location::resolve(None)?.to_string(),
                }),
                Some(("--db", given.db)),
            ),
            "actor" => (
                app.global.actor.clone().filter(|a| !a.is_empty()),
                Some(("--as", given.actor)),
            ),
            "busy_timeout" => (env.clone().or_else(|| Some("5000".into())), None),
            _ => (env.clone(), None),
        };
        let set = env.is_some() || flag.is_some_and(|(_, given)| given);
        let mut origin = origin_of(key, var, flag, set);
        if !set && origin == "default" && value.is_none() {
            origin = if *key == "actor" {
                "default: the database's default actor".into()
            } else {
                "unset".into()
            };
        }
        values.push(Value { key, value, origin });
    }
    let files: Vec<FileRead> = config::files()
        .into_iter()
        .map(|p| FileRead {
            found: p.is_file(),
            path: p.display().to_string(),
        })
        .collect();
    let read: Vec<String> = files
        .iter()
        .map(|f| format!("{} ({})", f.path, if f.found { "read" } else { "none" }))
        .collect();
    let shown = Shown { values, files };
    app.out.print(
        &shown,
        &[
            Block::Heading(format!("configuration files: {}", read.join(", "))),
            table(&shown.values),
        ],
    )
}
