//! Hostile and odd input: paths that are not files, values past what tally
//! can count, endless inputs, times without an offset, repeated columns. Each
//! is a clear refusal with a hint (never exit 101), and nothing is written.
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::common::*;
use crate::ledger_support::*;

/// An Env whose database path is `path`.
fn env_at(path: &Path) -> Env {
    let mut env = Env::empty();
    env.db = path.to_path_buf();
    env
}

/// A refusal on a path that is no database: checked without reading it
/// (a FIFO would block a reader).
fn refused_path(env: &Env, args: &[&str], exit: i32, code: &str) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let out = env.run(&all);
    check_json_error(args, &out, exit, code)
}

fn is_char_device(p: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::metadata(p).is_ok_and(|m| m.file_type().is_char_device())
}

#[test]
fn init_never_replaces_a_device_a_fifo_or_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    // A private device node like /dev/null, never the real one.
    let dev = dir.path().join("nulldev");
    let made = Command::new("mknod")
        .arg(&dev)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success());
    if made {
        let err = refused_path(&env_at(&dev), &INIT, 2, "invalid_input");
        assert!(
            err["message"].as_str().unwrap().contains("a device"),
            "{err}"
        );
        assert!(is_char_device(&dev), "init replaced the device node");
    } else {
        eprintln!("no device node test: mknod needs root here; the FIFO stands in for it");
    }
    let fifo = dir.path().join("fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let err = refused_path(&env_at(&fifo), &INIT, 2, "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("FIFO"), "{err}");
    {
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    }
    let err = refused_path(&env_at(dir.path()), &INIT, 2, "invalid_input");
    assert!(
        err["message"].as_str().unwrap().contains("a directory"),
        "{err}"
    );
}

#[test]
fn db_naming_something_else_says_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    // SQLite would wait forever on a FIFO: tally refuses before opening it.
    let err = refused_path(&env_at(&fifo), &["user", "list"], 2, "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("FIFO"), "{err}");
    let err = refused_path(&env_at(dir.path()), &["user", "list"], 2, "invalid_input");
    assert!(
        err["message"].as_str().unwrap().contains("a directory"),
        "{err}"
    );
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "shopping list\n").unwrap();
    let err = refused_path(&env_at(&text), &["user", "list"], 4, "database_unusable");
    let message = err["message"].as_str().unwrap();
    assert!(message.contains("text file"), "{err}");
    assert!(!err["hint"].as_str().unwrap().contains("backup"), "{err}");
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "shopping list\n");
}

#[test]
fn a_busy_timeout_past_the_longest_wait_is_refused() {
    let env = Env::new();
    let out = env.run_env(
        &[("TALLY_BUSY_TIMEOUT", "3000000000")],
        &["--json", "user", "list"],
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["code"], "invalid_input");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("2147483647")
    );
    // The longest wait itself is fine.
    let out = env.run_env(&[("TALLY_BUSY_TIMEOUT", "2147483647")], &["user", "list"]);
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn a_schema_version_set_back_to_zero_is_unusable_in_one_line() {
    let env = Env::new();
    env.sql("PRAGMA user_version = 0");
    let before = env.dump();
    let out = env.run(&["user", "list"]);
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.lines().count(),
        2,
        "one error line and a hint: {stderr}"
    );
    assert!(
        stderr.contains("schema version was set back to 0"),
        "{stderr}"
    );
    assert!(!stderr.contains("CREATE"), "{stderr}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_time_past_year_9999_is_refused() {
    let env = Env::new();
    for now in ["9999-12-31T00:00:00Z", "10000-01-01T00:00:00Z"] {
        let out = env.run_env(&[("TALLY_NOW", now)], &["--json", "credits", "topup", "5"]);
        assert_eq!(out.status.code(), Some(2), "{now}: {out:?}");
        let err: Value = serde_json::from_slice(&out.stderr).unwrap();
        assert!(
            err["error"]["hint"].as_str().unwrap().contains("9999"),
            "{err}"
        );
    }
    env.refused(
        &["credits", "balance", "--at", "9999-12-31"],
        2,
        "invalid_input",
    );
}

#[test]
fn endless_inputs_are_refused_not_read_into_memory() {
    let env = Env::new();
    for args in [
        vec!["credits", "import", "/dev/zero"],
        vec!["user", "import", "/dev/zero"],
    ] {
        let err = env.refused(&args, 2, "invalid_input");
        assert!(
            err["message"]
                .as_str()
                .unwrap()
                .contains("longer than 1 MiB"),
            "{args:?}: {err}"
        );
    }
    // A line of 1 MiB and more, through standard input.
    let long = format!("from,to,amount\ncompany,bob,1,{}\n", "x".repeat(1 << 20));
    let out = env
        .cmd()
        .args(["--json", "credits", "import", "-"])
        .write_stdin(long)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    env.ok(&["settings", "set", "smtp-url", "smtp://127.0.0.1:9"]);
    env.ok(&["settings", "set", "smtp-user", "mailer"]);
    let out = env.run_env(
        &[("TALLY_SMTP_PASSWORD_FILE", "/dev/zero")],
        &["--json", "mail", "send"],
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("longer than 4096 bytes"),
        "{err}"
    );
}

#[test]
fn a_time_without_an_offset_is_refused_never_truncated() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    json_at(&env, "2026-03-01T12:00:00Z", &["credits", "topup", "100"]);
    json_at(
        &env,
        "2026-03-01T12:00:00Z",
        &[
            "credits", "assign", "--from", "company", "--to", "bob", "10",
        ],
    );
    json_at(
        &env,
        "2026-03-01T20:00:00Z",
        &["credits", "assign", "--from", "company", "--to", "bob", "5"],
    );
    for args in [
        vec!["credits", "balance", "bob", "--at", "2026-03-01T18:00:00"],
        vec!["audit", "--since", "2026-03-01T18:00:00"],
        vec!["credits", "usage", "bob", "--since", "2026-03-01T18:00"],
        vec!["credits", "usage", "bob", "--until", "2026-03-01 18:00:00"],
    ] {
        let err = env.refused(&args, 2, "invalid_input");
        assert!(
            err["message"].as_str().unwrap().contains("no offset"),
            "{args:?}: {err}"
        );
        assert!(
            err["hint"].as_str().unwrap().contains("Z'"),
            "{args:?}: {err}"
        );
    }
    // With an offset, exactly that moment; a bare date, 00:00 UTC.
    let at = |t: &str| env.json(&["credits", "balance", "bob", "--at", t])[0]["balance"].clone();
    assert_eq!(at("2026-03-01T18:00:00Z"), 10);
    assert_eq!(at("2026-03-01T18:00:00-03:00"), 15);
    assert_eq!(at("2026-03-01"), 0);
    assert_eq!(at("2026-03-02"), 15);
}

#[test]
fn a_csv_header_naming_a_column_twice_is_refused() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    let file = write_file(&env, "t.csv", "from,to,amount,amount\ncompany,bob,1,2\n");
    let err = env.refused(&["credits", "import", &file], 2, "invalid_input");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("'amount' is named twice"),
        "{err}"
    );
    let file = write_file(
        &env,
        "u.csv",
        "handle,first_name,last_name,email,email\ndan,D,D,d@acme.test,e@acme.test\n",
    );
    let err = env.refused(&["user", "import", &file], 2, "invalid_input");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("'email' is named twice"),
        "{err}"
    );
}

#[test]
fn an_empty_tally_db_means_unset() {
    let env = Env::empty();
    let out = env
        .cmd()
        .env("TALLY_DB", "")
        .args(["--json", "user", "list"])
        .output()
        .unwrap();
    // The default file in the data directory (under this test's HOME), which
    // does not exist: not_initialized, not a usage error.
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["code"], "not_initialized");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains(".local/share/tally"),
        "{err}"
    );
}

#[test]
fn quiet_init_prints_the_password_alone() {
    let env = Env::empty();
    let mut args = vec!["-q"];
    args.extend_from_slice(&INIT);
    let out = env.run(&args);
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert_eq!(lines[0].len(), 20, "{stdout}");
    assert!(out.stderr.is_empty());
    // It is the password the stored hash accepts.
    use argon2::PasswordVerifier;
    let hash = &env.rows("SELECT password_hash FROM users WHERE handle = 'alice'")[0][0];
    let hash = argon2::PasswordHash::new(hash).unwrap();
    assert!(
        argon2::Argon2::default()
            .verify_password(lines[0].as_bytes(), &hash)
            .is_ok()
    );
}

#[test]
fn offboarding_names_an_unknown_credit_users_to_even_with_no_credit_users() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.refused(
        &[
            "user",
            "offboard",
            "bob",
            "--credits-to",
            "company",
            "--credit-users-to",
            "ghost",
        ],
        1,
        "not_found",
    );
}

#[test]
fn a_credits_import_mails_each_receiver_once_listing_every_kind() {
    let env = Env::new();
    env.json(&["credits", "kind", "add", "sms"]);
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    topup(&env, 100, "credits");
    topup(&env, 100, "sms");
    let file = write_file(
        &env,
        "t.csv",
        "from,to,amount,kind\ncompany,bob,5,credits\ncompany,bob,3,sms\ncompany,bob,2,credits\ncompany,carol,1,sms\n",
    );
    let before = mails(&env).len();
    env.ok(&["credits", "import", &file]);
    let all = mails(&env);
    let new: Vec<&Value> = all.iter().take(all.len() - before).collect();
    assert_eq!(new.len(), 2, "one mail per receiver: {new:#?}");
    let to_bob: Vec<&&Value> = new.iter().filter(|m| m["to"] == "bob@acme.test").collect();
    assert_eq!(to_bob.len(), 1);
    let subject = to_bob[0]["subject"].as_str().unwrap();
    assert!(
        subject.contains("7 credits") && subject.contains("3 sms"),
        "{subject}"
    );
}

/// A backup copied over the database with `cp` while a WAL of the old file
/// lies beside it: tally restore puts it in place safely instead.
#[test]
fn restore_puts_a_backup_in_place_safely() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 100, "credits");
    let backup = env.dir.path().join("backup.db");
    env.ok(&["backup", backup.to_str().unwrap()]);
    let backup_dump = {
        let b = env_at(&backup);
        b.dump()
    };
    // Later work, whose WAL is kept beside the file by a reader holding it open.
    let holder = env.conn();
    holder
        .query_row("SELECT count(*) FROM users", [], |r| r.get::<_, i64>(0))
        .unwrap();
    topup(&env, 7, "credits");
    add_user(&env, "carol", &[]);

    // While a process has the file open, restore is refused.
    let err = env.refused(&["-y", "restore", backup.to_str().unwrap()], 3, "busy");
    assert!(err["message"].as_str().unwrap().contains("open"), "{err}");
    drop(holder);

    // Without --yes and without a terminal, nothing happens.
    env.refused(
        &["restore", backup.to_str().unwrap()],
        2,
        "confirmation_required",
    );

    let out = env.json(&["-y", "restore", backup.to_str().unwrap()]);
    assert_eq!(out["users"], 2);
    let kept = out["kept"].as_str().unwrap().to_string();
    // The restored file is the backup, plus the record of the restore.
    assert_eq!(env.dump(), backup_dump);
    let last = &env.audit()[0];
    assert_eq!(last["action"], "restore");
    assert_eq!(env.json(&["verify"])["ok"], true);
    // The replaced file is kept whole, with carol.
    let old = env_at(Path::new(&kept));
    assert_eq!(old.rows("SELECT count(*) FROM users")[0][0], "3");
    for suffix in ["-wal", "-shm"] {
        let mut p = env.db.clone().into_os_string();
        p.push(suffix);
        assert!(
            !Path::new(&p).exists() || suffix == "-shm",
            "{suffix} left beside"
        );
    }
}

#[test]
fn restore_refuses_a_backup_that_does_not_verify() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 100, "credits");
    let backup = env.dir.path().join("backup.db");
    env.ok(&["backup", backup.to_str().unwrap()]);
    // Someone edits the backup's balances behind tally's back.
    env_at(&backup).sql("UPDATE accounts SET balance = balance + 1 WHERE holder = 'company'");
    let err = env.refused(
        &["-y", "restore", backup.to_str().unwrap()],
        1,
        "verify_failed",
    );
    assert!(
        err["message"].as_str().unwrap().contains("does not verify"),
        "{err}"
    );
    let names: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("replaced") || n.contains(".restore")),
        "{names:?}"
    );
    // Not a tally file at all.
    let text = write_file(&env, "notes.txt", "hello\n");
    env.refused(&["-y", "restore", &text], 4, "database_unusable");
    env.refused(&["-y", "restore", "missing.db"], 1, "not_found");
}

mod through_the_binary {
    //! Random command lines and CSV files through the real binary, against a
    //! real database: whatever tally answers, it never panics (exit 101).
    use proptest::prelude::*;

    use crate::common::*;

    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "user",
                "add",
                "list",
                "show",
                "edit",
                "import",
                "offboard",
                "credits",
                "assign",
                "topup",
                "use",
                "balance",
                "history",
                "usage",
                "import",
                "--at",
                "--since",
                "--until",
                "--from",
                "--to",
                "--kind",
                "--limit",
                "--as",
                "--json",
                "-q",
                "-y",
                "--dry-run",
                "company",
                "alice",
                "bob",
                "ghost",
                "5",
                "-1",
                "0",
                "9223372036854775807",
                "9999999999999999999",
                "--",
                "-",
                "billing",
                "invoice",
                "--period",
                "2026-02",
                "0000-00",
                "--issue",
                "owner",
                "set",
                "clear",
                "order",
                "place",
                "--plan",
                "plan",
                "role",
                "grant",
                "revoke",
                "administrator",
                "audit",
                "mail",
                "send",
                "settings",
                "smtp-url",
                "verify",
                "2026-03-01",
                "2026-03-01T00:00:00",
                "9999-12-31",
                "--status",
                "all",
                "/dev/null",
                "t.csv",
            ])
            .prop_map(str::to_string),
            "\\PC{0,10}",
        ]
    }

    #[test]
    fn no_command_line_panics() {
        // One database for every case: the cases change it, which only
        // widens what later cases meet.
        let env = Env::new();
        add_user(&env, "bob", &[]);
        env.ok(&["credits", "topup", "100"]);
        let csv =
            "(from,to,amount|handle,first_name,last_name,email)\n([a-z0-9,\"\\-]{0,20}\n){0,4}";
        let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
            cases: 48,
            ..ProptestConfig::default()
        });
        runner
            .run(
                &(prop::collection::vec(word(), 1..7), csv),
                |(args, csv)| {
                    std::fs::write(env.dir.path().join("t.csv"), csv).unwrap();
                    let out = env.cmd().args(&args).output().unwrap();
                    let stderr = String::from_utf8_lossy(&out.stderr);
                    prop_assert_ne!(out.status.code(), Some(101), "{:?}: {}", args, stderr);
                    prop_assert!(out.status.code().is_some(), "{:?} died of a signal", args);
                    prop_assert!(!stderr.contains("panicked"), "{:?}: {}", args, stderr);
                    Ok(())
                },
            )
            .unwrap();
    }
}
