//! `tally role ...`: the built-in administrator, custom roles, granting and
//! revoking, and rules 3 and 4.
use crate::common::*;

use serde_json::{Value, json};

const ALL_RIGHTS: [&str; 9] = [
    "view-users",
    "edit-users",
    "manage-roles",
    "assign-credits",
    "use-credits",
    "purchase",
    "manage-billing",
    "manage-settings",
    "view-audit",
];

fn role<'a>(list: &'a Value, name: &str) -> Option<&'a Value> {
    list.as_array()
        .expect("role array")
        .iter()
        .find(|r| r["name"] == name)
}

fn roles_of(env: &Env, handle: &str) -> Value {
    env.json(&["user", "show", handle])["roles"].clone()
}

#[test]
fn role_list_shows_the_builtin_administrator() {
    let env = Env::new();
    let list = env.json(&["role", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let admin = &list[0];
    let mut keys: Vec<&str> = admin
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(keys, ["builtin", "members", "name", "rights"]);
    assert_eq!(admin["name"], "administrator");
    assert_eq!(admin["builtin"], true);
    assert_eq!(admin["rights"], json!(ALL_RIGHTS));
    assert_eq!(admin["members"], json!(["alice"]));

    let plain = env.ok(&["role", "list"]);
    assert_eq!(plain.lines().count(), 1, "{plain}");
    assert!(plain.starts_with("administrator\t"), "{plain}");
}

#[test]
fn role_add_defines_a_role_from_rights() {
    let env = Env::new();
    let v = env.json(&[
        "role",
        "add",
        "support",
        "--rights",
        "view-users,edit-users",
    ]);
    assert_eq!(
        v,
        json!({"name": "support", "rights": ["view-users", "edit-users"], "builtin": false, "members": []})
    );
    // Rights come back in SPEC order, once each, whatever order they were given in.
    env.json(&[
        "role",
        "add",
        "auditor",
        "--rights",
        "view-audit, view-users,view-audit",
    ]);
    let list = env.json(&["role", "list"]);
    assert_eq!(
        role(&list, "support").unwrap()["rights"],
        json!(["view-users", "edit-users"])
    );
    assert_eq!(
        role(&list, "auditor").unwrap()["rights"],
        json!(["view-users", "view-audit"])
    );
    assert_eq!(role(&list, "auditor").unwrap()["builtin"], false);

    env.refused(
        &["role", "add", "support", "--rights", "view-users"],
        1,
        "already_exists",
    );
    env.refused(
        &["role", "add", "administrator", "--rights", "view-users"],
        1,
        "already_exists",
    );
}

#[test]
fn role_add_refuses_bad_names_and_rights() {
    let env = Env::new();
    let err = env.refused(
        &["role", "add", "support", "--rights", "view-users,fly"],
        2,
        "invalid_input",
    );
    assert!(err["message"].as_str().unwrap().contains("fly"), "{err}");
    assert!(
        err["hint"].as_str().unwrap().contains("view-audit"),
        "the hint lists the rights: {err}"
    );
    env.refused(
        &["role", "add", "support", "--rights", ""],
        2,
        "invalid_input",
    );
    env.refused(
        &["role", "add", "support", "--rights", "View-Users"],
        2,
        "invalid_input",
    );
    for name in ["Support", "sup port", "-support", &"r".repeat(65)] {
        env.refused(
            &["role", "add", name, "--rights", "view-users"],
            2,
            "invalid_input",
        );
    }
    assert_eq!(env.json(&["role", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn grant_and_revoke_a_role() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["role", "add", "support", "--rights", "view-users"]);
    let v = env.json(&["role", "grant", "bob", "support"]);
    assert_eq!(
        v,
        json!({"handle": "bob", "role": "support", "changed": true})
    );
    assert_eq!(roles_of(&env, "bob"), json!(["support"]));
    assert_eq!(
        role(&env.json(&["role", "list"]), "support").unwrap()["members"],
        json!(["bob"])
    );

    // Granting again changes nothing and succeeds.
    let before = env.dump();
    assert_eq!(
        env.json(&["role", "grant", "bob", "support"])["changed"],
        false
    );
    assert_eq!(before, env.dump());

    let v = env.json(&["role", "revoke", "bob", "support"]);
    assert_eq!(
        v,
        json!({"handle": "bob", "role": "support", "changed": true})
    );
    assert_eq!(roles_of(&env, "bob"), json!([]));
    assert_eq!(
        env.json(&["role", "revoke", "bob", "support"])["changed"],
        false
    );

    env.refused(&["role", "grant", "bob", "nosuch"], 1, "not_found");
    env.refused(&["role", "grant", "nobody", "support"], 1, "not_found");
    env.refused(&["role", "revoke", "bob", "nosuch"], 1, "not_found");
    env.refused(&["role", "revoke", "nobody", "support"], 1, "not_found");
}

#[test]
fn user_add_with_roles_and_admin() {
    let env = Env::new();
    env.ok(&["role", "add", "support", "--rights", "view-users"]);
    env.ok(&["role", "add", "billing", "--rights", "manage-billing"]);
    let bob = add_user(&env, "bob", &["--role", "support", "--role", "billing"]);
    assert_eq!(bob["roles"], json!(["billing", "support"]));
    let carol = add_user(&env, "carol", &["--admin"]);
    assert_eq!(carol["roles"], json!(["administrator"]));
    env.refused(
        &[
            "user",
            "add",
            "dave",
            "--first",
            "D",
            "--last",
            "D",
            "--email",
            "d@acme.test",
            "--role",
            "nosuch",
        ],
        1,
        "not_found",
    );
    env.refused(
        &[
            "user",
            "add",
            "dave",
            "--first",
            "D",
            "--last",
            "D",
            "--email",
            "d@acme.test",
            "--admin",
            "--inactive",
        ],
        2,
        "invalid_input",
    );
}

#[test]
fn the_administrator_role_cannot_be_changed_or_removed() {
    let env = Env::new();
    add_user(&env, "bob", &["--admin"]);
    env.ok(&["role", "revoke", "bob", "administrator"]);
    let err = env.refused(&["role", "remove", "administrator"], 2, "invalid_input");
    assert!(
        err["message"].as_str().unwrap().contains("built in"),
        "{err}"
    );
    // Not behind tally's back either.
    for sql in [
        "UPDATE roles SET name = 'boss' WHERE name = 'administrator'",
        "DELETE FROM role_rights WHERE role_id = (SELECT id FROM roles WHERE name = 'administrator')",
        "DELETE FROM roles WHERE name = 'administrator'",
    ] {
        env.try_sql(sql).expect_err(sql);
    }
    assert_eq!(
        env.rows("SELECT count(*) FROM roles WHERE name = 'administrator'"),
        [["1"]]
    );
    assert_eq!(env.json(&["role", "list"])[0]["rights"], json!(ALL_RIGHTS));
}

#[test]
fn a_role_in_use_is_not_removed() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["role", "add", "support", "--rights", "view-users"]);
    env.ok(&["role", "grant", "bob", "support"]);
    let err = env.refused(&["role", "remove", "support"], 1, "role_in_use");
    assert!(err["message"].as_str().unwrap().contains("bob"), "{err}");
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("tally role revoke bob support"),
        "{err}"
    );
    env.ok(&["role", "revoke", "bob", "support"]);
    assert_eq!(
        env.json(&["role", "remove", "support"]),
        json!({"removed": "support"})
    );
    assert!(role(&env.json(&["role", "list"]), "support").is_none());
    assert!(
        env.rows("SELECT * FROM role_rights WHERE role_id NOT IN (SELECT id FROM roles)")
            .is_empty()
    );
    env.refused(&["role", "remove", "support"], 1, "not_found");
}

#[test]
fn rule_3_an_administrator_is_not_deactivated_or_deleted() {
    let env = Env::new();
    add_user(&env, "bob", &["--admin"]);
    let err = env.refused(&["user", "deactivate", "bob"], 1, "is_admin");
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("tally role revoke bob administrator"),
        "{err}"
    );
    env.refused(&["user", "delete", "bob", "--yes"], 1, "is_admin");
    env.refused(&["user", "deactivate", "alice"], 1, "is_admin");
    env.refused(&["user", "delete", "alice", "--yes"], 1, "is_admin");
    // Plain SQL is refused too.
    let err = env
        .try_sql("UPDATE users SET status = 'deactivated' WHERE handle = 'bob'")
        .expect_err("an administrator is deactivated");
    assert!(err.contains("is_admin"), "{err}");

    env.ok(&["role", "revoke", "bob", "administrator"]);
    assert_eq!(
        env.json(&["user", "deactivate", "bob"])["to"],
        "deactivated"
    );
}

#[test]
fn rule_4_the_last_active_administrator_keeps_the_role() {
    let env = Env::new();
    let err = env.refused(
        &["role", "revoke", "alice", "administrator"],
        1,
        "last_admin",
    );
    assert!(
        err["hint"].as_str().unwrap().contains("tally role grant"),
        "{err}"
    );

    // With another administrator it works, and then that one is the last.
    add_user(&env, "bob", &[]);
    env.ok(&["role", "grant", "bob", "administrator"]);
    assert_eq!(
        env.json(&["role", "revoke", "alice", "administrator"])["changed"],
        true
    );
    assert_eq!(roles_of(&env, "alice"), json!([]));
    env.refused(
        &["--as", "bob", "role", "revoke", "bob", "administrator"],
        1,
        "last_admin",
    );
    assert_eq!(
        role(&env.json(&["--as", "bob", "role", "list"]), "administrator").unwrap()["members"],
        json!(["bob"])
    );
    // Plain SQL cannot take it away either.
    let err = env
        .try_sql("DELETE FROM user_roles")
        .expect_err("the last administrator's role is removed");
    assert!(err.contains("last_admin"), "{err}");
}

#[test]
fn administrator_is_granted_only_to_active_users() {
    let env = Env::new();
    add_user(&env, "dave", &["--inactive"]);
    let err = env.refused(
        &["role", "grant", "dave", "administrator"],
        1,
        "inactive_user",
    );
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("tally user activate dave"),
        "{err}"
    );
    // Other roles may wait for them.
    env.ok(&["role", "add", "support", "--rights", "view-users"]);
    env.ok(&["role", "grant", "dave", "support"]);
    // Nothing for the deleted.
    add_user(&env, "erin", &[]);
    env.ok(&["user", "delete", "erin", "--yes"]);
    env.refused(&["role", "grant", "erin", "support"], 1, "inactive_user");
    env.refused(
        &["role", "grant", "erin", "administrator"],
        1,
        "inactive_user",
    );
}
