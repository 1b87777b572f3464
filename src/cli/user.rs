use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::complete;
use super::{App, csv_input};
use crate::domain::setup::ADMIN_ROLE;
use crate::domain::users::{self, Edit, ImportRow, NewUser, Password, Status, StatusChange, User};
use crate::error::{Error, Result, RowError};
use crate::output::Block;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user with a random password, shown once
    #[command(
        after_help = "Examples:\n  tally user add bob --first Bob --last Builder --email bob@acme.test\n  tally user add carol --first Carol --last Danvers --email carol@acme.test --admin\n  tally user add dave --first Dave --last Jones --email dave@acme.test --inactive"
    )]
    Add(AddArgs),
    /// List users, the active count above the table
    #[command(
        after_help = "Examples:\n  tally user list\n  tally user list --status all\n  tally --json user list | jq .active_users"
    )]
    List(ListArgs),
    /// Show one user
    #[command(after_help = "Example:\n  tally user show bob")]
    Show(HandleArg),
    /// Change a user's names or email
    #[command(after_help = "Example:\n  tally user edit bob --email bob.builder@acme.test")]
    Edit(EditArgs),
    /// Make a user active again (billed from today)
    #[command(after_help = "Example:\n  tally user activate bob")]
    Activate(HandleArg),
    /// Deactivate a user (no longer billed); their balances must be zero
    #[command(after_help = "Example:\n  tally user deactivate bob")]
    Deactivate(HandleArg),
    /// Delete a user for good (asks for confirmation; --yes in scripts)
    #[command(after_help = "Example:\n  tally user delete bob --yes")]
    Delete(HandleArg),
    /// Give a user a new random password, shown once
    #[command(after_help = "Example:\n  tally user reset-password bob")]
    ResetPassword(HandleArg),
    /// Add users from a CSV file: all rows or none
    #[command(
        after_help = "The header is handle,first_name,last_name,email[,roles][,active];\nroles are separated by ';', active is true or false (default true).\n\nExamples:\n  tally user import staff.csv --passwords-out passwords.csv\n  cat staff.csv | tally user import -"
    )]
    Import(ImportArgs),
    /// In one transaction: revoke administrator, move every balance, move or
    /// clear their credit users, deactivate (or delete)
    #[command(
        after_help = "Examples:\n  tally user offboard bob --credits-to company\n  tally user offboard john --credits-to mary --credit-users-to mary\n  tally user offboard bob --credits-to company --delete --yes"
    )]
    Offboard(super::offboard::OffboardArgs),
}

#[derive(Debug, Args)]
pub struct HandleArg {
    /// The user's handle
    #[arg(add = complete::handle())]
    pub handle: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Handle: [a-z0-9][a-z0-9._-]{0,63}, never reused
    pub handle: String,
    /// First name (asked for on a terminal when missing)
    #[arg(long, value_name = "F")]
    pub first: Option<String>,
    /// Last name (asked for on a terminal when missing)
    #[arg(long, value_name = "L")]
    pub last: Option<String>,
    /// Email address (asked for on a terminal when missing)
    #[arg(long, value_name = "E")]
    pub email: Option<String>,
    /// Add the user deactivated (not billed until activated)
    #[arg(long)]
    pub inactive: bool,
    /// Make the user an administrator
    #[arg(long)]
    pub admin: bool,
    /// Give the user this role (repeatable)
    #[arg(long = "role", value_name = "R", add = complete::role())]
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusFilter {
    Active,
    Deactivated,
    Deleted,
    All,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which users to list [default: active and deactivated]
    #[arg(long, value_enum)]
    pub status: Option<StatusFilter>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The user's handle
    #[arg(add = complete::handle())]
    pub handle: String,
    #[arg(long, value_name = "F")]
    pub first: Option<String>,
    #[arg(long, value_name = "L")]
    pub last: Option<String>,
    #[arg(long, value_name = "E")]
    pub email: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, or - for standard input
    pub file: String,
    /// Write the new passwords as CSV to this file (mode 0600) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub passwords_out: Option<PathBuf>,
}

pub fn run(app: &App, cmd: UserCommand) -> Result<()> {
    match cmd {
        UserCommand::Add(a) => add(app, a),
        UserCommand::List(a) => list(app, a),
        UserCommand::Show(a) => {
            let user = app.read(|ctx| users::show(ctx, &a.handle))?;
            app.out.print(&user, &[Block::Fields(user_fields(&user))])
        }
        UserCommand::Edit(a) => {
            let edit = Edit {
                first_name: a.first,
                last_name: a.last,
                email: a.email,
            };
            let user = app.write(|ctx| users::edit(ctx, &a.handle, &edit))?;
            app.out.print(
                &user,
                &[
                    Block::Line(format!("updated '{}'", user.handle)),
                    Block::Fields(user_fields(&user)),
                ],
            )
        }
        UserCommand::Activate(a) => status(app, &a.handle, Status::Active),
        UserCommand::Deactivate(a) => status(app, &a.handle, Status::Deactivated),
        UserCommand::Delete(a) => {
            app.confirm(
                &format!("Delete '{}' for good?", a.handle),
                &format!("deleting '{}'", a.handle),
            )?;
            status(app, &a.handle, Status::Deleted)
        }
        UserCommand::ResetPassword(a) => {
            let p = {
                let password = Password::generate()?;
                app.write(|ctx| users::reset_password(ctx, &a.handle, password))?
            };
            if app.out.quiet {
                return print_password_only(&p.password);
            }
            app.out.print(
                &p,
                &[
                    Block::Fields(vec![
                        ("handle", p.handle.clone()),
                        ("password", p.password.clone()),
                    ]),
                    Block::Line(app.password_note().into()),
                ],
            )
        }
        UserCommand::Import(a) => import(app, a),
        UserCommand::Offboard(a) => super::offboard::run(app, a),
    }
}

pub fn user_fields(u: &User) -> Vec<(&'static str, String)> {
    vec![
        ("handle", u.handle.clone()),
        ("first_name", u.first_name.clone()),
        ("last_name", u.last_name.clone()),
        ("email", u.email.clone()),
        ("status", u.status.clone()),
        ("roles", u.roles.join(",")),
        ("credit_owner", u.credit_owner.clone()),
        ("created_at", u.created_at.clone()),
    ]
}

fn add(app: &App, a: AddArgs) -> Result<()> {
    let mut roles = a.roles;
    if a.admin && !roles.iter().any(|r| r == ADMIN_ROLE) {
        roles.push(ADMIN_ROLE.to_string());
    }
    let new = NewUser {
        first_name: app.ask(a.first, "First name", "--first")?,
        last_name: app.ask(a.last, "Last name", "--last")?,
        email: app.ask(a.email, "Email", "--email")?,
        handle: a.handle,
        active: !a.inactive,
        roles,
        password: Password::generate()?,
    };
    let added = app.write(|ctx| users::add(ctx, &new))?;
    if app.out.quiet {
        return print_password_only(&added.password);
    }
    let mut fields = user_fields(&added.user);
    fields.push(("password", added.password.clone()));
    app.out.print(
        &added,
        &[
            Block::Line(format!(
                "added '{}' ({})",
                added.user.handle, added.user.status
            )),
            Block::Fields(fields),
            Block::Line(app.password_note().into()),
        ],
    )
}

fn list(app: &App, a: ListArgs) -> Result<()> {
    let status = match a.status {
        None => "default",
        Some(StatusFilter::Active) => "active",
        Some(StatusFilter::Deactivated) => "deactivated",
        Some(StatusFilter::Deleted) => "deleted",
        Some(StatusFilter::All) => "all",
    };
    let list = app.read(|ctx| users::list(ctx, status))?;
    let rows = list
        .users
        .iter()
        .map(|u| {
            vec![
                u.handle.clone(),
                u.first_name.clone(),
                u.last_name.clone(),
                u.email.clone(),
                u.status.clone(),
                u.roles.join(","),
                u.credit_owner.clone(),
            ]
        })
        .collect();
    app.out.print(
        &list,
        &[
            Block::Heading(format!("Active users: {}", list.active_users)),
            Block::Table {
                header: vec![
                    "HANDLE",
                    "FIRST NAME",
                    "LAST NAME",
                    "EMAIL",
                    "STATUS",
                    "ROLES",
                    "CREDIT OWNER",
                ],
                rows,
            },
        ],
    )
}

fn status(app: &App, handle: &str, to: Status) -> Result<()> {
    let change: StatusChange = app.write(|ctx| users::set_status(ctx, handle, to))?;
    let mut blocks = Vec::new();
    if !change.changed {
        blocks.push(Block::Line(format!(
            "'{handle}' is already {}; nothing changed",
            change.to
        )));
    } else {
        if let Some(owner) = &change.credit_owner_cleared {
            blocks.push(Block::Line(format!(
                "'{handle}' no longer uses the credits of '{owner}'"
            )));
        }
        let verb = match to {
            Status::Active => "activated",
            Status::Deactivated => "deactivated",
            Status::Deleted => "deleted",
        };
        blocks.push(Block::Line(format!(
            "{verb} '{handle}'; active users: {}",
            change.active_users
        )));
    }
    app.out.print(&change, &blocks)
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
fn parse_users_csv(text: &str) -> Result<(Vec<ImportRow>, Vec<RowError>)> {
    let csv = csv_input::parse(
        text,
        &["handle", "first_name", "last_name", "email"],
        &["roles", "active"],
        csv::Trim::Headers,
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
                email: get("email"),
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

fn import(app: &App, a: ImportArgs) -> Result<()> {
    let (mut rows, bad_rows) = parse_users_csv(&csv_input::read_input(&a.file)?)?;
    // A bad file is refused before a single password is hashed (argon2id
    // takes tens of milliseconds a row); then the passwords are made before
    // the write transaction, which checks everything again.
    app.read(|ctx| users::check_import(ctx, &rows, bad_rows.clone()))?;
    for row in &mut rows {
        row.user.password = Password::generate()?;
    }
    // The passwords file is made before the users, so that passwords are never
    // set that could not be written down.
    let mut passwords_file = match &a.passwords_out {
        Some(path) if !app.global.dry_run => Some(create_private(path)?),
        _ => None,
    };
    // The passwords are written and synced before the transaction commits:
    // users are never added whose passwords could not be written down.
    let written = app.write(|ctx| {
        let imported = users::import(ctx, rows, bad_rows)?;
        let csv_text = passwords_csv(&imported);
        if let Some(f) = passwords_file.as_mut() {
            use std::io::Write;
            f.write_all(csv_text.as_bytes())
                .and_then(|_| f.sync_all())
                .map_err(|e| {
                    Error::new(
                        crate::error::Code::DatabaseUnusable,
                        format!("cannot write the passwords file: {e}"),
                    )
                    .hint("check the free disk space; nothing was imported")
                })?;
        }
        Ok((imported, csv_text))
    });
    let (imported, csv_text) = match written {
        Ok(done) => done,
        Err(e) => {
            if let (Some(path), Some(_)) = (&a.passwords_out, passwords_file.take()) {
                let _ = std::fs::remove_file(path);
            }
            return Err(e);
        }
    };
    if let Some(path) = &a.passwords_out {
        return app.out.print(
            &serde_json::json!({"imported": imported.imported, "passwords_out": path}),
            &[Block::Line(if app.global.dry_run {
                format!(
                    "would import {} users; nothing was written to {}",
                    imported.imported,
                    path.display()
                )
            } else {
                format!(
                    "imported {} users; passwords written to {}",
                    imported.imported,
                    path.display()
                )
            })],
        );
    }
    if app.out.json && !app.out.quiet {
        return app.out.print(&imported, &[]);
    }
    // Even with -q: these passwords exist nowhere else.
    crate::output::write_stdout(&csv_text);
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

fn passwords_csv(imported: &users::Imported) -> String {
    let mut csv_text = String::from("handle,password\n");
    for u in &imported.users {
        csv_text.push_str(&format!("{},{}\n", u.handle, u.password));
    }
    csv_text
}

/// `-q` prints nothing on success, but a new password, which exists nowhere
/// else, is still printed: alone, on one line.
fn print_password_only(password: &str) -> Result<()> {
    crate::output::write_stdout(&format!("{password}\n"));
    Ok(())
}

/// Creates a file only its owner can read (mode 0600), refusing to overwrite.
fn create_private(path: &std::path::Path) -> Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => Error::new(
                crate::error::Code::AlreadyExists,
                format!("{} already exists", path.display()),
            )
            .hint("name a new file; tally never overwrites one"),
            _ => Error::invalid(format!("cannot create {}: {e}", path.display()))
                .hint("check the directory exists and is writable"),
        })
}
