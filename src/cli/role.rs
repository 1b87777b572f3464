use clap::{Args, Subcommand};

use super::App;
use super::complete;
use crate::domain::roles;
use crate::error::Result;
use crate::output::{Block, Row, table, yes_no};

#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// List roles with their rights and members
    #[command(after_help = "Example:\n  tally role list")]
    List,
    /// Define a role from rights
    #[command(
        after_help = "Rights: view-users, edit-users, manage-roles, assign-credits, use-credits,\npurchase, manage-billing, manage-settings, view-audit.\n\nExample:\n  tally role add support --rights view-users,edit-users"
    )]
    Add(AddArgs),
    /// Remove a role that nobody holds
    #[command(after_help = "Example:\n  tally role remove support")]
    Remove(NameArg),
    /// Give a user a role
    #[command(after_help = "Example:\n  tally role grant bob administrator")]
    Grant(GrantArgs),
    /// Take a role from a user
    #[command(after_help = "Example:\n  tally role revoke bob administrator")]
    Revoke(GrantArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Role name: [a-z0-9][a-z0-9._-]{0,63}
    pub name: String,
    /// Comma-separated rights
    #[arg(long, value_name = "R,R...")]
    pub rights: String,
}

#[derive(Debug, Args)]
pub struct NameArg {
    #[arg(add = complete::role())]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct GrantArgs {
    /// The user's handle
    #[arg(add = complete::handle())]
    pub handle: String,
    /// The role's name
    #[arg(add = complete::role())]
    pub role: String,
}

pub fn run(app: &App, cmd: RoleCommand) -> Result<()> {
    match cmd {
        RoleCommand::List => {
            let list = app.read(roles::list)?;
            app.out.print(&list, &[table(&list)])
        }
        RoleCommand::Add(a) => {
            let rights = roles::parse_rights(&a.rights)?;
            let role = app.write(|ctx| roles::add(ctx, &a.name, &rights))?;
            app.out.print(
                &role,
                &[Block::Line(format!(
                    "added role '{}': {}",
                    role.name,
                    role.rights.join(",")
                ))],
            )
        }
        RoleCommand::Remove(a) => {
            app.write(|ctx| roles::remove(ctx, &a.name))?;
            app.out.print(
                &serde_json::json!({"removed": a.name}),
                &[Block::Line(format!("removed role '{}'", a.name))],
            )
        }
        RoleCommand::Grant(a) => {
            let changed = app.write(|ctx| roles::grant(ctx, &a.handle, &a.role))?;
            let line = if changed {
                format!("granted '{}' to '{}'", a.role, a.handle)
            } else {
                format!("'{}' already holds '{}'; nothing changed", a.handle, a.role)
            };
            app.out.print(
                &serde_json::json!({"handle": a.handle, "role": a.role, "changed": changed}),
                &[Block::Line(line)],
            )
        }
        RoleCommand::Revoke(a) => {
            let changed = app.write(|ctx| roles::revoke(ctx, &a.handle, &a.role))?;
            let line = if changed {
                format!("revoked '{}' from '{}'", a.role, a.handle)
            } else {
                format!("'{}' does not hold '{}'; nothing changed", a.handle, a.role)
            };
            app.out.print(
                &serde_json::json!({"handle": a.handle, "role": a.role, "changed": changed}),
                &[Block::Line(line)],
            )
        }
    }
}

impl Row for roles::Role {
    const HEADER: &'static [&'static str] = &["NAME", "RIGHTS", "BUILT-IN", "MEMBERS"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.rights.join(","),
            yes_no(self.builtin),
            self.members.join(","),
        ]
    }
}
