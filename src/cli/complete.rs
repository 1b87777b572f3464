//! Dynamic shell completion: handles, roles, plans and credit kinds read from
//! the database named by `--db` / `TALLY_DB`, opened read-only. Completion
//! never fails loudly: when the database cannot be read it offers nothing.

use std::ffi::OsString;
use std::path::PathBuf;

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::store::{Db, Location, Names};

/// `--db PATH` or `--db=PATH` from the command line being completed, else
/// `TALLY_DB`, else the default location.
fn location() -> Option<Location> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let mut explicit = None;
    for (i, a) in args.iter().enumerate() {
        if a == "--db" {
            explicit = args.get(i + 1).map(PathBuf::from);
        } else if let Some(p) = a.to_str().and_then(|s| s.strip_prefix("--db=")) {
            explicit = Some(PathBuf::from(p));
        }
    }
    let explicit = explicit.or_else(|| std::env::var_os("TALLY_DB").map(PathBuf::from));
    Location::resolve(explicit.as_deref()).ok()
}

fn names(what: Names) -> Vec<CompletionCandidate> {
    let read = || -> crate::error::Result<Vec<String>> {
        let at = location().ok_or_else(|| crate::error::Error::invalid("no database"))?;
        Db::open_read_only(&at)?.read(|s| s.names(what))
    };
    read()
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}

fn handles() -> Vec<CompletionCandidate> {
    names(Names::Handles)
}

fn accounts() -> Vec<CompletionCandidate> {
    let mut all = vec![CompletionCandidate::new(crate::domain::ledger::COMPANY)];
    all.extend(handles());
    all
}

fn roles() -> Vec<CompletionCandidate> {
    names(Names::Roles)
}

fn plans() -> Vec<CompletionCandidate> {
    names(Names::Plans)
}

fn kinds() -> Vec<CompletionCandidate> {
    names(Names::Kinds)
}

pub fn handle() -> ArgValueCandidates {
    ArgValueCandidates::new(handles)
}

pub fn account() -> ArgValueCandidates {
    ArgValueCandidates::new(accounts)
}

pub fn role() -> ArgValueCandidates {
    ArgValueCandidates::new(roles)
}

pub fn plan() -> ArgValueCandidates {
    ArgValueCandidates::new(plans)
}

pub fn kind() -> ArgValueCandidates {
    ArgValueCandidates::new(kinds)
}
