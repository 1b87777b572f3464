//! Where an organization is kept, and the one handle on it: a SQLite file,
//! the embedded default, or a PostgreSQL database for an organization that
//! outgrows one host. The domain never holds a handle: it gets a [`Store`]
//! for the length of one transaction, the same on both engines.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::{Store, pg, sqlite};

/// The advisory lock `mail send` holds on a server: one key for tally's mail.
const MAIL_LOCK: i64 = 0x7461_6c6c_796d;
/// The advisory lock that lets one `init` or `db copy` at a time create
/// tally's schema in a database.
const INIT_LOCK: i64 = 0x7461_6c6c_7969;
use crate::error::Result;

/// Where an organization is kept.
#[derive(Debug, Clone)]
pub enum Location {
    File(PathBuf),
    /// A `postgres://` URL, without a password.
    Server(String),
}

impl Location {
    /// `--db` / `TALLY_DB`: a `postgres://` URL or a file path; else
    /// `tally.db` in the user's data directory.
    pub fn resolve(explicit: Option<&Path>) -> Result<Location> {
        if let Some(url) = explicit.and_then(Path::to_str).filter(|s| pg::is_url(s)) {
            return Ok(Location::Server(url.to_string()));
        }
        sqlite::resolve_path(explicit).map(Location::File)
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(p) => p.display().fmt(f),
            Location::Server(url) => url.fmt(f),
        }
    }
}

/// Creates tally's database at `at` and runs `build` in its first
/// transaction; with `dry_run` nothing is kept, after the same checks.
pub fn create<T>(
    at: &Location,
    dry_run: bool,
    build: impl FnOnce(Store) -> Result<T>,
) -> Result<T> {
    match at {
        Location::File(path) if dry_run => {
            // What the real run would refuse, the dry run refuses too.
            sqlite::check_new(path)?;
            Db::in_memory()?.write(true, build)
        }
        Location::File(path) => sqlite::create(path, build),
        Location::Server(url) => {
            let session = pg::connect(url)?;
            // Taken before the transaction, whose snapshot would not see
            // the schema that another `init` committed while this one waited.
            session.lock(INIT_LOCK)?;
            session.transaction(true, dry_run, || {
                session.create_schema(url)?;
                build(Store::pg(&session))
            })
        }
    }
}

/// An open tally database.
pub enum Db {
    Sqlite(Connection),
    Pg(Box<pg::Session>),
}

impl Db {
    /// Opens an existing tally database. Nothing is created or written when
    /// it is missing, foreign, or from a newer tally.
    pub fn open(at: &Location) -> Result<Db> {
        match at {
            Location::File(path) => sqlite::open(path).map(Db::Sqlite),
            Location::Server(url) => {
                let session = pg::connect(url)?;
                session.check_schema(url)?;
                Ok(Db::Pg(Box::new(session)))
            }
        }
    }

    /// For reading only, never creating, migrating or locking for write;
    /// for shell completion, which must never fail loudly.
    pub fn open_read_only(at: &Location) -> Result<Db> {
        match at {
            Location::File(path) => sqlite::open_read_only(path).map(Db::Sqlite),
            Location::Server(_) => Db::open(at),
        }
    }

    /// A database in memory with the current schema, for a dry-run `init`
    /// and the rule tests.
    pub fn in_memory() -> Result<Db> {
        sqlite::in_memory().map(Db::Sqlite)
    }

    /// Runs `f` in one write transaction: it all happens or nothing does.
    /// With `dry_run` it is rolled back after `f` succeeds.
    pub fn write<T>(&mut self, dry_run: bool, f: impl FnOnce(Store) -> Result<T>) -> Result<T> {
        match self {
            Db::Sqlite(conn) => sqlite::write(conn, dry_run, |tx| f(Store::new(tx))),
            Db::Pg(session) => session.transaction(true, dry_run, || f(Store::pg(session))),
        }
    }

    /// A consistent copy at `target`, which must not exist; its size in
    /// bytes. A file is copied page for page; a server's database is
    /// written row for row into a new tally file, from one snapshot.
    pub fn backup(&mut self, target: &Path) -> Result<u64> {
        match self {
            Db::Sqlite(conn) => super::copies::backup(conn, target),
            Db::Pg(_) => {
                super::copies::check_target(target)?;
                let at = Location::File(target.to_path_buf());
                self.copy_to(&at, false, |from, to| {
                    from.copy_into(&to, &|_| ()).map(drop)
                })?;
                let bytes = std::fs::metadata(target)
                    .map_err(|e| {
                        crate::error::Error::io(&e, &format!("cannot read {}", target.display()))
                    })?
                    .len();
                Ok(bytes)
            }
        }
    }

    /// Creates a new database at `to` and runs `f` with this database (in a
    /// read snapshot) and the new one (in its first transaction): `f`
    /// copies what it must. Nothing is kept at `to` unless `f` succeeds,
    /// nor when `dry_run` is set.
    pub fn copy_to<T>(
        &mut self,
        to: &Location,
        dry_run: bool,
        f: impl FnOnce(Store, Store) -> Result<T>,
    ) -> Result<T> {
        self.read(|from| create(to, dry_run, |target| f(from, target)))
    }

    /// Takes the server's lock that lets one `mail send` at a time deliver,
    /// held until this handle is dropped; false when another holds it. A
    /// file has no such lock: the lock file beside it serves instead.
    pub fn try_lock_mail(&self) -> Result<bool> {
        match self {
            Db::Sqlite(_) => Ok(true),
            Db::Pg(session) => session.try_lock(MAIL_LOCK),
        }
    }

    /// Whether a write that lost a race is worth running again: on a server,
    /// where SERIALIZABLE refuses the loser; SQLite has one writer at a time.
    pub fn retries_races(&self) -> bool {
        matches!(self, Db::Pg(_))
    }

    /// Runs `f` in one read transaction: a consistent snapshot, no write lock.
    pub fn read<T>(&mut self, f: impl FnOnce(Store) -> Result<T>) -> Result<T> {
        match self {
            Db::Sqlite(conn) => sqlite::read(conn, |tx| f(Store::new(tx))),
            Db::Pg(session) => session.transaction(false, true, || f(Store::pg(session))),
        }
    }
}
