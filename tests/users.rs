//! `tally user ...`: adding, listing, showing, editing, the status lifecycle,
//! passwords, validation, and the three kinds of output.
use crate::common::*;

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use serde_json::{Value, json};

fn handles(list: &Value) -> Vec<String> {
    list["users"]
        .as_array()
        .expect("users")
        .iter()
        .map(|u| u["handle"].as_str().unwrap().to_string())
        .collect()
}

fn password_hash(env: &Env, handle: &str) -> String {
    env.rows(&format!(
        "SELECT password_hash FROM users WHERE handle = '{handle}'"
    ))[0][0]
        .clone()
}

fn verifies(hash: &str, password: &str) -> bool {
    let parsed = PasswordHash::new(hash).expect("a PHC hash");
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
}

const BOB: [&str; 9] = [
    "user",
    "add",
    "bob",
    "--first",
    "Bob",
    "--last",
    "Builder",
    "--email",
    "bob@acme.test",
];

#[test]
fn add_returns_the_user_and_a_password() {
    let env = Env::new();
    let bob = env.json(&BOB);
    assert_eq!(keys(&bob), user_keys_and(&["password"]));
    assert_eq!(bob["handle"], "bob");
    assert_eq!(bob["first_name"], "Bob");
    assert_eq!(bob["last_name"], "Builder");
    assert_eq!(bob["email"], "bob@acme.test");
    assert_eq!(bob["status"], "active");
    assert_eq!(bob["roles"], json!([]));
    assert_eq!(bob["credit_owner"], "bob");
    assert_eq!(bob["created_at"], NOW);

    let shown = env.json(&["user", "show", "bob"]);
    assert_eq!(keys(&shown), user_keys_and(&[]));
    let mut without_password = bob.clone();
    without_password.as_object_mut().unwrap().remove("password");
    assert_eq!(shown, without_password);

    env.refused(&BOB, 1, "already_exists");
}

#[test]
fn add_inactive_adds_a_deactivated_user_who_is_not_counted() {
    let env = Env::new();
    let dave = add_user(&env, "dave", &["--inactive"]);
    assert_eq!(dave["status"], "deactivated");
    assert_eq!(env.json(&["user", "list"])["active_users"], 1);
    let events = env.rows(
        "SELECT e.status, e.at FROM user_status_events e JOIN users u ON u.id = e.user_id WHERE u.handle = 'dave'",
    );
    assert_eq!(
        events,
        vec![vec!["deactivated".to_string(), NOW.to_string()]]
    );
}

#[test]
fn passwords_are_long_random_and_only_their_argon2id_hash_is_stored() {
    let env = Env::new();
    let bob = add_user(&env, "bob", &[]);
    let carol = add_user(&env, "carol", &[]);
    let (pb, pc) = (
        bob["password"].as_str().unwrap(),
        carol["password"].as_str().unwrap(),
    );
    assert!(
        pb.chars().count() >= 16 && pc.chars().count() >= 16,
        "{pb} {pc}"
    );
    assert_ne!(pb, pc);
    for (handle, password) in [("bob", pb), ("carol", pc)] {
        let hash = password_hash(&env, handle);
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains(password));
        assert!(
            verifies(&hash, password),
            "the hash of {handle} does not match the password shown"
        );
    }
    assert_ne!(password_hash(&env, "bob"), password_hash(&env, "carol"));
    // The plain text is nowhere in the file.
    for f in files_in(env.dir.path()).values() {
        for p in [pb, pc] {
            assert!(
                !f.windows(p.len()).any(|w| w == p.as_bytes()),
                "a password was written to disk"
            );
        }
    }
}

#[test]
fn reset_password_gives_a_new_password_shown_once() {
    let env = Env::new();
    let bob = add_user(&env, "bob", &[]);
    let old = bob["password"].as_str().unwrap();
    let old_hash = password_hash(&env, "bob");
    let reset = env.json(&["user", "reset-password", "bob"]);
    assert_eq!(keys(&reset), vec!["handle".to_string(), "password".into()]);
    assert_eq!(reset["handle"], "bob");
    let new = reset["password"].as_str().unwrap();
    assert!(new.len() >= 16);
    assert_ne!(new, old);
    let hash = password_hash(&env, "bob");
    assert_ne!(hash, old_hash);
    assert!(hash.starts_with("$argon2id$"));
    assert!(verifies(&hash, new) && !verifies(&hash, old));
    env.refused(&["user", "reset-password", "nobody"], 1, "not_found");
}

#[test]
fn list_counts_active_users_and_filters_by_status() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &["--inactive"]);
    add_user(&env, "dave", &[]);
    env.ok(&["user", "delete", "dave", "--yes"]);

    let list = env.json(&["user", "list"]);
    assert_eq!(
        keys(&list),
        vec!["active_users".to_string(), "users".into()]
    );
    assert_eq!(list["active_users"], 2);
    assert_eq!(handles(&list), ["alice", "bob", "carol"]);
    for u in list["users"].as_array().unwrap() {
        assert_eq!(keys(u), user_keys_and(&[]));
    }
    let cases: [(&str, &[&str]); 4] = [
        ("active", &["alice", "bob"]),
        ("deactivated", &["carol"]),
        ("deleted", &["dave"]),
        ("all", &["alice", "bob", "carol", "dave"]),
    ];
    for (status, expected) in cases {
        let list = env.json(&["user", "list", "--status", status]);
        assert_eq!(handles(&list), expected, "--status {status}");
        assert_eq!(list["active_users"], 2, "--status {status}");
    }
    let out = env.run(&["--json", "user", "list", "--status", "gone"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn plain_output_is_tab_separated_without_a_header_in_a_pipe() {
    let env = Env::new();
    add_user(&env, "bob", &["--inactive"]);
    let out = env.run(&["user", "list"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "alice\tAlice\tLiddell\talice@acme.test\tactive\tadministrator\talice\tperson",
            "bob\tFirst\tLast\tbob@acme.test\tdeactivated\t\tbob\tperson",
        ]
    );
    assert!(!stdout.contains("HANDLE"));
    // The count is not a row: it goes to stderr.
    assert!(String::from_utf8_lossy(&out.stderr).contains("Active users: 1"));

    let show = env.ok(&["user", "show", "bob"]);
    assert!(show.lines().any(|l| l == "status\tdeactivated"), "{show}");
    assert!(show.lines().all(|l| l.split('\t').count() == 2), "{show}");
}

#[test]
fn show_needs_an_existing_user() {
    let env = Env::new();
    env.refused(&["user", "show", "nobody"], 1, "not_found");
    env.refused(&["user", "edit", "nobody", "--first", "X"], 1, "not_found");
    env.refused(&["user", "deactivate", "nobody"], 1, "not_found");
    env.refused(&["user", "activate", "nobody"], 1, "not_found");
    env.refused(&["user", "delete", "nobody", "--yes"], 1, "not_found");
}

#[test]
fn edit_changes_names_and_email() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    let bob = env.json(&[
        "user",
        "edit",
        "bob",
        "--first",
        "Robert",
        "--email",
        "robert@acme.test",
    ]);
    assert_eq!(bob["first_name"], "Robert");
    assert_eq!(bob["last_name"], "Last");
    assert_eq!(bob["email"], "robert@acme.test");
    assert_eq!(env.json(&["user", "show", "bob"]), bob);
    // Its own email, in another case, is fine.
    env.json(&["user", "edit", "bob", "--email", "Robert@Acme.test"]);

    env.refused(&["user", "edit", "bob"], 2, "invalid_input");
    env.refused(
        &["user", "edit", "bob", "--email", "CAROL@acme.test"],
        1,
        "already_exists",
    );
    env.refused(&["user", "edit", "bob", "--last", ""], 2, "invalid_input");
    env.refused(
        &["user", "edit", "bob", "--email", "robert"],
        2,
        "invalid_input",
    );
}

#[test]
fn activate_and_deactivate_report_the_active_count() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let v = env.json(&["user", "deactivate", "bob"]);
    assert_eq!(v["changed"], true);
    assert_eq!(v["from"], "active");
    assert_eq!(v["to"], "deactivated");
    assert_eq!(v["active_users"], 1);
    assert_eq!(env.json(&["user", "show", "bob"])["status"], "deactivated");

    // Setting a status a user already has changes nothing and succeeds.
    let before = env.dump();
    let v = env.json(&["user", "deactivate", "bob"]);
    assert_eq!(v["changed"], false);
    assert_eq!(before, env.dump());

    let v = env.json(&["user", "activate", "bob"]);
    assert_eq!(v["changed"], true);
    assert_eq!(v["active_users"], 2);
    let out = env.ok(&["user", "deactivate", "bob"]);
    assert!(
        out.contains("deactivated 'bob'") && out.contains("active users: 1"),
        "{out}"
    );
}

#[test]
fn delete_needs_confirmation_without_a_terminal() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let err = env.refused(&["user", "delete", "bob"], 2, "confirmation_required");
    assert!(err["hint"].as_str().unwrap().contains("--yes"), "{err}");
    assert_eq!(env.json(&["user", "show", "bob"])["status"], "active");
    let v = env.json(&["user", "delete", "bob", "--yes"]);
    assert_eq!(v["to"], "deleted");
    assert_eq!(env.json(&["user", "show", "bob"])["status"], "deleted");
    let v = env.json(&["user", "delete", "bob", "-y"]);
    assert_eq!(v["changed"], false);
}

#[test]
fn deleted_is_final() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["user", "delete", "bob", "--yes"]);
    env.refused(&["user", "activate", "bob"], 1, "inactive_user");
    env.refused(&["user", "deactivate", "bob"], 1, "inactive_user");
    env.refused(
        &["user", "edit", "bob", "--first", "Zombie"],
        1,
        "inactive_user",
    );
    env.refused(&["user", "reset-password", "bob"], 1, "inactive_user");
    // The row and its history stay.
    let bob = env.json(&["user", "show", "bob"]);
    assert_eq!(bob["status"], "deleted");
    assert_eq!(bob["email"], "bob@acme.test");
    // Plain SQL cannot bring them back either.
    let err = env
        .try_sql("UPDATE users SET status = 'active' WHERE handle = 'bob'")
        .expect_err("the schema let a deleted user come back");
    assert!(err.contains("a deleted user stays deleted"), "{err}");
    let err = env
        .try_sql("DELETE FROM users WHERE handle = 'bob'")
        .expect_err("the schema let a user row be removed");
    assert!(err.contains("users are never removed"), "{err}");
}

#[test]
fn handles_are_never_reused_but_emails_are_after_delete() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["user", "delete", "bob", "--yes"]);
    let err = env.refused(
        &[
            "user",
            "add",
            "bob",
            "--first",
            "New",
            "--last",
            "Bob",
            "--email",
            "newbob@acme.test",
        ],
        1,
        "already_exists",
    );
    assert!(
        err["hint"].as_str().unwrap().contains("never reused"),
        "{err}"
    );
    // The deleted user's email is free again.
    let bobby = env.json(&[
        "user",
        "add",
        "bobby",
        "--first",
        "Bob",
        "--last",
        "B",
        "--email",
        "bob@acme.test",
    ]);
    assert_eq!(bobby["email"], "bob@acme.test");
    assert_eq!(
        handles(&env.json(&["user", "list", "--status", "all"])),
        ["alice", "bob", "bobby"]
    );
}

#[test]
fn emails_are_unique_among_users_not_deleted_whatever_the_case() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &["--inactive"]);
    for email in [
        "bob@acme.test",
        "BOB@ACME.TEST",
        "Bob@Acme.Test",
        "carol@acme.test",
        "ALICE@acme.test",
    ] {
        env.refused(
            &[
                "user", "add", "dave", "--first", "D", "--last", "D", "--email", email,
            ],
            1,
            "already_exists",
        );
    }
}

#[test]
fn invalid_fields_are_refused_with_exit_2() {
    let env = Env::new();
    let long = "x".repeat(101);
    let bad_handles = [
        "company",
        "Bob",
        "bo b",
        "-bob",
        ".bob",
        "bób",
        "bob!",
        &"b".repeat(65),
    ];
    for h in bad_handles {
        env.refused(
            &[
                "user",
                "add",
                h,
                "--first",
                "F",
                "--last",
                "L",
                "--email",
                "f@acme.test",
            ],
            2,
            "invalid_input",
        );
    }
    let bad_names = [
        "",
        "   ",
        &long,
        "Bo\tb",
        "Bob\n",
        "\u{1b}[31mRed",
        "Nul\u{7f}",
    ];
    for n in bad_names {
        env.refused(
            &[
                "user",
                "add",
                "dave",
                "--first",
                n,
                "--last",
                "L",
                "--email",
                "d@acme.test",
            ],
            2,
            "invalid_input",
        );
        env.refused(
            &[
                "user",
                "add",
                "dave",
                "--first",
                "F",
                "--last",
                n,
                "--email",
                "d@acme.test",
            ],
            2,
            "invalid_input",
        );
    }
    let bad_emails = [
        "dave",
        "dave@",
        "@acme.test",
        "dave@acme",
        "da ve@acme.test",
        "dave@@acme.test",
        "dave@acme..test",
        "",
    ];
    for e in bad_emails {
        env.refused(
            &[
                "user", "add", "dave", "--first", "F", "--last", "L", "--email", e,
            ],
            2,
            "invalid_input",
        );
    }
    // Missing names, without a terminal to ask on.
    env.refused(
        &[
            "user",
            "add",
            "dave",
            "--last",
            "L",
            "--email",
            "d@acme.test",
        ],
        2,
        "invalid_input",
    );
    env.refused(
        &["user", "add", "dave", "--first", "F", "--last", "L"],
        2,
        "invalid_input",
    );
    assert_eq!(
        env.json(&["user", "list", "--status", "all"])["users"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // The limits themselves are fine.
    add_user(&env, &"b".repeat(64), &[]);
    add_user(&env, "0.a_b-c", &[]);
    let hundred = "y".repeat(100);
    let v = env.json(&[
        "user",
        "add",
        "erin",
        "--first",
        &hundred,
        "--last",
        &hundred,
        "--email",
        "erin@acme.test",
    ]);
    assert_eq!(v["first_name"], hundred.as_str());
}

#[test]
fn unicode_names_are_kept_exactly() {
    let env = Env::new();
    let cases = [
        ("zoe", "Zoë", "Saldaña-O'Brien"),
        ("yamada", "山田", "太郎"),
        ("decomposed", "Ame\u{301}lie", " Spaced  Out "),
        ("emoji", "🙂", "Ünïcødé"),
        ("long", &"é".repeat(100), &"李".repeat(100)),
    ];
    for (handle, first, last) in cases {
        let email = format!("{handle}@acme.test");
        let v = env.json(&[
            "user", "add", handle, "--first", first, "--last", last, "--email", &email,
        ]);
        assert_eq!(v["first_name"], first);
        assert_eq!(v["last_name"], last);
        let shown = env.json(&["user", "show", handle]);
        assert_eq!(
            (
                shown["first_name"].as_str().unwrap(),
                shown["last_name"].as_str().unwrap()
            ),
            (first, last)
        );
        let stored = env.rows(&format!(
            "SELECT first_name, last_name FROM users WHERE handle = '{handle}'"
        ));
        assert_eq!(stored, vec![vec![first.to_string(), last.to_string()]]);
    }
    env.refused(
        &[
            "user",
            "add",
            "toolong",
            "--first",
            &"é".repeat(101),
            "--last",
            "L",
            "--email",
            "t@acme.test",
        ],
        2,
        "invalid_input",
    );
}

#[test]
fn every_status_change_is_kept_with_its_time() {
    let mut env = Env::new();
    env.now = "2026-03-01T08:00:00Z".into();
    add_user(&env, "bob", &[]);
    env.now = "2026-03-05T09:30:00Z".into();
    env.ok(&["user", "deactivate", "bob"]);
    env.now = "2026-03-06T10:00:00Z".into();
    env.ok(&["user", "deactivate", "bob"]); // already so: no event
    env.now = "2026-03-10T11:15:00+01:00".into();
    env.ok(&["user", "activate", "bob"]);
    env.now = "2026-03-20T23:59:59Z".into();
    env.ok(&["user", "delete", "bob", "--yes"]);
    let events = env.rows(
        "SELECT e.status, e.at FROM user_status_events e JOIN users u ON u.id = e.user_id
         WHERE u.handle = 'bob' ORDER BY e.id",
    );
    let expected = [
        ("active", "2026-03-01T08:00:00Z"),
        ("deactivated", "2026-03-05T09:30:00Z"),
        ("active", "2026-03-10T10:15:00Z"),
        ("deleted", "2026-03-20T23:59:59Z"),
    ];
    let expected: Vec<Vec<String>> = expected
        .iter()
        .map(|(s, t)| vec![s.to_string(), t.to_string()])
        .collect();
    assert_eq!(events, expected);
    assert_eq!(
        env.json(&["user", "show", "bob"])["created_at"],
        "2026-03-01T08:00:00Z"
    );
    // The history is append-only.
    env.try_sql("DELETE FROM user_status_events")
        .expect_err("status history removed");
    let err = env
        .try_sql("UPDATE user_status_events SET at = 'x'")
        .expect_err("status history changed");
    assert!(err.contains("append-only"), "{err}");
}

#[test]
fn dry_run_prints_what_it_would_do_and_changes_nothing() {
    let env = Env::new();
    add_user(&env, "carol", &[]);
    let before = env.dump();
    let audit = env.audit_count();

    let out = env.run(&[
        "--json",
        "--dry-run",
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
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["handle"], "bob");
    assert_eq!(v["dry_run"], true);
    assert!(String::from_utf8_lossy(&out.stderr).contains("dry run: nothing was changed"));

    // Each sentence says what would be done.
    let out = env.ok(&["--dry-run", "user", "deactivate", "carol"]);
    assert!(out.starts_with("would deactivate 'carol'"), "{out}");
    for (args, says) in [
        (
            &["--dry-run", "credits", "topup", "5"][..],
            "would add 5 credits",
        ),
        (
            &["--dry-run", "role", "add", "ops", "--rights", "view-users"],
            "would add role 'ops'",
        ),
        (
            &["--dry-run", "user", "edit", "carol", "--first", "C"],
            "would update 'carol'",
        ),
        (
            &[
                "--dry-run",
                "settings",
                "set",
                "support-email",
                "s@acme.test",
            ],
            "dry run: support-email = s@acme.test",
        ),
    ] {
        let out = env.ok(args);
        assert!(out.starts_with(says), "{args:?}: {out}");
    }
    // Without --dry-run, results are worded and shaped as before.
    assert!(
        !env.json(&["user", "show", "carol"])
            .as_object()
            .unwrap()
            .contains_key("dry_run")
    );
    // No confirmation is needed to delete in a dry run: nothing is deleted.
    env.ok(&["--dry-run", "user", "delete", "carol"]);
    env.ok(&["--dry-run", "user", "edit", "carol", "--first", "Caroline"]);
    env.ok(&["--dry-run", "user", "reset-password", "carol"]);
    assert_eq!(before, env.dump());
    assert_eq!(audit, env.audit_count());
    env.refused(&["user", "show", "bob"], 1, "not_found");
    // A dry run of a refused change is refused the same way.
    env.refused(&["--dry-run", "user", "deactivate", "alice"], 1, "is_admin");
}

#[test]
fn quiet_prints_nothing_on_success_but_a_new_password() {
    let env = Env::new();
    for args in [
        &BOB[..],
        &["user", "list"][..],
        &["user", "show", "bob"][..],
        &["user", "edit", "bob", "--first", "Robert"][..],
        &["user", "reset-password", "bob"][..],
        &["user", "deactivate", "bob"][..],
        &["user", "delete", "bob", "--yes"][..],
    ] {
        let mut all = vec!["-q"];
        all.extend_from_slice(args);
        let out = env.run(&all);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // A new password exists nowhere else: -q prints it, alone.
        let makes_password = args.contains(&"add") || args.contains(&"reset-password");
        let stdout = String::from_utf8_lossy(&out.stdout);
        if makes_password {
            assert_eq!(stdout.lines().count(), 1, "{args:?} printed {stdout}");
            assert!(
                stdout.trim().len() >= 16 && !stdout.contains(' '),
                "{args:?} printed {stdout}"
            );
        } else {
            assert!(stdout.is_empty(), "{args:?} printed {stdout}");
        }
        assert!(
            out.stderr.is_empty(),
            "{args:?} printed {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(env.json(&["user", "show", "bob"])["status"], "deleted");
    // Errors are still reported.
    let out = env.run(&["-q", "user", "show", "nobody"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error:"));
}
