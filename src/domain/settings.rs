//! Organization settings: the support address, and how mail is sent.

use serde::Serialize;
use serde_json::json;

use super::{Action, Ctx, check_email, check_no_control};
use crate::error::{Error, Result};

/// (key, what it is for)
pub const KNOWN: &[(&str, &str)] = &[
    ("support-email", "where purchase requests are mailed"),
    ("mail-from", "the sender address of tally's mail"),
    (
        "smtp-url",
        "smtp://host:port, smtp://host:port?tls=starttls, or smtps://host:port",
    ),
    (
        "smtp-user",
        "the SMTP user name; the password comes from TALLY_SMTP_PASSWORD or TALLY_SMTP_PASSWORD_FILE",
    ),
];

#[derive(Debug, Serialize)]
pub struct Setting {
    pub key: String,
    pub value: Option<String>,
    pub about: String,
}

pub fn list(ctx: &Ctx) -> Result<Vec<Setting>> {
    ctx.authorize(Action::SettingsList, None)?;
    KNOWN
        .iter()
        .map(|(key, about)| {
            Ok(Setting {
                key: key.to_string(),
                value: ctx.setting(key)?,
                about: about.to_string(),
            })
        })
        .collect()
}

fn check_value(key: &str, value: &str) -> Result<()> {
    match key {
        "support-email" | "mail-from" => check_email(value),
        "smtp-url" => check_smtp_url(value),
        "smtp-user" => check_no_control(value, "SMTP user"),
        _ => Err(
            Error::invalid(format!("'{key}' is not a setting")).hint(format!(
                "settings are: {}",
                KNOWN.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
            )),
        ),
    }
}

/// `smtp://host:port` or `smtps://host:port`, with an optional `?tls=starttls`;
/// never a password, which would end up in the database and its backups.
pub fn check_smtp_url(value: &str) -> Result<()> {
    // A refusal never repeats a user or password given in the URL: error
    // messages end up in terminals' scrollback and in cron mail.
    let shown = match value.split_once("://") {
        Some((scheme, rest)) if rest.contains('@') => {
            let after = rest.rsplit_once('@').map_or("", |(_, h)| h);
            format!("{scheme}://***@{after}")
        }
        _ => value.to_string(),
    };
    let bad = |why: &str| {
        Error::invalid(format!("'{shown}' is not a usable SMTP URL: {why}"))
            .hint("use smtp://host:port, smtp://host:port?tls=starttls or smtps://host:port")
    };
    let rest = value
        .strip_prefix("smtp://")
        .or_else(|| value.strip_prefix("smtps://"))
        .ok_or_else(|| bad("it must start with smtp:// or smtps://"))?;
    let (authority, query) = rest.split_once('?').unwrap_or((rest, ""));
    if authority.contains('@') {
        return Err(bad("it must not carry a user or password").hint(
            "set smtp-user, and give the password in TALLY_SMTP_PASSWORD or TALLY_SMTP_PASSWORD_FILE",
        ));
    }
    let host = authority.trim_end_matches('/');
    let (h, port) = host.rsplit_once(':').unwrap_or((host, "25"));
    if h.is_empty() || port.parse::<u16>().is_err() {
        return Err(bad("it needs a host and a port number"));
    }
    if !(query.is_empty() || query == "tls=starttls" || query == "tls=none") {
        return Err(bad("the only option is tls=starttls"));
    }
    Ok(())
}

pub fn set(ctx: &Ctx, key: &str, value: &str) -> Result<Setting> {
    ctx.authorize(Action::SettingsSet, None)?;
    check_value(key, value)?;
    let before = ctx.setting(key)?;
    ctx.set_setting(key, value)?;
    ctx.audit(
        Action::SettingsSet,
        Some(key),
        json!({"from": before, "to": value}),
    )?;
    let about = KNOWN
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, a)| a.to_string())
        .unwrap_or_default();
    Ok(Setting {
        key: key.to_string(),
        value: Some(value.to_string()),
        about,
    })
}
