//! Several processes on one file: no lost change, a held lock gives `busy`.
use crate::common::*;

use std::time::Duration;

#[test]
fn parallel_writers_lose_nothing() {
    let env = Env::new();
    let children: Vec<_> = (0..8)
        .map(|i| {
            let handle = format!("user{i}");
            let email = format!("{handle}@acme.test");
            env.process()
                .args([
                    "-q", "user", "add", &handle, "--first", "F", "--last", "L", "--email", &email,
                ])
                .spawn()
                .expect("spawn")
        })
        .collect();
    for mut c in children {
        assert!(c.wait().expect("wait").success());
    }
    let list = env.json(&["user", "list"]);
    assert_eq!(list["active_users"], 9);
    assert_eq!(list["users"].as_array().unwrap().len(), 9);
    assert_eq!(env.audit_count(), 1 + 8);
}

#[test]
fn a_transfer_reversed_by_several_processes_at_once_is_reversed_once() {
    let env = Env::new();
    env.ok(&["credits", "topup", "100"]);
    let children: Vec<_> = (0..6)
        .map(|_| {
            env.process()
                .args(["--json", "credits", "reverse", "1"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let mut won = 0;
    for c in children {
        let out = c.wait_with_output().expect("wait");
        if out.status.success() {
            won += 1;
            continue;
        }
        let err: serde_json::Value = serde_json::from_slice(&out.stderr).expect("JSON error");
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert_eq!(err["error"]["code"], "already_reversed", "{err}");
    }
    assert_eq!(won, 1);
    assert_eq!(
        env.rows("SELECT count(*) FROM transfers")[0][0],
        "2",
        "one reversal"
    );
    let report = env.json(&["verify"]);
    assert_eq!(report["ok"], true, "{report}");
}

#[test]
fn a_held_lock_is_busy_with_a_short_timeout_and_waited_out_with_a_long_one() {
    let env = Env::new();
    let blocker = rusqlite::Connection::open(&env.db).unwrap();
    blocker.execute_batch("BEGIN IMMEDIATE").unwrap();

    let before = env.dump();
    let out = env
        .cmd()
        .env("TALLY_BUSY_TIMEOUT", "100")
        .args([
            "--json",
            "user",
            "add",
            "bob",
            "--first",
            "Bob",
            "--last",
            "B",
            "--email",
            "bob@acme.test",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["code"], "busy");

    assert_eq!(before, env.dump(), "a busy refusal changed the database");

    let mut waiter = env
        .process()
        .args([
            "-q",
            "user",
            "add",
            "bob",
            "--first",
            "Bob",
            "--last",
            "B",
            "--email",
            "bob@acme.test",
        ])
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    blocker.execute_batch("ROLLBACK").unwrap();
    drop(blocker);
    assert!(
        waiter.wait().unwrap().success(),
        "the waiting writer failed"
    );
    assert_eq!(env.json(&["user", "show", "bob"])["status"], "active");
}
