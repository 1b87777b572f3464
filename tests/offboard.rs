//! `user offboard HANDLE --credits-to company|HANDLE [--credit-users-to HANDLE] [--delete]`:
//! revoke administrator, move every balance, move or clear the credit users,
//! deactivate or delete, all in one transaction; each step and the seat change.

use crate::common::*;
use crate::ledger_support::*;
use serde_json::{Value, json};

/// Makes `user` a credit user of `owner` behind tally's back (`owner set`
/// is not what these tests are about).
fn set_owner(env: &Env, user: &str, owner: &str) {
    env.sql(&format!(
        "UPDATE users SET credit_owner_id = (SELECT id FROM users WHERE handle = '{owner}')
         WHERE handle = '{user}'"
    ));
}

fn show(env: &Env, handle: &str) -> Value {
    env.json(&["user", "show", handle])
}

fn active_users(env: &Env) -> i64 {
    env.json(&["user", "list"])["active_users"]
        .as_i64()
        .unwrap()
}

/// alice (admin, default actor); bob, an admin holding 30 credits and 4 sms,
/// whose credit users are carol and dave; erin, with nothing.
fn setup() -> Env {
    let env = Env::new();
    env.json(&["credits", "kind", "add", "sms"]);
    add_user(&env, "bob", &["--admin"]);
    for u in ["carol", "dave", "erin"] {
        add_user(&env, u, &[]);
    }
    topup(&env, 100, "credits");
    topup(&env, 10, "sms");
    assign(&env, "company", "bob", 30);
    assign_kind(&env, "company", "bob", 4, "sms");
    set_owner(&env, "carol", "bob");
    set_owner(&env, "dave", "bob");
    assert_eq!(show(&env, "carol")["credit_owner"], "bob");
    env
}

fn steps(done: &Value) -> Vec<(String, String)> {
    done["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["step"].as_str().unwrap().to_string(),
                s["detail"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn an_admin_with_two_kinds_and_credit_users_is_offboarded_step_by_step() {
    let env = setup();
    assert_eq!(active_users(&env), 5);
    let done = env.json(&[
        "user",
        "offboard",
        "bob",
        "--credits-to",
        "company",
        "--credit-users-to",
        "erin",
    ]);
    assert_eq!(done["handle"], "bob");
    assert_eq!(done["status"], "deactivated");
    assert_eq!(done["active_users_before"], 5);
    assert_eq!(done["active_users_after"], 4);
    let s = steps(&done);
    let names: Vec<&str> = s.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "revoke",
            "credit users",
            "credit users",
            "move credits",
            "move credits",
            "deactivate"
        ],
        "{done}"
    );
    assert!(s[0].1.contains("administrator"), "{done}");
    // Credit users first, so that one of them named as the new owner owns
    // their credits by the time the balances move.
    assert!(
        s[1].1.contains("carol") && s[1].1.contains("erin"),
        "{done}"
    );
    assert!(s[2].1.contains("dave") && s[2].1.contains("erin"), "{done}");
    assert!(
        s[3].1.contains("30 credits") && s[3].1.contains("company"),
        "{done}"
    );
    assert!(
        s[4].1.contains("4 sms") && s[4].1.contains("company"),
        "{done}"
    );

    let bob = show(&env, "bob");
    assert_eq!(bob["status"], "deactivated");
    assert_eq!(bob["roles"], json!([]));
    assert_eq!(
        env.json(&["credits", "balance", "bob"]),
        json!([{"account": "bob", "kind": "credits", "balance": 0, "expiring": 0, "expires_at": null},
               {"account": "bob", "kind": "sms", "balance": 0, "expiring": 0, "expires_at": null}])
    );
    assert_eq!(balance(&env, "company", "credits"), 100);
    assert_eq!(balance(&env, "company", "sms"), 10);
    assert_eq!(show(&env, "carol")["credit_owner"], "erin");
    assert_eq!(show(&env, "dave")["credit_owner"], "erin");
    assert_eq!(show(&env, "erin")["credit_owner"], "erin");
    assert_eq!(active_users(&env), 4);

    let moves = env.json(&["credits", "history", "bob"]);
    let offboard: Vec<&Value> = moves
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["type"] == "offboard")
        .collect();
    assert_eq!(offboard.len(), 2, "{moves}");
    assert!(
        offboard
            .iter()
            .all(|t| t["from"] == "bob" && t["to"] == "company")
    );
    let audit = env.audit();
    assert!(
        audit.iter().any(|a| a["action"] == "user.offboard"),
        "{audit:?}"
    );
    assert_verifies(&env);
}

#[test]
fn each_step_and_the_seat_change_are_printed() {
    let env = setup();
    let out = env.ok(&["user", "offboard", "bob", "--credits-to", "erin"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("revoke:"), "{out}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("move credits:") && l.contains("30 credits")),
        "{out}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("move credits:") && l.contains("4 sms")),
        "{out}"
    );
    assert!(lines.iter().any(|l| l.starts_with("deactivate:")), "{out}");
    assert_eq!(*lines.last().unwrap(), "active users: 5 -> 4", "{out}");
}

#[test]
fn credits_go_to_a_user_and_credit_users_get_their_own_credits_back() {
    let env = setup();
    let done = env.json(&["user", "offboard", "bob", "--credits-to", "erin"]);
    let s = steps(&done);
    assert!(
        s.iter()
            .any(|(n, d)| n == "move credits" && d.contains("to erin")),
        "{done}"
    );
    assert_eq!(balance(&env, "erin", "credits"), 30);
    assert_eq!(balance(&env, "erin", "sms"), 4);
    assert_eq!(balance(&env, "company", "credits"), 70);
    assert_eq!(show(&env, "carol")["credit_owner"], "carol");
    assert_eq!(show(&env, "dave")["credit_owner"], "dave");
    assert!(
        s.iter()
            .any(|(n, d)| n == "credit users" && d.contains("their own")),
        "{done}"
    );
    assert_verifies(&env);
}

#[test]
fn one_of_the_credit_users_may_take_the_group_over() {
    let env = setup();
    let done = env.json(&[
        "user",
        "offboard",
        "bob",
        "--credits-to",
        "carol",
        "--credit-users-to",
        "carol",
    ]);
    assert_eq!(done["status"], "deactivated");
    assert_eq!(show(&env, "carol")["credit_owner"], "carol");
    assert_eq!(show(&env, "dave")["credit_owner"], "carol");
    assert_eq!(balance(&env, "carol", "credits"), 30);
    assert_verifies(&env);
}

#[test]
fn a_credit_user_of_someone_else_cannot_take_the_group_over() {
    let env = setup();
    add_user(&env, "frank", &[]);
    set_owner(&env, "frank", "erin");
    env.refused(
        &[
            "user",
            "offboard",
            "bob",
            "--credits-to",
            "company",
            "--credit-users-to",
            "frank",
        ],
        1,
        "owner_chain",
    );
}

#[test]
fn delete_needs_confirmation_without_a_terminal() {
    let env = setup();
    env.refused(
        &[
            "user",
            "offboard",
            "bob",
            "--credits-to",
            "company",
            "--delete",
        ],
        2,
        "confirmation_required",
    );
    assert_eq!(show(&env, "bob")["status"], "active");

    // A dry run shows the steps and changes nothing.
    let before = env.dump();
    let dry = env.json(&[
        "--dry-run",
        "user",
        "offboard",
        "bob",
        "--credits-to",
        "company",
        "--delete",
    ]);
    assert_eq!(dry["status"], "deleted");
    assert_eq!(before, env.dump());

    let done = env.json(&[
        "user",
        "offboard",
        "bob",
        "--credits-to",
        "company",
        "--delete",
        "--yes",
    ]);
    assert_eq!(done["status"], "deleted");
    assert_eq!(steps(&done).last().unwrap().0, "delete");
    assert_eq!(done["active_users_before"], 5);
    assert_eq!(done["active_users_after"], 4);
    assert_eq!(show(&env, "bob")["status"], "deleted");
    assert_eq!(balance(&env, "company", "credits"), 100);
    assert_verifies(&env);
}

#[test]
fn the_last_admin_is_not_offboarded_and_nothing_changes() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    // alice, the only admin, holds credits herself.
    assign(&env, "company", "alice", 6);
    let err = env.refused(
        &["user", "offboard", "alice", "--credits-to", "bob"],
        1,
        "last_admin",
    );
    assert!(err["message"].as_str().unwrap().contains("alice"), "{err}");
    assert_eq!(balance(&env, "alice", "credits"), 6);
    assert_eq!(show(&env, "alice")["roles"], json!(["administrator"]));
    assert_eq!(show(&env, "alice")["status"], "active");

    // With a second admin, alice may go.
    env.ok(&["role", "grant", "bob", "administrator"]);
    let done = env.json(&[
        "--as",
        "bob",
        "user",
        "offboard",
        "alice",
        "--credits-to",
        "bob",
    ]);
    assert_eq!(done["status"], "deactivated");
    // alice was the default actor: from now on commands act as someone else.
    let bob = env.json(&["--as", "bob", "credits", "balance", "bob"]);
    assert_eq!(bob[0]["balance"], 6);
    let alice = env.json(&["--as", "bob", "user", "show", "alice"]);
    assert_eq!(alice["status"], "deactivated");
    assert_eq!(alice["roles"], json!([]));
}

#[test]
fn an_inactive_or_unknown_receiver_is_refused() {
    let env = setup();
    add_user(&env, "gone", &["--inactive"]);
    env.refused(
        &["user", "offboard", "bob", "--credits-to", "gone"],
        1,
        "inactive_user",
    );
    env.refused(
        &[
            "user",
            "offboard",
            "bob",
            "--credits-to",
            "company",
            "--credit-users-to",
            "gone",
        ],
        1,
        "inactive_user",
    );
    env.refused(
        &["user", "offboard", "bob", "--credits-to", "nobody"],
        1,
        "not_found",
    );
    env.refused(
        &[
            "user",
            "offboard",
            "bob",
            "--credits-to",
            "company",
            "--credit-users-to",
            "nobody",
        ],
        1,
        "not_found",
    );
    env.refused(
        &["user", "offboard", "nobody", "--credits-to", "company"],
        1,
        "not_found",
    );
    env.refused(
        &["user", "offboard", "bob", "--credits-to", "bob"],
        2,
        "invalid_input",
    );
    env.refused(&["user", "offboard", "bob"], 2, "invalid_input");
    assert_eq!(balance(&env, "bob", "credits"), 30);
    assert_eq!(show(&env, "bob")["roles"], json!(["administrator"]));
}

#[test]
fn the_seat_change_counts_active_users() {
    let env = Env::new();
    for u in ["bob", "carol", "dave"] {
        add_user(&env, u, &[]);
    }
    add_user(&env, "erin", &["--inactive"]);
    let done = env.json(&["user", "offboard", "carol", "--credits-to", "company"]);
    assert_eq!(done["active_users_before"], 4);
    assert_eq!(done["active_users_after"], 3);
    assert_eq!(
        steps(&done),
        [("deactivate".to_string(), "deactivated 'carol'".to_string())]
    );
    assert_eq!(active_users(&env), 3);

    // Deleting an already deactivated user: no seat changes.
    let done = env.json(&[
        "user",
        "offboard",
        "erin",
        "--credits-to",
        "company",
        "--delete",
        "--yes",
    ]);
    assert_eq!(done["status"], "deleted");
    assert_eq!(done["active_users_before"], 3);
    assert_eq!(done["active_users_after"], 3);
    assert_eq!(show(&env, "erin")["status"], "deleted");
    // A deleted user needs no offboarding.
    env.refused(
        &["user", "offboard", "erin", "--credits-to", "company"],
        1,
        "inactive_user",
    );
}

#[test]
fn offboarding_needs_edit_users_and_assign_credits_and_manage_roles_for_an_admin() {
    let env = setup();
    add_user(&env, "hr", &[]);
    give_rights(&env, "hr", "edit-users");
    env.refused(
        &[
            "--as",
            "hr",
            "user",
            "offboard",
            "erin",
            "--credits-to",
            "company",
        ],
        1,
        "permission_denied",
    );
    give_rights(&env, "hr", "assign-credits");
    let err = env.refused(
        &[
            "--as",
            "hr",
            "user",
            "offboard",
            "bob",
            "--credits-to",
            "company",
        ],
        1,
        "permission_denied",
    );
    assert!(
        err["message"].as_str().unwrap().contains("manage-roles"),
        "{err}"
    );
    assert_eq!(show(&env, "bob")["roles"], json!(["administrator"]));
    let done = env.json(&[
        "--as",
        "hr",
        "user",
        "offboard",
        "erin",
        "--credits-to",
        "company",
    ]);
    assert_eq!(done["status"], "deactivated");
}
