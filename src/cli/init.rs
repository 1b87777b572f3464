use clap::Args;

use super::App;
use crate::domain::setup;
use crate::domain::users::{NewUser, Password};
use crate::error::Result;
use crate::output::Block;

/// Create the database file (mode 0600), the company account, the `credits`
/// kind, the built-in `administrator` role and the first administrator, who
/// becomes the default actor.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  tally init --company Acme --admin alice --first Alice --last Liddell --email alice@acme.test"
)]
pub struct InitArgs {
    /// The organization's name
    #[arg(long)]
    pub company: String,
    /// Handle of the first administrator
    #[arg(long, value_name = "HANDLE")]
    pub admin: String,
    /// First name of the first administrator
    #[arg(long, value_name = "F")]
    pub first: String,
    /// Last name of the first administrator
    #[arg(long, value_name = "L")]
    pub last: String,
    /// Email of the first administrator
    #[arg(long, value_name = "E")]
    pub email: String,
}

pub fn run(app: &App, a: InitArgs) -> Result<()> {
    let admin = NewUser {
        service: false,
        handle: a.admin,
        first_name: a.first,
        last_name: a.last,
        email: Some(a.email),
        active: true,
        roles: vec![crate::domain::roles::ADMIN_ROLE.to_string()],
        password: Password::generate()?,
    };
    let at = app.location()?;
    let done = setup::create(
        &at,
        app.global.dry_run,
        app.now,
        &super::OS_USER,
        &a.company,
        admin,
    )?;
    print(app, &done, &at)
}

fn print(app: &App, done: &setup::Initialized, at: &crate::store::Location) -> Result<()> {
    let dry_run = app.global.dry_run;
    if app.out.quiet {
        // -q prints nothing on success, but the first administrator's
        // password exists nowhere else: it alone is printed, as by `user add -q`.
        return crate::output::write_stdout(&format!("{}\n", done.password));
    }
    app.out.print(
        done,
        &[
            Block::Line(format!(
                "created {} for {} with administrator '{}'",
                at, done.company, done.admin.handle
            )),
            Block::Fields(vec![
                ("handle", done.admin.handle.clone()),
                ("password", done.password.clone()),
            ]),
            Block::Line(app.password_note().into()),
        ],
    )?;
    if dry_run && !app.global.quiet {
        eprintln!("dry run: nothing was changed");
    }
    Ok(())
}
