use clap::{Args, Subcommand};

use super::App;
use super::complete;
use crate::domain::{limits, orders, sharing};
use crate::error::Result;
use crate::output::{Block, Row, table};

#[derive(Debug, Subcommand)]
pub enum OwnerCommand {
    /// Make USER consume and buy on OWNER's credits
    #[command(
        after_help = "Needs both view-users and edit-users.\n\nExamples:\n  tally owner set peter john\n  tally owner set mary john --move-balance"
    )]
    Set(SetArgs),
    /// Make USER use their own credits again
    #[command(after_help = "Example:\n  tally owner clear peter")]
    Clear(UserArg),
    /// Show whose credits USER uses
    #[command(after_help = "Example:\n  tally owner show peter")]
    Show(UserArg),
    /// List every owner who shares credits, with their credit users
    #[command(after_help = "Example:\n  tally owner list")]
    List,
    /// Limit what USER may consume and buy on their owner's credits a month
    #[command(
        after_help = "The month is the calendar month in UTC; uses and orders on the user's own credits do not count, nor a reversed one. Needs both view-users and edit-users.\n\nExamples:\n  tally owner limit peter 200 --per month\n  tally owner limit peter 50 --per month --kind sms\n  tally owner limit peter --remove"
    )]
    Limit(LimitArgs),
}

#[derive(Debug, Args)]
pub struct LimitArgs {
    /// The credit user
    #[arg(add = complete::handle())]
    pub user: String,
    /// Whole credits a month (0 stops all use); not with --remove
    #[arg(value_parser = clap::value_parser!(i64).range(0..), required_unless_present = "remove")]
    pub amount: Option<i64>,
    /// The period the limit counts over
    #[arg(long, value_enum, default_value = "month")]
    pub per: Per,
    /// The kind of credits the limit is on
    #[arg(long, value_name = "K", default_value = "credits")]
    pub kind: String,
    /// Lift the limit
    #[arg(long, conflicts_with = "amount")]
    pub remove: bool,
}

/// What a spending limit counts over.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Per {
    Month,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The credit user
    #[arg(add = complete::handle())]
    pub user: String,
    /// The credit owner
    #[arg(add = complete::handle())]
    pub owner: String,
    /// Move USER's balance to OWNER in the same transaction
    #[arg(long)]
    pub move_balance: bool,
}

#[derive(Debug, Args)]
pub struct UserArg {
    #[arg(add = complete::handle())]
    pub user: String,
}

/// Whose credits HANDLE uses, that owner's balances and plans
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  tally overview\n  tally overview peter")]
pub struct OverviewArgs {
    /// [default: the actor]
    #[arg(add = complete::handle())]
    pub handle: Option<String>,
}

pub fn run(app: &App, cmd: OwnerCommand) -> Result<()> {
    match cmd {
        OwnerCommand::Limit(a) => {
            let Per::Month = a.per;
            let amount = if a.remove { None } else { a.amount };
            let l = app.write(|ctx| limits::set(ctx, &a.user, &a.kind, amount))?;
            let said = match l.limit {
                Some(n) => format!(
                    "'{}' may use {n} {} of their owner's a month; {} used this month, which resets at {}",
                    l.user, l.kind, l.used, l.resets
                ),
                None => format!("'{}' has no monthly limit on {} any more", l.user, l.kind),
            };
            app.out.print(&l, &[Block::Line(said)])
        }
        OwnerCommand::Set(a) => {
            let done = app.write(|ctx| sharing::set(ctx, &a.user, &a.owner, a.move_balance))?;
            let mut blocks: Vec<Block> = done
                .moved
                .iter()
                .map(|m| {
                    Block::Line(format!(
                        "moved {} {} from '{}' to '{}'",
                        m.amount, m.kind, done.user, done.owner
                    ))
                })
                .collect();
            blocks.push(Block::Line(format!(
                "'{}' now uses the credits of '{}'",
                done.user, done.owner
            )));
            app.out.print(&done, &blocks)
        }
        OwnerCommand::Clear(a) => {
            let (done, changed) = app.write(|ctx| sharing::clear(ctx, &a.user))?;
            let line = if changed {
                format!("'{}' now uses their own credits", done.user)
            } else {
                format!(
                    "'{}' already uses their own credits; nothing changed",
                    done.user
                )
            };
            app.out.print(&done, &[Block::Line(line)])
        }
        OwnerCommand::Show(a) => {
            let o = app.read(|ctx| sharing::show(ctx, &a.user))?;
            app.out.print(
                &o,
                &[Block::Fields(vec![
                    ("user", o.user.clone()),
                    ("owner", o.owner.clone()),
                ])],
            )
        }
        OwnerCommand::List => {
            let groups = app.read(sharing::list)?;
            app.out.print(&groups, &[table(&groups)])
        }
    }
}

pub fn overview(app: &App, a: OverviewArgs) -> Result<()> {
    let o = app.read(|ctx| orders::overview(ctx, a.handle.as_deref()))?;
    let mut blocks = Vec::new();
    if o.owner != o.user {
        blocks.push(Block::Heading(format!(
            "Reminder: '{}' uses the credits of '{}'; what follows is '{}''s.",
            o.user, o.owner, o.owner
        )));
    }
    blocks.push(table(&o.balances));
    // In a pipe or with --format, one shape of row only (the balances): the
    // orders are in --json and `tally order history`.
    if app.out.drawn() && !o.orders.is_empty() {
        blocks.push(super::orders::order_table(&o.orders));
    }
    app.out.print(&o, &blocks)
}

impl Row for sharing::Group {
    const HEADER: &'static [&'static str] = &["OWNER", "CREDIT USERS"];
    fn cells(&self) -> Vec<String> {
        vec![self.owner.clone(), self.credit_users.join(",")]
    }
}

impl Row for orders::KindBalance {
    const HEADER: &'static [&'static str] = &["KIND", "BALANCE"];
    fn cells(&self) -> Vec<String> {
        vec![self.kind.clone(), self.balance.to_string()]
    }
}
