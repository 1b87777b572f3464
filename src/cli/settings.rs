use clap::{Args, Subcommand};

use super::App;
use crate::domain::settings;
use crate::error::Result;
use crate::output::Block;

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// List the settings with their values
    #[command(after_help = "Example:\n  tally settings list")]
    List,
    /// Set a setting: support-email, mail-from, smtp-url, smtp-user
    #[command(
        after_help = "Examples:\n  tally settings set support-email support@vendor.example\n  tally settings set smtp-url smtp://127.0.0.1:25\n  tally settings set mail-from tally@acme.test"
    )]
    Set(SetArgs),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    pub key: String,
    pub value: String,
}

pub fn run(app: &App, cmd: SettingsCommand) -> Result<()> {
    match cmd {
        SettingsCommand::List => {
            let list = app.read(settings::list)?;
            let rows = list
                .iter()
                .map(|s| {
                    vec![
                        s.key.clone(),
                        s.value.clone().unwrap_or_default(),
                        s.about.clone(),
                    ]
                })
                .collect();
            app.out.print(
                &list,
                &[Block::Table {
                    header: vec!["KEY", "VALUE", "ABOUT"],
                    rows,
                }],
            )
        }
        SettingsCommand::Set(a) => {
            let s = app.write(|ctx| settings::set(ctx, &a.key, &a.value))?;
            app.out
                .print(&s, &[Block::Line(format!("{} = {}", s.key, a.value))])
        }
    }
}
