//! Who acts (`--as`, `TALLY_AS`, the default admin), what they may do, and
//! that every refused permission is audited.
use crate::common::*;

use serde_json::Value;

/// The newest audit entry, read as the default admin.
fn last_entry(env: &Env) -> Value {
    env.json(&["audit", "--limit", "1"])[0].clone()
}

fn denied_entries(env: &Env, actor: &str) -> Vec<Value> {
    env.audit()
        .into_iter()
        .filter(|e| e["outcome"] == "denied" && e["actor"] == actor)
        .collect()
}

#[test]
fn the_actor_is_as_then_tally_as_then_the_default_admin() {
    let env = Env::new();
    add_user(&env, "bob", &["--admin"]);
    add_user(&env, "carol", &["--admin"]);
    assert_eq!(last_entry(&env)["actor"], "alice", "default actor");

    env.ok(&["--as", "bob", "user", "edit", "carol", "--first", "C1"]);
    assert_eq!(last_entry(&env)["actor"], "bob", "--as");

    let out = env.run_env(
        &[("TALLY_AS", "carol")],
        &["user", "edit", "bob", "--first", "B1"],
    );
    assert!(out.status.success());
    assert_eq!(last_entry(&env)["actor"], "carol", "TALLY_AS");

    let out = env.run_env(
        &[("TALLY_AS", "carol")],
        &["--as", "bob", "user", "edit", "carol", "--first", "C2"],
    );
    assert!(out.status.success());
    assert_eq!(last_entry(&env)["actor"], "bob", "--as wins over TALLY_AS");
    // `--as` may come after the verb too.
    env.ok(&["user", "edit", "carol", "--first", "C3", "--as", "carol"]);
    assert_eq!(last_entry(&env)["actor"], "carol");
}

#[test]
fn an_unknown_actor_is_not_found() {
    let env = Env::new();
    let err = env.refused(&["--as", "nobody", "user", "list"], 1, "not_found");
    assert!(err["message"].as_str().unwrap().contains("nobody"), "{err}");
    let out = env.run_env(&[("TALLY_AS", "ghost")], &["--json", "user", "list"]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["error"]["code"], "not_found");
    // `company` is an account, not a user who can act.
    env.refused(&["--as", "company", "user", "list"], 1, "not_found");
}

#[test]
fn deactivated_and_deleted_actors_can_do_nothing() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    give_rights(&env, "bob", "view-users,edit-users");
    env.ok(&["user", "deactivate", "bob"]);
    env.ok(&["user", "delete", "carol", "--yes"]);
    for who in ["bob", "carol"] {
        for args in [
            &["user", "list"][..],
            &["user", "show", who][..],
            &["user", "activate", who][..],
        ] {
            let mut all = vec!["--as", who];
            all.extend_from_slice(args);
            let err = env.refused(&all, 1, "permission_denied");
            assert!(err["message"].as_str().unwrap().contains(who), "{err}");
        }
    }
    // Each refusal is in the audit log.
    for (who, status) in [("bob", "deactivated"), ("carol", "deleted")] {
        let denied = denied_entries(&env, who);
        assert_eq!(denied.len(), 3, "{denied:#?}");
        for e in denied {
            assert!(
                e["details"]["reason"]
                    .as_str()
                    .is_some_and(|r| r.contains(status)),
                "{e}"
            );
        }
    }
    // Active again, bob may act again.
    env.ok(&["user", "activate", "bob"]);
    env.ok(&["--as", "bob", "user", "list"]);
}

/// Every command family, as a user without rights: refused, exit 1, nothing
/// changed, and the refusal audited with the action and target.
#[test]
fn a_user_without_rights_is_refused_everything_and_each_refusal_is_audited() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["role", "add", "support", "--rights", "view-users"]);
    let users_csv = env.dir.path().join("users.csv");
    std::fs::write(
        &users_csv,
        "handle,first_name,last_name,email\ndan,Dan,D,dan@acme.test\n",
    )
    .unwrap();
    let credits_csv = env.dir.path().join("credits.csv");
    std::fs::write(&credits_csv, "from,to,amount\ncompany,alice,1\n").unwrap();
    let (users_csv, credits_csv) = (users_csv.to_str().unwrap(), credits_csv.to_str().unwrap());

    let commands: Vec<(Vec<&str>, &str, Option<&str>)> = vec![
        (
            vec![
                "user",
                "add",
                "dan",
                "--first",
                "D",
                "--last",
                "D",
                "--email",
                "dan@acme.test",
            ],
            "user.add",
            Some("dan"),
        ),
        (vec!["user", "list"], "user.list", None),
        (vec!["user", "list", "--status", "all"], "user.list", None),
        (vec!["user", "show", "alice"], "user.show", Some("alice")),
        (
            vec!["user", "edit", "alice", "--first", "Mallory"],
            "user.edit",
            Some("alice"),
        ),
        (
            vec!["user", "edit", "bob", "--first", "Bobby"],
            "user.edit",
            Some("bob"),
        ),
        (
            vec!["user", "activate", "alice"],
            "user.activate",
            Some("alice"),
        ),
        (
            vec!["user", "deactivate", "alice"],
            "user.deactivate",
            Some("alice"),
        ),
        (
            vec!["user", "delete", "alice", "--yes"],
            "user.delete",
            Some("alice"),
        ),
        (
            vec!["user", "reset-password", "alice"],
            "user.reset-password",
            Some("alice"),
        ),
        (
            vec!["user", "reset-password", "bob"],
            "user.reset-password",
            Some("bob"),
        ),
        (vec!["user", "import", users_csv], "user.import", None),
        (
            vec!["user", "offboard", "alice", "--credits-to", "company"],
            "user.offboard",
            Some("alice"),
        ),
        (vec!["role", "list"], "role.list", None),
        (
            vec!["role", "add", "mine", "--rights", "view-audit"],
            "role.add",
            None,
        ),
        (vec!["role", "remove", "support"], "role.remove", None),
        (
            vec!["role", "grant", "bob", "administrator"],
            "role.grant",
            Some("bob"),
        ),
        (
            vec!["role", "revoke", "alice", "administrator"],
            "role.revoke",
            Some("alice"),
        ),
        (vec!["audit"], "audit", None),
        (
            vec!["credits", "kind", "add", "sms"],
            "credits.kind.add",
            None,
        ),
        (vec!["credits", "topup", "100"], "credits.topup", None),
        (
            vec!["credits", "assign", "--from", "company", "--to", "bob", "1"],
            "credits.assign",
            None,
        ),
        (
            vec!["credits", "import", credits_csv],
            "credits.import",
            None,
        ),
        (vec!["credits", "balance"], "credits.balance", None),
        (
            vec!["credits", "balance", "alice"],
            "credits.balance",
            Some("alice"),
        ),
        (vec!["credits", "history"], "credits.history", None),
        (vec!["credits", "request", "5"], "credits.request", None),
        (vec!["credits", "requests"], "credits.requests", None),
        (vec!["settings", "list"], "settings.list", None),
        (
            vec!["settings", "set", "support-email", "me@evil.test"],
            "settings.set",
            None,
        ),
        (vec!["mail", "list"], "mail.list", None),
    ];
    for (args, _, _) in &commands {
        let mut all = vec!["--as", "bob"];
        all.extend_from_slice(args);
        let err = env.refused(&all, 1, "permission_denied");
        assert!(
            err["message"].as_str().unwrap().contains("bob"),
            "{args:?}: {err}"
        );
    }
    let mut denied = denied_entries(&env, "bob");
    denied.reverse(); // oldest first, like `commands`
    assert_eq!(denied.len(), commands.len(), "{denied:#?}");
    for ((args, action, target), entry) in commands.iter().zip(&denied) {
        assert_eq!(entry["action"], *action, "{args:?}");
        assert_eq!(entry["target"].as_str(), *target, "{args:?}");
        assert_eq!(entry["os_user"], os_user().as_str());
        assert_eq!(entry["at"], NOW);
        assert!(
            entry["details"]["reason"]
                .as_str()
                .is_some_and(|r| r.contains("bob")),
            "{entry}"
        );
    }
    // Nothing else was recorded for bob.
    assert!(
        env.audit()
            .iter()
            .filter(|e| e["actor"] == "bob")
            .all(|e| e["outcome"] == "denied")
    );
}

#[test]
fn a_user_may_show_themselves_without_view_users() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let me = env.json(&["--as", "bob", "user", "show", "bob"]);
    assert_eq!(me["handle"], "bob");
    assert_eq!(me, env.json(&["user", "show", "bob"]));
    env.refused(
        &["--as", "bob", "user", "show", "alice"],
        1,
        "permission_denied",
    );
    // Only looking: changing oneself still needs the right.
    env.refused(
        &["--as", "bob", "user", "edit", "bob", "--last", "Self"],
        1,
        "permission_denied",
    );
    env.refused(
        &["--as", "bob", "role", "grant", "bob", "administrator"],
        1,
        "permission_denied",
    );
    assert!(
        denied_entries(&env, "bob")
            .iter()
            .all(|e| e["action"] != "user.show" || e["target"] == "alice")
    );
}

#[test]
fn a_view_users_role_may_list_users_but_not_add_them() {
    let env = Env::new();
    add_user(&env, "vera", &[]);
    env.ok(&["role", "add", "viewer", "--rights", "view-users"]);
    env.ok(&["role", "grant", "vera", "viewer"]);
    let list = env.json(&["--as", "vera", "user", "list"]);
    assert_eq!(list["active_users"], 2);
    env.json(&["--as", "vera", "user", "show", "alice"]);
    env.json(&["--as", "vera", "role", "list"]);
    let err = env.refused(
        &[
            "--as",
            "vera",
            "user",
            "add",
            "dan",
            "--first",
            "D",
            "--last",
            "D",
            "--email",
            "dan@acme.test",
        ],
        1,
        "permission_denied",
    );
    assert!(
        err["message"].as_str().unwrap().contains("edit-users"),
        "{err}"
    );
    env.refused(&["--as", "vera", "audit"], 1, "permission_denied");

    // Taking the role away takes the right away.
    env.ok(&["role", "revoke", "vera", "viewer"]);
    env.refused(&["--as", "vera", "user", "list"], 1, "permission_denied");
}

#[test]
fn adding_a_user_with_roles_needs_manage_roles_too() {
    let env = Env::new();
    add_user(&env, "hana", &[]);
    give_rights(&env, "hana", "edit-users");
    env.ok(&["role", "add", "support", "--rights", "view-users"]);

    let dan = env.json(&[
        "--as",
        "hana",
        "user",
        "add",
        "dan",
        "--first",
        "D",
        "--last",
        "D",
        "--email",
        "dan@acme.test",
    ]);
    assert_eq!(dan["roles"], serde_json::json!([]));
    let add_eve = [
        "--as",
        "hana",
        "user",
        "add",
        "eve",
        "--first",
        "E",
        "--last",
        "E",
        "--email",
        "eve@acme.test",
    ];
    for extra in [&["--role", "support"][..], &["--admin"][..]] {
        let mut args = add_eve.to_vec();
        args.extend_from_slice(extra);
        let err = env.refused(&args, 1, "permission_denied");
        assert!(
            err["message"].as_str().unwrap().contains("manage-roles"),
            "{err}"
        );
    }
    let denied = denied_entries(&env, "hana");
    assert_eq!(denied.len(), 2);
    assert!(
        denied
            .iter()
            .all(|e| e["action"] == "user.add" && e["target"] == "eve")
    );
    env.refused(&["user", "show", "eve"], 1, "not_found");

    // Importing with roles needs it as well.
    let csv = "handle,first_name,last_name,email,roles\neve,E,E,eve@acme.test,support\n";
    let out = env
        .cmd()
        .args(["--json", "--as", "hana", "user", "import", "-"])
        .write_stdin(csv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["error"]["code"], "permission_denied");

    // With both rights it works.
    give_rights(&env, "hana", "manage-roles");
    let mut args = add_eve.to_vec();
    args.extend_from_slice(&["--role", "support"]);
    assert_eq!(env.json(&args)["roles"], serde_json::json!(["support"]));
}

#[test]
fn rights_of_several_roles_add_up() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["role", "add", "viewer", "--rights", "view-users"]);
    env.ok(&["role", "add", "auditor", "--rights", "view-audit"]);
    env.ok(&["role", "grant", "bob", "viewer"]);
    env.refused(&["--as", "bob", "audit"], 1, "permission_denied");
    env.ok(&["role", "grant", "bob", "auditor"]);
    env.json(&["--as", "bob", "audit"]);
    env.json(&["--as", "bob", "user", "list"]);
    env.refused(
        &["--as", "bob", "user", "deactivate", "alice"],
        1,
        "permission_denied",
    );
}

#[test]
fn the_default_actor_passes_to_the_administrator_who_deactivates_it() {
    let env = Env::new();
    add_user(&env, "bob", &["--admin"]);
    env.ok(&["--as", "bob", "role", "revoke", "alice", "administrator"]);
    env.ok(&["--as", "bob", "user", "deactivate", "alice"]);
    // Without --as, commands now act as bob.
    env.ok(&[
        "user",
        "add",
        "carol",
        "--first",
        "C",
        "--last",
        "D",
        "--email",
        "carol@acme.test",
    ]);
    let last = &env.json(&["audit", "--limit", "1"])[0];
    assert_eq!(last["actor"], "bob");
    assert_eq!(last["action"], "user.add");
}

#[test]
fn the_default_actor_passes_to_an_administrator_whoever_deactivates_it() {
    let env = Env::new();
    add_user(&env, "bob", &["--admin"]);
    add_user(&env, "hr", &[]);
    env.ok(&["role", "add", "people", "--rights", "edit-users"]);
    env.ok(&["role", "grant", "hr", "people"]);
    env.ok(&["--as", "bob", "role", "revoke", "alice", "administrator"]);
    env.ok(&["--as", "hr", "user", "deactivate", "alice"]);
    // hr is no administrator: the default goes to bob, who is.
    env.ok(&["role", "add", "viewers", "--rights", "view-users"]);
    let last = &env.json(&["audit", "--limit", "1"])[0];
    assert_eq!(last["actor"], "bob");
}
