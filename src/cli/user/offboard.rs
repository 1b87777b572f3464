use clap::Args;

use crate::cli::App;
use crate::cli::complete;
use crate::domain::offboard;
use crate::error::Result;
use crate::output::Block;

#[derive(Debug, Args)]
pub struct OffboardArgs {
    /// The user who leaves
    #[arg(add = complete::handle())]
    pub handle: String,
    /// Who receives every balance: company or a user's handle
    #[arg(long, value_name = "company|HANDLE", add = complete::account())]
    pub credits_to: String,
    /// Who their credit users share with from now on [default: their own credits]
    #[arg(long, value_name = "HANDLE", add = complete::handle())]
    pub credit_users_to: Option<String>,
    /// Delete the user instead of deactivating them
    #[arg(long)]
    pub delete: bool,
}

pub fn run(app: &App, a: OffboardArgs) -> Result<()> {
    if a.delete {
        app.confirm(
            &format!("Offboard and delete '{}' for good?", a.handle),
            &format!("deleting '{}'", a.handle),
        )?;
    }
    let done = app.write(|ctx| {
        offboard::offboard(
            ctx,
            &a.handle,
            &a.credits_to,
            a.credit_users_to.as_deref(),
            a.delete,
        )
    })?;
    let mut blocks: Vec<Block> = done
        .steps
        .iter()
        .map(|s| Block::Line(format!("{}: {}", s.step, s.detail)))
        .collect();
    blocks.push(Block::Line(format!(
        "active users: {} -> {}",
        done.active_users_before, done.active_users_after
    )));
    app.out.print(&done, &blocks)
}
