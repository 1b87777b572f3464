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
    parse_smtp_url(value).map(|_| ())
}

/// How `mail send` reaches the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpUrl {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// `smtp://`: plain text.
    None,
    /// `smtp://...?tls=starttls`: upgraded with STARTTLS, or not sent.
    StartTls,
    /// `smtps://`: TLS from the first byte.
    Wrapper,
}

/// Parses the `smtp-url` setting; the port defaults to 25, or 465 for smtps.
pub fn parse_smtp_url(value: &str) -> Result<SmtpUrl> {
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
    let (wrapper, rest) = match (
        value.strip_prefix("smtp://"),
        value.strip_prefix("smtps://"),
    ) {
        (Some(rest), _) => (false, rest),
        (_, Some(rest)) => (true, rest),
        _ => return Err(bad("it must start with smtp:// or smtps://")),
    };
    let (authority, query) = rest.split_once('?').unwrap_or((rest, ""));
    if authority.contains('@') {
        return Err(bad("it must not carry a user or password").hint(
            "set smtp-user, and give the password in TALLY_SMTP_PASSWORD or TALLY_SMTP_PASSWORD_FILE",
        ));
    }
    let authority = authority.trim_end_matches('/');
    let default_port = if wrapper { "465" } else { "25" };
    let (host, port) = authority
        .rsplit_once(':')
        .unwrap_or((authority, default_port));
    let port = port
        .parse::<u16>()
        .map_err(|_| bad("it needs a host and a port number"))?;
    if host.is_empty() {
        return Err(bad("it needs a host and a port number"));
    }
    let tls = match (wrapper, query) {
        (true, "") => SmtpTls::Wrapper,
        (false, "" | "tls=none") => SmtpTls::None,
        (false, "tls=starttls") => SmtpTls::StartTls,
        _ => return Err(bad("the only option is tls=starttls, with smtp://")),
    };
    Ok(SmtpUrl {
        host: host.to_string(),
        port,
        tls,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls() {
        let u = |host: &str, port, tls| SmtpUrl {
            host: host.into(),
            port,
            tls,
        };
        assert_eq!(
            parse_smtp_url("smtp://mail.test").unwrap(),
            u("mail.test", 25, SmtpTls::None)
        );
        assert_eq!(
            parse_smtp_url("smtps://mail.test").unwrap(),
            u("mail.test", 465, SmtpTls::Wrapper)
        );
        assert_eq!(
            parse_smtp_url("smtp://mail.test:587?tls=starttls").unwrap(),
            u("mail.test", 587, SmtpTls::StartTls)
        );
        for bad in [
            "mail.test",
            "smtp://",
            "smtp://mail.test:99999",
            "smtp://u:p@mail.test",
            "smtps://mail.test?tls=starttls",
            "smtp://mail.test?tls=maybe",
        ] {
            assert!(parse_smtp_url(bad).is_err(), "{bad}");
        }
        let err = parse_smtp_url("smtp://bob:secret@mail.test").unwrap_err();
        assert!(!err.message.contains("secret"), "{}", err.message);
    }
}
