pub mod import;
mod offboard;

use clap::{Args, Subcommand, ValueEnum};

use super::App;
use super::complete;
use crate::domain::check_person_name;
use crate::domain::roles::ADMIN_ROLE;
use crate::domain::users::{
    self, Edit, NewUser, Password, Status, StatusChange, User, UserFilter, UserStatus,
};
use crate::error::Result;
use crate::output::{Block, JsonList, Row};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user with a random password, shown once
    #[command(
        after_help = "Examples:\n  tally user add bob --first Bob --last Builder --email bob@acme.test\n  tally user add carol --first Carol --last Danvers --email carol@acme.test --admin\n  tally user add dave --first Dave --last Jones --email dave@acme.test --inactive\n  tally user add ops-bot --service --role nightly"
    )]
    Add(AddArgs),
    /// List users, the active count above the table
    #[command(
        after_help = "Rows are written as they are read: a list of a million users starts at once and\ntakes the memory of one.\n\nExamples:\n  tally user list\n  tally user list --status all\n  tally user list --limit 50\n  tally --json user list | jq .active_users"
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
    Import(import::ImportArgs),
    /// In one transaction: revoke administrator, move every balance, move or
    /// clear their credit users, deactivate (or delete)
    #[command(
        after_help = "Examples:\n  tally user offboard bob --credits-to company\n  tally user offboard john --credits-to mary --credit-users-to mary\n  tally user offboard bob --credits-to company --delete --yes"
    )]
    Offboard(offboard::OffboardArgs),
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
    /// A service account, not a person (a cron job's actor): no password,
    /// no email needed, no seat billed; it holds and receives no credits
    #[arg(long)]
    pub service: bool,
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
    /// At most N users, by handle
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
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
            // The rules first: a user who cannot be deleted is refused
            // before anyone is asked to confirm.
            if !app.global.yes && !app.global.dry_run {
                app.check(|ctx| users::set_status(ctx, &a.handle, Status::Deleted))?;
            }
            app.confirm(
                &format!("Delete '{}' for good?", a.handle),
                &format!("deleting '{}'", a.handle),
            )?;
            status(app, &a.handle, Status::Deleted)
        }
        UserCommand::ResetPassword(a) => {
            let p = {
                let password = Password::generate()?;
                app.write(|ctx| users::reset_password(ctx, &a.handle, password.clone()))?
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
        UserCommand::Import(a) => import::run(app, a),
        UserCommand::Offboard(a) => offboard::run(app, a),
    }
}

pub fn user_fields(u: &User) -> Vec<(&'static str, String)> {
    vec![
        ("handle", u.handle.clone()),
        ("first_name", u.first_name.clone()),
        ("last_name", u.last_name.clone()),
        ("email", email_cell(u)),
        ("status", u.status.to_string()),
        ("roles", u.roles.join(",")),
        ("credit_owner", u.credit_owner.clone()),
        ("created_at", u.created_at.clone()),
        ("type", user_type(u).into()),
    ]
}

/// What a user is: a person, or a service account.
fn user_type(u: &User) -> &'static str {
    if u.service { "service" } else { "person" }
}

/// A user's email, or `-` for a service account given none.
fn email_cell(u: &User) -> String {
    u.email.clone().unwrap_or_else(|| "-".into())
}

fn add(app: &App, a: AddArgs) -> Result<()> {
    let mut roles = a.roles;
    if a.admin && !roles.iter().any(|r| r == ADMIN_ROLE) {
        roles.push(ADMIN_ROLE.to_string());
    }
    let new = if a.service {
        // A service account's names say what it is unless given; it has
        // no password and needs no email, so nothing is asked.
        NewUser {
            first_name: a.first.unwrap_or_else(|| a.handle.clone()),
            last_name: a.last.unwrap_or_else(|| "service account".into()),
            email: a.email,
            handle: a.handle,
            active: !a.inactive,
            roles,
            password: Password::pending(),
            service: true,
        }
    } else {
        let asking =
            app.interactive && (a.first.is_none() || a.last.is_none() || a.email.is_none());
        if asking {
            // Whatever can be refused already is, before anyone types a name.
            app.read(|ctx| {
                users::check_add(ctx, &a.handle, a.email.as_deref(), &roles, !a.inactive)
            })?;
        }
        NewUser {
            first_name: app.ask(a.first, "First name", "--first", |s| {
                check_person_name(s, "first name")
            })?,
            last_name: app.ask(a.last, "Last name", "--last", |s| {
                check_person_name(s, "last name")
            })?,
            email: Some(app.ask(a.email, "Email", "--email", |s| {
                app.read(|ctx| users::check_new_email(ctx, s))
            })?),
            handle: a.handle,
            active: !a.inactive,
            roles,
            password: Password::generate()?,
            service: false,
        }
    };
    let added = app.write(|ctx| users::add(ctx, &new))?;
    let Some(password) = &added.password else {
        let who = &added.user.handle;
        return app.out.print(
            &added,
            &[
                Block::Line(format!(
                    "added the service account '{who}' ({})",
                    added.user.status
                )),
                Block::Fields(user_fields(&added.user)),
                Block::Line(format!(
                    "It has no password and takes no seat; a job acts as it with --as {who} (or TALLY_AS={who})."
                )),
            ],
        );
    };
    if app.out.quiet {
        return print_password_only(password);
    }
    let mut fields = user_fields(&added.user);
    fields.push(("password", password.clone()));
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
    let filter = match a.status {
        None => UserFilter::NotDeleted,
        Some(StatusFilter::Active) => UserFilter::Status(UserStatus::Active),
        Some(StatusFilter::Deactivated) => UserFilter::Status(UserStatus::Deactivated),
        Some(StatusFilter::Deleted) => UserFilter::Status(UserStatus::Deleted),
        Some(StatusFilter::All) => UserFilter::All,
    };
    app.read(|ctx| {
        users::list(
            ctx,
            filter,
            a.limit,
            |active| {
                app.out.list(
                    &[Block::Heading(format!("Active users: {active}"))],
                    JsonList::Field {
                        before: &[("active_users", active.into())],
                        key: "users",
                    },
                )
            },
            |list, user| list.push(&user),
        )?
        .finish(&[], &[])
    })
}

impl Row for User {
    const HEADER: &'static [&'static str] = &[
        "HANDLE",
        "FIRST NAME",
        "LAST NAME",
        "EMAIL",
        "STATUS",
        "ROLES",
        "CREDIT OWNER",
        "TYPE",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.handle.clone(),
            self.first_name.clone(),
            self.last_name.clone(),
            email_cell(self),
            self.status.to_string(),
            self.roles.join(","),
            self.credit_owner.clone(),
            user_type(self).into(),
        ]
    }
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

/// `-q` prints nothing on success, but a new password, which exists nowhere
/// else, is still printed: alone, on one line.
fn print_password_only(password: &str) -> Result<()> {
    crate::output::write_stdout(&format!("{password}\n"))
}
