//! Credit sharing through the real binary (SPEC "Credit sharing", `credits use`,
//! `credits usage`, rules 5 to 8; seeds/credit-sharing.txt): owners and credit
//! users, consumption from the owner's balance, what a credit user sees, and
//! `verify` finding a sharing rule broken behind tally's back.

use crate::common::*;
use crate::ledger_support::*;
use serde_json::{Value, json};

fn owner_of(env: &Env, user: &str) -> String {
    let v = env.json(&["owner", "show", user]);
    v["owner"].as_str().expect("owner").to_string()
}

fn set_owner(env: &Env, user: &str, owner: &str) -> Value {
    env.json(&["owner", "set", user, owner])
}

/// John, Peter and Mary, users with no rights; John holds `john_credits`
/// credits and shares them with Peter and Mary.
fn john_peter_mary(john_credits: i64) -> Env {
    let env = Env::new();
    for h in ["john", "peter", "mary"] {
        add_user(&env, h, &[]);
    }
    if john_credits > 0 {
        topup(&env, john_credits, "credits");
        assign(&env, "company", "john", john_credits);
    }
    set_owner(&env, "peter", "john");
    set_owner(&env, "mary", "john");
    env
}

fn billing(env: &Env, actor: &str, handle: &str, name: &str) -> Value {
    json_as(
        env,
        actor,
        &[
            "billing-info",
            "set",
            handle,
            "--name",
            name,
            "--address",
            "1 Main Street",
        ],
    )
}

/// The newest audit row, checked to be a refusal of `action` on `target` by `actor`.
fn assert_last_denied(env: &Env, actor: &str, action: &str, target: &str) {
    let audit = env.audit();
    // `env.audit()` itself runs `audit` as alice, which is not audited: the
    // newest row is the refusal.
    let last = &audit[0];
    assert_eq!(last["outcome"], "denied", "{last}");
    assert_eq!(last["actor"], actor, "{last}");
    assert_eq!(last["action"], action, "{last}");
    assert_eq!(last["target"], target, "{last}");
}

// --- The help page's own example -------------------------------------------------

#[test]
fn the_help_pages_example_john_shares_with_peter_and_mary() {
    let env = john_peter_mary(100);
    env.ok(&[
        "plan",
        "add",
        "starter",
        "--credits",
        "50",
        "--price",
        "9.99",
    ]);

    // Each of them consumes; everything comes out of John's balance.
    let used = json_as(
        &env,
        "john",
        &["credits", "use", "john", "10", "--memo", "newsletter"],
    );
    assert_eq!(used["owner_balance"], 90);
    let used = json_as(&env, "peter", &["credits", "use", "peter", "5"]);
    assert_eq!(used["owner"], "john");
    assert_eq!(used["owner_balance"], 85);
    let used = json_as(&env, "mary", &["credits", "use", "mary", "7"]);
    assert_eq!(used["owner_balance"], 78);
    assert_eq!(balance(&env, "john", "credits"), 78);
    assert_eq!(balance(&env, "peter", "credits"), 0);
    assert_eq!(balance(&env, "mary", "credits"), 0);

    // Peter sees the usage of John, of himself and of Mary.
    let usage = json_as(&env, "peter", &["credits", "usage"]);
    assert_eq!(keys(&usage), ["entries", "owner", "totals"]);
    assert_eq!(usage["owner"], "john");
    let entries = usage["entries"].as_array().expect("entries");
    let who: Vec<(&str, i64)> = entries
        .iter()
        .map(|e| (e["user"].as_str().unwrap(), e["amount"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        who,
        [("mary", 7), ("peter", 5), ("john", 10)],
        "newest first"
    );
    for e in entries {
        assert_eq!(keys(e), ["amount", "at", "id", "kind", "memo", "user"]);
        assert_eq!(e["kind"], "credits");
        assert_eq!(e["at"], NOW);
    }
    assert_eq!(entries[2]["memo"], "newsletter");
    assert_eq!(entries[0]["memo"], Value::Null);
    assert_eq!(
        usage["totals"],
        json!([
            {"user": "john", "kind": "credits", "amount": 10},
            {"user": "mary", "kind": "credits", "amount": 7},
            {"user": "peter", "kind": "credits", "amount": 5},
        ])
    );
    // So does John, and so does Mary: the same group.
    assert_eq!(json_as(&env, "john", &["credits", "usage"]), usage);
    assert_eq!(json_as(&env, "mary", &["credits", "usage"]), usage);

    // Mary buys with her own billing information; John receives the credits.
    billing(&env, "mary", "mary", "Mary Poppins");
    let mary_order = json_as(
        &env,
        "mary",
        &["order", "place", "mary", "--plan", "starter"],
    );
    assert_eq!(mary_order["owner"], "john");
    assert_eq!(mary_order["owner_balance"], 128);

    // What Peter buys goes to John's balance, paid with Peter's information.
    billing(&env, "peter", "peter", "Peter Pan");
    let order = json_as(
        &env,
        "peter",
        &["order", "place", "peter", "--plan", "starter"],
    );
    assert_eq!(keys(&order), order_keys_and(&["owner_balance", "replayed"]));
    assert_eq!(order["buyer"], "peter");
    assert_eq!(order["owner"], "john");
    assert_eq!(order["plan"], "starter");
    assert_eq!(order["credits"], 50);
    assert_eq!(order["price_minor"], 999);
    assert_eq!(order["owner_balance"], 178);
    assert_eq!(order["replayed"], false);
    assert_eq!(balance(&env, "john", "credits"), 178);
    assert_eq!(balance(&env, "peter", "credits"), 0);

    // Peter sees the group's order history: Mary's order too.
    let history = json_as(&env, "peter", &["order", "history"]);
    let rows: Vec<(&str, &str)> = history
        .as_array()
        .expect("orders")
        .iter()
        .map(|o| (o["buyer"].as_str().unwrap(), o["owner"].as_str().unwrap()))
        .collect();
    assert_eq!(rows, [("peter", "john"), ("mary", "john")], "newest first");
    assert_eq!(history[0]["id"], order["id"]);
    assert_eq!(json_as(&env, "john", &["order", "history"]), history);

    // Billing information is personal: Mary cannot see Peter's.
    refused_as(
        &env,
        "mary",
        &["billing-info", "show", "peter"],
        1,
        "permission_denied",
    );
    assert_last_denied(&env, "mary", "billing-info.show", "peter");
    // Nor can John, whose credits Peter uses.
    refused_as(
        &env,
        "john",
        &["billing-info", "show", "peter"],
        1,
        "permission_denied",
    );
    let mine = json_as(&env, "peter", &["billing-info", "show", "peter"]);
    assert_eq!(mine["name"], "Peter Pan");

    // The order keeps the billing information as it was when bought.
    billing(&env, "peter", "peter", "Peter Parker");
    let now = json_as(&env, "peter", &["billing-info", "show", "peter"]);
    assert_eq!(now["name"], "Peter Parker");
    let billing_name = |order: &Value| {
        env.rows(&format!(
            "SELECT billing_name FROM orders WHERE id = {}",
            order["id"].as_i64().unwrap()
        ))
    };
    assert_eq!(billing_name(&order), [["Peter Pan"]]);
    assert_eq!(billing_name(&mary_order), [["Mary Poppins"]]);
    assert_verifies(&env);
}

// --- owner set / clear / show / list ---------------------------------------------

#[test]
fn owner_set_clear_show_and_list() {
    let env = Env::new();
    for h in ["john", "peter", "mary"] {
        add_user(&env, h, &[]);
    }
    let shown = env.json(&["owner", "show", "peter"]);
    assert_eq!(shown, json!({"user": "peter", "owner": "peter"}));
    assert_eq!(env.json(&["owner", "list"]), json!([]));

    let set = set_owner(&env, "peter", "john");
    assert_eq!(set["user"], "peter");
    assert_eq!(set["owner"], "john");
    assert_eq!(set["moved"], json!([]));
    set_owner(&env, "mary", "john");
    assert_eq!(
        env.json(&["owner", "show", "peter"]),
        json!({"user": "peter", "owner": "john"})
    );
    assert_eq!(env.json(&["user", "show", "peter"])["credit_owner"], "john");
    assert_eq!(env.json(&["user", "show", "john"])["credit_owner"], "john");
    assert_eq!(
        env.json(&["owner", "list"]),
        json!([{"owner": "john", "credit_users": ["mary", "peter"]}])
    );
    let audit = env.audit();
    assert_eq!(audit[0]["action"], "owner.set");
    assert_eq!(audit[0]["target"], "mary");
    assert_eq!(audit[0]["outcome"], "ok");
    assert_eq!(audit[0]["details"]["owner"], "john");

    // Setting the same owner again changes nothing.
    let before = env.dump();
    set_owner(&env, "peter", "john");
    assert_eq!(before, env.dump());

    // Human output says who uses whose credits.
    let out = env.ok(&["owner", "set", "peter", "john"]);
    assert!(
        out.contains("'peter' now uses the credits of 'john'"),
        "{out}"
    );

    let cleared = env.json(&["owner", "clear", "peter"]);
    assert_eq!(cleared, json!({"user": "peter", "owner": "peter"}));
    assert_eq!(owner_of(&env, "peter"), "peter");
    assert_eq!(
        env.json(&["owner", "list"]),
        json!([{"owner": "john", "credit_users": ["mary"]}])
    );
    let audit = env.audit();
    assert_eq!(audit[0]["action"], "owner.clear");
    assert_eq!(audit[0]["target"], "peter");
    assert_eq!(audit[0]["details"]["previous_owner"], "john");

    // Clearing a user who owns their own credits changes nothing.
    let before = env.dump();
    let n = env.audit_count();
    assert_eq!(
        env.json(&["owner", "clear", "peter"]),
        json!({"user": "peter", "owner": "peter"})
    );
    assert_eq!(before, env.dump());
    assert_eq!(n, env.audit_count());

    // A second group.
    set_owner(&env, "peter", "alice");
    assert_eq!(
        env.json(&["owner", "list"]),
        json!([
            {"owner": "alice", "credit_users": ["peter"]},
            {"owner": "john", "credit_users": ["mary"]},
        ])
    );

    // Moving a credit user to another owner directly.
    set_owner(&env, "mary", "alice");
    assert_eq!(
        env.json(&["owner", "list"]),
        json!([{"owner": "alice", "credit_users": ["mary", "peter"]}])
    );

    // Unknown users.
    env.refused(&["owner", "show", "ghost"], 1, "not_found");
    env.refused(&["owner", "set", "ghost", "john"], 1, "not_found");
    env.refused(&["owner", "set", "john", "ghost"], 1, "not_found");
    env.refused(&["owner", "clear", "ghost"], 1, "not_found");
}

#[test]
fn owner_show_is_for_view_users_or_self_and_owner_list_for_view_users() {
    let env = john_peter_mary(0);
    assert_eq!(
        json_as(&env, "peter", &["owner", "show", "peter"]),
        json!({"user": "peter", "owner": "john"})
    );
    refused_as(
        &env,
        "peter",
        &["owner", "show", "mary"],
        1,
        "permission_denied",
    );
    assert_last_denied(&env, "peter", "owner.show", "mary");
    let err = refused_as(&env, "peter", &["owner", "list"], 1, "permission_denied");
    assert!(
        err["message"].as_str().unwrap().contains("view-users"),
        "{err}"
    );
    // Not even on oneself: clearing or setting needs the rights.
    refused_as(
        &env,
        "peter",
        &["owner", "clear", "peter"],
        1,
        "permission_denied",
    );
    refused_as(
        &env,
        "peter",
        &["owner", "set", "peter", "mary"],
        1,
        "permission_denied",
    );
    add_user(&env, "viewer", &[]);
    give_rights(&env, "viewer", "view-users");
    assert_eq!(
        json_as(&env, "viewer", &["owner", "list"]),
        json!([{"owner": "john", "credit_users": ["mary", "peter"]}])
    );
    assert_eq!(owner_of(&env, "mary"), "john");
}

#[test]
fn setting_an_owner_needs_both_view_users_and_edit_users() {
    let env = Env::new();
    for h in ["john", "peter", "editor", "viewer", "both"] {
        add_user(&env, h, &[]);
    }
    give_rights(&env, "editor", "edit-users");
    give_rights(&env, "viewer", "view-users");
    give_rights(&env, "both", "view-users,edit-users");

    let err = refused_as(
        &env,
        "editor",
        &["owner", "set", "peter", "john"],
        1,
        "permission_denied",
    );
    assert!(
        err["message"].as_str().unwrap().contains("view-users"),
        "{err}"
    );
    assert_last_denied(&env, "editor", "owner.set", "peter");
    let err = refused_as(
        &env,
        "viewer",
        &["owner", "set", "peter", "john"],
        1,
        "permission_denied",
    );
    assert!(
        err["message"].as_str().unwrap().contains("edit-users"),
        "{err}"
    );
    assert_last_denied(&env, "viewer", "owner.set", "peter");
    assert_eq!(owner_of(&env, "peter"), "peter");

    let set = json_as(&env, "both", &["owner", "set", "peter", "john"]);
    assert_eq!(set["owner"], "john");
    assert_eq!(owner_of(&env, "peter"), "john");
    let audit = env.audit();
    assert_eq!(audit[0]["actor"], "both");
    assert_eq!(audit[0]["action"], "owner.set");

    // Clearing needs the same two rights.
    refused_as(
        &env,
        "editor",
        &["owner", "clear", "peter"],
        1,
        "permission_denied",
    );
    refused_as(
        &env,
        "viewer",
        &["owner", "clear", "peter"],
        1,
        "permission_denied",
    );
    json_as(&env, "both", &["owner", "clear", "peter"]);
    assert_eq!(owner_of(&env, "peter"), "peter");
}

// --- Rule 6 -----------------------------------------------------------------------

#[test]
fn rule_6_the_owner_is_active_and_owns_their_own_credits() {
    let env = Env::new();
    for h in ["john", "peter", "paul", "mary", "zed"] {
        add_user(&env, h, &[]);
    }
    let err = env.refused(&["owner", "set", "peter", "peter"], 2, "invalid_input");
    assert!(
        err["hint"].as_str().unwrap().contains("owner clear peter"),
        "{err}"
    );

    // An inactive owner, or an inactive credit user.
    env.ok(&["user", "deactivate", "zed"]);
    let err = env.refused(&["owner", "set", "peter", "zed"], 1, "inactive_user");
    assert!(err["message"].as_str().unwrap().contains("zed"), "{err}");
    env.refused(&["owner", "set", "zed", "john"], 1, "inactive_user");
    env.ok(&["user", "delete", "zed", "--yes"]);
    env.refused(&["owner", "set", "peter", "zed"], 1, "inactive_user");

    // The owner must own their own credits.
    set_owner(&env, "peter", "john");
    let err = env.refused(&["owner", "set", "paul", "peter"], 1, "owner_chain");
    assert!(err["message"].as_str().unwrap().contains("john"), "{err}");
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("owner set paul john"),
        "{err}"
    );

    // A user who has credit users cannot become one.
    let err = env.refused(&["owner", "set", "john", "paul"], 1, "owner_chain");
    assert!(err["message"].as_str().unwrap().contains("peter"), "{err}");

    // Nor by swapping with their own credit user; the hint must not suggest
    // making someone their own owner.
    let err = env.refused(&["owner", "set", "john", "peter"], 1, "owner_chain");
    let hint = err["hint"].as_str().unwrap();
    assert!(!hint.contains("owner set john john"), "{hint}");
    assert!(hint.contains("owner clear peter"), "{hint}");

    assert_eq!(
        env.json(&["owner", "list"]),
        json!([{"owner": "john", "credit_users": ["peter"]}])
    );
    assert_verifies(&env);
}

#[test]
fn rule_6_a_balance_moves_to_the_owner_only_with_move_balance() {
    let env = Env::new();
    add_user(&env, "john", &[]);
    add_user(&env, "peter", &[]);
    env.ok(&["credits", "kind", "add", "sms"]);
    topup(&env, 100, "credits");
    topup(&env, 40, "sms");
    assign(&env, "company", "john", 5);
    assign(&env, "company", "peter", 30);
    assign_kind(&env, "company", "peter", 12, "sms");

    let err = env.refused(&["owner", "set", "peter", "john"], 1, "has_credits");
    assert!(
        err["hint"].as_str().unwrap().contains("--move-balance"),
        "{err}"
    );
    assert!(
        err["message"].as_str().unwrap().contains("30 credits"),
        "{err}"
    );
    assert!(err["message"].as_str().unwrap().contains("12 sms"), "{err}");
    assert_eq!(owner_of(&env, "peter"), "peter");

    let transfers = transfer_count(&env);
    let set = env.json(&["owner", "set", "peter", "john", "--move-balance"]);
    assert_eq!(set["owner"], "john");
    assert_eq!(
        set["moved"],
        json!([{"kind": "credits", "amount": 30}, {"kind": "sms", "amount": 12}])
    );
    assert_eq!(transfer_count(&env), transfers + 2);
    assert_eq!(balance(&env, "peter", "credits"), 0);
    assert_eq!(balance(&env, "peter", "sms"), 0);
    assert_eq!(balance(&env, "john", "credits"), 35);
    assert_eq!(balance(&env, "john", "sms"), 12);
    assert_eq!(balance(&env, "company", "credits"), 65);
    assert_eq!(balance(&env, "company", "sms"), 28);
    assert_eq!(owner_of(&env, "peter"), "john");
    // The moves are in the ledger, for Peter, as the same command.
    let moves = env.rows(
        "SELECT t.type, u.handle, t.amount FROM transfers t JOIN users u ON u.id = t.user_id
         WHERE t.type = 'move' ORDER BY t.id",
    );
    assert_eq!(
        moves,
        [
            vec!["move".to_string(), "peter".into(), "30".into()],
            vec!["move".to_string(), "peter".into(), "12".into()],
        ]
    );
    assert_verifies(&env);

    // Without a balance, --move-balance moves nothing.
    add_user(&env, "mary", &[]);
    let set = env.json(&["owner", "set", "mary", "john", "--move-balance"]);
    assert_eq!(set["moved"], json!([]));

    // Human output lists each move.
    add_user(&env, "paul", &[]);
    assign(&env, "company", "paul", 3);
    let out = env.ok(&["owner", "set", "paul", "john", "--move-balance"]);
    assert!(
        out.contains("moved 3 credits from 'paul' to 'john'"),
        "{out}"
    );
    assert_eq!(balance(&env, "john", "credits"), 38);
    assert_verifies(&env);
}

#[test]
fn a_dry_run_of_owner_set_changes_nothing() {
    let env = Env::new();
    add_user(&env, "john", &[]);
    user_with_credits(&env, "peter", 10);
    let before = env.dump();
    let out = env.run(&[
        "--json",
        "--dry-run",
        "owner",
        "set",
        "peter",
        "john",
        "--move-balance",
    ]);
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["moved"], json!([{"kind": "credits", "amount": 10}]));
    assert_eq!(before, env.dump());
}

// --- Rule 7 -----------------------------------------------------------------------

#[test]
fn rule_7_an_owner_with_active_credit_users_does_not_leave() {
    let env = john_peter_mary(0);
    let err = env.refused(&["user", "deactivate", "john"], 1, "has_credit_users");
    assert!(err["message"].as_str().unwrap().contains("mary"), "{err}");
    assert!(err["message"].as_str().unwrap().contains("peter"), "{err}");
    env.refused(&["user", "delete", "john", "--yes"], 1, "has_credit_users");

    // Deactivating a credit user returns them to their own credits.
    let done = env.json(&["user", "deactivate", "peter"]);
    assert_eq!(done["credit_owner_cleared"], "john");
    assert_eq!(owner_of(&env, "peter"), "peter");
    assert_eq!(
        env.json(&["owner", "list"]),
        json!([{"owner": "john", "credit_users": ["mary"]}])
    );
    let audit = env.audit();
    assert_eq!(audit[0]["action"], "user.deactivate");
    assert_eq!(audit[0]["details"]["credit_owner_cleared"], "john");
    // Activating them again does not make them a credit user again.
    env.ok(&["user", "activate", "peter"]);
    assert_eq!(owner_of(&env, "peter"), "peter");

    // Mary still uses John's credits.
    env.refused(&["user", "deactivate", "john"], 1, "has_credit_users");
    // Deleting a credit user returns them too.
    let done = env.json(&["user", "delete", "mary", "--yes"]);
    assert_eq!(done["credit_owner_cleared"], "john");
    assert_eq!(env.json(&["owner", "list"]), json!([]));
    env.json(&["user", "deactivate", "john"]);
    assert_verifies(&env);
}

#[test]
fn rule_7_offboarding_an_owner_hands_the_credit_users_over() {
    let env = john_peter_mary(20);
    let done = env.json(&[
        "user",
        "offboard",
        "john",
        "--credits-to",
        "company",
        "--credit-users-to",
        "mary",
    ]);
    assert_eq!(done["status"], "deactivated");
    assert_eq!(owner_of(&env, "peter"), "mary");
    assert_eq!(owner_of(&env, "mary"), "mary");
    assert_eq!(
        env.json(&["owner", "list"]),
        json!([{"owner": "mary", "credit_users": ["peter"]}])
    );
    assert_eq!(env.json(&["user", "show", "john"])["status"], "deactivated");
    assert_eq!(balance(&env, "john", "credits"), 0);
    assert_eq!(balance(&env, "company", "credits"), 20);
    assert_verifies(&env);
}

// --- credits use ------------------------------------------------------------------

#[test]
fn credits_use_draws_from_the_owners_balance() {
    let env = john_peter_mary(50);
    let used = env.json(&["credits", "use", "peter", "20", "--memo", "campaign"]);
    assert_eq!(
        keys(&used),
        [
            "amount",
            "id",
            "kind",
            "owner",
            "owner_balance",
            "replayed",
            "user"
        ]
    );
    assert_eq!(used["user"], "peter");
    assert_eq!(used["owner"], "john");
    assert_eq!(used["kind"], "credits");
    assert_eq!(used["amount"], 20);
    assert_eq!(used["owner_balance"], 30);
    assert_eq!(used["replayed"], false);
    assert_eq!(balance(&env, "john", "credits"), 30);
    assert_eq!(balance(&env, "peter", "credits"), 0);
    let history = env.json(&["credits", "history", "john"]);
    assert_eq!(history[0]["id"], used["id"]);
    assert_eq!(history[0]["type"], "use");
    assert_eq!(history[0]["from"], "john");
    assert_eq!(history[0]["to"], "consumed");
    assert_eq!(history[0]["user"], "peter");
    assert_eq!(history[0]["memo"], "campaign");
    let audit = env.audit();
    assert_eq!(audit[0]["action"], "credits.use");
    assert_eq!(audit[0]["target"], "peter");
    assert_eq!(audit[0]["details"]["owner"], "john");

    // Too little on the owner's balance.
    let err = env.refused(&["credits", "use", "mary", "31"], 1, "insufficient_credits");
    assert!(err["message"].as_str().unwrap().contains("john"), "{err}");
    assert!(err["message"].as_str().unwrap().contains("30"), "{err}");

    // Exactly what is left.
    let used = env.json(&["credits", "use", "john", "30"]);
    assert_eq!(used["owner"], "john");
    assert_eq!(used["owner_balance"], 0);
    env.refused(&["credits", "use", "peter", "1"], 1, "insufficient_credits");

    // Human output.
    topup(&env, 5, "credits");
    assign(&env, "company", "john", 5);
    let out = env.ok(&["credits", "use", "peter", "2"]);
    assert!(
        out.contains("'peter' used 2 credits of 'john'; 3 left"),
        "{out}"
    );

    // Rule 5: an inactive user consumes nothing.
    add_user(&env, "zed", &[]);
    env.ok(&["user", "deactivate", "zed"]);
    env.refused(&["credits", "use", "zed", "1"], 1, "inactive_user");

    // Other refusals.
    env.refused(&["credits", "use", "ghost", "1"], 1, "not_found");
    env.refused(
        &["credits", "use", "peter", "1", "--kind", "nope"],
        1,
        "not_found",
    );
    for bad in ["0", "abc", "1.5"] {
        env.refused(&["credits", "use", "peter", bad], 2, "invalid_input");
    }
    assert_verifies(&env);
}

#[test]
fn credits_use_of_another_kind() {
    let env = john_peter_mary(0);
    env.ok(&["credits", "kind", "add", "sms"]);
    topup(&env, 10, "sms");
    assign_kind(&env, "company", "john", 10, "sms");
    let used = env.json(&["credits", "use", "mary", "4", "--kind", "sms"]);
    assert_eq!(used["kind"], "sms");
    assert_eq!(used["owner_balance"], 6);
    assert_eq!(balance(&env, "john", "sms"), 6);
    env.refused(&["credits", "use", "mary", "1"], 1, "insufficient_credits");
    let usage = env.json(&["credits", "usage", "peter"]);
    assert_eq!(
        usage["totals"],
        json!([{"user": "mary", "kind": "sms", "amount": 4}])
    );
}

#[test]
fn credits_use_with_an_idempotency_key() {
    let env = john_peter_mary(50);
    let first = env.json(&["credits", "use", "peter", "5", "--idempotency-key", "job-1"]);
    assert_eq!(first["replayed"], false);
    assert_eq!(first["owner_balance"], 45);

    let before = env.dump();
    let again = env.json(&["credits", "use", "peter", "5", "--idempotency-key", "job-1"]);
    assert_eq!(again["replayed"], true);
    assert_eq!(again["id"], first["id"]);
    assert_eq!(again["owner_balance"], 45);
    assert_eq!(before, env.dump(), "a replay changes nothing");
    assert_eq!(balance(&env, "john", "credits"), 45);
    let out = env.ok(&["credits", "use", "peter", "5", "--idempotency-key", "job-1"]);
    assert!(out.contains("replayed"), "{out}");

    // The same key with other arguments names the one that differs.
    for (args, differs) in [
        (vec!["credits", "use", "peter", "6"], "amount"),
        (vec!["credits", "use", "mary", "5"], "user"),
        (vec!["credits", "use", "peter", "5", "--memo", "x"], "memo"),
    ] {
        let mut a = args.clone();
        a.extend(["--idempotency-key", "job-1"]);
        let err = env.refused(&a, 1, "idempotency_conflict");
        assert!(
            err["message"].as_str().unwrap().contains(differs),
            "{differs}: {err}"
        );
    }
    // A key used by another command.
    topup(&env, 1, "credits");
    env.json(&[
        "credits",
        "assign",
        "--from",
        "company",
        "--to",
        "alice",
        "1",
        "--idempotency-key",
        "job-3",
    ]);
    let err = env.refused(
        &["credits", "use", "peter", "5", "--idempotency-key", "job-3"],
        1,
        "idempotency_conflict",
    );
    assert!(
        err["message"].as_str().unwrap().contains("credits assign"),
        "{err}"
    );

    // A refused use records no key: the same key works once it can succeed.
    env.refused(
        &[
            "credits",
            "use",
            "peter",
            "100",
            "--idempotency-key",
            "job-4",
        ],
        1,
        "insufficient_credits",
    );
    topup(&env, 100, "credits");
    assign(&env, "company", "john", 100);
    let done = env.json(&[
        "credits",
        "use",
        "peter",
        "100",
        "--idempotency-key",
        "job-4",
    ]);
    assert_eq!(done["replayed"], false);
    assert_eq!(done["owner_balance"], 45);
    env.refused(
        &["credits", "use", "peter", "1", "--idempotency-key", ""],
        2,
        "invalid_input",
    );
    assert_verifies(&env);
}

#[test]
fn credits_use_is_self_service_or_use_credits() {
    let env = john_peter_mary(10);
    let used = json_as(&env, "peter", &["credits", "use", "peter", "1"]);
    assert_eq!(used["owner_balance"], 9);
    let audit = env.audit();
    assert_eq!(audit[0]["actor"], "peter");
    assert_eq!(audit[0]["outcome"], "ok");

    let err = refused_as(
        &env,
        "peter",
        &["credits", "use", "mary", "1"],
        1,
        "permission_denied",
    );
    assert!(
        err["message"].as_str().unwrap().contains("use-credits"),
        "{err}"
    );
    assert_last_denied(&env, "peter", "credits.use", "mary");
    // Not even for the owner whose credits Peter uses.
    refused_as(
        &env,
        "peter",
        &["credits", "use", "john", "1"],
        1,
        "permission_denied",
    );

    add_user(&env, "ops", &[]);
    give_rights(&env, "ops", "use-credits");
    let used = json_as(&env, "ops", &["credits", "use", "mary", "2"]);
    assert_eq!(used["user"], "mary");
    assert_eq!(used["owner_balance"], 7);
    assert_eq!(balance(&env, "john", "credits"), 7);

    // A deactivated user can do nothing, not even for themselves.
    add_user(&env, "zed", &[]);
    env.ok(&["user", "deactivate", "zed"]);
    refused_as(
        &env,
        "zed",
        &["credits", "use", "zed", "1"],
        1,
        "permission_denied",
    );
}

// --- credits usage ----------------------------------------------------------------

#[test]
fn credits_usage_since_and_until() {
    let env = john_peter_mary(100);
    add_user(&env, "other", &[]);
    topup(&env, 10, "credits");
    assign(&env, "company", "other", 10);
    let t1 = "2026-03-01T10:00:00Z";
    let t2 = "2026-03-10T00:00:00Z";
    let t3 = "2026-03-20T08:00:00Z";
    json_at(&env, t1, &["credits", "use", "peter", "1"]);
    json_at(&env, t2, &["credits", "use", "john", "2"]);
    json_at(&env, t3, &["credits", "use", "peter", "3"]);
    // Not in John's group.
    json_at(&env, t2, &["credits", "use", "other", "9"]);

    let at = |v: &Value| -> Vec<(String, String, i64)> {
        v["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .map(|e| {
                (
                    e["at"].as_str().unwrap().to_string(),
                    e["user"].as_str().unwrap().to_string(),
                    e["amount"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    let e = |t: &str, u: &str, n: i64| (t.to_string(), u.to_string(), n);

    let all = env.json(&["credits", "usage", "peter"]);
    assert_eq!(
        at(&all),
        [e(t3, "peter", 3), e(t2, "john", 2), e(t1, "peter", 1)]
    );
    assert_eq!(
        all["totals"],
        json!([
            {"user": "john", "kind": "credits", "amount": 2},
            {"user": "peter", "kind": "credits", "amount": 4},
        ])
    );

    let since = env.json(&["credits", "usage", "peter", "--since", "2026-03-05"]);
    assert_eq!(at(&since), [e(t3, "peter", 3), e(t2, "john", 2)]);
    assert_eq!(
        since["totals"],
        json!([
            {"user": "john", "kind": "credits", "amount": 2},
            {"user": "peter", "kind": "credits", "amount": 3},
        ])
    );
    // --since includes its instant; --until excludes it.
    let since = env.json(&["credits", "usage", "peter", "--since", t2]);
    assert_eq!(at(&since), [e(t3, "peter", 3), e(t2, "john", 2)]);
    let until = env.json(&["credits", "usage", "peter", "--until", t2]);
    assert_eq!(at(&until), [e(t1, "peter", 1)]);
    assert_eq!(
        until["totals"],
        json!([{"user": "peter", "kind": "credits", "amount": 1}])
    );
    let both = env.json(&[
        "credits",
        "usage",
        "peter",
        "--since",
        "2026-03-02",
        "--until",
        t3,
    ]);
    assert_eq!(at(&both), [e(t2, "john", 2)]);
    let none = env.json(&["credits", "usage", "peter", "--since", "2026-04-01"]);
    assert_eq!(none["entries"], json!([]));
    assert_eq!(none["totals"], json!([]));
    assert_eq!(none["owner"], "john");

    // Other's own usage shows only theirs.
    let theirs = env.json(&["credits", "usage", "other"]);
    assert_eq!(theirs["owner"], "other");
    assert_eq!(at(&theirs), [e(t2, "other", 9)]);

    env.refused(
        &["credits", "usage", "peter", "--since", "yesterday"],
        2,
        "invalid_input",
    );
    env.refused(&["credits", "usage", "ghost"], 1, "not_found");

    // Human output: the heading names the owner; rows in a pipe.
    let out = env.run(&["credits", "usage", "mary"]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Usage of the credits of 'john'"),
        "{stderr}"
    );
    assert!(
        stdout
            .lines()
            .any(|l| l.contains("peter") && l.contains(t3) && l.contains("\t3")),
        "{stdout}"
    );
}

#[test]
fn credits_usage_defaults_to_the_actor_and_needs_view_users_for_others() {
    let env = john_peter_mary(10);
    json_as(&env, "mary", &["credits", "use", "mary", "3"]);
    // Alice owns her own credits and has used none.
    let mine = env.json(&["credits", "usage"]);
    assert_eq!(mine, json!({"owner": "alice", "entries": [], "totals": []}));
    let peters = json_as(&env, "peter", &["credits", "usage", "peter"]);
    assert_eq!(peters["owner"], "john");
    assert_eq!(peters["entries"][0]["user"], "mary");
    refused_as(
        &env,
        "peter",
        &["credits", "usage", "john"],
        1,
        "permission_denied",
    );
    add_user(&env, "viewer", &[]);
    give_rights(&env, "viewer", "view-users");
    assert_eq!(
        json_as(&env, "viewer", &["credits", "usage", "john"]),
        peters
    );
}

// --- credits assign to a credit user ----------------------------------------------

#[test]
fn credits_are_not_assigned_to_a_credit_user() {
    let env = john_peter_mary(0);
    topup(&env, 50, "credits");
    let err = env.refused(
        &[
            "credits", "assign", "--from", "company", "--to", "peter", "5",
        ],
        1,
        "owner_chain",
    );
    assert!(err["hint"].as_str().unwrap().contains("john"), "{err}");
    assert!(err["message"].as_str().unwrap().contains("john"), "{err}");
    // The owner may receive them.
    assign(&env, "company", "john", 5);
    assert_eq!(balance(&env, "john", "credits"), 5);
    // Once cleared, Peter may receive credits again.
    env.json(&["owner", "clear", "peter"]);
    assign(&env, "company", "peter", 5);
    assert_eq!(balance(&env, "peter", "credits"), 5);
}

// --- Self-service -----------------------------------------------------------------

#[test]
fn a_user_without_rights_serves_themselves_but_nobody_else() {
    let env = john_peter_mary(20);
    env.ok(&["plan", "add", "starter", "--credits", "10", "--price", "5"]);
    billing(&env, "alice", "mary", "Mary Poppins");

    // Peter, who holds no right at all, on himself.
    let overview = json_as(&env, "peter", &["overview"]);
    assert_eq!(overview["user"], "peter");
    assert_eq!(overview["owner"], "john");
    assert_eq!(json_as(&env, "peter", &["overview", "peter"]), overview);
    json_as(&env, "peter", &["credits", "use", "peter", "2"]);
    let usage = json_as(&env, "peter", &["credits", "usage"]);
    assert_eq!(usage["entries"][0]["user"], "peter");
    assert_eq!(
        json_as(&env, "peter", &["credits", "usage", "peter"]),
        usage
    );
    let info = billing(&env, "peter", "peter", "Peter Pan");
    assert_eq!(
        keys(&info),
        ["address", "handle", "name", "tax_id", "updated_at"]
    );
    assert_eq!(
        json_as(&env, "peter", &["billing-info", "show", "peter"])["name"],
        "Peter Pan"
    );
    let order = json_as(
        &env,
        "peter",
        &["order", "place", "peter", "--plan", "starter"],
    );
    assert_eq!(order["owner_balance"], 28);
    assert_eq!(
        json_as(&env, "peter", &["order", "history"])[0]["id"],
        order["id"]
    );
    assert_eq!(
        json_as(&env, "peter", &["order", "history", "peter"])[0]["id"],
        order["id"]
    );
    assert_eq!(
        json_as(&env, "peter", &["owner", "show", "peter"])["owner"],
        "john"
    );

    // ... but on nobody else, not even on the owner of his credits.
    let denied: [(&[&str], &str, &str); 11] = [
        (&["overview", "mary"], "overview", "mary"),
        (&["overview", "john"], "overview", "john"),
        (&["credits", "usage", "mary"], "credits.usage", "mary"),
        (&["order", "history", "mary"], "order.history", "mary"),
        (
            &["billing-info", "show", "mary"],
            "billing-info.show",
            "mary",
        ),
        (
            &[
                "billing-info",
                "set",
                "mary",
                "--name",
                "X",
                "--address",
                "Y",
            ],
            "billing-info.set",
            "mary",
        ),
        (&["credits", "use", "mary", "1"], "credits.use", "mary"),
        (
            &["order", "place", "mary", "--plan", "starter"],
            "order.place",
            "mary",
        ),
        (&["owner", "show", "mary"], "owner.show", "mary"),
        (&["credits", "balance", "john"], "credits.balance", "john"),
        (&["credits", "history", "mary"], "credits.history", "mary"),
    ];
    for (args, action, target) in denied {
        let err = refused_as(&env, "peter", args, 1, "permission_denied");
        assert!(
            err["message"].as_str().unwrap().contains("peter"),
            "{args:?}: {err}"
        );
        assert_last_denied(&env, "peter", action, target);
    }
    assert_eq!(
        json_as(&env, "alice", &["billing-info", "show", "mary"])["name"],
        "Mary Poppins"
    );
    assert_eq!(balance(&env, "john", "credits"), 28);
    assert_verifies(&env);
}

// --- overview ---------------------------------------------------------------------

#[test]
fn overview_shows_the_owners_balances_in_every_kind_and_the_groups_orders() {
    let env = john_peter_mary(0);
    env.ok(&["credits", "kind", "add", "sms"]);
    env.ok(&["credits", "kind", "add", "email"]);
    topup(&env, 40, "credits");
    topup(&env, 7, "sms");
    assign(&env, "company", "john", 40);
    assign_kind(&env, "company", "john", 7, "sms");
    env.ok(&[
        "plan",
        "add",
        "texts",
        "--credits",
        "100",
        "--price",
        "12.5",
        "--kind",
        "sms",
    ]);
    billing(&env, "alice", "john", "John Doe");
    billing(&env, "alice", "peter", "Peter Pan");
    let johns = env.json(&["order", "place", "john", "--plan", "texts"]);
    let peters = env.json(&["order", "place", "peter", "--plan", "texts"]);
    assert_eq!(peters["owner_balance"], 207);

    // The default actor: Alice, who owns her own (empty) credits.
    let mine = env.json(&["overview"]);
    assert_eq!(
        mine,
        json!({
            "user": "alice",
            "owner": "alice",
            "balances": [
                {"kind": "credits", "balance": 0},
                {"kind": "email", "balance": 0},
                {"kind": "sms", "balance": 0},
            ],
            "orders": [],
        })
    );

    let v = env.json(&["overview", "peter"]);
    assert_eq!(keys(&v), ["balances", "orders", "owner", "user"]);
    assert_eq!(v["user"], "peter");
    assert_eq!(v["owner"], "john");
    assert_eq!(
        v["balances"],
        json!([
            {"kind": "credits", "balance": 40},
            {"kind": "email", "balance": 0},
            {"kind": "sms", "balance": 207},
        ])
    );
    let orders = v["orders"].as_array().expect("orders");
    assert_eq!(orders.len(), 2);
    assert_eq!(orders[0]["id"], peters["id"]);
    assert_eq!(orders[1]["id"], johns["id"]);
    for o in orders {
        assert_eq!(keys(o), order_keys_and(&[]));
        assert_eq!(o["owner"], "john");
        assert_eq!(o["kind"], "sms");
        assert_eq!(o["price_minor"], 1250);
    }
    // Mary, in the same group, sees the same; John too, without a reminder.
    let marys = env.json(&["overview", "mary"]);
    assert_eq!(marys["balances"], v["balances"]);
    assert_eq!(marys["orders"], v["orders"]);
    let johns_view = env.json(&["overview", "john"]);
    assert_eq!(johns_view["owner"], "john");
    assert_eq!(johns_view["orders"], v["orders"]);

    // Human output in a pipe: the reminder goes to stderr, the rows to stdout.
    let out = env.run(&["overview", "peter"]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("uses the credits of"), "{stderr}");
    assert!(stderr.contains("'john'"), "{stderr}");
    assert!(stdout.lines().any(|l| l == "credits\t40"), "{stdout}");
    assert!(stdout.lines().any(|l| l == "sms\t207"), "{stdout}");
    assert!(!stdout.contains("uses the credits of"), "{stdout}");
    let out = env.run(&["overview", "john"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("uses the credits of"), "{stderr}");

    env.refused(&["overview", "ghost"], 1, "not_found");
}

// --- verify -----------------------------------------------------------------------

const SHARING_CHECK: &str = "credit owners are active and own their credits (rules 6, 7)";

fn sharing_problems(report: &Value) -> Vec<String> {
    let check = report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["name"] == SHARING_CHECK)
        .unwrap_or_else(|| panic!("no sharing check in {report}"));
    assert_eq!(check["ok"], false, "{report}");
    check["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn verify_finds_an_owner_who_is_a_credit_user() {
    let env = john_peter_mary(0);
    assert_verifies(&env);
    env.sql(
        "UPDATE users SET credit_owner_id = (SELECT id FROM users WHERE handle = 'peter')
         WHERE handle = 'mary'",
    );
    let (report, err) = env.refused_with_report(&["verify"], 1, "verify_failed");
    assert_eq!(report["ok"], false);
    let problems = sharing_problems(&report);
    assert_eq!(
        problems,
        ["'mary' uses the credits of 'peter', who is a credit user too"]
    );
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("'mary' uses the credits of 'peter'"),
        "{err}"
    );
}

#[test]
fn verify_finds_an_inactive_owner_and_an_inactive_credit_user() {
    let env = john_peter_mary(0);
    env.sql("UPDATE users SET status = 'deactivated' WHERE handle = 'john'");
    let (report, _) = env.refused_with_report(&["verify"], 1, "verify_failed");
    let problems = sharing_problems(&report);
    assert!(
        problems.contains(&"'peter' uses the credits of 'john', who is deactivated".to_string()),
        "{problems:?}"
    );
    assert!(
        problems.contains(&"'mary' uses the credits of 'john', who is deactivated".to_string()),
        "{problems:?}"
    );

    let env = john_peter_mary(0);
    env.sql("UPDATE users SET status = 'deactivated' WHERE handle = 'peter'");
    let (report, _) = env.refused_with_report(&["verify"], 1, "verify_failed");
    assert_eq!(
        sharing_problems(&report),
        ["'peter' is deactivated but uses the credits of another user"]
    );
}

#[test]
fn verify_finds_a_credit_user_who_holds_credits() {
    let env = john_peter_mary(0);
    env.ok(&["credits", "topup", "10"]);
    env.ok(&["owner", "clear", "peter"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "peter", "10",
    ]);
    env.sql(
        "UPDATE users SET credit_owner_id = (SELECT id FROM users WHERE handle = 'john')
         WHERE handle = 'peter'",
    );
    let (report, _) = env.refused_with_report(&["verify"], 1, "verify_failed");
    assert_eq!(
        sharing_problems(&report),
        ["'peter' uses the credits of another user but holds 10 credits"]
    );
}

#[test]
fn clearing_an_owner_twice_says_nothing_changed() {
    let env = john_peter_mary(0);
    assert!(
        env.ok(&["owner", "clear", "peter"])
            .contains("now uses their own credits")
    );
    assert!(
        env.ok(&["owner", "clear", "peter"])
            .contains("already uses their own credits; nothing changed")
    );
}

#[test]
fn an_owners_usage_keeps_what_a_former_credit_user_consumed() {
    // Like the order history, which keeps every order credited to the owner,
    // the owner's usage accounts for every draw on their balance.
    let env = john_peter_mary(50);
    json_as(&env, "peter", &["credits", "use", "peter", "5"]);
    billing(&env, "peter", "peter", "Peter Pan");
    env.ok(&["plan", "add", "starter", "--credits", "10", "--price", "5"]);
    json_as(
        &env,
        "peter",
        &["order", "place", "peter", "--plan", "starter"],
    );
    env.json(&["owner", "clear", "peter"]);

    let johns = json_as(&env, "john", &["credits", "usage"]);
    assert_eq!(
        johns["totals"],
        json!([{"user": "peter", "kind": "credits", "amount": 5}])
    );
    assert_eq!(
        json_as(&env, "john", &["order", "history"])[0]["buyer"],
        "peter"
    );
    // Peter still sees his own consumption, now as his own owner.
    let peters = json_as(&env, "peter", &["credits", "usage"]);
    assert_eq!(peters["owner"], "peter");
    assert_eq!(
        peters["totals"],
        json!([{"user": "peter", "kind": "credits", "amount": 5}])
    );
    // What he consumes now is his own, and not John's.
    topup(&env, 3, "credits");
    assign(&env, "company", "peter", 3);
    json_as(&env, "peter", &["credits", "use", "peter", "2"]);
    let johns = json_as(&env, "john", &["credits", "usage"]);
    assert_eq!(johns["entries"].as_array().unwrap().len(), 1);
    let peters = json_as(&env, "peter", &["credits", "usage"]);
    assert_eq!(
        peters["totals"],
        json!([{"user": "peter", "kind": "credits", "amount": 7}])
    );
}
