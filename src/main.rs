//! tally: an admin CLI for an organization's users, roles, credits and seat
//! billing, kept in one local SQLite file.

mod cli;
mod config;
mod domain;
mod error;
mod output;
mod secret;
mod store;
mod words;

use std::process::ExitCode;

use crate::error::{Code, Error};

fn main() -> ExitCode {
    let json = std::env::args_os().any(|a| a == "--json");
    // The configuration files first: they stand in for unset variables, which
    // the completion, the flags' defaults and every command then read.
    if let Err(e) = config::apply() {
        report(&e, json);
        return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    }
    // `source <(COMPLETE=bash tally)`: answers the shell and exits.
    clap_complete::CompleteEnv::with_factory(<cli::Cli as clap::CommandFactory>::command)
        .complete();
    let parsed = <cli::Cli as clap::CommandFactory>::command()
        .try_get_matches()
        .and_then(|m| cli::Cli::from_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind::*;
            if matches!(e.kind(), DisplayHelp | DisplayVersion) {
                return exit_code(output::write_stdout(&e.render().to_string()), json);
            }
            // clap's own words name the argument and the bad value; the hint
            // replaces its closing "For more information, try '--help'."
            let rendered = e.render().to_string();
            let message = usage_message(&rendered);
            // A value tally's own parser refused keeps that parser's hint.
            let own = std::error::Error::source(&e).and_then(|s| s.downcast_ref::<Error>());
            let hint = own.and_then(|o| o.hint.as_deref()).unwrap_or(
                "run `tally --help` or `tally COMMAND --help` for the usage and examples",
            );
            if json {
                report(&Error::invalid(message).hint(hint), true);
            } else {
                let body: Vec<&str> = rendered
                    .trim_end()
                    .lines()
                    .filter(|l| !l.starts_with("For more information"))
                    .collect();
                eprintln!("{}\nhint: {hint}", body.join("\n").trim_end());
            }
            return ExitCode::from(2);
        }
    };
    exit_code(cli::run(cli), json)
}

/// clap's error in one line: its first line, with the arguments listed
/// under it when it ends in a colon (`the following required arguments were
/// not provided:`), or clap's tip of what was probably meant.
fn usage_message(rendered: &str) -> String {
    let mut lines = rendered.lines();
    let first = lines
        .next()
        .unwrap_or("bad usage")
        .trim_start_matches("error: ")
        .trim_end();
    let rest: Vec<&str> = lines.map(str::trim).collect();
    if !first.ends_with(':') {
        // clap's tip names what was probably meant.
        return match rest.iter().find_map(|l| l.strip_prefix("tip: ")) {
            Some(tip) => format!("{first} ({tip})"),
            None => first.to_string(),
        };
    }
    let listed: Vec<&str> = rest.iter().copied().take_while(|l| !l.is_empty()).collect();
    format!("{first} {}", listed.join(", "))
}

/// The exit status of a command's result, its error reported first (a closed
/// output pipe ends quietly and successfully).
fn exit_code(result: error::Result<()>, json: bool) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.code == Code::OutputClosed => ExitCode::SUCCESS,
        Err(e) => {
            report(&e, json);
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(101))
        }
    }
}

/// `error: ...` and `hint: ...` on stderr, or `{"error": {...}}` with `--json`.
fn report(e: &Error, json: bool) {
    if json {
        let mut err = serde_json::json!({
            "code": e.code.as_str(),
            "message": e.message,
            "hint": e.hint,
        });
        if !e.rows.is_empty() {
            err["rows"] = serde_json::to_value(&e.rows).unwrap_or_default();
        }
        eprintln!("{}", serde_json::json!({ "error": err }));
    } else {
        eprintln!("error: {}", e.message);
        if let Some(h) = &e.hint {
            eprintln!("hint: {h}");
        }
        if e.code == Code::Internal {
            eprintln!("(exit {}: this is a bug in tally)", e.exit_code());
        }
    }
}
