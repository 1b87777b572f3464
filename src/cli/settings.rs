use clap::{Args, Subcommand};

use super::App;
use crate::domain::settings;
use crate::error::Result;
use crate::output::{Block, Row, table};

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// List the settings with their values
    #[command(after_help = "Example:\n  tally settings list")]
    List,
    /// Set a setting: support-email, mail-from, smtp-url, smtp-user, smtp-ca-file
    #[command(
        after_help = "Examples:\n  tally settings set support-email support@vendor.example\n  tally settings set smtp-url 'smtp://mail.acme.test:587?tls=starttls'\n  tally settings set mail-from 'Acme Tally <tally@acme.test>'\n  tally settings set smtp-ca-file /etc/ssl/acme-root-ca.pem"
    )]
    Set(SetArgs),
    /// Remove a setting
    #[command(after_help = "Example:\n  tally settings unset smtp-user")]
    Unset(UnsetArgs),
}

#[derive(Debug, Args)]
pub struct UnsetArgs {
    pub key: String,
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
            app.out.print(&list, &[table(&list)])
        }
        SettingsCommand::Unset(a) => {
            let s = app.write(|ctx| settings::unset(ctx, &a.key))?;
            app.out
                .print(&s, &[Block::Line(format!("{} is not set", s.key))])
        }
        SettingsCommand::Set(a) => {
            let s = app.write(|ctx| settings::set(ctx, &a.key, &a.value))?;
            app.out
                .print(&s, &[Block::Line(format!("{} = {}", s.key, a.value))])
        }
    }
}

impl Row for settings::Setting {
    const HEADER: &'static [&'static str] = &["KEY", "VALUE", "ABOUT"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.key.clone(),
            self.value.clone().unwrap_or_default(),
            self.about.clone(),
        ]
    }
}
