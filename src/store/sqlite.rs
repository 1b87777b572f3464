//! The SQLite file: finding, opening and creating it, its pragmas and
//! migrations, and the one-transaction-per-command rule with its commit guard.

use std::cell::Cell;
use std::fs::{self, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};

use super::Store;
use crate::error::{Code, Error, Result};

/// `PRAGMA application_id`: "TALY", so that tally never writes to someone else's file.
pub const APPLICATION_ID: i32 = 0x5441_4c59;

/// The schema, one entry per `user_version`: entry N-1 migrates version N-1 to N.
const MIGRATIONS: &[&str] = &[
    include_str!("../../schema.sql"),
    include_str!("../../migrations/002_outbox.sql"),
    include_str!("../../migrations/003_replace_guards.sql"),
    include_str!("../../migrations/004_chain.sql"),
    include_str!("../../migrations/005_service_accounts.sql"),
    include_str!("../../migrations/006_currency_exponents.sql"),
    include_str!("../../migrations/007_reversals.sql"),
    include_str!("../../migrations/008_request_cancel.sql"),
    include_str!("../../migrations/009_spending_limits.sql"),
    include_str!("../../migrations/010_expiry.sql"),
    include_str!("../../migrations/011_balance_alerts.sql"),
];
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// Migrations that rewrite the text of existing tables in the schema (to
/// widen a CHECK, which SQLite cannot alter), by version made, each with a
/// query that finds a table the rewrite missed: a text it did not expect is
/// left as it was, and the migration must stop rather than leave a rule in
/// place that later writes would break on.
const REWRITES: &[(usize, &str)] = &[(
    10,
    "SELECT name FROM sqlite_master WHERE type = 'table'
       AND ((name = 'accounts' AND sql NOT LIKE '%''expired''%')
         OR (name = 'transfers' AND sql NOT LIKE '%''expire''%'))",
)];

const DEFAULT_BUSY_TIMEOUT_MS: u64 = 5000;

/// `--db` / `TALLY_DB`, else `tally.db` in the user's data directory.
pub fn resolve_path(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = explicit {
        return Ok(p.to_path_buf());
    }
    let dirs = directories::ProjectDirs::from("", "", "tally").ok_or_else(|| {
        Error::invalid("no home directory to keep the database in")
            .hint("name the database file with --db PATH or TALLY_DB")
    })?;
    Ok(dirs.data_dir().join("tally.db"))
}

/// The longest wait SQLite can be given: 2^31-1 ms, about 24.8 days.
const MAX_BUSY_TIMEOUT_MS: u64 = i32::MAX as u64;

/// How long a command waits for another process: TALLY_BUSY_TIMEOUT.
pub fn busy_timeout() -> Result<Duration> {
    match std::env::var("TALLY_BUSY_TIMEOUT") {
        Err(_) => Ok(Duration::from_millis(DEFAULT_BUSY_TIMEOUT_MS)),
        Ok(v) if v.is_empty() => Ok(Duration::from_millis(DEFAULT_BUSY_TIMEOUT_MS)),
        Ok(v) => match v.trim().parse::<u64>() {
            Ok(ms) if ms <= MAX_BUSY_TIMEOUT_MS => Ok(Duration::from_millis(ms)),
            Ok(_) => Err(Error::invalid(format!(
                "TALLY_BUSY_TIMEOUT '{v}' is longer than the longest wait, {MAX_BUSY_TIMEOUT_MS} milliseconds"
            ))
            .hint("set it to e.g. 5000, or unset it for the default")),
            Err(_) => Err(Error::invalid(format!(
                "TALLY_BUSY_TIMEOUT '{v}' is not a whole number of milliseconds"
            ))
            .hint("set it to e.g. 5000, or unset it for the default")),
        },
    }
}

/// What a path that is not a regular file is, in words; `None` for a
/// regular file (or a link to one) and for a path that does not exist.
fn not_a_file(path: &Path) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    let t = fs::metadata(path).ok()?.file_type();
    if t.is_file() {
        None
    } else if t.is_dir() {
        Some("a directory")
    } else if t.is_fifo() {
        Some("a FIFO (named pipe)")
    } else if t.is_char_device() || t.is_block_device() {
        Some("a device")
    } else if t.is_socket() {
        Some("a socket")
    } else {
        Some("not a regular file")
    }
}

/// A non-empty file that does not start as every SQLite database does is
/// someone else's (a text file, say), not a damaged tally database.
pub(super) fn refuse_foreign(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut head = Vec::with_capacity(16);
    if let Ok(f) = fs::File::open(path) {
        let _ = f.take(16).read_to_end(&mut head);
    }
    if head.is_empty() || head.as_slice() == b"SQLite format 3\0" {
        return Ok(());
    }
    let what = if head
        .iter()
        .all(|b| b.is_ascii_graphic() || b.is_ascii_whitespace())
    {
        "it is a text file, not an SQLite database"
    } else {
        "it is not an SQLite database"
    };
    Err(foreign(path, what))
}

/// `--db` names something that can never hold a database.
pub(super) fn refuse_non_file(path: &Path) -> Result<()> {
    match not_a_file(path) {
        None => Ok(()),
        Some(what) => Err(Error::invalid(format!(
            "{} is {what}, not a database file",
            path.display()
        ))
        .hint("name a database file with --db PATH or TALLY_DB")),
    }
}

thread_local! {
    /// Set while a command's write transaction is open and not yet being
    /// committed by [`commit`]: the commit hook then refuses every commit.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
}

/// SQLite rolls a transaction back by itself on a full disk or an I/O error.
/// A statement run after that would commit on its own, outside the command's
/// transaction. The hook makes that impossible: while a command's transaction
/// is open, the only commit allowed is the one [`commit`] makes.
fn guard_commits(conn: &mut Connection) -> Result<()> {
    conn.commit_hook(Some(|| GUARDED.with(Cell::get)))?;
    Ok(())
}

/// Begins a command's write transaction, under the commit guard.
fn begin(conn: &mut Connection) -> Result<Transaction<'_>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    GUARDED.with(|g| g.set(true));
    Ok(tx)
}

/// Commits a transaction begun by [`begin`], unless SQLite already rolled it
/// back under the command (then nothing of it is in the file).
fn commit(tx: Transaction<'_>) -> Result<()> {
    let result = if tx.is_autocommit() {
        Err(Error::storage(
            &"the transaction was rolled back by the database",
        ))
    } else {
        GUARDED.with(|g| g.set(false));
        tx.commit().map_err(Error::from)
    };
    GUARDED.with(|g| g.set(false));
    result
}

/// Rolls back a transaction begun by [`begin`].
fn rollback(tx: Transaction<'_>) -> Result<()> {
    GUARDED.with(|g| g.set(false));
    tx.rollback()?;
    Ok(())
}

pub(super) fn configure(conn: &mut Connection) -> Result<()> {
    guard_commits(conn)?;
    conn.busy_timeout(busy_timeout()?)?;
    // Room for every statement a command runs, so that a long loop (an
    // import) never prepares one twice.
    conn.set_prepared_statement_cache_capacity(128);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

pub(super) fn unusable(path: &Path, why: &str) -> Error {
    Error::new(
        Code::DatabaseUnusable,
        format!("{} is not usable: {why}", path.display()),
    )
    .hint(
        "check --db / TALLY_DB; if tally's file was damaged, `tally restore BACKUP` puts a backup back \
         (never copy one over it with cp while a -wal or -shm file lies beside it)",
    )
}

/// A file that is not tally's: no damage to repair, a wrong name to fix.
pub(super) fn foreign(path: &Path, why: &str) -> Error {
    Error::new(
        Code::DatabaseUnusable,
        format!("{} is not a tally database: {why}", path.display()),
    )
    .hint("check --db / TALLY_DB: it names a file of something else")
}

/// Checks that an open file is a tally database this version can use, and
/// brings its schema up to date.
fn check_and_migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|e| match Error::from(e) {
            e if e.code == Code::Busy => e,
            _ => foreign(path, "it is not an SQLite database"),
        })?;
    let version: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    // Only a file that is not marked as tally's, or whose version is 0, is
    // asked whether it holds tables: every other open skips the query.
    let has_tables = |conn: &Connection| -> Result<bool> {
        let n: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        Ok(n > 0)
    };
    if app_id != APPLICATION_ID {
        if version == 0 && !has_tables(conn)? {
            return Err(not_initialized(path));
        }
        return Err(foreign(path, "it is an SQLite file of another program"));
    }
    if version == 0 && has_tables(conn)? {
        // Version 0 means "no schema yet": someone set it back by hand.
        return Err(unusable(
            path,
            "its schema version was set back to 0 (PRAGMA user_version), though it holds tables",
        ));
    }
    if version > SCHEMA_VERSION {
        return Err(unusable(
            path,
            &format!("it was written by a newer tally (schema {version}, this tally knows {SCHEMA_VERSION})"),
        )
        .hint("upgrade tally"));
    }
    if version < SCHEMA_VERSION {
        migrate(conn, version).map_err(|e| {
            if e.code.is_refusal() || e.code == Code::Internal {
                unusable(
                    path,
                    &format!(
                        "its schema {version} cannot be brought up to date ({})",
                        e.message
                    ),
                )
            } else {
                e
            }
        })?;
    }
    Ok(())
}

pub(super) fn migrate(conn: &mut Connection, from: i32) -> Result<()> {
    // A migration that rebuilds a table drops the old one, which SQLite
    // refuses while other tables' foreign keys point at it. The keys are
    // checked as a whole before the migration commits instead.
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let migrated = migrate_unchecked(conn, from);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    migrated
}

fn migrate_unchecked(conn: &mut Connection, from: i32) -> Result<()> {
    let tx = begin(conn)?;
    // Another process may have migrated while we waited for the lock.
    let now: i32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(now.max(from) as usize) {
        tx.execute_batch(sql)?;
        let version = i + 1;
        if let Some((_, missed)) = REWRITES.iter().find(|(v, _)| *v == version) {
            // A new schema version makes every connection, this one too,
            // read the rewritten text again.
            let cookie: i64 = tx.pragma_query_value(None, "schema_version", |r| r.get(0))?;
            tx.pragma_update(None, "schema_version", cookie + 1)?;
            let table: Option<String> = tx.query_row(missed, [], |r| r.get(0)).optional()?;
            if let Some(table) = table {
                return Err(Error::new(
                    Code::Internal,
                    format!(
                        "the migration to schema {version} could not widen the CHECKs of {table}: its text is not the one tally wrote"
                    ),
                ));
            }
        }
        tx.pragma_update(None, "user_version", version as i32)?;
    }
    // What was written before the chain becomes its first entry, with a
    // record of each password tally set before it kept them.
    Store::new(&tx).record_missing_passwords()?;
    Store::new(&tx).seal()?;
    let broken: Option<String> = tx
        .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
        .optional()?;
    if let Some(table) = broken {
        return Err(Error::new(
            Code::Internal,
            format!("a migration would leave a row of {table} pointing at nothing"),
        ));
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    commit(tx)
}

fn not_initialized(path: &Path) -> Error {
    Error::new(
        Code::NotInitialized,
        format!("no tally database at {}", path.display()),
    )
    .hint("create one with `tally init --company NAME --admin HANDLE --first F --last L --email E`")
}

/// Opens an existing tally database. Nothing is created or written when the
/// file is missing, foreign, or from a newer tally.
pub(super) fn open(path: &Path) -> Result<Connection> {
    if !path.exists() {
        return Err(not_initialized(path));
    }
    // SQLite would block forever on a FIFO, and say "not a database" of a
    // directory: say what the path is instead.
    refuse_non_file(path)?;
    refuse_foreign(path)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| {
        let e = Error::from(e);
        if e.code == Code::Busy {
            e
        } else {
            unusable(path, &e.message)
        }
    })?;
    configure(&mut conn)?;
    check_and_migrate(&mut conn, path)?;
    if conn.is_readonly(rusqlite::MAIN_DB)? {
        return Err(unusable(path, "the file is not writable"));
    }
    Ok(conn)
}

/// Opens a database for reading only, never creating, migrating or locking for
/// write; for shell completion, which must never fail loudly.
pub(super) fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_millis(200))?;
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if app_id != APPLICATION_ID || version != SCHEMA_VERSION {
        return Err(unusable(path, "not a tally database of this version"));
    }
    Ok(conn)
}

/// Whether `init` may create a database at `path`: a missing or empty file is
/// fine, an existing tally database is `already_initialized`, anything else is
/// `database_unusable`. Nothing is written.
pub fn check_new(path: &Path) -> Result<()> {
    if !path.exists() {
        return Ok(());
    }
    refuse_non_file(path)?;
    match open(path) {
        Ok(_) => Err(Error::new(
            Code::AlreadyInitialized,
            format!("{} is already a tally database", path.display()),
        )
        .hint("use it as it is, or name another file with --db")),
        Err(e) if e.code == Code::NotInitialized => Ok(()),
        Err(e) => Err(e),
    }
}

/// Creates a new database at `path` (mode 0600, parent directories 0700)
/// with the current schema, and runs `build` in its first transaction. The
/// database is made under a temporary name beside `path` and linked into
/// place only when complete, so that a failed or concurrent `init` never
/// leaves a half-made file, nor removes one that another process made. An
/// existing tally database is `already_initialized`; an existing file of
/// anything else is `database_unusable`; an empty file is replaced.
pub fn create<T>(path: &Path, build: impl FnOnce(Store) -> Result<T>) -> Result<T> {
    let dir = parent_dir(path);
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&dir)
        .map_err(|e| unusable(path, &format!("cannot create its directory: {e}")))?;
    if path.exists() {
        check_new(path)?;
    }
    let tmp = Beside::create(&dir, path, "init")
        .map_err(|e| unusable(path, &format!("cannot create it: {e}")))?;
    let built = (|| {
        let mut conn = Connection::open_with_flags(
            &tmp.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        configure(&mut conn)?;
        // Built with a rollback journal, which for a new file holds next to
        // nothing: a write-ahead log would hold every page of the schema a
        // second time, and on a nearly full disk its checkpoint at close
        // could fail unseen, leaving a file without the pages it needs.
        migrate(&mut conn, 0)?;
        let value = write(&mut conn, false, |tx| build(Store::new(tx)))?;
        let mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(unusable(path, "it cannot be put in WAL mode"));
        }
        conn.close().map_err(|(_, e)| Error::from(e))?;
        Ok(value)
    })();
    let value = built?;
    // An empty regular file (made with `touch`, say) is replaced; anything
    // else that appeared meanwhile is kept, and this database given up. A
    // device or a FIFO also reports size 0: it is never replaced.
    let empty = fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0);
    let placed = if empty {
        fs::rename(&tmp.path, path)
    } else {
        fs::hard_link(&tmp.path, path)
    };
    drop(tmp);
    match placed {
        Ok(()) => Ok(value),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            check_new(path)?;
            refuse_non_file(path)?;
            Err(Error::new(
                Code::AlreadyInitialized,
                format!(
                    "{} was created by another process meanwhile",
                    path.display()
                ),
            )
            .hint("use it as it is, or name another file with --db"))
        }
        Err(e) => Err(unusable(path, &format!("cannot put it in place: {e}"))),
    }
}

/// A private file (mode 0600) made beside a target under a temporary name,
/// for a database built whole before it is put in place. It is removed, with
/// the journal files SQLite may leave beside it, when dropped: put in place
/// by a rename, it is gone already; linked, the link stays.
pub(super) struct Beside {
    pub path: PathBuf,
}

impl Beside {
    pub(super) fn create(dir: &Path, target: &Path, purpose: &str) -> std::io::Result<Beside> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let file = Beside {
            path: dir.join(format!(".{name}.{}.{purpose}", std::process::id())),
        };
        file.remove();
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&file.path)?;
        Ok(file)
    }

    fn remove(&self) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            let mut p = self.path.clone().into_os_string();
            p.push(suffix);
            let _ = fs::remove_file(p);
        }
    }
}

impl Drop for Beside {
    fn drop(&mut self) {
        self.remove();
    }
}

/// The directory a file is in (`.` for a bare name).
pub(super) fn parent_dir(path: &Path) -> PathBuf {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// A database in memory with the current schema, for a dry-run `init`.
pub(super) fn in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    guard_commits(&mut conn)?;
    migrate(&mut conn, 0)?;
    Ok(conn)
}

/// Runs `f` in one `BEGIN IMMEDIATE` transaction: it all happens or nothing
/// does, and it ends with the chain's entry over what it added. With
/// `dry_run` the transaction is rolled back after `f` succeeds.
pub(super) fn write<T>(
    conn: &mut Connection,
    dry_run: bool,
    f: impl FnOnce(&Transaction) -> Result<T>,
) -> Result<T> {
    let tx = begin(conn)?;
    let value = match f(&tx).and_then(|value| Store::new(&tx).seal().map(|()| value)) {
        Ok(value) => value,
        Err(e) => {
            // The error is what the user must see; the rollback's own
            // failure (a transaction already rolled back) adds nothing.
            let _ = rollback(tx);
            return Err(e);
        }
    };
    if dry_run {
        rollback(tx)?;
    } else {
        commit(tx)?;
    }
    Ok(value)
}

/// Runs `f` in one read transaction: a consistent snapshot, no write lock.
pub(super) fn read<T>(
    conn: &mut Connection,
    f: impl FnOnce(&Transaction) -> Result<T>,
) -> Result<T> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
    let value = f(&tx)?;
    tx.rollback()?;
    Ok(value)
}
