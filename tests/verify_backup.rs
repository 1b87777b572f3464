//! `tally verify` (integrity, foreign keys, the rules), `tally backup`, and a
//! closed pipe.
use crate::common::*;

use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;

#[test]
fn verify_passes_on_a_fresh_database() {
    let env = Env::new();
    let report = env.json(&["verify"]);
    assert_eq!(report["ok"], true);
    let checks = report["checks"].as_array().unwrap();
    assert!(checks.len() >= 5);
    assert!(
        checks
            .iter()
            .all(|c| c["ok"] == true && c["problems"] == serde_json::json!([]))
    );
    let names: Vec<&str> = checks.iter().map(|c| c["name"].as_str().unwrap()).collect();
    for wanted in [
        "integrity",
        "foreign keys",
        "rule 3",
        "rule 4",
        "ledger",
        "zero",
    ] {
        assert!(
            names.iter().any(|n| n.contains(wanted)),
            "no check about {wanted}: {names:?}"
        );
    }
    // Plain: one tab-separated row per check, every one ok.
    let plain = env.ok(&["verify"]);
    assert_eq!(plain.lines().count(), checks.len());
    assert!(plain.lines().all(|l| l.starts_with("ok\t")), "{plain}");
    // verify writes nothing.
    let before = env.dump();
    let audit = env.audit_count();
    env.ok(&["verify"]);
    assert_eq!(before, env.dump());
    assert_eq!(audit, env.audit_count());
}

#[test]
fn verify_passes_after_ordinary_work() {
    let env = Env::new();
    add_user(&env, "bob", &["--admin"]);
    add_user(&env, "carol", &[]);
    env.ok(&["role", "revoke", "bob", "administrator"]);
    env.ok(&["user", "deactivate", "bob"]);
    env.ok(&["user", "delete", "carol", "--yes"]);
    env.ok(&["credits", "topup", "100"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "alice", "40",
    ]);
    assert_eq!(env.json(&["verify"])["ok"], true);
}

#[test]
fn verify_fails_on_a_broken_foreign_key() {
    let env = Env::new();
    env.sql(
        "PRAGMA foreign_keys = OFF; INSERT INTO user_roles (user_id, role_id) VALUES (999, 1);",
    );
    let (report, err) = env.refused_with_report(&["verify"], 1, "verify_failed");
    assert_eq!(report["ok"], false);
    let failed = failed_checks(&report);
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0].0, "foreign keys");
    assert!(failed[0].1[0].contains("user_roles"), "{failed:?}");
    assert!(
        err["message"].as_str().unwrap().contains("user_roles"),
        "{err}"
    );

    // A row of a table with row ids is named by its id.
    env.sql("PRAGMA foreign_keys = OFF; INSERT INTO user_status_events (id, user_id, status, at) VALUES (77, 999, 'active', 'x');");
    let (report, _) = env.refused_with_report(&["verify"], 1, "verify_failed");
    let failed = failed_checks(&report);
    assert_eq!(failed[0].1.len(), 2, "{failed:?}");
    assert!(
        failed[0]
            .1
            .iter()
            .any(|p| p.contains("row 77 of user_status_events")),
        "{failed:?}"
    );
}

#[test]
fn verify_fails_when_a_deactivated_user_holds_administrator() {
    let env = Env::new();
    add_user(&env, "bob", &["--inactive"]);
    // Behind tally's back, and past the trigger that would refuse it.
    env.past_trigger(
        "user_roles_active_only",
        "user_roles",
        "INSERT INTO user_roles (user_id, role_id)
         SELECT u.id, r.id FROM users u, roles r WHERE u.handle = 'bob' AND r.name = 'administrator';",
    );
    let (report, err) = env.refused_with_report(&["verify"], 1, "verify_failed");
    let failed = failed_checks(&report);
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(failed[0].0.contains("rule 3"), "{failed:?}");
    assert!(
        failed[0].1[0].contains("'bob' is deactivated"),
        "{failed:?}"
    );
    assert!(err["message"].as_str().unwrap().contains("bob"), "{err}");
    assert!(err["hint"].as_str().is_some());

    // In plain output the failing check is named on stdout, the error on stderr.
    let out = env.run(&["verify"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("FAILED\t") && l.contains("bob")),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: verify found 1 problem"));
}

#[test]
fn verify_fails_when_no_active_administrator_is_left() {
    let env = Env::new();
    env.past_trigger(
        "users_admin_stays_active",
        "users",
        "UPDATE users SET status = 'deactivated' WHERE handle = 'alice';",
    );
    let (report, err) = env.refused_with_report(&["verify"], 1, "verify_failed");
    let failed: Vec<String> = failed_checks(&report)
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    // Alice was also the default actor, and her history says she is active.
    assert_eq!(
        failed,
        [
            "administrators are active (rule 3)",
            "an active administrator exists (rule 4)",
            "commands without --actor act as an active user",
            "users' statuses are the last their history records"
        ]
    );
    assert!(
        err["message"].as_str().unwrap().contains("4 problems"),
        "{err}"
    );
}

#[test]
fn verify_fails_when_a_balance_disagrees_with_the_ledger() {
    let env = Env::new();
    env.ok(&["credits", "topup", "100"]);
    env.sql("UPDATE accounts SET balance = balance + 5 WHERE holder = 'company';");
    let (report, _) = env.refused_with_report(&["verify"], 1, "verify_failed");
    let failed: Vec<String> = failed_checks(&report)
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert!(failed.iter().any(|n| n.contains("ledger")), "{failed:?}");
    assert!(failed.iter().any(|n| n.contains("zero")), "{failed:?}");
}

#[test]
fn verify_quick_runs_every_check_and_finds_what_the_rules_find() {
    let env = Env::new();
    env.ok(&["credits", "topup", "100"]);
    let full = env.json(&["verify"]);
    let quick = env.json(&["verify", "--quick"]);
    assert_eq!(quick, full, "the same checks, all passing");
    env.sql("UPDATE accounts SET balance = balance + 5 WHERE holder = 'company';");
    let (full, _) = env.refused_with_report(&["verify"], 1, "verify_failed");
    let (quick, _) = env.refused_with_report(&["verify", "--quick"], 1, "verify_failed");
    assert_eq!(failed_checks(&quick), failed_checks(&full));
    assert!(!failed_checks(&quick).is_empty());
}

#[test]
fn backup_writes_a_copy_that_tally_can_use() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &["--inactive"]);
    let copy = env.dir.path().join("copy.db");
    let v = env.json(&["backup", copy.to_str().unwrap()]);
    assert_eq!(v["file"], copy.to_str().unwrap());
    assert!(v["bytes"].as_u64().unwrap() > 0);
    assert_eq!(
        std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert!(
        !env.dir.path().join("copy.db-wal").exists(),
        "the copy stands alone"
    );

    let original = env.json(&["user", "list", "--status", "all"]);
    let copied = env.json(&[
        "--db",
        copy.to_str().unwrap(),
        "user",
        "list",
        "--status",
        "all",
    ]);
    assert_eq!(original, copied);
    assert_eq!(
        env.json(&["--db", copy.to_str().unwrap(), "verify"])["ok"],
        true
    );
    assert_eq!(
        env.json(&["--db", copy.to_str().unwrap(), "audit"]),
        env.json(&["audit"])
    );

    // The copy is independent of the original.
    env.ok(&[
        "--db",
        copy.to_str().unwrap(),
        "user",
        "delete",
        "bob",
        "--yes",
    ]);
    assert_eq!(env.json(&["user", "show", "bob"])["status"], "active");
}

#[test]
fn backup_never_overwrites_a_file() {
    let env = Env::new();
    let target = env.dir.path().join("existing.db");
    std::fs::write(&target, b"precious").unwrap();
    let err = env.refused(&["backup", target.to_str().unwrap()], 1, "already_exists");
    assert!(
        err["message"].as_str().unwrap().contains("existing.db"),
        "{err}"
    );
    assert_eq!(std::fs::read(&target).unwrap(), b"precious");
    // Not even onto the database itself (a server's is not a file at all).
    if env.pg.is_some() {
        let err = env.refused(&["backup", env.db.to_str().unwrap()], 2, "invalid_input");
        assert!(err["hint"].as_str().unwrap().contains("db copy"), "{err}");
    } else {
        env.refused(&["backup", env.db.to_str().unwrap()], 1, "already_exists");
    }
    assert_eq!(env.json(&["verify"])["ok"], true);
}

/// `tally user list | head -0`: the reader goes away before tally writes.
#[test]
fn a_closed_pipe_is_not_an_error() {
    let env = Env::new();
    // Enough rows that the output cannot fit in a pipe's buffer (64 KiB),
    // put in directly: hashing this many passwords would be slow.
    let mut sql = String::from("BEGIN;");
    for i in 0..1500 {
        sql.push_str(&format!(
            "INSERT INTO users (handle, first_name, last_name, email, status, password_hash, created_at)
             VALUES ('user{i:04}', 'First name {i}', 'Last name {i}', 'user{i}@example.test', 'active',
                     '$argon2id$v=19$m=19456,t=2,p=1$placeholder', '{NOW}');"
        ));
    }
    sql.push_str("COMMIT;");
    env.sql(&sql);

    for args in [
        &["user", "list"][..],
        &["--json", "user", "list"][..],
        &["audit"][..],
    ] {
        let mut child = env
            .process()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        drop(child.stdout.take()); // head -0
        let out = child.wait_with_output().expect("wait");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("error"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }

    // `| head -1`: one line read, then the pipe closes.
    let mut child = env
        .process()
        .args(["user", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("alice\t"), "{first}");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("error"));
}

#[test]
fn a_backup_into_a_missing_directory_says_so() {
    let env = Env::new();
    let target = env.dir.path().join("no-such-dir").join("b.db");
    let err = env.refused(
        &["backup", target.to_str().expect("a path")],
        1,
        "not_found",
    );
    assert!(
        err["message"].as_str().unwrap().contains("no-such-dir"),
        "{err}"
    );
    assert!(err["hint"].as_str().unwrap().contains("mkdir -p"), "{err}");
    assert!(!target.parent().unwrap().exists());
}
