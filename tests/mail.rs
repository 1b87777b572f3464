//! `mail send` against a real SMTP server on 127.0.0.1, started by the test
//! itself (mailin-embedded, in process).
use crate::common::*;

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailin_embedded::{Handler, Response, Server, SslConfig, response};
use serde_json::Value;

#[derive(Debug, Clone)]
struct Received {
    to: Vec<String>,
    data: String,
}

/// Keeps every message the server accepts; refuses recipients containing "refuse".
#[derive(Clone, Default)]
struct Inbox {
    received: Arc<Mutex<Vec<Received>>>,
    current: Vec<u8>,
    to: Vec<String>,
}

impl Handler for Inbox {
    fn rcpt(&mut self, to: &str) -> Response {
        if to.contains("refuse") {
            response::NO_MAILBOX
        } else {
            response::OK
        }
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.current.clear();
        self.to = to.to_vec();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        self.received.lock().unwrap().push(Received {
            to: self.to.clone(),
            data: String::from_utf8_lossy(&self.current).into_owned(),
        });
        response::OK
    }
}

/// Starts a server on a free port; returns the port and what it receives.
fn start_server() -> (u16, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox = Inbox::default();
    let received = inbox.received.clone();
    let mut server = Server::new(inbox);
    server
        .with_name("test.local")
        .with_ssl(SslConfig::None)
        .unwrap()
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, received)
}

/// A port on which nothing listens.
fn dead_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// An organization with two "credits received" mails pending: to bob and carol.
fn env_with_mail(port: u16) -> Env {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    env.ok(&["credits", "topup", "100"]);
    env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "5"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "carol", "7",
    ]);
    env.ok(&[
        "settings",
        "set",
        "smtp-url",
        &format!("smtp://127.0.0.1:{port}"),
    ]);
    env.ok(&["settings", "set", "mail-from", "tally@acme.test"]);
    env
}

fn pending(env: &Env) -> Vec<Value> {
    env.json(&["mail", "list", "--status", "pending"])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn delivers_each_message_once_with_recipient_subject_and_body() {
    let (port, received) = start_server();
    let env = env_with_mail(port);
    let report = env.json(&["mail", "send"]);
    assert_eq!(report["sent"], 2);
    assert_eq!(report["failed"], 0);
    let got = received.lock().unwrap().clone();
    assert_eq!(got.len(), 2);
    let bob = got
        .iter()
        .find(|m| m.to == ["bob@acme.test"])
        .expect("bob's mail");
    assert!(
        bob.data.contains("Subject: You received 5 credits"),
        "{}",
        bob.data
    );
    assert!(bob.data.contains("From: tally@acme.test"), "{}", bob.data);
    assert!(
        bob.data.contains("company gave you 5 credits at Acme"),
        "{}",
        bob.data
    );
    assert!(pending(&env).is_empty());
    let all = env.json(&["mail", "list"]);
    for m in all.as_array().unwrap() {
        assert_eq!(m["status"], "sent");
        assert_eq!(m["attempts"], 1);
        assert!(m["sent_at"].is_string());
    }
    // A second run sends nothing again.
    let again = env.json(&["mail", "send"]);
    assert_eq!(again["sent"], 0);
    assert_eq!(received.lock().unwrap().len(), 2);
}

#[test]
fn a_server_that_is_down_loses_nothing_and_counts_attempts() {
    let env = env_with_mail(dead_port());
    for attempt in 1..=2 {
        let err = env.cmd().args(["--json", "mail", "send"]).output().unwrap();
        assert_eq!(err.status.code(), Some(1));
        let e: Value = serde_json::from_slice(&err.stderr).unwrap();
        assert_eq!(e["error"]["code"], "delivery_failed");
        let report: Value = serde_json::from_slice(&err.stdout).unwrap();
        assert_eq!(report["failed"], 2);
        for m in pending(&env) {
            assert_eq!(m["attempts"], attempt);
            assert!(m["last_error"].as_str().is_some_and(|e| !e.is_empty()));
        }
    }
    // The server comes up: everything is delivered, exactly once.
    let (port, received) = start_server();
    env.ok(&[
        "settings",
        "set",
        "smtp-url",
        &format!("smtp://127.0.0.1:{port}"),
    ]);
    let report = env.json(&["mail", "send"]);
    assert_eq!(report["sent"], 2);
    assert_eq!(received.lock().unwrap().len(), 2);
    assert!(pending(&env).is_empty());
}

#[test]
fn a_refused_message_stays_pending_and_the_rest_go_out() {
    let (port, received) = start_server();
    let env = env_with_mail(port);
    env.ok(&["settings", "set", "support-email", "refuse@vendor.test"]);
    env.ok(&["credits", "request", "500"]);
    let out = env.cmd().args(["--json", "mail", "send"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (report["sent"].as_i64(), report["failed"].as_i64()),
        (Some(2), Some(1))
    );
    assert_eq!(received.lock().unwrap().len(), 2);
    let left = pending(&env);
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["to"], "refuse@vendor.test");
    assert!(
        left[0]["last_error"].as_str().unwrap().contains("550"),
        "{}",
        left[0]
    );
}

#[test]
fn a_silent_server_does_not_hang_the_command() {
    // Accepts connections and never answers.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
        }
    });
    let env = env_with_mail(port);
    let out = env
        .cmd()
        .env("TALLY_SMTP_TIMEOUT", "1")
        .args(["--json", "mail", "send", "--limit", "1"])
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let p = pending(&env);
    assert_eq!(p.len(), 2);
    assert_eq!(p.iter().filter(|m| m["attempts"] == 1).count(), 1);
}

#[test]
fn send_needs_settings_and_rights() {
    let env = Env::new();
    env.refused(&["mail", "send"], 1, "not_configured");
    env.ok(&["settings", "set", "smtp-url", "smtp://127.0.0.1:25"]);
    env.refused(&["mail", "send"], 1, "not_configured");
    add_user(&env, "bob", &[]);
    env.ok(&["settings", "set", "mail-from", "tally@acme.test"]);
    env.refused(&["--as", "bob", "mail", "send"], 1, "permission_denied");
    // A password never goes into the URL (and so never into the database).
    env.refused(
        &[
            "settings",
            "set",
            "smtp-url",
            "smtp://user:secret@127.0.0.1:25",
        ],
        2,
        "invalid_input",
    );
}

#[test]
fn a_user_without_the_password_is_not_configured() {
    let (port, _) = start_server();
    let env = env_with_mail(port);
    env.ok(&["settings", "set", "smtp-user", "mailer"]);
    env.refused(&["mail", "send"], 1, "not_configured");
}

#[test]
fn dry_run_sends_nothing() {
    let (port, received) = start_server();
    let env = env_with_mail(port);
    let out = env.json(&["--dry-run", "mail", "send"]);
    assert_eq!(out["would_send"].as_array().unwrap().len(), 2);
    assert!(received.lock().unwrap().is_empty());
    assert_eq!(pending(&env).len(), 2);
}

/// `smtps://` and `?tls=starttls` really ask for TLS: against a server that
/// speaks only plain SMTP, nothing is sent in the clear.
#[test]
fn tls_urls_never_fall_back_to_plain_text() {
    let (port, received) = start_server();
    let env = env_with_mail(port);
    for url in [
        format!("smtps://127.0.0.1:{port}"),
        format!("smtp://127.0.0.1:{port}?tls=starttls"),
    ] {
        env.ok(&["settings", "set", "smtp-url", &url]);
        let out = env
            .cmd()
            .env("TALLY_SMTP_TIMEOUT", "5")
            .args(["--json", "mail", "send"])
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{url}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            received.lock().unwrap().is_empty(),
            "{url} sent in the clear"
        );
    }
    assert!(pending(&env).iter().all(|m| m["attempts"] == 2));
}

#[test]
fn a_bad_smtp_timeout_is_an_input_error() {
    let (port, received) = start_server();
    let env = env_with_mail(port);
    let out = env
        .cmd()
        .env("TALLY_SMTP_TIMEOUT", "soon")
        .args(["--json", "mail", "send"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(e["error"]["code"], "invalid_input");
    assert!(received.lock().unwrap().is_empty());
    assert_eq!(pending(&env).len(), 2);
}
