//! `tally audit`: every change recorded with who, as which OS user, what,
//! on whom and when; filters; an append-only table; no passwords.
use crate::common::*;

use serde_json::{Value, json};

fn actions(entries: &[Value]) -> Vec<(String, Option<String>)> {
    entries
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_string(),
                e["target"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn every_change_is_audited_newest_first() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["user", "edit", "bob", "--last", "Builder"]);
    env.ok(&["user", "deactivate", "bob"]);
    env.ok(&["user", "activate", "bob"]);
    env.ok(&["user", "reset-password", "bob"]);
    env.ok(&["role", "add", "support", "--rights", "view-users"]);
    env.ok(&["role", "grant", "bob", "support"]);
    env.ok(&["role", "revoke", "bob", "support"]);
    env.ok(&["role", "remove", "support"]);
    env.ok(&["user", "delete", "bob", "--yes"]);
    // Reads and no-op changes record nothing.
    env.ok(&["user", "list"]);
    env.ok(&["user", "show", "bob"]);
    env.ok(&["role", "list"]);
    env.ok(&["user", "delete", "bob", "--yes"]);
    env.ok(&["verify"]);

    let entries = env.audit();
    let t = |a: &str, target: &str| (a.to_string(), Some(target.to_string()));
    assert_eq!(
        actions(&entries),
        vec![
            t("user.delete", "bob"),
            t("role.remove", "support"),
            t("role.revoke", "bob"),
            t("role.grant", "bob"),
            t("role.add", "support"),
            t("user.reset-password", "bob"),
            t("user.activate", "bob"),
            t("user.deactivate", "bob"),
            t("user.edit", "bob"),
            t("user.add", "bob"),
            t("init", "Acme"),
        ]
    );
    for e in &entries {
        assert_eq!(e["actor"], "alice");
        assert_eq!(e["os_user"], os_user().as_str());
        assert_eq!(e["outcome"], "ok");
        assert_eq!(e["at"], NOW);
    }
    let ids: Vec<i64> = entries.iter().map(|e| e["id"].as_i64().unwrap()).collect();
    assert!(
        ids.windows(2).all(|w| w[0] > w[1]),
        "not newest first: {ids:?}"
    );
    // The details say what changed.
    assert_eq!(
        entries[8]["details"],
        json!({"last_name": {"from": "Last", "to": "Builder"}})
    );
    assert_eq!(
        entries[7]["details"],
        json!({"from": "active", "to": "deactivated"})
    );
    assert_eq!(entries[3]["details"], json!({"role": "support"}));
    assert_eq!(entries[4]["details"], json!({"rights": ["view-users"]}));
}

#[test]
fn audit_json_shape() {
    let env = Env::new();
    let entries = env.json(&["audit"]);
    let entry = &entries.as_array().expect("an array")[0];
    let mut keys: Vec<&str> = entry
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "action", "actor", "at", "details", "id", "os_user", "outcome", "target"
        ]
    );
    assert!(entry["id"].is_i64());
    assert!(entry["details"].is_object());
    assert_eq!(
        entry["details"],
        json!({"company": "Acme", "admin": "alice"})
    );
    // An action without a target has a null one.
    add_user(&env, "bob", &[]);
    env.refused(&["--as", "bob", "user", "list"], 1, "permission_denied");
    let denied = &env.json(&["audit", "--limit", "1"])[0];
    assert_eq!(denied["target"], Value::Null);
    assert_eq!(denied["outcome"], "denied");
}

/// The operating-system user is the process's real uid: `USER` and
/// `LOGNAME` are the caller's to set and cannot forge it. `SUDO_USER`, which
/// sudo sets, is recorded beside it.
#[test]
fn os_user_is_the_real_uid_and_cannot_be_forged() {
    let env = Env::new();
    let me = os_user();
    let add = |handle: &str, vars: &[(&str, &str)]| {
        let email = format!("{handle}@acme.test");
        let out = env.run_env(
            vars,
            &[
                "user", "add", handle, "--first", "F", "--last", "L", "--email", &email,
            ],
        );
        assert!(out.status.success(), "{out:?}");
        env.json(&["audit", "--limit", "1"])[0]["os_user"].clone()
    };
    assert_eq!(add("bob", &[("USER", "mallory")]), me.as_str());
    assert_eq!(add("carol", &[("LOGNAME", "mallory")]), me.as_str());
    assert_eq!(
        add("dave", &[("SUDO_USER", "ops")]),
        format!("{me} (sudo: ops)").as_str()
    );
}

#[test]
fn limit_actor_and_since_filter() {
    let mut env = Env::new(); // init at NOW, 2026-03-15T12:00:00Z
    env.now = "2026-03-16T09:00:00Z".into();
    add_user(&env, "bob", &["--admin"]);
    env.now = "2026-03-17T09:00:00Z".into();
    env.ok(&["--as", "bob", "user", "edit", "alice", "--first", "Al"]);
    env.now = "2026-03-18T09:00:00Z".into();
    env.ok(&["--as", "bob", "user", "edit", "alice", "--first", "Alice"]);
    env.now = "2026-03-19T09:00:00Z".into();
    add_user(&env, "carol", &[]);

    let all = env.audit();
    assert_eq!(all.len(), 5);
    let at: Vec<&str> = all.iter().map(|e| e["at"].as_str().unwrap()).collect();
    assert_eq!(
        at,
        [
            "2026-03-19T09:00:00Z",
            "2026-03-18T09:00:00Z",
            "2026-03-17T09:00:00Z",
            "2026-03-16T09:00:00Z",
            NOW
        ]
    );

    let limited = env.json(&["audit", "--limit", "2"]);
    assert_eq!(limited.as_array().unwrap()[..], all[..2]);
    assert_eq!(env.json(&["audit", "--limit", "0"]), json!([]));

    let bobs = env.json(&["audit", "--actor", "bob"]);
    assert_eq!(bobs.as_array().unwrap()[..], all[1..3]);
    assert_eq!(
        env.json(&["audit", "--actor", "bob", "--limit", "1"])
            .as_array()
            .unwrap()[..],
        all[1..2]
    );
    // A handle no user ever had is a mistake, not an empty log.
    env.refused(&["audit", "--actor", "nobody"], 1, "not_found");

    let since = env.json(&["audit", "--since", "2026-03-17T09:00:00Z"]);
    assert_eq!(
        since.as_array().unwrap()[..],
        all[..3],
        "--since includes its own second"
    );
    let since = env.json(&["audit", "--since", "2026-03-18"]);
    assert_eq!(
        since.as_array().unwrap()[..],
        all[..2],
        "a bare date is midnight UTC"
    );
    let since = env.json(&["audit", "--since", "2026-03-17T10:00:00+01:00"]);
    assert_eq!(
        since.as_array().unwrap()[..],
        all[..3],
        "offsets are converted to UTC"
    );
    let combined = env.json(&["audit", "--since", "2026-03-18", "--actor", "bob"]);
    assert_eq!(combined.as_array().unwrap()[..], all[1..2]);

    env.refused(&["audit", "--since", "last tuesday"], 2, "invalid_input");
    let out = env.run(&["--json", "audit", "--limit", "-1"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn plain_audit_is_one_tab_separated_row_per_entry() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let out = env.ok(&["audit"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    let cells: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(cells.len(), 8, "{out}");
    assert_eq!(
        &cells[1..7],
        [NOW, "alice", os_user().as_str(), "user.add", "bob", "ok"]
    );
}

#[test]
fn refusals_other_than_permissions_and_dry_runs_are_not_audited() {
    let env = Env::new();
    add_user(&env, "bob", &["--admin"]);
    let count = env.audit_count();
    env.refused(&["user", "deactivate", "bob"], 1, "is_admin");
    env.refused(
        &[
            "user",
            "add",
            "Bad",
            "--first",
            "B",
            "--last",
            "B",
            "--email",
            "x@acme.test",
        ],
        2,
        "invalid_input",
    );
    env.refused(&["user", "show", "nobody"], 1, "not_found");
    env.ok(&[
        "--dry-run",
        "user",
        "add",
        "carol",
        "--first",
        "C",
        "--last",
        "C",
        "--email",
        "c@acme.test",
    ]);
    assert_eq!(env.audit_count(), count);
}

#[test]
fn plain_sql_cannot_change_or_remove_audit_rows() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let before = env.audit();
    for sql in [
        "UPDATE audit_log SET actor = 'mallory'",
        "UPDATE audit_log SET outcome = 'denied' WHERE id = 1",
        "DELETE FROM audit_log",
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
    ] {
        let err = env.try_sql(sql).expect_err(sql);
        assert!(err.contains("append-only"), "{sql}: {err}");
    }
    assert_eq!(env.audit(), before);
}

#[test]
fn passwords_never_appear_in_the_audit_log() {
    let env = Env::empty();
    let init = env.json(&[
        "init",
        "--company",
        "Acme",
        "--admin",
        "alice",
        "--first",
        "Alice",
        "--last",
        "L",
        "--email",
        "a@acme.test",
    ]);
    let mut passwords = vec![init["password"].as_str().unwrap().to_string()];
    passwords.push(
        add_user(&env, "bob", &[])["password"]
            .as_str()
            .unwrap()
            .to_string(),
    );
    passwords.push(
        env.json(&["user", "reset-password", "bob"])["password"]
            .as_str()
            .unwrap()
            .to_string(),
    );
    let imported = env.json_stdin(
        &["user", "import", "-"],
        "handle,first_name,last_name,email\ncarol,C,C,c@acme.test\ndan,D,D,d@acme.test\n",
    );
    for u in imported["users"].as_array().unwrap() {
        passwords.push(u["password"].as_str().unwrap().to_string());
    }
    assert_eq!(passwords.len(), 5);

    let audit_text = env.ok(&["--json", "audit"]);
    let audit_plain = env.ok(&["audit"]);
    let raw = env.rows("SELECT details FROM audit_log");
    for p in &passwords {
        assert!(p.len() >= 16);
        assert!(
            !audit_text.contains(p.as_str()),
            "a password is in the audit log"
        );
        assert!(!audit_plain.contains(p.as_str()));
        assert!(raw.iter().all(|r| !r[0].contains(p.as_str())));
    }
    assert!(
        !audit_text.contains("argon2"),
        "a password hash is in the audit log"
    );
    let resets = env
        .audit()
        .into_iter()
        .filter(|e| e["action"] == "user.reset-password")
        .count();
    assert_eq!(resets, 1, "the reset itself is audited");
}

/// `--actor` filters and `--as` acts: neither stands in for the other.
#[test]
fn actor_filter_and_acting_user_are_separate() {
    let env = Env::new();
    add_user(&env, "bob", &[]); // no rights at all
    add_user(&env, "vera", &[]);
    give_rights(&env, "vera", "view-audit");
    env.refused(&["--as", "bob", "user", "list"], 1, "permission_denied");
    let all = env.audit();

    // Alice filtering by bob is still alice, who may read the log.
    let bobs = env.json(&["audit", "--actor", "bob"]);
    assert_eq!(bobs.as_array().unwrap().len(), 1);
    assert_eq!(bobs[0]["action"], "user.list");
    // Vera acting is not a filter: she sees everyone's entries (and is not bob).
    assert_eq!(
        env.json(&["--as", "vera", "audit"])
            .as_array()
            .unwrap()
            .len(),
        all.len()
    );
    let out = env.run_env(&[("TALLY_AS", "vera")], &["--json", "audit"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), all.len());
    // Both at once.
    let v = env.json(&["--as", "vera", "audit", "--actor", "alice"]);
    assert!(v.as_array().unwrap().iter().all(|e| e["actor"] == "alice"));
    assert_eq!(v.as_array().unwrap().len(), all.len() - 1);
    // Bob, who may not read the log, cannot get round that with a filter.
    env.refused(
        &["--as", "bob", "audit", "--actor", "alice"],
        1,
        "permission_denied",
    );
}

#[test]
fn an_actor_no_user_ever_was_is_not_found() {
    let env = Env::new();
    let err = env.refused(&["audit", "--actor", "nosuch"], 1, "not_found");
    assert!(err["message"].as_str().unwrap().contains("nosuch"), "{err}");
    // A user who exists but did nothing has an empty log, not an error.
    add_user(&env, "bob", &[]);
    assert_eq!(
        env.json(&["audit", "--actor", "bob"]),
        serde_json::json!([])
    );
}
