//! `tally init`, and how every command treats a file that is missing, not
//! tally's, from a newer tally or not writable.
use crate::common::*;

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

const INIT: [&str; 11] = [
    "init",
    "--company",
    "Acme",
    "--admin",
    "alice",
    "--first",
    "Alice",
    "--last",
    "Liddell",
    "--email",
    "alice@acme.test",
];

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn init_json_has_company_admin_and_password() {
    let env = Env::empty();
    let v = env.json(&INIT);
    assert_eq!(keys(&v), sorted(&["company", "admin", "password"]));
    assert_eq!(v["company"], "Acme");
    let admin = &v["admin"];
    assert_eq!(keys(admin), sorted(&USER_KEYS));
    assert_eq!(admin["handle"], "alice");
    assert_eq!(admin["first_name"], "Alice");
    assert_eq!(admin["last_name"], "Liddell");
    assert_eq!(admin["email"], "alice@acme.test");
    assert_eq!(admin["status"], "active");
    assert_eq!(admin["roles"], serde_json::json!(["administrator"]));
    assert_eq!(admin["credit_owner"], "alice");
    assert_eq!(admin["created_at"], NOW);
    let password = v["password"].as_str().expect("password");
    assert!(password.chars().count() >= 16, "{password}");

    // The admin is the default actor and can do everything at once.
    assert_eq!(env.json(&["user", "show", "alice"]), *admin);
    let roles = env.json(&["role", "list"]);
    assert_eq!(roles[0]["name"], "administrator");
    assert_eq!(roles[0]["members"], serde_json::json!(["alice"]));
}

#[test]
fn init_plain_output_names_the_admin_and_shows_the_password() {
    let env = Env::empty();
    let out = env.ok(&INIT);
    assert!(out.contains("alice"), "{out}");
    let hash: String =
        env.rows("SELECT password_hash FROM users WHERE handle = 'alice'")[0][0].clone();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    let password = out
        .lines()
        .find_map(|l| l.strip_prefix("password\t"))
        .unwrap_or_else(|| panic!("no password line in {out}"));
    assert!(password.len() >= 16, "{password}");
    assert!(!hash.contains(password));
}

#[test]
fn init_creates_a_private_file_and_its_directories() {
    let mut env = Env::empty();
    env.db = env
        .dir
        .path()
        .join("nested")
        .join("deeper")
        .join("tally.db");
    env.ok(&INIT);
    assert!(env.db.is_file());
    assert_eq!(mode(&env.db), 0o600, "database file mode");
    assert_eq!(
        mode(&env.dir.path().join("nested")),
        0o700,
        "created directory mode"
    );
    assert_eq!(
        mode(&env.dir.path().join("nested").join("deeper")),
        0o700,
        "created directory mode"
    );
    // Any WAL files beside it are private too.
    for f in std::fs::read_dir(env.db.parent().unwrap()).unwrap() {
        let f = f.unwrap();
        assert_eq!(
            mode(&f.path()) & 0o077,
            0,
            "{:?} is readable by others",
            f.file_name()
        );
    }
    assert_eq!(env.json(&["user", "list"])["active_users"], 1);
}

#[test]
fn init_marks_the_file_as_tally_schema_of_this_version() {
    let env = Env::new();
    let conn = env.conn();
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    let journal: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(app_id, 0x5441_4c59);
    assert_eq!(version, 11);
    assert_eq!(journal, "wal");
    let kinds = env.rows("SELECT name FROM credit_kinds");
    assert_eq!(kinds, vec![vec!["credits".to_string()]]);
    let org = env.rows("SELECT name, default_actor, created_at FROM organization");
    assert_eq!(
        org,
        vec![vec!["Acme".to_string(), "alice".into(), NOW.into()]]
    );
}

#[test]
fn init_twice_is_already_initialized() {
    let env = Env::new();
    let err = env.refused(&INIT, 1, "already_initialized");
    // The message names the database: the file, or the server's URL.
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains(env.db.to_str().unwrap()),
        "{err}"
    );
    // Even with other values, and as a dry run: it says what the real run would.
    let mut other = INIT;
    other[4] = "zed";
    env.refused(&other, 1, "already_initialized");
    let mut dry = vec!["--dry-run"];
    dry.extend_from_slice(&INIT);
    env.refused(&dry, 1, "already_initialized");
}

#[test]
fn init_with_bad_input_leaves_no_file_behind() {
    let env = Env::empty();
    let cases: [(usize, &str); 6] = [
        (4, "Alice"),   // handle
        (4, "company"), // reserved handle
        (10, "not-an-email"),
        (6, ""), // first name
        (8, &"x".repeat(101)),
        (2, ""), // company
    ];
    for (i, value) in cases {
        let mut args = INIT;
        args[i] = value;
        env.refused(&args, 2, "invalid_input");
        assert!(!env.db.exists(), "{args:?} left a file");
    }
    let mut args = INIT;
    args[2] = "Acme\nInc";
    env.refused(&args, 2, "invalid_input");
    assert!(!env.db.exists());

    // Bad input is reported as such whatever the file holds.
    let env = Env::new();
    let mut args = INIT;
    args[2] = "";
    env.refused(&args, 2, "invalid_input");
}

#[test]
fn init_dry_run_creates_nothing() {
    let env = Env::empty();
    let mut args = vec!["--dry-run"];
    args.extend_from_slice(&INIT);
    let v = env.json(&args);
    assert_eq!(v["admin"]["handle"], "alice");
    assert!(!env.db.exists(), "a dry run created the file");
    assert!(files_in(env.dir.path()).is_empty());

    let out = env.run(&args[..]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("would create"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("dry run: nothing was changed"));
    assert!(!env.db.exists());
}

#[test]
fn other_commands_on_a_missing_file_are_not_initialized() {
    let env = Env::empty();
    let commands: [&[&str]; 8] = [
        &["user", "list"],
        &[
            "user",
            "add",
            "bob",
            "--first",
            "Bob",
            "--last",
            "B",
            "--email",
            "bob@acme.test",
        ],
        &["user", "show", "alice"],
        &["role", "list"],
        &["audit"],
        &["verify"],
        &["backup", "copy.db"],
        &["credits", "balance"],
    ];
    for args in commands {
        let err = env.refused(args, 1, "not_initialized");
        assert!(
            err["hint"].as_str().unwrap().contains("tally init"),
            "{args:?}: {err}"
        );
        assert!(!env.db.exists(), "{args:?} created the database");
    }
    assert!(
        files_in(env.dir.path()).is_empty(),
        "a refused command left a file"
    );

    // Human output names the fix as well.
    let out = env.run(&["user", "list"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(
        stderr.contains("\nhint: ") && stderr.contains("tally init"),
        "{stderr}"
    );
}

#[test]
fn a_missing_directory_is_not_created_by_other_commands() {
    let mut env = Env::empty();
    env.db = env.dir.path().join("nowhere").join("tally.db");
    env.refused(&["user", "list"], 1, "not_initialized");
    assert!(!env.dir.path().join("nowhere").exists());
}

#[test]
fn an_empty_file_is_not_initialized_and_init_adopts_it() {
    let env = Env::empty();
    std::fs::write(&env.db, b"").unwrap();
    env.refused_bytes(&["user", "list"], 1, "not_initialized");
    env.ok(&INIT);
    assert_eq!(env.json(&["user", "list"])["active_users"], 1);
}

#[test]
fn a_garbage_file_is_database_unusable_and_untouched() {
    let env = Env::empty();
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 + 13) as u8).collect();
    std::fs::write(&env.db, &garbage).unwrap();
    let mut dry = vec!["--dry-run"];
    dry.extend_from_slice(&INIT);
    for args in [
        &["user", "list"][..],
        &INIT[..],
        &dry[..],
        &["verify"][..],
        &["audit"][..],
    ] {
        env.refused_bytes(args, 4, "database_unusable");
    }
    assert_eq!(std::fs::read(&env.db).unwrap(), garbage);

    let out = env.run(&["user", "list"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "));
}

#[test]
fn a_text_file_is_database_unusable() {
    let env = Env::empty();
    std::fs::write(&env.db, "handle,first_name\nbob,Bob\n".repeat(200)).unwrap();
    env.refused_bytes(&["user", "list"], 4, "database_unusable");
    env.refused_bytes(&INIT, 4, "database_unusable");
}

#[test]
fn a_foreign_sqlite_file_is_database_unusable_and_untouched() {
    let env = Env::empty();
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch(
            "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT);
             INSERT INTO recipes (name) VALUES ('soup'), ('bread');",
        )
        .unwrap();
    }
    for args in [
        &["user", "list"][..],
        &INIT[..],
        &["verify"][..],
        &["backup", "copy.db"][..],
    ] {
        let err = env.refused_bytes(args, 4, "database_unusable");
        assert!(
            err["message"].as_str().unwrap().contains("another program"),
            "{err}"
        );
    }
    assert!(!env.dir.path().join("copy.db").exists());
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(
        (app_id, version),
        (0, 0),
        "the foreign file was marked as tally's"
    );
}

#[test]
fn a_file_from_a_newer_tally_is_database_unusable_and_untouched() {
    let env = Env::new();
    env.ok(&[
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
    env.conn().pragma_update(None, "user_version", 99).unwrap();
    for args in [
        &["user", "list"][..],
        &[
            "user",
            "add",
            "carol",
            "--first",
            "C",
            "--last",
            "D",
            "--email",
            "c@acme.test",
        ][..],
        &INIT[..],
        &["verify"][..],
    ] {
        let err = env.refused_bytes(args, 4, "database_unusable");
        assert!(err["message"].as_str().unwrap().contains("newer"), "{err}");
        assert!(err["hint"].as_str().unwrap().contains("upgrade"), "{err}");
    }
    let version: i32 = env
        .conn()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 99);
    assert_eq!(
        env.rows("SELECT count(*) FROM users"),
        vec![vec!["2".to_string()]]
    );
}

#[test]
fn an_unwritable_file_is_database_unusable() {
    let env = Env::new();
    let before = std::fs::read(&env.db).unwrap();
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o400)).unwrap();
    // As root, permissions do not stop writes: nothing to test there.
    if std::fs::OpenOptions::new()
        .write(true)
        .open(&env.db)
        .is_ok()
    {
        eprintln!("skipped: the file stays writable (running as root?)");
        std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
        return;
    }
    let args = [
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
    ];
    let out = env.run(&args);
    assert_eq!(
        out.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stderr).expect("JSON error");
    assert_eq!(v["error"]["code"], "database_unusable");
    assert!(v["error"]["hint"].as_str().is_some_and(|h| !h.is_empty()));
    assert!(out.stdout.is_empty());
    assert_eq!(
        std::fs::read(&env.db).unwrap(),
        before,
        "the unwritable file changed"
    );
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(env.json(&["user", "list"])["active_users"], 1);
}

#[test]
fn concurrent_inits_make_one_database_and_never_remove_it() {
    for _ in 0..5 {
        let env = Env::empty();
        let children: Vec<_> = (0..4)
            .map(|i| {
                let handle = format!("admin{i}");
                let email = format!("admin{i}@acme.test");
                env.process()
                    .args([
                        "--json",
                        "init",
                        "--company",
                        "Acme",
                        "--admin",
                        &handle,
                        "--first",
                        "A",
                        "--last",
                        "B",
                        "--email",
                        &email,
                    ])
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let outs: Vec<_> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let winners: Vec<_> = outs.iter().filter(|o| o.status.success()).collect();
        assert_eq!(winners.len(), 1, "exactly one init wins");
        for o in outs.iter().filter(|o| !o.status.success()) {
            assert_eq!(o.status.code(), Some(1));
            let e: serde_json::Value = serde_json::from_slice(&o.stderr).unwrap();
            assert_eq!(e["error"]["code"], "already_initialized");
        }
        let won: serde_json::Value = serde_json::from_slice(&winners[0].stdout).unwrap();
        let admin = won["admin"]["handle"].as_str().unwrap().to_string();
        let list = env.json(&["--as", &admin, "user", "list"]);
        assert_eq!(list["users"][0]["handle"], admin.as_str());
        let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".init"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}
