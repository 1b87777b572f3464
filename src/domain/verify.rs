//! `tally verify`: the file's integrity and the rules that must always hold.

use serde::Serialize;

use crate::error::Result;
use crate::store::{Anchor, Probe, SchemaObject, Store};

#[derive(Debug, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    pub problems: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub ok: bool,
    pub checks: Vec<Check>,
    /// The chain's last entry, `POSITION:HASH`: what `--anchor` prints.
    pub anchor: Option<String>,
}

impl Report {
    /// Every problem found, check by check.
    pub fn problems(&self) -> Vec<String> {
        self.checks
            .iter()
            .flat_map(|c| c.problems.iter().cloned())
            .collect()
    }
}

/// Balances against the ledger, and each kind's sum, added up in 128 bits:
/// an account may receive more than an i64 holds over its lifetime, which
/// SQL's sum() would refuse with an overflow.
fn ledger_problems(store: &Store) -> Result<(Vec<String>, Vec<String>)> {
    let net = store.replayed_nets(None)?;
    let mut ledger = Vec::new();
    let mut sums: Vec<(String, i128)> = Vec::new();
    store.for_each_account(|a| {
        let expected = net.get(a.id);
        if i128::from(a.balance) != expected {
            ledger.push(format!(
                "account {} ({}, {}) has balance {} but the ledger says {expected}",
                a.id, a.who, a.kind, a.balance
            ));
        }
        match sums.iter_mut().find(|(k, _)| *k == a.kind) {
            Some((_, sum)) => *sum += i128::from(a.balance),
            None => sums.push((a.kind, i128::from(a.balance))),
        }
    })?;
    let sums = sums
        .into_iter()
        .filter(|(_, sum)| *sum != 0)
        .map(|(kind, sum)| format!("kind {kind} sums to {sum}"))
        .collect();
    Ok((ledger, sums))
}

/// Every table, index, trigger, constraint and function of the schema as
/// this tally makes it, against what the database holds: a rule dropped,
/// changed or added behind tally's back.
fn schema_problems(store: &Store) -> Result<Vec<String>> {
    let expected = store.expected_schema_objects()?;
    let actual = store.schema_objects()?;
    let find = |list: &[SchemaObject], o: &SchemaObject| {
        list.iter()
            .find(|x| x.kind == o.kind && x.name == o.name)
            .map(|x| x.definition.clone())
    };
    let mut problems = Vec::new();
    for o in &expected {
        match find(&actual, o) {
            None => problems.push(format!("{} {} is missing", o.kind, o.name)),
            Some(d) if d != o.definition => {
                problems.push(format!("{} {} is not as tally made it", o.kind, o.name))
            }
            Some(_) => {}
        }
    }
    for o in &actual {
        if find(&expected, o).is_none() {
            problems.push(format!(
                "{} {} is not part of tally's schema",
                o.kind, o.name
            ));
        }
    }
    Ok(problems)
}

/// Where a check's problems come from.
enum Source {
    Probe(Probe),
    Ledger,
    KindSums,
    Schema,
    Chain,
    Passwords,
}

/// How closely `verify` reads the file's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// SQLite's integrity check: every page, record and index entry.
    Full,
    /// SQLite's quick check: every page and record, not whether each
    /// index matches its table.
    Quick,
}

/// An anchor as `--since-anchor` takes it: `POSITION:HASH`, as `--anchor`
/// printed it.
pub fn parse_anchor(text: &str) -> Result<Anchor> {
    let bad = || {
        crate::error::Error::invalid(format!(
            "'{text}' is not an anchor: POSITION:HASH, a whole number and 64 hexadecimal digits"
        ))
        .hint("give a line that `tally verify --anchor` printed, e.g. 1234:9f86d081...")
    };
    let (position, hash) = text.trim().split_once(':').ok_or_else(bad)?;
    let position: i64 = position.parse().ok().filter(|p| *p >= 1).ok_or_else(bad)?;
    let hash = hash.to_ascii_lowercase();
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad());
    }
    Ok(Anchor { position, hash })
}

pub fn run(store: &Store, depth: Depth, anchor: Option<&Anchor>) -> Result<Report> {
    checks(store, depth, anchor, true)
}

/// Every check but the schema's, for `db copy`: the copy's schema is the one
/// this tally made, and the rules of the database copied from are not
/// copied. (On a server, comparing the schema takes a second connection
/// and the right to create a schema.)
pub fn run_on_copy(store: &Store) -> Result<Report> {
    checks(store, Depth::Full, None, false)
}

fn checks(store: &Store, depth: Depth, anchor: Option<&Anchor>, schema: bool) -> Result<Report> {
    store.widen_cache()?;
    let integrity = match depth {
        Depth::Full => Probe::Integrity,
        Depth::Quick => Probe::QuickIntegrity,
    };
    let checks: [(&'static str, Source); 16] = [
        ("integrity", Source::Probe(integrity)),
        ("the schema's rules are in place", Source::Schema),
        ("foreign keys", Source::Probe(Probe::ForeignKeys)),
        (
            "administrators are active (rule 3)",
            Source::Probe(Probe::AdminsActive),
        ),
        (
            "an active administrator exists (rule 4)",
            Source::Probe(Probe::AdminExists),
        ),
        ("balances equal the ledger", Source::Ledger),
        ("every kind sums to zero", Source::KindSums),
        (
            "no balance below zero",
            Source::Probe(Probe::NoNegativeBalance),
        ),
        (
            "inactive users hold no credits (rule 2)",
            Source::Probe(Probe::InactiveHoldNothing),
        ),
        (
            "credit owners are active and own their credits (rules 6, 7)",
            Source::Probe(Probe::CreditOwners),
        ),
        (
            "commands without --actor act as an active user",
            Source::Probe(Probe::DefaultActor),
        ),
        (
            "credits that expire agree with the ledger",
            Source::Probe(Probe::Lots),
        ),
        (
            "idempotency keys point at the transfers they made",
            Source::Probe(Probe::IdempotencyKeys),
        ),
        (
            "users' statuses are the last their history records",
            Source::Probe(Probe::Statuses),
        ),
        ("passwords are the ones tally set", Source::Passwords),
        (
            "the history is as tally wrote it (hash chain)",
            Source::Chain,
        ),
    ];
    let mut out = Vec::with_capacity(checks.len());
    let (mut ledger, mut sums) = ledger_problems(store)?;
    let mut chain = store.check_chain(anchor)?;
    for (name, source) in checks {
        if !schema && matches!(source, Source::Schema) {
            continue;
        }
        let problems = match source {
            Source::Probe(p) => store.probe(p)?,
            Source::Ledger => std::mem::take(&mut ledger),
            Source::KindSums => std::mem::take(&mut sums),
            Source::Schema => schema_problems(store)?,
            Source::Chain => std::mem::take(&mut chain.problems),
            Source::Passwords => store.password_problems()?,
        };
        out.push(Check {
            name,
            ok: problems.is_empty(),
            problems,
        });
    }
    Ok(Report {
        ok: out.iter().all(|c| c.ok),
        checks: out,
        anchor: chain.head.map(|h| h.to_string()),
    })
}
