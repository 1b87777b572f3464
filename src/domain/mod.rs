//! The rules of tally. Every operation takes a [`Ctx`]: the open transaction,
//! the actor and "now". Nothing here prints or knows about terminals.

pub mod alerts;
pub mod audit;
pub mod delivery;
pub mod expiry;
pub mod idempotency;
pub mod ledger;
pub mod limits;
pub mod money;
pub mod offboard;
pub mod orders;
pub mod outbox;
pub mod refusal;
pub mod reports;
pub mod reversal;
pub mod rights;
pub mod roles;
#[cfg(test)]
mod rule_tests;
pub mod seats;
pub mod settings;
pub mod setup;
pub mod sharing;
pub mod users;
pub mod verify;

use std::collections::BTreeSet;
use std::sync::LazyLock;

use jiff::Timestamp;
use serde_json::Value;

use crate::error::{Denied, Error, Result};
use crate::store::{Db, Outcome, Store};
pub use money::Price;
pub use refusal::{Refusal, Thing};
pub use rights::{Action, Right};

/// A thing looked up by name that is not there.
pub fn not_found(thing: Thing, name: &str) -> Error {
    Refusal::NotFound {
        thing,
        name: name.into(),
    }
    .into()
}

/// Who runs a command.
#[derive(Debug, Clone)]
pub struct Actor {
    pub handle: String,
    pub rights: BTreeSet<Right>,
}

/// How a front end runs domain operations: each in one transaction of its
/// own, with the actor resolved inside it. A refused permission is recorded
/// in the audit log after the rollback, in a transaction of its own.
pub struct Session<'a> {
    pub actor: Option<&'a str>,
    pub now: Timestamp,
    pub os_user: &'a LazyLock<String>,
}

impl Session<'_> {
    /// With `dry_run`, the transaction is rolled back after `f` succeeds.
    /// On a server, a transaction that lost a race with another host's
    /// (a serialization failure, a deadlock, or the chain's next entry taken)
    /// is run again from the start until the busy timeout has passed (and
    /// a few times at least), as a file waits for its lock, before the
    /// command ends `busy`.
    pub fn write<T>(
        &self,
        db: &mut Db,
        dry_run: bool,
        mut f: impl FnMut(&Ctx) -> Result<T>,
    ) -> Result<T> {
        let mut attempt = 0u32;
        let started = std::time::Instant::now();
        let patience = crate::store::busy_timeout()?;
        loop {
            let result = db.write(dry_run, |store| {
                let ctx = self.ctx(store)?;
                let value = f(&ctx)?;
                // Whatever the command moved, a balance that crossed an
                // alert's threshold mails in this same transaction.
                alerts::after_write(&ctx)?;
                Ok(value)
            });
            match result {
                Err(e)
                    if e.lost_race
                        && db.retries_races()
                        && (attempt < RACE_RETRIES || started.elapsed() < patience) =>
                {
                    attempt += 1;
                    std::thread::sleep(backoff(attempt));
                }
                result => return self.audit_denied(db, result),
            }
        }
    }

    pub fn read<T>(&self, db: &mut Db, f: impl FnOnce(&Ctx) -> Result<T>) -> Result<T> {
        let result = db.read(|store| f(&self.ctx(store)?));
        self.audit_denied(db, result)
    }

    fn ctx<'s>(&'s self, store: Store<'s>) -> Result<Ctx<'s>> {
        Ctx::new(store, self.actor, self.now, self.os_user)
    }

    fn audit_denied<T>(&self, db: &mut Db, result: Result<T>) -> Result<T> {
        if let Err(e) = &result
            && let Some(d) = &e.denied
        {
            let details = serde_json::json!({"reason": e.message});
            // Best effort: the refusal itself is what the user must see.
            let _ = db.write(false, |store| {
                audit::record(
                    &store,
                    &fmt_time(self.now),
                    &d.actor,
                    self.os_user,
                    d.action,
                    d.target.as_deref(),
                    Outcome::Denied,
                    &details,
                )
            });
        }
        result
    }
}

/// How many times a write that lost a race on a server is run again at
/// least, however short the busy timeout.
const RACE_RETRIES: u32 = 4;

/// A short wait before the next attempt, longer each time and spread at
/// random, so that racing processes do not meet again at once.
fn backoff(attempt: u32) -> std::time::Duration {
    let mut byte = [0u8; 1];
    let jitter = getrandom::fill(&mut byte).map_or(0, |()| u64::from(byte[0]) % 20);
    std::time::Duration::from_millis((5u64 << attempt.min(6)) + jitter)
}

/// What every domain operation gets: the transaction, the actor and "now".
pub struct Ctx<'c> {
    pub store: Store<'c>,
    pub actor: Actor,
    pub now: Timestamp,
    /// Resolved on first use: only a write's audit row needs it.
    pub os_user: &'c LazyLock<String>,
}

/// The time format of every stored timestamp: fixed width, so text order is time order.
pub fn fmt_time(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Parses a time given on the command line: RFC 3339 with an offset, or a
/// bare date (00:00 UTC of that day). A date-time without an offset is refused.
pub fn parse_time(s: &str) -> Result<Timestamp> {
    let s = s.trim();
    if let Ok(t) = s.parse::<Timestamp>() {
        return Ok(t);
    }
    // A bare date only: jiff would also read the date out of a date-time
    // without an offset, and that must never be silently truncated.
    if let Ok(d) = jiff::civil::Date::strptime("%Y-%m-%d", s)
        && let Ok(z) = d.to_zoned(jiff::tz::TimeZone::UTC)
    {
        return Ok(z.timestamp());
    }
    if s.parse::<jiff::civil::DateTime>().is_ok() {
        return Err(Error::invalid(format!(
            "'{s}' has no offset from UTC, so it names no one moment"
        ))
        .hint(format!(
            "add the offset: '{s}Z' for UTC, or e.g. '{s}+02:00'"
        )));
    }
    Err(Error::invalid(format!("'{s}' is not a time"))
        .hint("give an RFC 3339 time such as 2026-01-31T09:30:00Z, or a date such as 2026-01-31"))
}

impl<'c> Ctx<'c> {
    /// Resolves the actor: `--as`, else `TALLY_AS`, else the organization's
    /// default actor. They must exist and be active.
    pub fn new(
        store: Store<'c>,
        actor: Option<&str>,
        now: Timestamp,
        os_user: &'c LazyLock<String>,
    ) -> Result<Self> {
        let handle = match actor {
            Some(h) => h.to_string(),
            None => store.default_actor()?,
        };
        let Some(user) = store.user_ref(&handle)? else {
            return Err(Refusal::NoSuchActor { handle }.into());
        };
        if !user.is_active() {
            let mut e = Error::from(Refusal::ActorInactive {
                handle: handle.clone(),
                status: user.status,
            });
            // A refused permission like any other, so it is audited; what was
            // attempted is not known yet, only that this actor may do nothing.
            e.denied = Some(Denied {
                actor: handle,
                action: Action::Act.name(),
                target: None,
            });
            return Err(e);
        }
        let mut rights = BTreeSet::new();
        for r in store.rights_of(user.id)? {
            rights.insert(Right::parse(&r)?);
        }
        Ok(Ctx {
            store,
            actor: Actor { handle, rights },
            now,
            os_user,
        })
    }

    /// Fails once SQLite has rolled the command's transaction back under it
    /// (a full disk, an I/O error): a long command checks before each row,
    /// so that it ends at once instead of running on outside a transaction.
    pub fn still_in_transaction(&self) -> Result<()> {
        if self.store.transaction_lost() {
            return Err(Error::storage(
                &"the transaction was rolled back by the database",
            ));
        }
        Ok(())
    }

    pub fn now_str(&self) -> String {
        fmt_time(self.now)
    }

    pub fn has(&self, right: Right) -> bool {
        self.actor.rights.contains(&right)
    }

    /// The permission check at the top of every operation. `target` is the
    /// user acted on, for actions that a user may always do on themselves.
    pub fn authorize(&self, action: Action, target: Option<&str>) -> Result<()> {
        if action.or_self() && target == Some(self.actor.handle.as_str()) {
            return Ok(());
        }
        let missing: Vec<&str> = action
            .rights()
            .iter()
            .filter(|r| !self.has(**r))
            .map(|r| r.as_str())
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let mut e = Error::from(Refusal::MissingRights {
            handle: self.actor.handle.clone(),
            action: action.name(),
            missing,
        });
        e.denied = Some(Denied {
            actor: self.actor.handle.clone(),
            action: action.name(),
            target: target.map(str::to_string),
        });
        Err(e)
    }

    /// Records a change in the audit log, in the same transaction as the change.
    pub fn audit(&self, action: Action, target: Option<&str>, details: Value) -> Result<()> {
        audit::record(
            &self.store,
            &self.now_str(),
            &self.actor.handle,
            self.os_user,
            action.name(),
            target,
            Outcome::Ok,
            &details,
        )
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.store.setting(key)
    }
}

/// Handles: `[a-z0-9][a-z0-9._-]{0,63}`; `company` is reserved.
pub fn check_handle(h: &str) -> Result<()> {
    check_name_syntax(h, "handle", 64)?;
    if h == "company" {
        return Err(
            Error::invalid("'company' is reserved for the company account")
                .hint("choose another handle"),
        );
    }
    Ok(())
}

/// The syntax shared by handles, role names and credit kinds.
pub fn check_name_syntax(s: &str, what: &str, max: usize) -> Result<()> {
    let ok_first = s
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    let ok_rest = s
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
    if s.is_empty() || s.len() > max || !ok_first || !ok_rest {
        return Err(Error::invalid(format!("'{}' is not a valid {what}", s.escape_debug()))
            .hint(format!(
                "a {what} is 1 to {max} characters of a-z, 0-9, '.', '_' and '-', starting with a letter or digit"
            )));
    }
    Ok(())
}

/// Names of people: kept exactly as given, 1 to 100 characters, no control characters.
pub fn check_person_name(s: &str, what: &str) -> Result<()> {
    if s.trim().is_empty() {
        return Err(Error::invalid(format!("the {what} is empty")).hint(format!("give a {what}")));
    }
    if s.chars().count() > 100 {
        return Err(Error::invalid(format!(
            "the {what} has {} characters; at most 100 are allowed",
            s.chars().count()
        ))
        .hint(format!("shorten the {what}")));
    }
    check_no_control(s, what)
}

pub fn check_no_control(s: &str, what: &str) -> Result<()> {
    if s.chars().any(char::is_control) {
        return Err(Error::invalid(format!(
            "the {what} '{}' contains a control character",
            s.escape_debug()
        ))
        .hint("remove tabs, newlines and other control characters"));
    }
    Ok(())
}

/// A syntactic check: one `@`, a non-empty local part, a dotted domain, no spaces.
pub fn check_email(s: &str) -> Result<()> {
    let bad = || {
        Error::invalid(format!(
            "'{}' is not a valid email address",
            s.escape_debug()
        ))
        .hint("give an address such as alice@example.com")
    };
    if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad());
    }
    let Some((local, domain)) = s.split_once('@') else {
        return Err(bad());
    };
    let domain_ok = !domain.contains('@')
        && domain.contains('.')
        && domain
            .split('.')
            .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    if local.is_empty() || local.len() > 64 || !domain_ok {
        return Err(bad());
    }
    // The local part as a dot-atom (RFC 5321): relays refuse a leading,
    // trailing or doubled dot, a comma or a quote, though a parser may not.
    let atext = |c: char| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    if local
        .split('.')
        .any(|atom| atom.is_empty() || !atom.chars().all(atext))
    {
        return Err(bad());
    }
    // And the parser that sends it must take it as it is.
    if s.parse::<lettre::Address>().is_err() {
        return Err(bad());
    }
    Ok(())
}

/// A whole positive number of credits, refusing anything that is not plainly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Amount(i64);

impl Amount {
    /// `what` names the argument in the refusal: amount, quantity, ...
    pub fn parse(s: &str, what: &str) -> Result<Amount> {
        let hint = || format!("the {what} is a whole positive number such as 50");
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(
                Error::invalid(format!("'{}' is not a valid {what}", s.escape_debug()))
                    .hint(hint()),
            );
        }
        match s.parse::<i64>() {
            Ok(0) => Err(Error::invalid(format!("the {what} must be greater than 0")).hint(hint())),
            Ok(n) => Ok(Amount(n)),
            Err(_) => Err(Error::invalid(format!("the {what} '{s}' is too large")).hint(hint())),
        }
    }

    pub fn get(self) -> i64 {
        self.0
    }
}

impl std::fmt::Display for Amount {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        assert_eq!(Amount::parse("50", "amount").unwrap().get(), 50);
        for bad in [
            "0",
            "-5",
            "1.5",
            "1e3",
            "1,000",
            "abc",
            "",
            " 5",
            "99999999999999999999",
        ] {
            assert!(Amount::parse(bad, "amount").is_err(), "{bad}");
        }
    }

    #[test]
    fn emails() {
        for good in ["a@b.co", "first.last+tag@example.org", "ü@exämple.de"] {
            check_email(good).unwrap();
        }
        for bad in [
            "", "a", "a@", "@b.co", "a@b", "a b@c.de", "a@@b.co", "a@b..co", "a@-b.co",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn handles() {
        check_handle("alice").unwrap();
        check_handle("a.b_c-9").unwrap();
        for bad in [
            "",
            "Alice",
            "al ice",
            "company",
            "-a",
            "_a",
            &"a".repeat(65),
        ] {
            assert!(check_handle(bad).is_err(), "{bad}");
        }
    }
}
