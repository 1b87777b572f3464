//! Copies of the database file: `backup` writes one while others write;
//! `restore` puts one in place of a database nobody has open.

use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::Store;
use super::sqlite::{
    APPLICATION_ID, Beside, SCHEMA_VERSION, busy_timeout, configure, foreign, migrate, parent_dir,
    refuse_foreign, refuse_non_file, unusable, write,
};
use crate::error::{Code, Error, Result};

/// A backup refused because its file exists.
pub(super) fn exists(target: &Path) -> Error {
    Error::new(
        Code::AlreadyExists,
        format!("{} already exists", target.display()),
    )
    .hint("name a new file; tally never overwrites one")
}

/// A backup's target: a new file in a directory that exists.
pub fn check_target(target: &Path) -> Result<()> {
    if target.exists() {
        return Err(exists(target));
    }
    let dir = parent_dir(target);
    if !dir.is_dir() {
        return Err(crate::error::Error::new(
            crate::error::Code::NotFound,
            format!("the directory {} does not exist", dir.display()),
        )
        .hint(format!(
            "create it first (mkdir -p {}), or name a file in a directory that exists",
            dir.display()
        )));
    }
    Ok(())
}

/// A consistent copy of the database while others write: SQLite's online
/// backup, all pages in one step under one read snapshot.
pub fn backup(conn: &Connection, target: &Path) -> Result<u64> {
    let exists = || exists(target);
    check_target(target)?;
    // Copied under a temporary name and linked into place when complete, so
    // that a failed backup leaves nothing behind.
    let tmp = Beside::create(&parent_dir(target), target, "backup")
        .map_err(|e| Error::io(&e, &format!("cannot create {}", target.display())))?;
    let copied = (|| -> Result<u64> {
        let mut dst = Connection::open(&tmp.path)?;
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
    copied.and_then(|bytes| match fs::hard_link(&tmp.path, target) {
        Ok(()) => Ok(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(exists()),
        Err(e) => Err(Error::io(&e, &format!("cannot write {}", target.display()))),
    })
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
    check: impl FnOnce(Store) -> Result<()>,
) -> Result<Restored> {
    refuse_non_file(backup)?;
    if !backup.exists() {
        return Err(
            Error::new(Code::NotFound, format!("no backup at {}", backup.display()))
                .hint("name a file that `tally backup FILE` wrote"),
        );
    }
    refuse_non_file(target)?;
    let (source, version) = open_backup(backup)?;
    // Nobody may have the database open while it is replaced: the locks are
    // held until the new file is in place.
    let _held = hold_exclusive(target)?;

    let dir = parent_dir(target);
    let tmp = Beside::create(&dir, target, "restore").map_err(|e| {
        Error::io(
            &e,
            &format!("cannot create a file beside {}", target.display()),
        )
    })?;
    let built = (|| -> Result<()> {
        let mut dst = Connection::open_with_flags(
            &tmp.path,
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
        write(&mut dst, false, |tx| check(Store::new(tx)))?;
        dst.close().map_err(|(_, e)| Error::from(e))?;
        Ok(())
    })();
    built?;
    if dry_run {
        return Ok(Restored { kept: None });
    }
    put_in_place(&tmp.path, target, stamp)
}

/// Opens a backup read-only: a tally file of a schema this tally knows.
/// Also its schema version.
fn open_backup(backup: &Path) -> Result<(Connection, i32)> {
    refuse_foreign(backup)?;
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
    Ok((source, version))
}

/// Moves the file at `target` (with its `-wal`) aside as
/// `TARGET.replaced-STAMP` and the copy at `copy` into its place.
fn put_in_place(copy: &Path, target: &Path, stamp: &str) -> Result<Restored> {
    let dir = parent_dir(target);
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
            return Err(Error::io(
                &e,
                &format!("cannot move {} aside", target.display()),
            ));
        }
        kept = Some(aside);
    }
    let _ = fs::remove_file(side(target, "-shm"));
    let _ = fs::remove_file(side(target, "-wal"));
    let placed = fs::rename(copy, target).and_then(|()| fs::File::open(&dir)?.sync_all());
    placed.map_err(|e| {
        Error::io(
            &e,
            &format!("cannot put the copy in place at {}", target.display()),
        )
    })?;
    Ok(Restored { kept })
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
            Err(e) => return Err(Error::io(&e, &format!("cannot open {}", path.display()))),
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
