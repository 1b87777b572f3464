//! `credits reverse`: a transfer undone by a new one that moves its credits
//! back, linked to it both ways; refusals that change nothing; the schema's
//! own rules; the chain over the link; the upgrade of an older database.

use crate::common::*;
use crate::ledger_support::*;
use serde_json::Value;

/// Alice's organization with bob, the company topped up with 100 (transfer
/// 1) and 30 of it assigned to bob (transfer 2).
fn bob_with_30() -> Env {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 100, "credits");
    assign(&env, "company", "bob", 30);
    env
}

fn reverse(env: &Env, args: &[&str]) -> Value {
    let mut all = vec!["credits", "reverse"];
    all.extend_from_slice(args);
    env.json(&all)
}

/// The refusal of `credits reverse ARGS`, after which the database is as it
/// was and every kind still sums to zero.
fn refused(env: &Env, args: &[&str], exit: i32, code: &str) -> Value {
    let mut all = vec!["credits", "reverse"];
    all.extend_from_slice(args);
    let err = env.refused(&all, exit, code);
    assert_ledger_adds_up(env);
    err
}

/// The history's row of transfer `id`, as JSON.
fn history_row(env: &Env, id: i64) -> Value {
    let all = env.json(&["credits", "history"]);
    all.as_array()
        .expect("history")
        .iter()
        .find(|t| t["id"] == id)
        .unwrap_or_else(|| panic!("transfer {id} in {all}"))
        .clone()
}

#[test]
fn an_assign_is_reversed_by_a_new_transfer_linked_both_ways() {
    let env = bob_with_30();
    let done = reverse(&env, &["2", "--memo", "wrong person"]);
    assert_eq!(
        keys(&done),
        sorted(&[
            "id",
            "reverses",
            "type",
            "from",
            "to",
            "kind",
            "amount",
            "from_balance",
            "to_balance",
            "replayed"
        ])
    );
    assert_eq!(done["id"], 3);
    assert_eq!(done["reverses"], 2);
    assert_eq!(done["type"], "assign");
    assert_eq!(done["from"], "bob");
    assert_eq!(done["to"], "company");
    assert_eq!(done["amount"], 30);
    assert_eq!(done["from_balance"], 0);
    assert_eq!(done["to_balance"], 100);
    assert_eq!(done["replayed"], false);
    assert_eq!(balance(&env, "bob", "credits"), 0);
    assert_eq!(balance(&env, "company", "credits"), 100);

    // The original is unchanged; each names the other.
    let original = history_row(&env, 2);
    assert_eq!(
        (&original["from"], &original["to"], &original["amount"]),
        (&"company".into(), &"bob".into(), &30.into())
    );
    assert_eq!(original["reversed_by"], 3);
    assert_eq!(original["reverses"], Value::Null);
    let reversal = history_row(&env, 3);
    assert_eq!(reversal["reverses"], 2);
    assert_eq!(reversal["reversed_by"], Value::Null);
    assert_eq!(reversal["memo"], "wrong person");
    assert_eq!(reversal["actor"], "alice");
    assert_eq!(history_row(&env, 1)["reversed_by"], Value::Null);

    // The table says it in the memo column.
    let table = env.ok(&["credits", "history", "bob"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("3\t") && lines[0].ends_with("\treverses #2: wrong person"),
        "{table}"
    );
    assert!(
        lines[1].starts_with("2\t") && lines[1].ends_with("\treversed by #3"),
        "{table}"
    );

    let audit = env.audit();
    let row = audit
        .iter()
        .find(|a| a["action"] == "credits.reverse")
        .expect("audited");
    assert_eq!(row["target"], "bob");
    assert_eq!(row["details"]["reverses"], 2);
    assert_eq!(row["details"]["transfer"], 3);
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

#[test]
fn a_topup_is_reversed_back_to_the_vendor() {
    let env = Env::new();
    topup(&env, 50000, "credits");
    topup(&env, 500, "credits");
    let done = reverse(&env, &["1"]);
    assert_eq!(done["from"], "company");
    assert_eq!(done["to"], "vendor");
    assert_eq!(done["type"], "topup");
    assert_eq!(done["from_balance"], 500);
    assert_eq!(balance(&env, "company", "credits"), 500);
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

#[test]
fn a_transfer_is_reversed_once() {
    let env = bob_with_30();
    reverse(&env, &["2"]);
    let err = refused(&env, &["2"], 1, "already_reversed");
    assert!(
        err["message"].as_str().unwrap().contains("by transfer 3"),
        "{err}"
    );
    // A reversal is not reversed: the original would be made again.
    let err = refused(&env, &["3"], 2, "invalid_input");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("reversal of transfer 2"),
        "{err}"
    );
    assert_eq!(transfer_count(&env), 3);
}

#[test]
fn an_unknown_transfer_is_not_found() {
    let env = bob_with_30();
    let err = refused(&env, &["99"], 1, "not_found");
    assert!(err["hint"].as_str().unwrap().contains("credits history"));
    refused(&env, &["0"], 1, "not_found");
    refused(&env, &["--", "-1"], 1, "not_found");
}

#[test]
fn a_reversal_needs_the_receiver_to_still_hold_the_amount() {
    let env = bob_with_30();
    add_user(&env, "carol", &[]);
    assign(&env, "bob", "carol", 20);
    let err = refused(&env, &["2"], 1, "insufficient_credits");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("bob holds 10 credits"),
        "{err}"
    );
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("tally credits assign --from company --to bob 20"),
        "{err}"
    );
    // The company spent part of its topup: topping up again is the way.
    let err = refused(&env, &["1"], 1, "insufficient_credits");
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("tally credits topup 30"),
        "{err}"
    );
    // Once carol gives back, bob holds the 30 again.
    assign(&env, "carol", "bob", 20);
    assert_eq!(reverse(&env, &["2"])["from_balance"], 0);
    assert_ledger_adds_up(&env);
}

#[test]
fn the_same_idempotency_key_replays_the_first_reversal() {
    let env = bob_with_30();
    let first = reverse(&env, &["2", "--idempotency-key", "undo-2"]);
    let again = reverse(&env, &["2", "--idempotency-key", "undo-2"]);
    assert_eq!(again["id"], first["id"]);
    assert_eq!(again["replayed"], true);
    assert_eq!(transfer_count(&env), 3);
    refused(
        &env,
        &["1", "--idempotency-key", "undo-2"],
        1,
        "idempotency_conflict",
    );
    assert_verifies(&env);
}

#[test]
fn a_use_of_shared_credits_goes_back_to_the_owner_and_out_of_the_usage() {
    let env = Env::new();
    for h in ["john", "peter"] {
        add_user(&env, h, &[]);
    }
    topup(&env, 100, "credits");
    assign(&env, "company", "john", 100);
    env.json(&["owner", "set", "peter", "john"]);
    env.json(&["credits", "use", "peter", "7"]);
    let used = env.json(&["credits", "use", "peter", "5"]);
    let id = used["id"].as_i64().unwrap().to_string();
    let done = reverse(&env, &[&id]);
    assert_eq!(done["from"], "consumed");
    assert_eq!(done["to"], "john");
    assert_eq!(done["type"], "use");
    assert_eq!(done["to_balance"], 93);
    assert_eq!(balance(&env, "john", "credits"), 93);
    let usage = env.json(&["credits", "usage", "john"]);
    let entries = usage["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{usage}");
    assert_eq!(entries[0]["amount"], 7);
    // The use reversed is still peter's in the history.
    assert_eq!(
        history_row(&env, done["id"].as_i64().unwrap())["user"],
        "peter"
    );
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

#[test]
fn credits_never_go_back_to_a_credit_user() {
    let env = Env::new();
    for h in ["john", "peter"] {
        add_user(&env, h, &[]);
    }
    topup(&env, 100, "credits");
    assign(&env, "company", "peter", 10);
    assign(&env, "peter", "company", 10);
    env.json(&["owner", "set", "peter", "john"]);
    // Peter now uses John's credits: he gets none of his own back.
    refused(&env, &["3"], 1, "owner_chain");
}

#[test]
fn credits_never_move_to_or_from_a_deactivated_user() {
    let env = bob_with_30();
    assign(&env, "bob", "company", 30);
    env.ok(&["user", "deactivate", "bob"]);
    // Back to bob (transfer 3), or from bob (transfer 2): bob takes part in
    // no transfer while deactivated.
    let err = refused(&env, &["3"], 1, "inactive_user");
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("tally user activate bob"),
        "{err}"
    );
    refused(&env, &["2"], 1, "inactive_user");
    env.ok(&["user", "activate", "bob"]);
    assert_eq!(reverse(&env, &["3"])["to_balance"], 30);
}

#[test]
fn offboarding_transfers_are_not_reversed() {
    let env = bob_with_30();
    env.ok(&["user", "offboard", "bob", "--credits-to", "company"]);
    let offboard = env.json(&["credits", "history", "--limit", "1"])[0].clone();
    assert_eq!(offboard["type"], "offboard");
    let id = offboard["id"].as_i64().unwrap().to_string();
    let err = refused(&env, &[&id], 2, "invalid_input");
    assert!(err["hint"].as_str().unwrap().contains("credits assign"));
}

/// Bob with billing information and order 1 of the plan `starter` (10
/// credits), its transfer the ledger's first.
fn bob_with_an_order() -> Env {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["plan", "add", "starter", "--credits", "10", "--price", "5"]);
    env.ok(&[
        "billing-info",
        "set",
        "bob",
        "--name",
        "Bob",
        "--address",
        "1 Main Street",
    ]);
    env.ok(&["order", "place", "bob", "--plan", "starter"]);
    env
}

fn only_order(env: &Env) -> Value {
    let orders = env.json(&["order", "history", "bob"]);
    assert_eq!(orders.as_array().unwrap().len(), 1, "{orders}");
    orders[0].clone()
}

#[test]
fn an_order_reversed_goes_back_to_the_vendor_and_is_cancelled() {
    let env = bob_with_an_order();
    assert_eq!(only_order(&env)["cancelled_at"], Value::Null);
    let order = env.json(&["credits", "history", "--limit", "1"])[0].clone();
    assert_eq!(order["type"], "order");
    let done = reverse(&env, &[&order["id"].as_i64().unwrap().to_string()]);
    assert_eq!(
        (&done["from"], &done["to"]),
        (&"bob".into(), &"vendor".into())
    );
    assert_eq!(balance(&env, "bob", "credits"), 0);
    assert_eq!(only_order(&env)["cancelled_at"], NOW);
    env.refused(&["order", "cancel", "1"], 1, "already_reversed");
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

#[test]
fn order_cancel_gives_the_credits_back_and_marks_the_order() {
    let env = bob_with_an_order();
    let done = env.json(&["order", "cancel", "1", "--memo", "ordered twice"]);
    assert_eq!(
        keys(&done),
        order_keys_and(&["transfer", "owner_balance", "replayed"])
    );
    assert_eq!(done["id"], 1);
    assert_eq!(done["cancelled_at"], NOW);
    assert_eq!(done["transfer"], 2);
    assert_eq!(done["owner_balance"], 0);
    assert_eq!(done["replayed"], false);
    assert_eq!(balance(&env, "bob", "credits"), 0);
    // The order stays as it was; the reversal of its transfer marks it.
    let order = only_order(&env);
    assert_eq!(order["credits"], 10);
    assert_eq!(order["cancelled_at"], NOW);
    let table = env.ok(&["order", "history", "bob"]);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("1\t") && l.ends_with(NOW)),
        "{table}"
    );
    let reversal = history_row(&env, 2);
    assert_eq!(reversal["reverses"], 1);
    assert_eq!(reversal["memo"], "ordered twice");
    assert_eq!(history_row(&env, 1)["reversed_by"], 2);
    let audit = env.audit();
    let row = audit
        .iter()
        .find(|a| a["action"] == "order.cancel")
        .expect("audited");
    assert_eq!(row["target"], "bob");
    assert_eq!(row["details"]["transfer"], 2);

    let err = env.refused(&["order", "cancel", "1"], 1, "already_reversed");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("already cancelled"),
        "{err}"
    );
    refused(&env, &["1"], 1, "already_reversed");
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

#[test]
fn order_cancel_is_refused_when_the_credits_are_gone_or_the_order_unknown() {
    let env = bob_with_an_order();
    env.json(&["credits", "use", "bob", "4"]);
    let err = env.refused(&["order", "cancel", "1"], 1, "insufficient_credits");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("bob holds 6 credits"),
        "{err}"
    );
    let err = env.refused(&["order", "cancel", "7"], 1, "not_found");
    assert!(
        err["hint"].as_str().unwrap().contains("order history"),
        "{err}"
    );
    assert_eq!(only_order(&env)["cancelled_at"], Value::Null);
    assert_ledger_adds_up(&env);
    // The use given back, the order can go; a retry with its key replays.
    reverse(&env, &["2"]);
    let first = env.json(&["order", "cancel", "1", "--idempotency-key", "c1"]);
    let again = env.json(&["order", "cancel", "1", "--idempotency-key", "c1"]);
    assert_eq!(again["transfer"], first["transfer"]);
    assert_eq!(again["replayed"], true);
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

#[test]
fn the_schema_refuses_a_reversal_that_does_not_mirror_its_transfer() {
    let env = bob_with_30();
    let columns = "kind_id, debit_account_id, credit_account_id, amount, type, user_id, actor, memo, at, reverses";
    // Transfer 2 moved back, claiming to reverse `reverses`.
    let mirror = |amount: &str, reverses: &str| {
        format!(
            "INSERT INTO transfers ({columns})
             SELECT kind_id, credit_account_id, debit_account_id, {amount}, type, user_id, actor, memo, at, {reverses}
             FROM transfers WHERE id = 2"
        )
    };
    let before = env.dump();
    for sql in [
        mirror("amount + 1", "2"),
        mirror("amount", "1"),
        mirror("amount", "99"),
    ] {
        let err = env.try_sql(&sql).expect_err(&sql);
        assert!(
            err.contains("a reversal moves back exactly"),
            "{sql}: {err}"
        );
    }
    assert_eq!(env.dump(), before);
    env.sql(&mirror("amount", "2"));
    assert_ledger_adds_up(&env);
    // A second reversal of transfer 2, or a reversal of the reversal.
    let again = env.try_sql(&mirror("amount", "2")).expect_err("twice");
    assert!(!again.is_empty());
    let of_reversal = format!(
        "INSERT INTO transfers ({columns})
         SELECT kind_id, credit_account_id, debit_account_id, amount, type, user_id, actor, memo, at, id
         FROM transfers WHERE reverses IS NOT NULL"
    );
    let err = env.try_sql(&of_reversal).expect_err(&of_reversal);
    assert!(err.contains("a reversal moves back exactly"), "{err}");
}

#[test]
fn verify_finds_a_link_changed_behind_tallys_back() {
    let env = bob_with_30();
    reverse(&env, &["2"]);
    assign(&env, "company", "bob", 5);
    assert_verifies(&env);
    // The reversal now says it reverses transfer 4.
    env.past_trigger(
        "transfers_no_update",
        "transfers",
        "UPDATE transfers SET reverses = 4 WHERE id = 3",
    );
    let (report, _) = env.refused_with_report(&["verify"], 1, "verify_failed");
    let problems: Vec<String> = failed_checks(&report)
        .into_iter()
        .flat_map(|(_, p)| p)
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("the chain breaks at entry")),
        "{problems:?}"
    );
}

#[test]
fn a_database_from_before_reversals_is_upgraded_and_still_verifies() {
    let env = bob_with_30();
    env.json(&[
        "credits",
        "assign",
        "--from",
        "bob",
        "--to",
        "company",
        "5",
        "--idempotency-key",
        "k1",
    ]);
    env.sql(&before_reversals(env.pg.is_some()));
    assert!(
        env.try_sql("SELECT reverses FROM transfers").is_err(),
        "the column is gone"
    );
    // The next command brings it up to date; the chain written before holds.
    assert_verifies(&env);
    let version = if env.pg.is_some() {
        env.server().value("SELECT version FROM tally_schema")
    } else {
        env.rows("PRAGMA user_version")[0][0].clone()
    };
    assert_eq!(version, if env.pg.is_some() { "13" } else { "11" });
    let done = reverse(&env, &["3"]);
    assert_eq!(done["to_balance"], 30);
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}
