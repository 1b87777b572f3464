//! Organization settings: the support address, and how mail is sent.

use serde::Serialize;
use serde_json::json;

use super::{Action, Ctx, check_email, check_no_control};
use crate::error::{Error, Result};

/// (key, what it is for)
pub const KNOWN: &[(&str, &str)] = &[
    ("support-email", "where purchase requests are mailed"),
    (
        "mail-from",
        "the sender of tally's mail: tally@acme.test, or Acme Tally <tally@acme.test>",
    ),
    (
        "smtp-url",
        "smtp://host:port, smtp://host:port?tls=starttls, or smtps://host:port",
    ),
    (
        "smtp-user",
        "the SMTP user name; the password comes from TALLY_SMTP_PASSWORD or TALLY_SMTP_PASSWORD_FILE",
    ),
    (
        "smtp-ca-file",
        "a PEM file of certificate authorities to trust for TLS, besides the system's",
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

fn check_key(key: &str) -> Result<()> {
    if KNOWN.iter().any(|(k, _)| *k == key) {
        return Ok(());
    }
    Err(
        Error::invalid(format!("'{key}' is not a setting")).hint(format!(
            "settings are: {}",
            KNOWN.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
        )),
    )
}

fn check_value(key: &str, value: &str) -> Result<()> {
    check_key(key)?;
    match key {
        "support-email" => check_email(value),
        "mail-from" => parse_mailbox(value).map(|_| ()),
        "smtp-url" => check_smtp_url(value),
        "smtp-ca-file" => read_ca_file(value).map(|_| ()),
        _ => check_no_control(value, key),
    }
}

/// The sender: an address, or a display name and an address.
pub fn parse_mailbox(value: &str) -> Result<lettre::message::Mailbox> {
    let mailbox: lettre::message::Mailbox = value.parse().map_err(|e| {
        Error::invalid(format!("'{value}' is not a usable sender: {e}"))
            .hint("give an address, or a name and an address: Acme Tally <tally@acme.test>")
    })?;
    check_email(mailbox.email.as_ref())?;
    Ok(mailbox)
}

/// The PEM certificates of `smtp-ca-file`: at least one, every one parsed.
pub fn read_ca_file(path: &str) -> Result<Vec<lettre::transport::smtp::client::Certificate>> {
    let bad = |why: String| {
        Error::invalid(format!("smtp-ca-file {path}: {why}"))
            .hint("name a PEM file of one or more certificates (-----BEGIN CERTIFICATE-----)")
    };
    let text = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
    if text.len() > 1 << 20 {
        return Err(bad("it is larger than 1 MiB".into()));
    }
    let text = String::from_utf8(text).map_err(|_| bad("it is not a PEM text file".into()))?;
    const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
    const END: &str = "-----END CERTIFICATE-----";
    let mut certs = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find(BEGIN) {
        let Some(len) = rest[start..].find(END) else {
            return Err(bad("a certificate has no END line".into()));
        };
        let pem = &rest[start..start + len + END.len()];
        let cert = lettre::transport::smtp::client::Certificate::from_pem(pem.as_bytes())
            .map_err(|e| bad(format!("a certificate cannot be read: {e}")))?;
        certs.push(cert);
        rest = &rest[start + len + END.len()..];
    }
    if certs.is_empty() {
        return Err(bad("it holds no certificate".into()));
    }
    Ok(certs)
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
    /// `?tls=none` was written out: plain text is what the admin wants, even
    /// for a login.
    pub plain_on_purpose: bool,
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
            .hint("use smtp://host:port?tls=starttls, smtps://host:port, or smtp://host:port; an IPv6 address in brackets: smtp://[::1]:25")
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
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        // An IPv6 address: [::1] or [::1]:25.
        let (address, after) = bracketed
            .split_once(']')
            .ok_or_else(|| bad("an IPv6 address needs its closing ]"))?;
        address
            .parse::<std::net::Ipv6Addr>()
            .map_err(|_| bad(&format!("'{address}' is not an IPv6 address")))?;
        let port = match after {
            "" => default_port,
            p => p
                .strip_prefix(':')
                .ok_or_else(|| bad("a port follows the address after a colon"))?,
        };
        (address, port)
    } else {
        let (host, port) = authority
            .rsplit_once(':')
            .unwrap_or((authority, default_port));
        if host.contains(':') {
            return Err(bad("an IPv6 address goes in brackets"));
        }
        (host, port)
    };
    let port = port
        .parse::<u16>()
        .ok()
        .filter(|p| *p != 0)
        .ok_or_else(|| bad("it needs a host and a port number"))?;
    if host.is_empty() {
        return Err(bad("it needs a host and a port number"));
    }
    let tls = match (wrapper, query) {
        (true, "") => SmtpTls::Wrapper,
        (false, "" | "tls=none") => SmtpTls::None,
        (false, "tls=starttls") => SmtpTls::StartTls,
        _ => {
            return Err(bad(
                "the only options are tls=starttls and tls=none, with smtp://",
            ));
        }
    };
    Ok(SmtpUrl {
        host: host.to_string(),
        port,
        tls,
        plain_on_purpose: query == "tls=none",
    })
}

pub fn set(ctx: &Ctx, key: &str, value: &str) -> Result<Setting> {
    ctx.authorize(Action::SettingsSet, None)?;
    check_value(key, value)?;
    let before = ctx.setting(key)?;
    ctx.store.set_setting(key, value)?;
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

/// Removes a setting; removing one that is not set changes nothing.
pub fn unset(ctx: &Ctx, key: &str) -> Result<Setting> {
    ctx.authorize(Action::SettingsUnset, None)?;
    check_key(key)?;
    let before = ctx.setting(key)?;
    if before.is_some() {
        ctx.store.unset_setting(key)?;
        ctx.audit(Action::SettingsUnset, Some(key), json!({"from": before}))?;
    }
    let about = KNOWN
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, a)| a.to_string())
        .unwrap_or_default();
    Ok(Setting {
        key: key.to_string(),
        value: None,
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
            plain_on_purpose: false,
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
        assert_eq!(
            parse_smtp_url("smtp://[::1]:2525").unwrap(),
            u("::1", 2525, SmtpTls::None)
        );
        assert_eq!(
            parse_smtp_url("smtps://[2001:db8::1]").unwrap(),
            u("2001:db8::1", 465, SmtpTls::Wrapper)
        );
        assert!(
            parse_smtp_url("smtp://mail.test?tls=none")
                .unwrap()
                .plain_on_purpose
        );
        for bad in [
            "smtp://::1:25",
            "smtp://[::1",
            "smtp://[mail.test]:25",
            "smtp://mail.test:0",
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
