use clap::{Args, Subcommand};

use super::KindArg;
use crate::cli::{App, complete};
use crate::domain::alerts::{self, Alert, SetAlert};
use crate::error::Result;
use crate::output::{Block, Row, table};

#[derive(Debug, Subcommand)]
pub enum AlertCommand {
    /// Mail when ACCOUNT's balance falls below N (replaces its alert)
    #[command(
        after_help = "The alert mails once when the balance falls below N, whichever command moved\nthe credits, in the same transaction; it mails again only after the balance\nhas been at N or more. A balance already below N mails at once.\nA user's alert goes to the user's address; the company account's to --email,\nelse to the support-email setting.\n\nExamples:\n  tally credits alert set bob --below 20\n  tally credits alert set company --below 1000 --kind sms\n  tally credits alert set company --below 500 --email ops@acme.test"
    )]
    Set(SetArgs),
    /// List the alerts with their balances and states
    #[command(
        after_help = "Examples:\n  tally credits alert list\n  tally credits alert list --json"
    )]
    List,
    /// Remove ACCOUNT's alert on a kind
    #[command(
        after_help = "Examples:\n  tally credits alert remove bob\n  tally credits alert remove company --kind sms"
    )]
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// company or a user's handle
    #[arg(add = complete::account())]
    pub account: String,
    /// Mail when the balance falls below N (1 or more)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    pub below: i64,
    #[command(flatten)]
    pub kind: KindArg,
    /// Where the company account's alert goes [default: the support-email setting]
    #[arg(long, value_name = "ADDR")]
    pub email: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// company or a user's handle
    #[arg(add = complete::account())]
    pub account: String,
    #[command(flatten)]
    pub kind: KindArg,
}

pub fn run(app: &App, cmd: AlertCommand) -> Result<()> {
    match cmd {
        AlertCommand::Set(a) => {
            let request = SetAlert {
                account: &a.account,
                kind: &a.kind.kind,
                below: a.below,
                email: a.email.as_deref(),
            };
            let alert = app.write(|ctx| alerts::set(ctx, &request))?;
            let to = alert.email.as_deref().unwrap_or("no address");
            let mut line = format!(
                "{} is mailed at {to} when its {} balance falls below {}; it holds {}",
                alert.account, alert.kind, alert.below, alert.balance
            );
            if alert.state == "fired" {
                line.push_str(", below already: mailed now");
            }
            app.out.print(&alert, &[Block::Line(line)])
        }
        AlertCommand::List => {
            let list = app.read(alerts::list)?;
            app.out.print(&list, &[table(&list)])
        }
        AlertCommand::Remove(a) => {
            let alert = app.write(|ctx| alerts::remove(ctx, &a.account, &a.kind.kind))?;
            app.out.print(
                &alert,
                &[Block::Line(format!(
                    "removed the alert on {}'s {} balance (below {})",
                    alert.account, alert.kind, alert.below
                ))],
            )
        }
    }
}

impl Row for Alert {
    const HEADER: &'static [&'static str] = &[
        "ACCOUNT", "KIND", "BELOW", "BALANCE", "STATE", "EMAIL", "SET", "FIRED",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.account.clone(),
            self.kind.clone(),
            self.below.to_string(),
            self.balance.to_string(),
            self.state.into(),
            self.email.clone().unwrap_or_default(),
            self.set_at.clone(),
            self.fired_at.clone().unwrap_or_default(),
        ]
    }
}
