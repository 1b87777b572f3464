//! Helpers for tests that run the real `tally` binary against a real SQLite
//! file in a temporary directory.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

pub const NOW: &str = "2026-03-15T12:00:00Z";

/// A temporary directory holding one database, initialized with admin `alice`.
pub struct Env {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    pub now: String,
}

impl Env {
    /// A directory with no database yet.
    pub fn empty() -> Env {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("tally.db");
        Env {
            dir,
            db,
            now: NOW.to_string(),
        }
    }

    /// A database initialized with company Acme and administrator `alice`.
    pub fn new() -> Env {
        let env = Env::empty();
        env.ok(&[
            "init", "--company", "Acme", "--admin", "alice", "--first", "Alice", "--last",
            "Liddell", "--email", "alice@acme.test",
        ]);
        env
    }

    /// The binary with this database, a fixed "now", no terminal, no inherited actor.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("tally").expect("binary");
        c.env_clear()
            .env("TALLY_DB", &self.db)
            .env("TALLY_NOW", &self.now)
            .env("USER", "tester")
            .env("HOME", self.dir.path())
            .current_dir(self.dir.path());
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run tally")
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "tally {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs with `--json` and asserts success; returns the parsed stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.ok(&all);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("stdout of {args:?} is not JSON ({e}): {out}"))
    }

    /// Runs with `--json`, asserts the exit code and error code, and that the
    /// database did not change (audit log aside for permission refusals).
    /// Returns the error object.
    pub fn refused(&self, args: &[&str], exit: i32, code: &str) -> Value {
        let before = self.dump();
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(exit),
            "tally {args:?}: wrong exit code\nstdout: {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(out.stdout.is_empty(), "refusal printed on stdout: {}", String::from_utf8_lossy(&out.stdout));
        let v: Value = serde_json::from_str(stderr.trim())
            .unwrap_or_else(|e| panic!("stderr of {args:?} is not JSON ({e}): {stderr}"));
        assert_eq!(v["error"]["code"], code, "tally {args:?}: {stderr}");
        assert!(v["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
        if code != "confirmation_required" && exit != 3 && exit != 4 {
            assert!(
                v["error"]["hint"].as_str().is_some_and(|h| !h.is_empty()),
                "tally {args:?}: no hint in {stderr}"
            );
        }
        assert_eq!(before, self.dump(), "tally {args:?} changed the database although it was refused");
        v["error"].clone()
    }

    /// Every row of every table but the audit log, as text: equal dumps mean
    /// nothing changed. Read with SQLite directly, not through tally.
    pub fn dump(&self) -> String {
        if !self.db.exists() {
            return String::from("<no file>");
        }
        dump_tables(&self.db)
    }

    pub fn audit_count(&self) -> usize {
        let v = self.json(&["audit"]);
        v.as_array().expect("audit array").len()
    }
}

/// Every table but the audit log, read with SQLite directly. The audit log is
/// left out: permission refusals are recorded there by design.
fn dump_tables(db: &std::path::Path) -> String {
    let tables = [
        "organization", "users", "user_status_events", "roles", "role_rights", "user_roles",
        "settings", "credit_kinds", "accounts", "transfers", "idempotency_keys",
        "purchase_requests", "outbox", "plans", "billing_info", "orders", "seat_prices",
        "invoices", "invoice_lines",
    ];
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open for dump");
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {t} ORDER BY 1, 2")).expect("prepare dump");
        let n = stmt.column_count();
        let mut rows = stmt.query([]).expect("query dump");
        out.push_str(t);
        out.push('\n');
        while let Some(row) = rows.next().expect("row") {
            for i in 0..n {
                let v: rusqlite::types::Value = row.get(i).expect("value");
                out.push_str(&format!("{v:?}|"));
            }
            out.push('\n');
        }
    }
    out
}

/// Adds a user with the given handle and a derived email; returns their JSON.
pub fn add_user(env: &Env, handle: &str, extra: &[&str]) -> Value {
    let email = format!("{handle}@acme.test");
    let mut args = vec!["user", "add", handle, "--first", "First", "--last", "Last", "--email", &email];
    args.extend_from_slice(extra);
    env.json(&args)
}
