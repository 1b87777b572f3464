//! tally on PostgreSQL: the real binary against the real server the tests
//! start (`common::pg`), a fresh database each test. What tally wrote is
//! checked with a client of the tests' own, not with tally.

use crate::common::{Env, INIT, check_json_error, undo_migration};

/// An organization on the server, initialized with company Acme and `alice`.
fn on_server() -> Env {
    let env = Env::on_server();
    env.json(&INIT);
    env
}

#[test]
fn the_same_commands_work_on_a_server() {
    let env = Env::on_server();
    let init = env.json(&INIT);
    assert_eq!(init["company"], "Acme");
    assert_eq!(init["admin"]["handle"], "alice");
    env.json(&[
        "user",
        "add",
        "bob",
        "--first",
        "Bob",
        "--last",
        "B",
        "--email",
        "bob@acme.test",
    ]);
    env.json(&["credits", "topup", "100"]);
    let moved = env.json(&[
        "credits", "assign", "--from", "company", "--to", "bob", "40",
    ]);
    assert_eq!(moved["to_balance"], 40);
    assert_eq!(moved["from_balance"], 60);
    let balance = env.json(&["credits", "balance", "bob"]);
    assert_eq!(balance[0]["balance"], 40);
    let users = env.json(&["user", "list"]);
    assert_eq!(users["active_users"], 2);
    assert_eq!(
        users["users"][0]["roles"],
        serde_json::json!(["administrator"])
    );
    let history = env.json(&["credits", "history"]);
    assert_eq!(history.as_array().map(Vec::len), Some(2));
    assert_eq!(env.json(&["verify"])["ok"], true);
    // Checked with the server's own sums, not tally's: per kind the
    // balances add up to zero and equal what the ledger moved.
    assert_eq!(env.server().value("SELECT sum(balance) FROM accounts"), "0");
    assert_eq!(
        env.server().value(
            "SELECT count(*) FROM accounts a WHERE a.balance <>
               coalesce((SELECT sum(amount) FROM transfers WHERE credit_account_id = a.id), 0)
             - coalesce((SELECT sum(amount) FROM transfers WHERE debit_account_id = a.id), 0)"
        ),
        "0"
    );
    // An idempotent retry applies once.
    let key = [
        "credits",
        "assign",
        "--from",
        "bob",
        "--to",
        "company",
        "5",
        "--idempotency-key",
        "k1",
    ];
    env.json(&key);
    assert_eq!(env.json(&key)["replayed"], true);
    assert_eq!(env.server().value("SELECT count(*) FROM transfers"), "3");
}

#[test]
fn a_refusal_changes_nothing_on_the_server() {
    let env = on_server();
    env.json(&[
        "user",
        "add",
        "bob",
        "--first",
        "Bob",
        "--last",
        "B",
        "--email",
        "bob@acme.test",
    ]);
    env.json(&["credits", "topup", "10"]);
    env.json(&["credits", "assign", "--from", "company", "--to", "bob", "4"]);
    let before = env.dump();
    let e = env.refused(&["user", "deactivate", "bob"], 1, "has_credits");
    assert!(
        e["hint"]
            .as_str()
            .unwrap()
            .contains("--from bob --to company 4")
    );
    env.refused(
        &["credits", "assign", "--from", "bob", "--to", "company", "5"],
        1,
        "insufficient_credits",
    );
    env.refused(
        &["role", "revoke", "alice", "administrator"],
        1,
        "last_admin",
    );
    assert_eq!(env.dump(), before);
    // The server's triggers hold the rules against plain SQL too.
    let mut client = env.server().client();
    let err = client
        .batch_execute("UPDATE transfers SET amount = 1")
        .expect_err("transfers are append-only");
    let why = err
        .as_db_error()
        .map(|d| d.message().to_string())
        .unwrap_or_default();
    assert!(why.contains("append-only"), "{err:?}");
    assert!(client.batch_execute("DELETE FROM audit_log").is_err());
    assert!(
        client
            .batch_execute("UPDATE accounts SET balance = -1 WHERE holder = 'company'")
            .is_err()
    );
}

#[test]
fn a_password_never_travels_in_the_url() {
    let env = Env::on_server();
    let url = env.server().url().replace(
        "tally_test@",
        &format!("tally_test:{}@", env.server().password),
    );
    let out = env.run_env(
        &[("TALLY_DB", &url), ("PGPASSWORD", "")],
        &[
            "--json",
            "init",
            "--company",
            "A",
            "--admin",
            "a",
            "--first",
            "A",
            "--last",
            "B",
            "--email",
            "a@a.test",
        ],
    );
    let e = check_json_error(&["init"], &out, 2, "invalid_input");
    assert!(
        !e.to_string().contains(&env.server().password),
        "the password is not echoed"
    );
    // No password at all: the server refuses the login.
    let out = env.run_env(&[("PGPASSWORD", "")], &["--json", "user", "list"]);
    let e = check_json_error(&["user", "list"], &out, 4, "database_unusable");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("asks for a password"),
        "{e}"
    );
    assert!(e["hint"].as_str().unwrap().contains("PGPASSWORD"), "{e}");
}

#[test]
fn the_password_comes_from_a_file_or_pgpass() {
    let env = Env::on_server();
    let file = env.dir.path().join("pw");
    std::fs::write(&file, format!("{}\n", env.server().password)).unwrap();
    let file = file.to_str().unwrap().to_string();
    let out = env.run_env(&[("TALLY_DB_PASSWORD_FILE", &file), ("PGPASSWORD", "")], &{
        let mut a = vec!["--json"];
        a.extend(INIT);
        a
    });
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pgpass = env.dir.path().join(".pgpass");
    std::fs::write(
        &pgpass,
        format!("# a comment\n{}\n", env.server().pgpass_line()),
    )
    .unwrap();
    let out = env.run_env(&[("PGPASSWORD", "")], &["--json", "user", "list"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn init_takes_only_an_empty_database() {
    let env = Env::on_server();
    env.refused(&["user", "list"], 1, "not_initialized");
    env.json(&[
        "--dry-run",
        "init",
        "--company",
        "Acme",
        "--admin",
        "alice",
        "--first",
        "A",
        "--last",
        "L",
        "--email",
        "a@acme.test",
    ]);
    assert_eq!(
        env.server()
            .value("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
        "0",
        "a dry run keeps nothing"
    );
    env.json(&INIT);
    env.refused(&INIT, 1, "already_initialized");

    let other = Env::on_server();
    other
        .server()
        .sql("CREATE TABLE invoices_of_another_program (id integer)");
    other.refused(&INIT, 4, "database_unusable");
    assert_eq!(
        other
            .server()
            .value("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
        "1"
    );
    // A schema newer than this tally is refused before anything is written.
    env.server()
        .sql("ALTER TABLE tally_schema DISABLE TRIGGER ALL; UPDATE tally_schema SET version = 99");
    env.refused(&["user", "list"], 4, "database_unusable");
}

/// What one racing process saw succeed.
#[derive(Default)]
struct Succeeded {
    /// `company -> user` transfers of 1, by user.
    assigned: [i64; 4],
    /// Consumptions of 1, by user.
    used: [i64; 4],
    /// Keys whose assign of 3 to u0 succeeded (first time or replayed).
    keys: Vec<String>,
}

#[test]
fn racing_hosts_lose_nothing_and_apply_each_key_once() {
    const PROCESSES: usize = 16;
    const ROUNDS: usize = 6;
    let env = on_server();
    for u in ["u0", "u1", "u2", "u3"] {
        env.json(&[
            "user",
            "add",
            u,
            "--first",
            "U",
            "--last",
            "L",
            "--email",
            &format!("{u}@acme.test"),
        ]);
    }
    env.json(&["credits", "topup", "10000"]);
    let env = &env;
    let seen: Vec<Succeeded> = std::thread::scope(|scope| {
        let processes: Vec<_> = (0..PROCESSES)
            .map(|p| {
                scope.spawn(move || {
                    // Exit 0 is applied; `busy` (exit 3, every race lost) and
                    // a consumption past the balance change nothing; anything
                    // else fails the test.
                    let run = |args: &[&str]| -> bool {
                        let out = env
                            .process()
                            .arg("--json")
                            .args(args)
                            .output()
                            .expect("run tally");
                        let code = out.status.code();
                        let stderr = String::from_utf8_lossy(&out.stderr);
                        match code {
                            Some(0) => true,
                            Some(3) => false,
                            Some(1) if stderr.contains("insufficient_credits") => false,
                            _ => panic!("tally {args:?} ended {code:?}: {stderr}"),
                        }
                    };
                    let mut seen = Succeeded::default();
                    for i in 0..ROUNDS {
                        let to = (p + i) % 4;
                        if run(&[
                            "credits",
                            "assign",
                            "--from",
                            "company",
                            "--to",
                            &format!("u{to}"),
                            "1",
                        ]) {
                            seen.assigned[to] += 1;
                        }
                        let user = (p + i + 1) % 4;
                        if run(&["credits", "use", &format!("u{user}"), "1"]) {
                            seen.used[user] += 1;
                        }
                        let key = format!("k{}", i % 5);
                        if run(&[
                            "credits",
                            "assign",
                            "--from",
                            "company",
                            "--to",
                            "u0",
                            "3",
                            "--idempotency-key",
                            &key,
                        ]) {
                            seen.keys.push(key);
                        }
                    }
                    seen
                })
            })
            .collect();
        processes
            .into_iter()
            .map(|p| p.join().expect("a racing process"))
            .collect()
    });
    let assigned: Vec<i64> = (0..4)
        .map(|u| seen.iter().map(|s| s.assigned[u]).sum())
        .collect();
    let used: Vec<i64> = (0..4)
        .map(|u| seen.iter().map(|s| s.used[u]).sum())
        .collect();
    let keys: std::collections::BTreeSet<&String> = seen.iter().flat_map(|s| &s.keys).collect();
    let singles: i64 = assigned.iter().sum();
    assert!(
        singles >= (PROCESSES * ROUNDS * 9 / 10) as i64,
        "retries let nearly every command through: {singles} of {}",
        PROCESSES * ROUNDS
    );
    // Read back with the server's own queries, and compared with the
    // replay of what the processes saw succeed: each success once, each key
    // once, nothing lost.
    let balance = |user: &str| -> i64 {
        env.server()
            .value(&format!(
                "SELECT a.balance FROM accounts a JOIN users u ON u.id = a.user_id WHERE u.handle = '{user}'"
            ))
            .parse()
            .unwrap()
    };
    for u in 0..4 {
        let keyed = if u == 0 { 3 * keys.len() as i64 } else { 0 };
        assert_eq!(
            balance(&format!("u{u}")),
            assigned[u] + keyed - used[u],
            "u{u}: the replay of what succeeded"
        );
    }
    let count = |sql: &str| -> i64 { env.server().value(sql).parse().unwrap() };
    assert_eq!(
        count("SELECT count(*) FROM transfers WHERE type = 'assign'"),
        singles + keys.len() as i64
    );
    assert_eq!(
        count("SELECT count(*) FROM transfers WHERE type = 'use'"),
        used.iter().sum::<i64>()
    );
    assert_eq!(
        count("SELECT balance FROM accounts WHERE holder = 'company'"),
        10000 - singles - 3 * keys.len() as i64
    );
    assert_eq!(count("SELECT sum(balance) FROM accounts"), 0);
    assert_eq!(
        count("SELECT count(*) FROM idempotency_keys"),
        keys.len() as i64
    );
    assert_eq!(env.json(&["verify"])["ok"], true);
}

/// Version 2's balance trigger, as `schema.pg.sql` makes it.
fn version_two_trigger() -> &'static str {
    let schema = include_str!("../schema.pg.sql");
    let start = schema
        .find("CREATE FUNCTION transfers_apply()")
        .expect("the trigger's function");
    let end = schema[start..]
        .find("EXECUTE FUNCTION transfers_apply();")
        .expect("the trigger")
        + start
        + "EXECUTE FUNCTION transfers_apply();".len();
    &schema[start..end]
}

#[test]
fn a_version_two_server_is_migrated_when_next_opened() {
    let env = on_server();
    env.json(&[
        "user",
        "add",
        "bob",
        "--first",
        "Bob",
        "--last",
        "B",
        "--email",
        "bob@acme.test",
    ]);
    env.json(&["credits", "topup", "1000"]);
    env.json(&[
        "credits", "assign", "--from", "company", "--to", "bob", "100",
    ]);
    // Back to what a server made by the previous tally holds.
    env.server().sql(&format!(
        "{};
         DROP TRIGGER transfers_apply ON transfers; DROP FUNCTION transfers_apply();
         {}
         {}
         {}
         UPDATE tally_schema SET version = 2",
        crate::common::before_service_accounts(true),
        undo_migration(include_str!("../migrations/pg/005_chain.sql"), true),
        undo_migration(include_str!("../migrations/pg/004_kept_rows.sql"), true),
        version_two_trigger()
    ));
    let per_row = "SELECT count(*) FROM pg_trigger
                   WHERE tgname = 'transfers_apply' AND tgtype & 1 = 1";
    assert_eq!(env.server().value(per_row), "1");
    // Two commands open it at once: one migrates, the other waits for it
    // and finds nothing left to do; both then apply their transfer.
    let outs: Vec<_> = std::thread::scope(|scope| {
        let runs: Vec<_> = (0..2)
            .map(|_| {
                let env = &env;
                scope.spawn(move || {
                    env.process()
                        .args([
                            "--json", "credits", "assign", "--from", "company", "--to", "bob",
                        ])
                        .arg("10")
                        .output()
                        .expect("run tally")
                })
            })
            .collect();
        runs.into_iter()
            .map(|r| r.join().expect("thread"))
            .collect()
    });
    for out in &outs {
        assert!(
            out.status.success() || out.status.code() == Some(3),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let applied = outs.iter().filter(|o| o.status.success()).count() as i64;
    assert!(applied >= 1, "at least one of the two applied");
    assert_eq!(env.server().value("SELECT version FROM tally_schema"), "13");
    assert_eq!(
        env.server().value(per_row),
        "0",
        "the per-row trigger is gone"
    );
    let balance = env.json(&["credits", "balance", "bob"]);
    assert_eq!(balance[0]["balance"], 100 + 10 * applied);
    crate::ledger_support::assert_ledger_adds_up(&env);
    assert_eq!(env.json(&["verify"])["ok"], true);
}
