//! `mail send` against real SMTP servers on 127.0.0.1, started by the test
//! itself: mailin-embedded in process, plain or with STARTTLS, and behind a
//! TLS terminator for `smtps://`; certificates made by a private test CA.
//! Every received message is read back: headers and body.
use crate::common::*;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Once};
use std::time::Duration;

use mailin_embedded::{AuthMechanism, Handler, Response, Server, SslConfig, response};
use serde_json::Value;

#[derive(Debug, Clone)]
struct Received {
    to: Vec<String>,
    data: String,
}

impl Received {
    /// The value of a header, unfolded.
    fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or("");
        let mut value: Option<String> = None;
        for line in head.split("\r\n") {
            if let Some(v) = value.as_mut()
                && (line.starts_with(' ') || line.starts_with('\t'))
            {
                v.push_str(line);
                continue;
            }
            if value.is_some() {
                break;
            }
            if let Some((n, v)) = line.split_once(':')
                && n.eq_ignore_ascii_case(name)
            {
                value = Some(v.trim().to_string());
            }
        }
        value
    }

    /// The body, quoted-printable undone.
    fn body(&self) -> String {
        let raw = self.data.split_once("\r\n\r\n").map_or("", |(_, b)| b);
        let mut out = Vec::new();
        let bytes = raw.replace("=\r\n", "").into_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'='
                && i + 2 < bytes.len()
                && let Ok(b) =
                    u8::from_str_radix(&String::from_utf8_lossy(&bytes[i + 1..i + 3]), 16)
            {
                out.push(b);
                i += 3;
                continue;
            }
            out.push(bytes[i]);
            i += 1;
        }
        String::from_utf8_lossy(&out).replace("\r\n", "\n")
    }
}

/// What a server saw.
#[derive(Default)]
struct Seen {
    received: Vec<Received>,
    connections: usize,
    logins: Vec<(String, String)>,
}

/// Keeps every message the server accepts. Refuses for good (550) recipients
/// containing "refuse"; asks to try later (451) for those containing "later".
#[derive(Clone, Default)]
struct Inbox {
    seen: Arc<Mutex<Seen>>,
    current: Vec<u8>,
    to: Vec<String>,
    /// Answer the next message's end of data only after this long: the
    /// message arrives, but the sender times out before it hears so.
    slow_once: Arc<Mutex<Option<Duration>>>,
}

impl Handler for Inbox {
    fn helo(&mut self, _ip: std::net::IpAddr, _domain: &str) -> Response {
        self.seen.lock().unwrap().connections += 1;
        response::OK
    }

    fn rcpt(&mut self, to: &str) -> Response {
        if to.contains("refuse") {
            response::NO_MAILBOX
        } else if to.contains("later") {
            response::INTERNAL_ERROR
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
        self.seen.lock().unwrap().received.push(Received {
            to: self.to.clone(),
            data: String::from_utf8_lossy(&self.current).into_owned(),
        });
        if let Some(wait) = self.slow_once.lock().unwrap().take() {
            std::thread::sleep(wait);
        }
        response::OK
    }

    fn auth_plain(&mut self, _authz: &str, user: &str, password: &str) -> Response {
        self.seen
            .lock()
            .unwrap()
            .logins
            .push((user.to_string(), password.to_string()));
        if password == "s3cret" {
            response::AUTH_OK
        } else {
            response::INVALID_CREDENTIALS
        }
    }
}

type Shared = Arc<Mutex<Seen>>;

/// The TLS library needs one crypto provider for the whole test process.
fn crypto() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// Starts a server on a free port of `ip`; returns the port and what it sees.
fn start_server_on(ip: &str, ssl: SslConfig, auth: bool) -> (u16, Shared) {
    crypto();
    let listener = TcpListener::bind((ip, 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox = Inbox::default();
    let seen = inbox.seen.clone();
    let mut server = Server::new(inbox);
    server
        .with_name("test.local")
        .with_ssl(ssl)
        .unwrap()
        .with_tcp_listener(listener);
    if auth {
        server.with_auth(AuthMechanism::Plain);
    }
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, seen)
}

fn start_server() -> (u16, Shared) {
    start_server_on("127.0.0.1", SslConfig::None, false)
}

/// A plain server that is slow to confirm the first message it receives.
fn start_slow_server(wait: Duration) -> (u16, Shared) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox = Inbox::default();
    *inbox.slow_once.lock().unwrap() = Some(wait);
    let seen = inbox.seen.clone();
    let mut server = Server::new(inbox);
    server
        .with_name("test.local")
        .with_ssl(SslConfig::None)
        .unwrap()
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, seen)
}

fn received(seen: &Shared) -> Vec<Received> {
    seen.lock().unwrap().received.clone()
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
    set_url(&env, &format!("smtp://127.0.0.1:{port}"));
    env.ok(&["settings", "set", "mail-from", "tally@acme.test"]);
    env
}

fn set_url(env: &Env, url: &str) {
    env.ok(&["settings", "set", "smtp-url", url]);
}

fn list(env: &Env, status: &str) -> Vec<Value> {
    env.json(&["mail", "list", "--status", status])
        .as_array()
        .unwrap()
        .clone()
}

fn pending(env: &Env) -> Vec<Value> {
    list(env, "pending")
}

/// `mail send` that is expected to exit 1 (`delivery_failed`); its report.
fn send_failing(env: &Env, extra_env: &[(&str, &str)]) -> (Value, Value) {
    let mut cmd = env.cmd();
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let out = cmd
        .args(["--json", "mail", "send"])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["code"], "delivery_failed");
    (serde_json::from_slice(&out.stdout).unwrap(), err)
}

#[test]
fn delivers_each_message_once_with_the_headers_relays_require() {
    let (port, seen) = start_server();
    let env = env_with_mail(port);
    env.ok(&[
        "settings",
        "set",
        "mail-from",
        "Acme Tally <tally@acme.test>",
    ]);
    let report = env.json(&["mail", "send"]);
    assert_eq!(report["sent"], 2);
    assert_eq!(report["failed"], 0);
    let got = received(&seen);
    assert_eq!(got.len(), 2);
    let bob = got
        .iter()
        .find(|m| m.to == ["bob@acme.test"])
        .expect("bob's mail");
    assert_eq!(bob.header("Subject").unwrap(), "You received 5 credits");
    assert_eq!(
        bob.header("From").unwrap(),
        "\"Acme Tally\" <tally@acme.test>"
    );
    assert_eq!(bob.header("To").unwrap(), "\"First Last\" <bob@acme.test>");
    assert_eq!(bob.header("MIME-Version").unwrap(), "1.0");
    assert_eq!(bob.header("Auto-Submitted").unwrap(), "auto-generated");
    assert!(
        bob.header("Date").is_some_and(|d| d.contains("20")),
        "{}",
        bob.data
    );
    assert!(
        bob.header("Content-Type")
            .unwrap()
            .contains("charset=utf-8"),
        "{}",
        bob.data
    );
    let id = bob.header("Message-ID").unwrap();
    assert!(id.starts_with('<') && id.ends_with("@acme.test>"), "{id}");
    let carol = got.iter().find(|m| m.to == ["carol@acme.test"]).unwrap();
    assert_ne!(carol.header("Message-ID"), Some(id));
    assert!(pending(&env).is_empty());
    for m in list(&env, "all") {
        assert_eq!(m["status"], "sent");
        assert_eq!(m["attempts"], 1);
        assert!(m["sent_at"].is_string());
    }
    // A second run sends nothing again.
    let again = env.json(&["mail", "send"]);
    assert_eq!(again["sent"], 0);
    assert_eq!(received(&seen).len(), 2);
}

/// The server took the message but tally timed out before it heard so: the
/// message is sent again, with the same Message-ID, so that the receiver
/// can tell it is one message.
#[test]
fn a_message_sent_twice_after_a_timeout_keeps_its_message_id() {
    let (port, seen) = start_slow_server(Duration::from_secs(3));
    let env = env_with_mail(port);
    let (report, _) = send_failing(&env, &[("TALLY_SMTP_TIMEOUT", "1")]);
    assert!(report["deferred"].as_i64().unwrap() >= 1, "{report}");
    env.json(&["mail", "send"]);
    let got = received(&seen);
    let bob: Vec<&Received> = got.iter().filter(|m| m.to == ["bob@acme.test"]).collect();
    assert_eq!(bob.len(), 2, "{got:?}");
    assert_eq!(bob[0].header("Message-ID"), bob[1].header("Message-ID"));
    assert!(bob[0].header("Message-ID").is_some());
}

#[test]
fn credits_received_says_who_gave_what_the_balance_and_the_memo() {
    let (port, seen) = start_server();
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&[
        "user",
        "add",
        "dan",
        "--first",
        "Dan",
        "--last",
        "Dürr",
        "--email",
        "dan@acme.test",
    ]);
    set_url(&env, &format!("smtp://127.0.0.1:{port}"));
    env.ok(&["settings", "set", "mail-from", "tally@acme.test"]);
    env.ok(&["credits", "topup", "100"]);
    env.ok(&["credits", "assign", "--from", "company", "--to", "dan", "1"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "bob", "30",
    ]);
    env.ok(&[
        "credits",
        "assign",
        "--from",
        "bob",
        "--to",
        "dan",
        "12",
        "--memo",
        "Projekt Übergabe",
    ]);
    env.json(&["mail", "send"]);
    let got = received(&seen);
    let to_dan: Vec<&Received> = got.iter().filter(|m| m.to == ["dan@acme.test"]).collect();
    assert_eq!(to_dan.len(), 2);
    assert_eq!(
        to_dan[0].header("Subject").unwrap(),
        "You received 1 credit"
    );
    let first = to_dan[0].body();
    assert!(first.contains("Hello Dan,"), "{first}");
    assert!(first.contains("Acme gave you 1 credit."), "{first}");
    assert!(first.contains("Your credits balance is now 1."), "{first}");
    let second = to_dan[1].body();
    assert!(
        second.contains("First Last gave you 12 credits at Acme."),
        "{second}"
    );
    assert!(second.contains("Memo: Projekt Übergabe"), "{second}");
    assert!(
        second.contains("Your credits balance is now 13."),
        "{second}"
    );
    // "Dan Dürr", encoded as RFC 2047 asks for a name that is not ASCII.
    assert_eq!(
        to_dan[1].header("To").unwrap(),
        "=?utf-8?b?RGFuIETDvHJy?= <dan@acme.test>"
    );
}

#[test]
fn a_message_is_addressed_when_it_is_sent() {
    let (port, seen) = start_server();
    let env = env_with_mail(port);
    // A typo fixed after the message was queued: the mail goes to the fix.
    env.ok(&["user", "edit", "bob", "--email", "robert@acme.test"]);
    assert!(pending(&env).iter().any(|m| m["to"] == "robert@acme.test"));
    env.json(&["mail", "send"]);
    let got = received(&seen);
    assert!(got.iter().any(|m| m.to == ["robert@acme.test"]), "{got:?}");
    assert!(!got.iter().any(|m| m.to == ["bob@acme.test"]));
}

#[test]
fn a_server_that_is_down_loses_nothing_and_counts_attempts() {
    let env = env_with_mail(dead_port());
    for attempt in 1..=2 {
        let (report, _) = send_failing(&env, &[]);
        assert_eq!(report["deferred"], 2);
        assert_eq!(report["failed"], 0);
        for m in pending(&env) {
            assert_eq!(m["attempts"], attempt);
            assert!(m["last_error"].as_str().is_some_and(|e| !e.is_empty()));
        }
    }
    // The server comes up: everything is delivered, exactly once.
    let (port, seen) = start_server();
    set_url(&env, &format!("smtp://127.0.0.1:{port}"));
    let report = env.json(&["mail", "send"]);
    assert_eq!(report["sent"], 2);
    assert_eq!(received(&seen).len(), 2);
    assert!(pending(&env).is_empty());
}

#[test]
fn an_unreachable_server_ends_the_run_after_three_tries() {
    let env = env_with_mail(dead_port());
    for _ in 0..3 {
        env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "1"]);
    }
    let (report, _) = send_failing(&env, &[]);
    assert_eq!(report["deferred"], 3);
    assert_eq!(report["not_tried"], 2);
    let tried: Vec<i64> = pending(&env)
        .iter()
        .map(|m| m["attempts"].as_i64().unwrap())
        .collect();
    assert_eq!(tried.iter().filter(|a| **a == 1).count(), 3, "{tried:?}");
    assert_eq!(tried.iter().filter(|a| **a == 0).count(), 2, "{tried:?}");
}

#[test]
fn one_connection_carries_the_whole_run() {
    let (port, seen) = start_server();
    let env = env_with_mail(port);
    for _ in 0..3 {
        env.ok(&[
            "credits", "assign", "--from", "company", "--to", "carol", "1",
        ]);
    }
    let report = env.json(&["mail", "send"]);
    assert_eq!(report["sent"], 5);
    assert_eq!(seen.lock().unwrap().connections, 1);
}

#[test]
fn a_permanent_refusal_fails_the_message_which_can_be_retried_or_cancelled() {
    let (port, seen) = start_server();
    let env = env_with_mail(port);
    env.ok(&["settings", "set", "support-email", "refuse@vendor.test"]);
    env.ok(&["credits", "request", "500"]);
    env.ok(&["user", "edit", "carol", "--email", "later@acme.test"]);
    let (report, err) = send_failing(&env, &[]);
    assert_eq!(
        (
            report["sent"].as_i64(),
            report["failed"].as_i64(),
            report["deferred"].as_i64()
        ),
        (Some(1), Some(1), Some(1))
    );
    assert!(
        err["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("mail retry"),
        "{err}"
    );
    let failed = list(&env, "failed");
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["to"], "refuse@vendor.test");
    assert!(
        failed[0]["last_error"].as_str().unwrap().contains("550"),
        "{}",
        failed[0]
    );
    // The 4xx one stays pending; the failed one is not tried again.
    assert_eq!(pending(&env).len(), 1);
    assert_eq!(pending(&env)[0]["to"], "later@acme.test");
    env.ok(&["user", "edit", "carol", "--email", "carol@acme.test"]);
    assert_eq!(env.json(&["mail", "send"])["sent"], 1);
    assert_eq!(list(&env, "failed")[0]["attempts"], 1);

    // Fixed at the vendor's end: retried, and delivered once.
    let id = failed[0]["id"].as_i64().unwrap().to_string();
    env.ok(&["settings", "set", "support-email", "sales@vendor.test"]);
    let retried = env.json(&["mail", "retry", &id]);
    assert_eq!(retried["status"], "pending");
    // The message keeps the address it was queued for (not a user's).
    assert_eq!(pending(&env)[0]["to"], "refuse@vendor.test");
    let (report, _) = send_failing(&env, &[]);
    assert_eq!(report["failed"], 1);
    let cancelled = env.json(&["mail", "cancel", &id]);
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(list(&env, "cancelled").len(), 1);
    // Nothing is left to send: the nightly run succeeds again.
    assert_eq!(env.json(&["mail", "send"])["sent"], 0);
    env.refused(&["mail", "retry", &id], 2, "invalid_input");
    env.refused(&["mail", "cancel", "999"], 1, "not_found");
    let sent_id = list(&env, "sent")[0]["id"].as_i64().unwrap().to_string();
    env.refused(&["mail", "cancel", &sent_id], 2, "invalid_input");
    let actions: Vec<String> = env
        .audit()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert!(actions.contains(&"mail.retry".to_string()));
    assert!(actions.contains(&"mail.cancel".to_string()));
    assert_eq!(received(&seen).len(), 2);
    // --all-failed puts every failed message back.
    env.ok(&["credits", "request", "7"]);
    env.ok(&["settings", "set", "support-email", "refuse@vendor.test"]);
    env.ok(&["credits", "request", "8"]);
    send_failing(&env, &[]);
    let all = env.json(&["mail", "retry", "--all-failed"]);
    assert_eq!(all["ids"].as_array().unwrap().len(), 1);
}

#[test]
fn a_silent_server_times_out_and_says_so() {
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
    let tried: Vec<&Value> = p.iter().filter(|m| m["attempts"] == 1).collect();
    assert_eq!(tried.len(), 1);
    assert!(
        tried[0]["last_error"]
            .as_str()
            .unwrap()
            .contains("timed out"),
        "{}",
        tried[0]
    );
}

#[test]
fn send_needs_settings_and_rights_only_when_there_is_mail() {
    let env = Env::new();
    // Nothing to send: success, even with nothing configured.
    let out = env.json(&["mail", "send"]);
    assert_eq!(out["sent"], 0);
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "topup", "10"]);
    env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "1"]);
    env.refused(&["mail", "send"], 1, "not_configured");
    env.ok(&["settings", "set", "smtp-url", "smtp://127.0.0.1:25"]);
    env.refused(&["mail", "send"], 1, "not_configured");
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
fn settings_unset_removes_a_mistaken_setting() {
    let (port, seen) = start_server();
    let env = env_with_mail(port);
    env.ok(&["settings", "set", "smtp-user", "mailer"]);
    env.refused(&["mail", "send"], 1, "not_configured");
    let out = env.json(&["settings", "unset", "smtp-user"]);
    assert!(out["value"].is_null());
    assert_eq!(env.json(&["mail", "send"])["sent"], 2);
    assert_eq!(received(&seen).len(), 2);
    // Unsetting what is not set changes nothing; an unknown key is refused.
    env.ok(&["settings", "unset", "smtp-user"]);
    env.refused(&["settings", "unset", "smtp-password"], 2, "invalid_input");
    assert!(env.audit().iter().any(|e| e["action"] == "settings.unset"));
}

#[test]
fn addresses_are_checked_by_the_parser_that_sends_them() {
    let env = Env::new();
    for bad in [
        "a,b@acme.test",
        ".a@acme.test",
        "a.@acme.test",
        "a..b@acme.test",
        "\"a b\"@acme.test",
        "a@acme..test",
    ] {
        env.refused(
            &[
                "user", "add", "x", "--first", "X", "--last", "Y", "--email", bad,
            ],
            2,
            "invalid_input",
        );
        env.refused(
            &["settings", "set", "support-email", bad],
            2,
            "invalid_input",
        );
        env.refused(&["settings", "set", "mail-from", bad], 2, "invalid_input");
    }
    add_user(&env, "bob", &[]);
    env.refused(
        &["user", "edit", "bob", "--email", ".b@acme.test"],
        2,
        "invalid_input",
    );
    let file = crate::ledger_support::write_file(
        &env,
        "u.csv",
        "handle,first_name,last_name,email\ndan,D,D,\"d,x@acme.test\"\n",
    );
    env.refused(&["user", "import", &file], 2, "invalid_input");
    env.ok(&[
        "settings",
        "set",
        "mail-from",
        "Acme Tally <tally@acme.test>",
    ]);
    env.ok(&[
        "user",
        "add",
        "o",
        "--first",
        "O",
        "--last",
        "K",
        "--email",
        "o'k+tag@acme.test",
    ]);
}

#[test]
fn ipv6_hosts_work_or_are_refused_when_set() {
    let env = env_with_mail(25);
    for bad in ["smtp://::1:25", "smtp://[::1", "smtp://[not-an-ip]:25"] {
        env.refused(&["settings", "set", "smtp-url", bad], 2, "invalid_input");
    }
    match TcpListener::bind("[::1]:0") {
        Ok(probe) => {
            drop(probe);
            let (port, seen) = start_server_on("::1", SslConfig::None, false);
            set_url(&env, &format!("smtp://[::1]:{port}"));
            assert_eq!(env.json(&["mail", "send"])["sent"], 2);
            assert_eq!(received(&seen).len(), 2);
        }
        Err(e) => {
            // The URL is still accepted and parsed; only delivery is not tried.
            eprintln!("no IPv6 loopback on this machine ({e}): delivery over ::1 not tried");
            set_url(&env, "smtp://[::1]:2525");
        }
    }
}

/// A private certificate authority and certificates it signs, as PEM files.
struct Pki {
    dir: tempfile::TempDir,
    ca: rcgen::Certificate,
    ca_params: rcgen::CertificateParams,
    ca_key: rcgen::KeyPair,
}

impl Pki {
    fn new() -> Pki {
        let ca_key = rcgen::KeyPair::generate().unwrap();
        let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Acme Test Root CA");
        ca_params.key_usages = vec![
            rcgen::KeyUsagePurpose::KeyCertSign,
            rcgen::KeyUsagePurpose::CrlSign,
        ];
        let ca = ca_params.self_signed(&ca_key).unwrap();
        let pki = Pki {
            dir: tempfile::tempdir().unwrap(),
            ca,
            ca_params,
            ca_key,
        };
        std::fs::write(pki.path("ca.pem"), pki.ca.pem()).unwrap();
        pki
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A server certificate for `names`, signed by the CA (or by itself);
    /// returns the paths of the certificate and the key.
    fn server(&self, file: &str, names: &[&str], by_ca: bool) -> (PathBuf, PathBuf) {
        let key = rcgen::KeyPair::generate().unwrap();
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let params = rcgen::CertificateParams::new(names).unwrap();
        let cert = if by_ca {
            let issuer = rcgen::Issuer::from_params(&self.ca_params, &self.ca_key);
            params.signed_by(&key, &issuer).unwrap()
        } else {
            params.self_signed(&key).unwrap()
        };
        let (c, k) = (
            self.path(&format!("{file}.pem")),
            self.path(&format!("{file}.key")),
        );
        std::fs::write(&c, cert.pem()).unwrap();
        std::fs::write(&k, key.serialize_pem()).unwrap();
        (c, k)
    }

    fn starttls_server(&self, cert: &Path, key: &Path, auth: bool) -> (u16, Shared) {
        let ssl = SslConfig::Trusted {
            cert_path: cert.to_str().unwrap().into(),
            key_path: key.to_str().unwrap().into(),
            chain_path: self.path("ca.pem").to_str().unwrap().into(),
        };
        start_server_on("127.0.0.1", ssl, auth)
    }
}

/// `smtps://`: a TLS terminator in front of a plain server, as a relay
/// listening on port 465 is.
fn start_implicit_tls(cert: &Path, key: &Path, backend: u16) -> u16 {
    crypto();
    let certs: Vec<rustls::pki_types::CertificateDer<'static>> = {
        use rustls::pki_types::pem::PemObject;
        rustls::pki_types::CertificateDer::pem_file_iter(cert)
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let key = {
        use rustls::pki_types::pem::PemObject;
        rustls::pki_types::PrivateKeyDer::from_pem_file(key).unwrap()
    };
    let config = Arc::new(
        rustls::ServerConfig::builder()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let config = config.clone();
            std::thread::spawn(move || {
                let tick = Some(Duration::from_millis(5));
                let Ok(mut back) = TcpStream::connect(("127.0.0.1", backend)) else {
                    return;
                };
                client.set_read_timeout(tick).unwrap();
                back.set_read_timeout(tick).unwrap();
                let conn = rustls::ServerConnection::new(config).unwrap();
                let mut tls = rustls::StreamOwned::new(conn, client);
                let mut buf = [0u8; 16 * 1024];
                let quiet = |e: &std::io::Error| {
                    matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    )
                };
                loop {
                    match tls.read(&mut buf) {
                        Ok(0) => return,
                        Ok(n) => {
                            if back.write_all(&buf[..n]).is_err() {
                                return;
                            }
                        }
                        Err(e) if quiet(&e) => {}
                        Err(_) => return,
                    }
                    match back.read(&mut buf) {
                        Ok(0) => return,
                        Ok(n) => {
                            if tls.write_all(&buf[..n]).and_then(|_| tls.flush()).is_err() {
                                return;
                            }
                        }
                        Err(e) if quiet(&e) => {}
                        Err(_) => return,
                    }
                }
            });
        }
    });
    port
}

#[test]
fn tls_to_a_relay_of_a_private_ca_with_a_login() {
    let pki = Pki::new();
    let (cert, key) = pki.server("relay", &["localhost", "127.0.0.1"], true);
    let (port, seen) = pki.starttls_server(&cert, &key, true);
    let env = env_with_mail(port);
    env.ok(&["settings", "set", "smtp-user", "mailer"]);
    let password = [("TALLY_SMTP_PASSWORD", "s3cret")];

    // STARTTLS without the CA: refused, readably, nothing sent.
    set_url(&env, &format!("smtp://localhost:{port}?tls=starttls"));
    let (report, err) = send_failing(&env, &password);
    let e = report["messages"][0]["last_error"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(e.contains("not trusted") || e.contains("authority"), "{e}");
    assert!(
        err["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("smtp-ca-file"),
        "{err}"
    );
    assert!(received(&seen).is_empty());
    assert!(
        seen.lock().unwrap().logins.is_empty(),
        "a password went out before TLS"
    );

    // With the CA: delivered, the login over TLS.
    env.ok(&[
        "settings",
        "set",
        "smtp-ca-file",
        pki.path("ca.pem").to_str().unwrap(),
    ]);
    let mut cmd = env.cmd();
    cmd.env("TALLY_SMTP_PASSWORD", "s3cret");
    let out = cmd.args(["--json", "mail", "send"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(received(&seen).len(), 2);
    assert_eq!(
        seen.lock().unwrap().logins,
        vec![("mailer".to_string(), "s3cret".to_string())]
    );
    // A file that is not PEM is refused when set.
    let junk = pki.path("junk.pem");
    std::fs::write(&junk, "not a certificate\n").unwrap();
    env.refused(
        &["settings", "set", "smtp-ca-file", junk.to_str().unwrap()],
        2,
        "invalid_input",
    );
}

#[test]
fn implicit_tls_with_the_private_ca() {
    let pki = Pki::new();
    let (cert, key) = pki.server("relay", &["localhost"], true);
    let (plain, seen) = start_server();
    let port = start_implicit_tls(&cert, &key, plain);
    let env = env_with_mail(port);
    env.ok(&[
        "settings",
        "set",
        "smtp-ca-file",
        pki.path("ca.pem").to_str().unwrap(),
    ]);
    set_url(&env, &format!("smtps://localhost:{port}"));
    let report = env.json(&["mail", "send"]);
    assert_eq!(report["sent"], 2);
    assert_eq!(received(&seen).len(), 2);
}

#[test]
fn self_signed_and_misnamed_certificates_are_refused() {
    let pki = Pki::new();
    let (own, own_key) = pki.server("own", &["localhost"], false);
    let (other, other_key) = pki.server("other", &["mail.other.test"], true);
    for (cert, key, words) in [
        (&own, &own_key, ["self-signed", "not trusted"]),
        (&other, &other_key, ["another name", "mail.other.test"]),
    ] {
        let (port, seen) = pki.starttls_server(cert, key, false);
        let env = env_with_mail(port);
        env.ok(&[
            "settings",
            "set",
            "smtp-ca-file",
            pki.path("ca.pem").to_str().unwrap(),
        ]);
        set_url(&env, &format!("smtp://localhost:{port}?tls=starttls"));
        let (report, _) = send_failing(&env, &[]);
        let e = report["messages"][0]["last_error"].as_str().unwrap();
        assert!(words.iter().any(|w| e.contains(w)), "{e}");
        assert!(!e.contains("OtherError"), "{e}");
        assert!(received(&seen).is_empty());
    }
}

/// A login is never sent in the clear unless the URL says so; TLS URLs never
/// fall back to plain text against a server that does not offer TLS.
#[test]
fn no_downgrade_to_plain_text() {
    let (port, seen) = start_server_on("127.0.0.1", SslConfig::None, true);
    let env = env_with_mail(port);
    env.ok(&["settings", "set", "smtp-user", "mailer"]);
    let err = env
        .cmd()
        .env("TALLY_SMTP_PASSWORD", "s3cret")
        .args(["--json", "mail", "send"])
        .output()
        .unwrap();
    assert_eq!(err.status.code(), Some(1));
    let e: Value = serde_json::from_slice(&err.stderr).unwrap();
    assert_eq!(e["error"]["code"], "not_configured");
    assert!(
        e["error"]["hint"].as_str().unwrap().contains("STARTTLS"),
        "{e}"
    );
    assert!(seen.lock().unwrap().logins.is_empty());
    for url in [
        format!("smtps://127.0.0.1:{port}"),
        format!("smtp://127.0.0.1:{port}?tls=starttls"),
    ] {
        set_url(&env, &url);
        send_failing(
            &env,
            &[
                ("TALLY_SMTP_TIMEOUT", "5"),
                ("TALLY_SMTP_PASSWORD", "s3cret"),
            ],
        );
        assert!(received(&seen).is_empty(), "{url} sent in the clear");
        assert!(
            seen.lock().unwrap().logins.is_empty(),
            "{url} sent the password"
        );
    }
    assert!(pending(&env).iter().all(|m| m["attempts"] == 2));
}

#[test]
fn dry_run_sends_nothing() {
    let (port, seen) = start_server();
    let env = env_with_mail(port);
    let out = env.json(&["--dry-run", "mail", "send"]);
    assert_eq!(out["would_send"].as_array().unwrap().len(), 2);
    assert!(received(&seen).is_empty());
    assert_eq!(pending(&env).len(), 2);
}

#[test]
fn a_bad_smtp_timeout_is_an_input_error() {
    let (port, seen) = start_server();
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
    assert!(received(&seen).is_empty());
    assert_eq!(pending(&env).len(), 2);
}

/// A database of schema version 1 (before the outbox knew failed messages
/// and its users) is brought up to date on open, its mail kept.
#[test]
fn a_version_one_outbox_is_migrated() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "topup", "10"]);
    env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "1"]);
    // Back to version 1's outbox, as an older tally left it.
    env.sql(&before_service_accounts(false));
    env.sql(&undo_migration(
        include_str!("../migrations/004_chain.sql"),
        false,
    ));
    env.sql(&undo_migration(
        include_str!("../migrations/003_replace_guards.sql"),
        false,
    ));
    env.sql(
        "DROP TRIGGER outbox_no_delete; DROP TRIGGER outbox_cancelled_is_final;
         DROP TRIGGER outbox_sent_is_final;
         CREATE TABLE outbox_v1 (id INTEGER PRIMARY KEY, to_address TEXT NOT NULL,
            subject TEXT NOT NULL, body TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0), last_error TEXT,
            created_at TEXT NOT NULL, sent_at TEXT);
         INSERT INTO outbox_v1 SELECT id, to_address, subject, body, status, attempts,
            last_error, created_at, sent_at FROM outbox;
         DROP TABLE outbox; ALTER TABLE outbox_v1 RENAME TO outbox;
         PRAGMA user_version = 1;",
    );
    let (port, seen) = start_server();
    set_url(&env, &format!("smtp://127.0.0.1:{port}"));
    let version: i64 = env.rows("PRAGMA user_version")[0][0].parse().unwrap();
    assert_eq!(version, 11);
    env.ok(&["settings", "set", "mail-from", "tally@acme.test"]);
    env.ok(&["user", "edit", "bob", "--email", "bobby@acme.test"]);
    assert_eq!(env.json(&["mail", "send"])["sent"], 1);
    // The old message was matched to its user: it follows the new address.
    assert_eq!(received(&seen)[0].to, ["bobby@acme.test"]);
    env.ok(&["verify"]);
}
