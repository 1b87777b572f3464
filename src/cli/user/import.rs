//! `user import`: a CSV file of users, all rows or none, with their new
//! passwords on stdout or in a private file that survives a kill.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::cli::{App, csv_input};
use crate::domain::users::{self, ImportRow, NewUser, Password};
use crate::error::{Code, Error, Result, RowError};
use crate::output::Block;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, or - for standard input
    pub file: String,
    /// Write the new passwords as CSV to this file (mode 0600) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub passwords_out: Option<PathBuf>,
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "yes" | "1" | "active" => Some(true),
        "false" | "no" | "0" | "inactive" | "deactivated" => Some(false),
        _ => None,
    }
}

/// Splits the CSV into rows; a header error is reported for the whole file,
/// a row that cannot be read with its line number, beside the rows that can
/// (so that the domain reports every bad row at once).
pub fn parse_users_csv(text: &str) -> Result<(Vec<ImportRow>, Vec<RowError>)> {
    let csv = csv_input::parse(
        text,
        csv_input::Header {
            required: &["handle", "first_name", "last_name", "email"],
            optional: &["roles", "active"],
            trim_fields: false,
        },
    )?;
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (line, record) in &csv.records {
        let get = |column: &str| csv.get(record, column).to_string();
        let active = if csv.has("active") {
            match parse_bool(&get("active")) {
                Some(b) => b,
                None => {
                    let message = format!("active is '{}'; use true or false", get("active"));
                    errors.push(Error::invalid(message).at_line(*line));
                    continue;
                }
            }
        } else {
            true
        };
        let roles = get("roles")
            .split([';', ' '])
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        rows.push(ImportRow {
            line: *line,
            user: NewUser {
                handle: get("handle"),
                first_name: get("first_name"),
                last_name: get("last_name"),
                email: Some(get("email")),
                service: false,
                active,
                roles,
                // Made once the whole file has passed its checks.
                password: Password::pending(),
            },
        });
    }
    errors.extend(csv.errors);
    Ok((rows, errors))
}

pub fn run(app: &App, a: ImportArgs) -> Result<()> {
    let (mut rows, bad_rows) = parse_users_csv(&csv_input::read_input(&a.file)?)?;
    if let Some(path) = &a.passwords_out
        && !app.global.dry_run
    {
        if let Some(done) = recover_passwords(app, path, &rows)? {
            return print_imported(app, done, path, true);
        }
        if path.exists() {
            // The same import run again after it finished (a cron job killed
            // just before it exited, say): nothing to do, and it says so.
            return match finished_earlier(app, path, &rows)? {
                Some(done) => print_imported(app, done, path, true),
                None => Err(exists(path)),
            };
        }
    }
    // A bad file is refused before a single password is hashed (argon2id
    // takes tens of milliseconds a row); then the passwords are made before
    // the write transaction, which checks everything again.
    app.read(|ctx| users::check_import(ctx, &rows, bad_rows.clone()))?;
    make_passwords(app, &mut rows)?;
    let passwords_out = a.passwords_out.as_deref().filter(|_| !app.global.dry_run);
    let (imported, csv_text) = write_staged(app, passwords_out, rows, bad_rows)?;
    if let Some(path) = &a.passwords_out {
        return print_imported(app, imported.imported, path, false);
    }
    if app.out.json && !app.out.quiet {
        return app.out.print(&imported, &[]);
    }
    // Even with -q: these passwords exist nowhere else.
    crate::output::write_stdout(&csv_text)?;
    if !app.out.quiet {
        let verb = if app.global.dry_run {
            "would import"
        } else {
            "imported"
        };
        eprintln!(
            "{verb} {} users; {}",
            imported.imported,
            app.password_note()
        );
    }
    Ok(())
}

/// A fresh password for every row (on every core), with a progress bar on
/// a terminal.
fn make_passwords(app: &App, rows: &mut [ImportRow]) -> Result<()> {
    let bar = app.progress(
        rows.len() as u64,
        "{bar:40} {pos}/{len} passwords, {rate}, ETA {eta}",
    );
    let result = users::make_passwords(rows, &|| bar.inc(1));
    bar.finish_and_clear();
    result
}

/// Imports the rows; with `passwords_out`, the passwords go to a private
/// staging file beside it, written and synced before the transaction commits
/// (users are never added whose passwords could not be written down), and
/// moved into place after it commits. Killed in between, the next run finds
/// the staging file and knows from the database which side of the commit it
/// was.
fn write_staged(
    app: &App,
    passwords_out: Option<&Path>,
    rows: Vec<ImportRow>,
    bad_rows: Vec<RowError>,
) -> Result<(users::Imported, String)> {
    let staging = match passwords_out {
        Some(path) => {
            let file = create_private(&staging_path(path))?;
            // Held until the process ends, so that another run does not take
            // this file for one left by a killed import.
            lock(&file, path)?;
            Some((path, file))
        }
        None => None,
    };
    let mut staged = staging.as_ref().map(|(_, f)| f);
    let written = app.write(|ctx| {
        let imported = users::import(ctx, rows.clone(), bad_rows.clone())?;
        let csv_text = passwords_csv(&imported);
        if let Some(mut f) = staged.take() {
            use std::io::Write;
            f.write_all(csv_text.as_bytes())
                .and_then(|_| f.sync_all())
                .map_err(|e| Error::io(&e, "cannot write the passwords file"))?;
        }
        Ok((imported, csv_text))
    });
    match (written, staging) {
        (Ok(done), Some((path, _))) => place_passwords(path).map(|()| done),
        (Ok(done), None) => Ok(done),
        (Err(e), staging) => {
            if let Some((path, _)) = staging {
                let _ = std::fs::remove_file(staging_path(path));
            }
            Err(e)
        }
    }
}

fn print_imported(app: &App, imported: usize, path: &Path, recovered: bool) -> Result<()> {
    let line = if app.global.dry_run {
        format!(
            "would import {imported} users; nothing was written to {}",
            path.display()
        )
    } else if recovered {
        format!(
            "imported {imported} users (by an earlier run that was interrupted after it committed); passwords written to {}",
            path.display()
        )
    } else {
        format!(
            "imported {imported} users; passwords written to {}",
            path.display()
        )
    };
    app.out.print(
        &serde_json::json!({"imported": imported, "passwords_out": path, "recovered": recovered}),
        &[Block::Line(line)],
    )
}

/// Where the passwords wait, beside FILE, until the import commits.
fn staging_path(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".partial");
    PathBuf::from(p)
}

/// A staging file left by an import that was killed: if its users exist, that
/// import committed and its passwords are put in FILE (`Some(count)` when it
/// imported the same users as this file); if none exist, it did not, and the
/// staging file is removed.
fn recover_passwords(app: &App, path: &Path, rows: &[ImportRow]) -> Result<Option<usize>> {
    let staging = staging_path(path);
    let text = match std::fs::File::open(&staging) {
        Ok(f) => {
            lock(&f, path)?;
            let mut text = String::new();
            std::io::Read::read_to_string(&mut &f, &mut text).map_err(|e| {
                Error::invalid(format!("cannot read {}: {e}", staging.display()))
                    .hint("it is left from an interrupted import; read or remove it by hand")
            })?;
            text
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(
                Error::invalid(format!("cannot read {}: {e}", staging.display()))
                    .hint("it is left from an interrupted import; read or remove it by hand"),
            );
        }
    };
    let handles = passwords_handles(&text);
    let existing = app.read(|ctx| users::count_existing(ctx, &handles))?;
    if existing == 0 {
        std::fs::remove_file(&staging)
            .map_err(|e| Error::invalid(format!("cannot remove {}: {e}", staging.display())))?;
        return Ok(None);
    }
    if existing != handles.len() {
        return Err(Error::new(
            Code::AlreadyExists,
            format!(
                "{} is left from an interrupted import, and only {existing} of its {} users exist",
                staging.display(),
                handles.len()
            ),
        )
        .hint("check it against `tally user list`, then remove it by hand"));
    }
    place_passwords(path)?;
    if !same_handles(rows, &handles) {
        return Err(Error::new(
            Code::AlreadyExists,
            format!(
                "{} now holds the passwords of an earlier import of other users, which was interrupted after it committed",
                path.display()
            ),
        )
        .hint("name another file with --passwords-out for this import"));
    }
    Ok(Some(handles.len()))
}

/// Takes the staging file's lock, or says that another import holds it.
fn lock(f: &std::fs::File, path: &Path) -> Result<()> {
    use std::os::fd::AsRawFd;
    // SAFETY: the descriptor is open for the whole call.
    if unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
        return Ok(());
    }
    Err(Error::new(
        Code::Busy,
        format!(
            "another tally is importing users with --passwords-out {}",
            path.display()
        ),
    )
    .hint("wait for it to finish, or name another file"))
}

/// The handles of a passwords file. Only whole lines count: a killed writer
/// may have left a torn last line.
fn passwords_handles(text: &str) -> Vec<String> {
    text.split_inclusive('\n')
        .filter(|l| l.ends_with('\n'))
        .skip(1)
        .filter_map(|l| l.split_once(',').map(|(h, _)| h.to_string()))
        .collect()
}

fn same_handles(rows: &[ImportRow], handles: &[String]) -> bool {
    let mut ours: Vec<&str> = rows.iter().map(|r| r.user.handle.as_str()).collect();
    let mut theirs: Vec<&str> = handles.iter().map(String::as_str).collect();
    ours.sort_unstable();
    theirs.sort_unstable();
    ours == theirs
}

/// Whether FILE holds the passwords of exactly this file's users, all of
/// whom exist: this import already ran to its end.
fn finished_earlier(app: &App, path: &Path, rows: &[ImportRow]) -> Result<Option<usize>> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Ok(None);
    };
    let handles = passwords_handles(&text);
    if handles.is_empty() || !text.starts_with("handle,password\n") || !same_handles(rows, &handles)
    {
        return Ok(None);
    }
    let existing = app.read(|ctx| users::count_existing(ctx, &handles))?;
    Ok((existing == handles.len()).then_some(handles.len()))
}

/// Moves the staging file to FILE, never over another file; the directory
/// is synced so that the move survives a crash.
fn place_passwords(path: &Path) -> Result<()> {
    let staging = staging_path(path);
    match std::fs::hard_link(&staging, path) {
        Ok(()) => {}
        // Killed between the link and the removal: FILE is already this file.
        Err(e)
            if e.kind() == std::io::ErrorKind::AlreadyExists
                && std::fs::read(path).ok() == std::fs::read(&staging).ok() => {}
        Err(e) => {
            return Err(Error::new(
                Code::AlreadyExists,
                format!(
                    "the users were imported, but their passwords could not be moved to {}: {e}",
                    path.display()
                ),
            )
            .hint(format!("they are in {}", staging.display())));
        }
    }
    std::fs::remove_file(&staging).map_err(|e| Error::io(&e, "cannot write the passwords file"))?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io(&e, "cannot write the passwords file"))
}

fn exists(path: &Path) -> Error {
    Error::new(
        Code::AlreadyExists,
        format!("{} already exists", path.display()),
    )
    .hint("name a new file; tally never overwrites one")
}

fn passwords_csv(imported: &users::Imported) -> String {
    let mut csv_text = String::from("handle,password\n");
    for u in &imported.users {
        csv_text.push_str(&format!("{},{}\n", u.handle, u.password));
    }
    csv_text
}

/// Creates a file only its owner can read (mode 0600), refusing to overwrite.
fn create_private(path: &Path) -> Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => exists(path),
            _ => Error::io(&e, &format!("cannot create {}", path.display())),
        })
}
