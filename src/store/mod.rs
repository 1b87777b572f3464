//! Storage: every SQL statement and every rusqlite type of tally live under
//! this module. Here: opening and creating the database file, its pragmas and
//! migrations, the one-transaction-per-command rule, backup and restore. The
//! submodules hold the named, typed queries of each table family, as methods
//! of [`Store`], which the domain calls.

mod audit;
mod errors;
mod idempotency;
mod ledger;
mod names;
mod orders;
mod outbox;
mod roles;
mod seats;
mod settings;
mod sharing;
mod users;
mod verify;

pub use audit::{AuditEntry, AuditFilter, AuditRecord};
pub use idempotency::StoredRequest;
pub use ledger::{
    DEFAULT_KIND, Holder, Holding, Kind, KindInfo, NewTransfer, PurchaseRequest, TransferType,
    TransferView,
};
pub use names::Names;
pub use orders::{BillingRow, NewOrder, Order, Plan, PlanRow};
pub use outbox::{MailStatus, OutboxMessage};
pub use roles::ADMIN_ROLE;
pub use seats::{InvoiceHead, Issued, Line, SeatPrice, StatusEvent};
pub use sharing::UsageEntry;
pub use users::{ActiveOnly, NewUserRow, User, UserFilter, UserRef, UserStatus};
pub use verify::Probe;

/// The open transaction of one command, as the domain sees it: named queries,
/// no SQL.
#[derive(Clone, Copy)]
pub struct Store<'c> {
    conn: &'c Connection,
}

impl<'c> Store<'c> {
    pub fn new(conn: &'c Connection) -> Self {
        Store { conn }
    }

    /// The connection, for the store's own modules.
    fn conn(&self) -> &'c Connection {
        self.conn
    }

    /// Whether SQLite rolled the command's transaction back under it (a
    /// full disk, an I/O error): a long command checks before each row.
    pub fn transaction_lost(&self) -> bool {
        self.conn.is_autocommit()
    }
}

use std::cell::Cell;
use std::fs::{self, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Code, Error, Result};

/// `PRAGMA application_id`: "TALY", so that tally never writes to someone else's file.
pub const APPLICATION_ID: i32 = 0x5441_4c59;

/// The schema, one entry per `user_version`: entry N-1 migrates version N-1 to N.
const MIGRATIONS: &[&str] = &[
    include_str!("../../schema.sql"),
    include_str!("../../migrations/002_outbox.sql"),
];
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

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

fn busy_timeout() -> Result<Duration> {
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
fn refuse_foreign(path: &Path) -> Result<()> {
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
fn refuse_non_file(path: &Path) -> Result<()> {
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

fn configure(conn: &mut Connection) -> Result<()> {
    guard_commits(conn)?;
    conn.busy_timeout(busy_timeout()?)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

fn unusable(path: &Path, why: &str) -> Error {
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
fn foreign(path: &Path, why: &str) -> Error {
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
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    if app_id != APPLICATION_ID {
        if tables == 0 && version == 0 {
            return Err(not_initialized(path));
        }
        return Err(foreign(path, "it is an SQLite file of another program"));
    }
    if version == 0 && tables > 0 {
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
                    &format!("its schema {version} cannot be brought up to date"),
                )
            } else {
                e
            }
        })?;
    }
    Ok(())
}

fn migrate(conn: &mut Connection, from: i32) -> Result<()> {
    let tx = begin(conn)?;
    // Another process may have migrated while we waited for the lock.
    let now: i32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(now.max(from) as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i32)?;
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
pub fn open(path: &Path) -> Result<Connection> {
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
pub fn open_read_only(path: &Path) -> Result<Connection> {
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
pub fn create<T>(path: &Path, build: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
    let dir = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(parent) => {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(parent)
                .map_err(|e| unusable(path, &format!("cannot create its directory: {e}")))?;
            parent.to_path_buf()
        }
        None => PathBuf::from("."),
    };
    if path.exists() {
        check_new(path)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.init", std::process::id()));
    let remove_tmp = || {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = tmp.clone().into_os_string();
            p.push(suffix);
            let _ = fs::remove_file(p);
        }
    };
    remove_tmp();
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| unusable(path, &format!("cannot create it: {e}")))?;
    let built = (|| {
        let mut conn = Connection::open_with_flags(
            &tmp,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        configure(&mut conn)?;
        let mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(unusable(path, "it cannot be put in WAL mode"));
        }
        migrate(&mut conn, 0)?;
        let value = write(&mut conn, false, build)?;
        // Closing the last connection checkpoints the WAL into the file.
        conn.close().map_err(|(_, e)| Error::from(e))?;
        Ok(value)
    })();
    let value = match built {
        Ok(v) => v,
        Err(e) => {
            remove_tmp();
            return Err(e);
        }
    };
    // An empty regular file (made with `touch`, say) is replaced; anything
    // else that appeared meanwhile is kept, and this database given up. A
    // device or a FIFO also reports size 0: it is never replaced.
    let empty = fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0);
    let placed = if empty {
        fs::rename(&tmp, path)
    } else {
        fs::hard_link(&tmp, path)
    };
    remove_tmp();
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

/// A database in memory with the current schema, for a dry-run `init`.
pub fn in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    guard_commits(&mut conn)?;
    migrate(&mut conn, 0)?;
    Ok(conn)
}

/// Runs `f` in one `BEGIN IMMEDIATE` transaction: it all happens or nothing
/// does. With `dry_run` the transaction is rolled back after `f` succeeds.
pub fn write<T>(
    conn: &mut Connection,
    dry_run: bool,
    f: impl FnOnce(&Transaction) -> Result<T>,
) -> Result<T> {
    let tx = begin(conn)?;
    let value = match f(&tx) {
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
pub fn read<T>(conn: &mut Connection, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
    let value = f(&tx)?;
    tx.rollback()?;
    Ok(value)
}

/// A consistent copy of the database while others write: SQLite's online
/// backup, all pages in one step under one read snapshot.
pub fn backup(conn: &Connection, target: &Path) -> Result<u64> {
    let exists = || {
        Error::new(
            Code::AlreadyExists,
            format!("{} already exists", target.display()),
        )
        .hint("name a new file; tally never overwrites one")
    };
    if target.exists() {
        return Err(exists());
    }
    // Copied under a temporary name and linked into place when complete, so
    // that a failed backup leaves nothing behind.
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.backup", std::process::id()));
    let _ = fs::remove_file(&tmp);
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| Error::invalid(format!("cannot create {}: {e}", target.display())))?;
    let copied = (|| -> Result<u64> {
        let mut dst = Connection::open(&tmp)?;
        {
            let backup = rusqlite::backup::Backup::new(conn, &mut dst)?;
            let deadline = std::time::Instant::now() + busy_timeout()?;
            loop {
                match backup.step(-1)? {
                    rusqlite::backup::StepResult::Done => break,
                    _ if std::time::Instant::now() > deadline => {
                        return Err(Error::new(
                            Code::Busy,
                            "the database stayed locked during the backup",
                        )
                        .hint("try again, or raise TALLY_BUSY_TIMEOUT (milliseconds)"));
                    }
                    rusqlite::backup::StepResult::More => {}
                    _ => std::thread::sleep(Duration::from_millis(20)),
                }
            }
        }
        // The copy is a standalone file: no WAL beside it.
        dst.pragma_update(None, "journal_mode", "DELETE")?;
        let pages: i64 = dst.pragma_query_value(None, "page_count", |r| r.get(0))?;
        let size: i64 = dst.pragma_query_value(None, "page_size", |r| r.get(0))?;
        dst.close().map_err(|(_, e)| Error::from(e))?;
        Ok((pages * size).unsigned_abs())
    })();
    let placed = copied.and_then(|bytes| match fs::hard_link(&tmp, target) {
        Ok(()) => Ok(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(exists()),
        Err(e) => Err(Error::invalid(format!(
            "cannot write {}: {e}",
            target.display()
        ))),
    });
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let mut p = tmp.clone().into_os_string();
        p.push(suffix);
        let _ = fs::remove_file(p);
    }
    placed
}

/// What `restore` did: where the file it replaced was kept, if there was one.
pub struct Restored {
    pub kept: Option<PathBuf>,
}

/// Puts a copy of `backup` in place as the database at `target`, with
/// `check` run on the copy (in a write transaction, before it is placed) to
/// verify it and record the restore. Refused while another process has
/// `target` open. The file it replaces is kept beside it, with its `-wal`, as
/// `TARGET.replaced-TIME`; a stale `-shm` is removed, so that no WAL of the
/// old file is ever read as the new one's.
pub fn restore(
    backup: &Path,
    target: &Path,
    stamp: &str,
    dry_run: bool,
    check: impl FnOnce(&Transaction) -> Result<()>,
) -> Result<Restored> {
    refuse_non_file(backup)?;
    if !backup.exists() {
        return Err(
            Error::new(Code::NotFound, format!("no backup at {}", backup.display()))
                .hint("name a file that `tally backup FILE` wrote"),
        );
    }
    refuse_foreign(backup)?;
    refuse_non_file(target)?;
    let source = Connection::open_with_flags(
        backup,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| foreign(backup, &Error::from(e).message))?;
    let app_id: i32 = source
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|_| foreign(backup, "it is not an SQLite database"))?;
    let version: i32 = source.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if app_id != APPLICATION_ID {
        return Err(foreign(backup, "it is an SQLite file of another program"));
    }
    if version > SCHEMA_VERSION || version == 0 {
        return Err(foreign(
            backup,
            &format!("its schema version {version} is not one this tally knows"),
        ));
    }
    // Nobody may have the database open while it is replaced: the locks are
    // held until the new file is in place.
    let _held = hold_exclusive(target)?;

    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.restore", std::process::id()));
    let remove_tmp = || {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            let mut p = tmp.clone().into_os_string();
            p.push(suffix);
            let _ = fs::remove_file(p);
        }
    };
    remove_tmp();
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| {
            io_error(
                &e,
                &format!("cannot create a file beside {}", target.display()),
            )
        })?;
    let built = (|| -> Result<()> {
        let mut dst = Connection::open_with_flags(
            &tmp,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        {
            let copy = rusqlite::backup::Backup::new(&source, &mut dst)?;
            copy.step(-1)?;
        }
        configure(&mut dst)?;
        let mode: String =
            dst.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(unusable(target, "it cannot be put in WAL mode"));
        }
        if version < SCHEMA_VERSION {
            migrate(&mut dst, version)?;
        }
        write(&mut dst, false, check)?;
        dst.close().map_err(|(_, e)| Error::from(e))?;
        Ok(())
    })();
    if let Err(e) = built {
        remove_tmp();
        return Err(e);
    }
    if dry_run {
        remove_tmp();
        return Ok(Restored { kept: None });
    }
    let side = |base: &Path, suffix: &str| {
        let mut p = base.as_os_str().to_owned();
        p.push(suffix);
        PathBuf::from(p)
    };
    let mut kept = None;
    if target.exists() {
        let aside = side(target, &format!(".replaced-{stamp}"));
        let moved = fs::rename(target, &aside).and_then(|()| {
            match fs::rename(side(target, "-wal"), side(&aside, "-wal")) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            }
        });
        if let Err(e) = moved {
            remove_tmp();
            return Err(io_error(
                &e,
                &format!("cannot move {} aside", target.display()),
            ));
        }
        kept = Some(aside);
    }
    let _ = fs::remove_file(side(target, "-shm"));
    let _ = fs::remove_file(side(target, "-wal"));
    let placed = fs::rename(&tmp, target).and_then(|()| fs::File::open(&dir)?.sync_all());
    remove_tmp();
    placed.map_err(|e| {
        io_error(
            &e,
            &format!("cannot put the copy in place at {}", target.display()),
        )
    })?;
    Ok(Restored { kept })
}

/// An I/O error while writing files beside the database.
fn io_error(e: &std::io::Error, doing: &str) -> Error {
    if crate::error::is_storage_failure(e) {
        Error::storage(&format_args!("{doing}: {e}"))
    } else {
        Error::invalid(format!("{doing}: {e}")).hint("check that the directory is writable")
    }
}

/// SQLite's lock bytes in a database file (the pending byte, the reserved
/// byte and the shared range), and the byte of the `-shm` file that every
/// process holding the database open in WAL mode keeps a read lock on.
const DB_LOCK_START: i64 = 0x4000_0000;
const DB_LOCK_LEN: i64 = 2 + 510;
const SHM_DMS_BYTE: i64 = 128;

/// Takes write locks on SQLite's lock bytes of `target` and its `-shm`,
/// which succeed only when no other process has the database open; held
/// while the returned files stay open.
fn hold_exclusive(target: &Path) -> Result<Vec<fs::File>> {
    let mut held = Vec::new();
    let mut shm = target.as_os_str().to_owned();
    shm.push("-shm");
    for (path, start, len) in [
        (target.to_path_buf(), DB_LOCK_START, DB_LOCK_LEN),
        (PathBuf::from(shm), SHM_DMS_BYTE, 1),
    ] {
        let file = match OpenOptions::new().read(true).write(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(io_error(&e, &format!("cannot open {}", path.display()))),
        };
        if let Some(pid) = write_lock(&file, start, len) {
            return Err(Error::new(
                Code::Busy,
                format!(
                    "another process{} has {} open",
                    pid.map(|p| format!(" (pid {p})")).unwrap_or_default(),
                    target.display()
                ),
            )
            .hint("stop every tally (and sqlite3) using it, then restore again"));
        }
        held.push(file);
    }
    Ok(held)
}

/// Takes a POSIX write lock on `len` bytes at `start`; on a conflict, the
/// holder's pid where the system says it (`Some(None)` otherwise).
fn write_lock(file: &fs::File, start: i64, len: i64) -> Option<Option<i32>> {
    use std::os::fd::AsRawFd;
    // SAFETY: all-zero is a valid `flock`; the fields set below are plain numbers.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as libc::c_short;
    lock.l_whence = libc::SEEK_SET as libc::c_short;
    lock.l_start = start as libc::off_t;
    lock.l_len = len as libc::off_t;
    // SAFETY: the descriptor is open and `lock` outlives the call.
    if unsafe { libc::fcntl(file.as_raw_fd(), libc::F_SETLK, &lock) } == 0 {
        return None;
    }
    // SAFETY: as above; F_GETLK fills `lock` with the conflicting lock.
    let got = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GETLK, &mut lock) };
    Some((got == 0 && lock.l_type != libc::F_UNLCK as libc::c_short).then_some(lock.l_pid))
}

#[cfg(test)]
mod tests {
    /// The domain holds rules only: every SQL statement and every rusqlite
    /// type lives in `src/store/`.
    #[test]
    fn the_domain_has_no_sql() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain");
        let mut offenders = Vec::new();
        for entry in std::fs::read_dir(dir).expect("src/domain") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("a source file");
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                let sql = [
                    "rusqlite",
                    "SELECT ",
                    "INSERT INTO",
                    "UPDATE ",
                    "DELETE FROM",
                ]
                .iter()
                .any(|w| code.contains(w));
                if sql {
                    offenders.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
        assert!(
            offenders.is_empty(),
            "SQL in the domain:\n{}",
            offenders.join("\n")
        );
    }
}
