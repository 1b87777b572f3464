//! The credits ledger through the real binary: kinds, topups, the three
//! directions of assign, balances (also replayed at a time), history, purchase
//! requests, settings, the rules and errors, idempotency, several processes at
//! once, and the SQL guards in the schema.

use crate::common::*;
use crate::ledger_support::*;
use serde_json::{Value, json};

// Kinds --------------------------------------------------------------------

#[test]
fn kinds_are_added_and_listed_with_the_company_balance() {
    let env = Env::new();
    let added = env.json(&["credits", "kind", "add", "sms"]);
    assert_eq!(added["name"], "sms");
    assert_eq!(added["company_balance"], 0);
    topup(&env, 40, "sms");
    topup(&env, 7, "credits");

    let list = env.json(&["credits", "kind", "list"]);
    let list = list.as_array().unwrap();
    let names: Vec<&str> = list.iter().map(|k| k["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["credits", "sms"]);
    assert_eq!(list[0]["company_balance"], 7);
    assert_eq!(list[1]["company_balance"], 40);

    env.refused(&["credits", "kind", "add", "sms"], 1, "already_exists");
    for bad in ["SMS", "-x", "a b", "", &"k".repeat(33)] {
        env.refused(&["credits", "kind", "add", bad], 2, "invalid_input");
    }
    // Listing needs no right.
    add_user(&env, "bob", &[]);
    let as_bob = env.json(&["--as", "bob", "credits", "kind", "list"]);
    assert_eq!(as_bob.as_array().unwrap().len(), 2);
}

// Topup and purchase requests -------------------------------------------------

#[test]
fn topup_adds_to_the_company_and_keeps_the_reference() {
    let env = Env::new();
    let first = env.json(&["credits", "topup", "1000", "--reference", "INV-2026-001"]);
    assert_eq!(first["kind"], "credits");
    assert_eq!(first["amount"], 1000);
    assert_eq!(first["company_balance"], 1000);
    assert_eq!(first["reference"], "INV-2026-001");
    assert_eq!(first["request"], Value::Null);
    let second = topup(&env, 5, "credits");
    assert_eq!(second["company_balance"], 1005);
    assert_eq!(balance(&env, "company", "credits"), 1005);

    let history = env.json(&["credits", "history"]);
    let history = history.as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1]["type"], "topup");
    assert_eq!(history[1]["from"], "vendor");
    assert_eq!(history[1]["to"], "company");
    assert_eq!(history[1]["memo"], "INV-2026-001");
    // No mail for a topup.
    assert!(mails(&env).is_empty());
    env.refused(&["credits", "topup", "5", "--kind", "gold"], 1, "not_found");
    assert_verifies(&env);
}

#[test]
fn a_purchase_request_needs_a_support_email_and_is_mailed_to_it() {
    let env = Env::new();
    let err = env.refused(
        &["credits", "request", "5000", "--message", "spring campaign"],
        1,
        "not_configured",
    );
    assert!(err["hint"].as_str().unwrap().contains("support-email"));

    env.json(&["settings", "set", "support-email", "support@vendor.example"]);
    let req = env.json(&["credits", "request", "5000", "--message", "spring campaign"]);
    assert_eq!(req["quantity"], 5000);
    assert_eq!(req["kind"], "credits");
    assert_eq!(req["status"], "open");
    assert_eq!(req["requested_by"], "alice");
    assert_eq!(req["message"], "spring campaign");
    let id = req["id"].as_i64().unwrap();

    let queued = mails(&env);
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0]["to"], "support@vendor.example");
    assert_eq!(queued[0]["status"], "pending");
    assert!(
        queued[0]["subject"].as_str().unwrap().contains("5000"),
        "{}",
        queued[0]
    );

    let open = env.json(&["credits", "requests"]);
    assert_eq!(open.as_array().unwrap().len(), 1);
    assert_eq!(open[0]["id"], id);

    for bad in ["0", "abc", "1.5"] {
        env.refused(&["credits", "request", bad], 2, "invalid_input");
    }
}

#[test]
fn topup_with_request_marks_it_fulfilled_once() {
    let env = Env::new();
    env.json(&["settings", "set", "support-email", "support@vendor.example"]);
    let id = env.json(&["credits", "request", "500"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.refused(
        &["credits", "topup", "500", "--request", "999"],
        1,
        "not_found",
    );

    let done = env.json(&["credits", "topup", "500", "--request", &id]);
    assert_eq!(done["request"], id.parse::<i64>().unwrap());
    assert_eq!(done["company_balance"], 500);

    assert!(
        env.json(&["credits", "requests"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    let fulfilled = env.json(&["credits", "requests", "--status", "fulfilled"]);
    assert_eq!(fulfilled.as_array().unwrap().len(), 1);
    assert_eq!(fulfilled[0]["status"], "fulfilled");
    assert_eq!(fulfilled[0]["fulfilled_at"], NOW);
    let all = env.json(&["credits", "requests", "--status", "all"]);
    assert_eq!(all.as_array().unwrap().len(), 1);

    // Fulfilled already: refused, and the credits are not added twice.
    env.refused(
        &["credits", "topup", "500", "--request", &id],
        1,
        "already_exists",
    );
    assert_eq!(balance(&env, "company", "credits"), 500);
}

// Assign --------------------------------------------------------------------

#[test]
fn assign_moves_credits_in_all_three_directions() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    topup(&env, 100, "credits");

    let to_user = assign(&env, "company", "bob", 60);
    let id1 = to_user["id"].as_i64().unwrap();
    assert_eq!(
        to_user,
        json!({"id": id1, "from": "company", "to": "bob", "kind": "credits", "amount": 60,
               "from_balance": 40, "to_balance": 60, "replayed": false})
    );
    let user_to_user = assign(&env, "bob", "carol", 25);
    let id2 = user_to_user["id"].as_i64().unwrap();
    assert!(id2 > id1);
    assert_eq!(
        user_to_user,
        json!({"id": id2, "from": "bob", "to": "carol", "kind": "credits", "amount": 25,
               "from_balance": 35, "to_balance": 25, "replayed": false})
    );
    let to_company = assign(&env, "carol", "company", 5);
    let id3 = to_company["id"].as_i64().unwrap();
    assert_eq!(
        to_company,
        json!({"id": id3, "from": "carol", "to": "company", "kind": "credits", "amount": 5,
               "from_balance": 20, "to_balance": 45, "replayed": false})
    );
    assert_eq!(balance(&env, "company", "credits"), 45);
    assert_eq!(balance(&env, "bob", "credits"), 35);
    assert_eq!(balance(&env, "carol", "credits"), 20);

    // The human line names both balances.
    let line = env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "1"]);
    assert!(
        line.contains("company") && line.contains("bob") && line.contains("36"),
        "{line}"
    );
    assert_verifies(&env);
}

#[test]
fn assign_of_another_kind_leaves_the_default_kind_alone() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.json(&["credits", "kind", "add", "sms"]);
    topup(&env, 10, "sms");
    let done = assign_kind(&env, "company", "bob", 4, "sms");
    assert_eq!(done["kind"], "sms");
    assert_eq!(done["to_balance"], 4);
    assert_eq!(balance(&env, "bob", "sms"), 4);
    assert_eq!(balance(&env, "bob", "credits"), 0);
    // The company holds 6 sms but no `credits`.
    env.refused(
        &["credits", "assign", "--from", "company", "--to", "bob", "1"],
        1,
        "insufficient_credits",
    );
}

#[test]
fn a_receiving_user_is_mailed_and_the_company_is_not() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    topup(&env, 100, "credits");

    assign(&env, "company", "bob", 30);
    let m = mails(&env);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0]["to"], "bob@acme.test");
    assert_eq!(m[0]["status"], "pending");
    assert!(m[0]["subject"].as_str().unwrap().contains("30"), "{}", m[0]);

    assign(&env, "bob", "company", 10);
    assert_eq!(mails(&env).len(), 1, "the company is not mailed");

    assign(&env, "bob", "carol", 5);
    let m = mails(&env);
    assert_eq!(m.len(), 2);
    assert_eq!(m[0]["to"], "carol@acme.test", "newest first");
    assert!(m[0]["subject"].as_str().unwrap().contains('5'));
    assert_eq!(m[1]["to"], "bob@acme.test");
    let pending = env.json(&["mail", "list", "--status", "pending"]);
    assert_eq!(pending.as_array().unwrap().len(), 2);
    let sent = env.json(&["mail", "list", "--status", "sent"]);
    assert!(sent.as_array().unwrap().is_empty());
}

// Balance and history ---------------------------------------------------------

#[test]
fn balance_of_one_account_shows_every_kind_and_no_account_shows_all_holders() {
    let env = Env::new();
    env.json(&["credits", "kind", "add", "sms"]);
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    add_user(&env, "dave", &[]);
    topup(&env, 100, "credits");
    topup(&env, 20, "sms");
    assign(&env, "company", "bob", 30);
    assign_kind(&env, "company", "carol", 8, "sms");

    let bob = env.json(&["credits", "balance", "bob"]);
    assert_eq!(
        bob,
        json!([{"account": "bob", "kind": "credits", "balance": 30, "expiring": 0, "expires_at": null},
               {"account": "bob", "kind": "sms", "balance": 0, "expiring": 0, "expires_at": null}])
    );
    // A user who never held credits: every kind, at zero.
    let dave = env.json(&["credits", "balance", "dave"]);
    assert_eq!(
        dave,
        json!([{"account": "dave", "kind": "credits", "balance": 0, "expiring": 0, "expires_at": null},
               {"account": "dave", "kind": "sms", "balance": 0, "expiring": 0, "expires_at": null}])
    );
    let company = env.json(&["credits", "balance", "company", "--kind", "sms"]);
    assert_eq!(
        company,
        json!([{"account": "company", "kind": "sms", "balance": 12, "expiring": 0, "expires_at": null}])
    );

    let all = env.json(&["credits", "balance"]);
    let accounts: Vec<(String, String, i64)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["account"].as_str().unwrap().to_string(),
                b["kind"].as_str().unwrap().to_string(),
                b["balance"].as_i64().unwrap(),
            )
        })
        .collect();
    for expected in [
        ("company", "credits", 70),
        ("company", "sms", 12),
        ("bob", "credits", 30),
        ("carol", "sms", 8),
    ] {
        assert!(
            accounts.contains(&(expected.0.into(), expected.1.into(), expected.2)),
            "{expected:?} missing from {all}"
        );
    }
    assert_eq!(accounts[0].0, "company", "the company comes first: {all}");
    assert!(
        !accounts.iter().any(|a| a.0 == "dave" || a.0 == "alice"),
        "users without an account are left out: {all}"
    );
    assert!(
        !accounts
            .iter()
            .any(|a| a.0 == "vendor" || a.0 == "consumed"),
        "outside accounts are not shown: {all}"
    );
    let sms = env.json(&["credits", "balance", "--kind", "sms"]);
    assert!(sms.as_array().unwrap().iter().all(|b| b["kind"] == "sms"));
    assert_eq!(sms.as_array().unwrap().len(), 2);

    env.refused(&["credits", "balance", "nobody"], 1, "not_found");
    env.refused(&["credits", "balance", "--kind", "gold"], 1, "not_found");
}

#[test]
fn balance_at_a_time_replays_the_ledger() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    json_at(&env, "2026-03-01T00:00:00Z", &["credits", "topup", "100"]);
    json_at(
        &env,
        "2026-03-02T00:00:00Z",
        &[
            "credits", "assign", "--from", "company", "--to", "bob", "30",
        ],
    );
    json_at(
        &env,
        "2026-03-03T00:00:00Z",
        &[
            "credits", "assign", "--from", "bob", "--to", "company", "10",
        ],
    );
    let bob_at = |at: &str| -> i64 {
        let v = env.json(&["credits", "balance", "bob", "--at", at]);
        assert_eq!(v.as_array().unwrap().len(), 1, "{v}");
        v[0]["balance"].as_i64().unwrap()
    };
    assert_eq!(bob_at("2026-02-28T00:00:00Z"), 0);
    assert_eq!(bob_at("2026-03-01T23:59:59Z"), 0);
    assert_eq!(
        bob_at("2026-03-02"),
        30,
        "a bare date is midnight UTC, inclusive"
    );
    assert_eq!(bob_at("2026-03-02T23:59:59Z"), 30);
    assert_eq!(bob_at("2026-03-03T00:00:00Z"), 20);
    assert_eq!(
        bob_at("2026-03-02T01:00:00+02:00"),
        0,
        "23:00 UTC the day before"
    );

    let all = env.json(&["credits", "balance", "--at", "2026-03-01T12:00:00Z"]);
    assert_eq!(
        all,
        json!([{"account": "company", "kind": "credits", "balance": 100, "expiring": 0, "expires_at": null},
               {"account": "bob", "kind": "credits", "balance": 0, "expiring": 0, "expires_at": null}])
    );
    let now = env.json(&["credits", "balance"]);
    assert_eq!(
        now,
        json!([{"account": "company", "kind": "credits", "balance": 80, "expiring": 0, "expires_at": null},
               {"account": "bob", "kind": "credits", "balance": 20, "expiring": 0, "expires_at": null}])
    );
    env.refused(
        &["credits", "balance", "--at", "yesterday"],
        2,
        "invalid_input",
    );
}

#[test]
fn history_is_newest_first_limited_and_filtered_by_account() {
    let env = Env::new();
    env.json(&["credits", "kind", "add", "sms"]);
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    topup(&env, 100, "credits");
    topup(&env, 10, "sms");
    assign(&env, "company", "bob", 30);
    env.json(&[
        "credits", "assign", "--from", "bob", "--to", "carol", "5", "--memo", "lunch",
    ]);
    assign_kind(&env, "company", "carol", 2, "sms");

    let all = env.json(&["credits", "history"]);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 5);
    let ids: Vec<i64> = all.iter().map(|t| t["id"].as_i64().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(ids, sorted, "newest first");
    assert_eq!(all[0]["kind"], "sms");
    assert_eq!(all[1]["memo"], "lunch");
    assert_eq!(all[1]["from"], "bob");
    assert_eq!(all[1]["to"], "carol");
    assert_eq!(all[1]["actor"], "alice");
    assert_eq!(all[1]["type"], "assign");

    let two = env.json(&["credits", "history", "--limit", "2"]);
    assert_eq!(two.as_array().unwrap().as_slice(), &all[..2]);

    let bob = env.json(&["credits", "history", "bob"]);
    let bob = bob.as_array().unwrap();
    assert_eq!(bob.len(), 2);
    assert!(bob.iter().all(|t| t["from"] == "bob" || t["to"] == "bob"));
    assert_eq!(bob[0]["amount"], 5);
    assert_eq!(bob[1]["amount"], 30);

    let carol_sms = env.json(&["credits", "history", "carol", "--kind", "sms"]);
    assert_eq!(carol_sms.as_array().unwrap().len(), 1);
    assert_eq!(carol_sms[0]["amount"], 2);
    let company_one = env.json(&["credits", "history", "company", "--limit", "1"]);
    assert_eq!(company_one.as_array().unwrap().len(), 1);
    assert_eq!(company_one[0]["kind"], "sms");

    env.refused(&["credits", "history", "nobody"], 1, "not_found");
    env.refused(&["credits", "history", "--limit", "x"], 2, "invalid_input");
}

/// One holder's history, with or without a kind and a limit, is the whole
/// ledger's history filtered to that holder: read from each account's
/// indexes, merged, it returns the same rows in the same order.
#[test]
fn history_since_and_until_across_pages_is_the_ledger_filtered_by_time() {
    // More transfers of one holder than a page of the merge (512), at three
    // times: every window and limit gives the whole history's rows of that
    // holder and time, newest first.
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    json_at(
        &env,
        "2026-03-01T00:00:00Z",
        &["credits", "topup", "100000"],
    );
    let file = |name: &str, rows: usize| {
        let mut csv = String::from("from,to,amount\n");
        for i in 0..rows {
            let (from, to) = match i % 3 {
                0 => ("company", "bob"),
                1 => ("company", "carol"),
                _ => ("carol", "bob"),
            };
            csv.push_str(&format!("{from},{to},{}\n", 1 + i % 2));
        }
        let path = env.dir.path().join(name);
        std::fs::write(&path, csv).unwrap();
        path.to_str().unwrap().to_string()
    };
    let (first, second) = (file("a.csv", 700), file("b.csv", 400));
    json_at(&env, "2026-03-02T00:00:00Z", &["credits", "import", &first]);
    json_at(
        &env,
        "2026-03-03T12:00:00Z",
        &["credits", "assign", "--from", "bob", "--to", "company", "5"],
    );
    json_at(
        &env,
        "2026-03-04T00:00:00Z",
        &["credits", "import", &second],
    );
    let all = env.json(&["credits", "history"]);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 1 + 700 + 1 + 400);
    let windows = [
        (None, None),
        (Some("2026-03-02"), None),
        (None, Some("2026-03-04")),
        (Some("2026-03-02T00:00:01Z"), Some("2026-03-04T00:00:00Z")),
        (Some("2026-03-03"), Some("2026-03-03T12:00:01Z")),
        (Some("2027-01-01"), None),
    ];
    for holder in [None, Some("company"), Some("bob"), Some("carol")] {
        for (since, until) in windows {
            for limit in [None, Some(1usize), Some(513), Some(5000)] {
                let mut args = vec!["credits".to_string(), "history".to_string()];
                args.extend(holder.map(str::to_string));
                args.extend(
                    since
                        .iter()
                        .flat_map(|t| ["--since".to_string(), t.to_string()]),
                );
                args.extend(
                    until
                        .iter()
                        .flat_map(|t| ["--until".to_string(), t.to_string()]),
                );
                args.extend(
                    limit
                        .iter()
                        .flat_map(|n| ["--limit".to_string(), n.to_string()]),
                );
                let at = |t: &Value| t["at"].as_str().unwrap().to_string();
                let day = |d: &str| {
                    if d.len() == 10 {
                        format!("{d}T00:00:00Z")
                    } else {
                        d.to_string()
                    }
                };
                let expected: Vec<&Value> = all
                    .iter()
                    .filter(|t| holder.is_none_or(|h| t["from"] == h || t["to"] == h))
                    .filter(|t| since.is_none_or(|s| at(t) >= day(s)))
                    .filter(|t| until.is_none_or(|u| at(t) < day(u)))
                    .take(limit.unwrap_or(usize::MAX))
                    .collect();
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let got = env.json(&args);
                let got: Vec<&Value> = got.as_array().unwrap().iter().collect();
                assert_eq!(got.len(), expected.len(), "{args:?}");
                assert_eq!(got, expected, "{args:?}");
            }
        }
    }
}

#[test]
fn user_list_and_mail_list_stop_at_their_limit() {
    let env = Env::new();
    for h in ["bob", "carol", "dave"] {
        add_user(&env, h, &[]);
    }
    topup(&env, 100, "credits");
    for h in ["bob", "carol", "dave"] {
        assign(&env, "company", h, 1);
    }
    let users = env.json(&["user", "list", "--limit", "2"]);
    assert_eq!(users["active_users"], 4);
    let handles: Vec<&str> = users["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["handle"].as_str().unwrap())
        .collect();
    assert_eq!(handles, ["alice", "bob"], "the first by handle");
    let all = env.json(&["mail", "list"]);
    let two = env.json(&["mail", "list", "--limit", "2"]);
    assert_eq!(
        two.as_array().unwrap()[..],
        all.as_array().unwrap()[..2],
        "the newest two"
    );
    assert_eq!(
        env.json(&["user", "list", "--limit", "0"])["users"],
        json!([])
    );
    env.refused(&["user", "list", "--limit", "-1"], 2, "invalid_input");
}

#[test]
fn a_holders_history_is_the_ledger_filtered_to_it() {
    let env = Env::new();
    env.json(&["credits", "kind", "add", "sms"]);
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    topup(&env, 1000, "credits");
    topup(&env, 100, "sms");
    let moves = [
        ("company", "bob", 40, "credits"),
        ("company", "carol", 30, "credits"),
        ("bob", "carol", 5, "credits"),
        ("company", "bob", 9, "sms"),
        ("carol", "bob", 7, "credits"),
        ("bob", "company", 3, "sms"),
        ("carol", "company", 4, "credits"),
        ("company", "carol", 6, "sms"),
        ("bob", "carol", 2, "sms"),
        ("carol", "bob", 1, "credits"),
        ("bob", "company", 11, "credits"),
    ];
    for (from, to, amount, kind) in moves {
        assign_kind(&env, from, to, amount, kind);
    }
    let all = env.json(&["credits", "history"]);
    let all = all.as_array().unwrap();
    for holder in ["company", "bob", "carol"] {
        for kind in [None, Some("credits"), Some("sms")] {
            for limit in [None, Some(1), Some(3), Some(7), Some(100)] {
                let mut args = vec!["credits", "history", holder];
                if let Some(k) = kind {
                    args.extend(["--kind", k]);
                }
                let n = limit.map(|l: usize| l.to_string());
                if let Some(n) = &n {
                    args.extend(["--limit", n.as_str()]);
                }
                let expected: Vec<&Value> = all
                    .iter()
                    .filter(|t| t["from"] == holder || t["to"] == holder)
                    .filter(|t| kind.is_none_or(|k| t["kind"] == k))
                    .take(limit.unwrap_or(usize::MAX))
                    .collect();
                let got = env.json(&args);
                let got: Vec<&Value> = got.as_array().unwrap().iter().collect();
                assert!(!expected.is_empty(), "{args:?}");
                assert_eq!(got, expected, "{args:?}");
            }
        }
    }
}

#[test]
fn a_user_sees_their_own_balance_and_history_only() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    topup(&env, 10, "credits");
    assign(&env, "company", "bob", 4);
    let own = env.json(&["--as", "bob", "credits", "balance", "bob"]);
    assert_eq!(own[0]["balance"], 4);
    let own = env.json(&["--as", "bob", "credits", "history", "bob"]);
    assert_eq!(own.as_array().unwrap().len(), 1);
    env.refused(
        &["--as", "bob", "credits", "balance", "carol"],
        1,
        "permission_denied",
    );
    env.refused(
        &["--as", "bob", "credits", "balance"],
        1,
        "permission_denied",
    );
    env.refused(
        &["--as", "bob", "credits", "history"],
        1,
        "permission_denied",
    );
}

// Settings ---------------------------------------------------------------------

#[test]
fn settings_are_checked_set_and_listed() {
    let env = Env::new();
    let before = env.json(&["settings", "list"]);
    let keys: Vec<&str> = before
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["key"].as_str().unwrap())
        .collect();
    for key in ["support-email", "smtp-url", "mail-from"] {
        assert!(keys.contains(&key), "{key} missing: {before}");
    }
    assert!(
        before
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["value"].is_null())
    );

    env.json(&["settings", "set", "support-email", "support@vendor.example"]);
    env.json(&["settings", "set", "mail-from", "tally@acme.test"]);
    env.json(&["settings", "set", "smtp-url", "smtp://127.0.0.1:2525"]);
    env.json(&["settings", "set", "smtp-url", "smtps://mail.acme.test:465"]);
    let after = env.json(&["settings", "list"]);
    let value = |key: &str| {
        after
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == key)
            .unwrap()["value"]
            .clone()
    };
    assert_eq!(value("support-email"), "support@vendor.example");
    assert_eq!(value("mail-from"), "tally@acme.test");
    assert_eq!(value("smtp-url"), "smtps://mail.acme.test:465");

    for (key, bad) in [
        ("support-email", "not-an-email"),
        ("support-email", "a@b"),
        ("mail-from", "x y@acme.test"),
        ("smtp-url", "http://mail.acme.test:25"),
        ("smtp-url", "smtp://mail.acme.test:notaport"),
        ("no-such-setting", "x"),
    ] {
        env.refused(&["settings", "set", key, bad], 2, "invalid_input");
    }
    let err = env.refused(
        &[
            "settings",
            "set",
            "smtp-url",
            "smtp://bob:secret@mail.acme.test:25",
        ],
        2,
        "invalid_input",
    );
    assert!(
        !err.to_string().contains("secret"),
        "the password is not repeated: {err}"
    );
    add_user(&env, "bob", &[]);
    env.refused(&["--as", "bob", "settings", "list"], 1, "permission_denied");
    env.refused(
        &[
            "--as",
            "bob",
            "settings",
            "set",
            "support-email",
            "x@y.example",
        ],
        1,
        "permission_denied",
    );
}

// Rules and errors ----------------------------------------------------------------

#[test]
fn a_balance_never_goes_below_zero() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    let err = env.refused(
        &["credits", "assign", "--from", "company", "--to", "bob", "1"],
        1,
        "insufficient_credits",
    );
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("tally credits topup")
    );
    topup(&env, 10, "credits");
    assign(&env, "company", "bob", 10);
    let err = env.refused(
        &["credits", "assign", "--from", "bob", "--to", "carol", "11"],
        1,
        "insufficient_credits",
    );
    assert!(err["message"].as_str().unwrap().contains("bob"), "{err}");
    env.refused(
        &[
            "credits", "assign", "--from", "company", "--to", "carol", "1",
        ],
        1,
        "insufficient_credits",
    );
    assert_eq!(balance(&env, "bob", "credits"), 10);
}

#[test]
fn credits_are_not_moved_to_or_from_an_inactive_user() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &["--inactive"]);
    topup(&env, 10, "credits");
    assign(&env, "company", "bob", 5);
    env.refused(
        &[
            "credits", "assign", "--from", "company", "--to", "carol", "1",
        ],
        1,
        "inactive_user",
    );
    env.refused(
        &["credits", "assign", "--from", "bob", "--to", "carol", "1"],
        1,
        "inactive_user",
    );
    assign(&env, "bob", "company", 5);
    env.ok(&["user", "deactivate", "bob"]);
    env.refused(
        &["credits", "assign", "--from", "company", "--to", "bob", "1"],
        1,
        "inactive_user",
    );
    env.ok(&["user", "activate", "carol"]);
    assert_eq!(assign(&env, "company", "carol", 1)["to_balance"], 1);
}

/// The backquoted `tally credits assign ...` commands of a hint, as arguments.
fn commands_in_hint(hint: &str) -> Vec<Vec<String>> {
    hint.split('`')
        .skip(1)
        .step_by(2)
        .filter(|c| c.starts_with("tally credits assign "))
        .map(|c| c.split_whitespace().skip(1).map(str::to_string).collect())
        .collect()
}

#[test]
fn a_user_with_credits_is_not_deactivated_and_the_hint_says_how_to_move_them() {
    let env = Env::new();
    env.json(&["credits", "kind", "add", "sms"]);
    user_with_credits(&env, "bob", 30);
    topup(&env, 7, "sms");
    assign_kind(&env, "company", "bob", 7, "sms");

    let err = env.refused(&["user", "deactivate", "bob"], 1, "has_credits");
    let hint = err["hint"].as_str().unwrap();
    assert!(
        hint.contains("`tally credits assign --from bob --to company 30`"),
        "{hint}"
    );
    assert!(
        hint.contains("`tally credits assign --from bob --to company 7 --kind sms`"),
        "{hint}"
    );
    env.refused(&["user", "delete", "bob", "--yes"], 1, "has_credits");

    let commands = commands_in_hint(hint);
    assert_eq!(commands.len(), 2, "{hint}");
    // Moving one kind is not enough.
    let first: Vec<&str> = commands[0].iter().map(String::as_str).collect();
    env.ok(&first);
    let err = env.refused(&["user", "deactivate", "bob"], 1, "has_credits");
    assert!(err["hint"].as_str().unwrap().contains("--kind sms"));
    assert!(!err["hint"].as_str().unwrap().contains("company 30`"));
    let second: Vec<&str> = commands[1].iter().map(String::as_str).collect();
    env.ok(&second);

    let change = env.json(&["user", "deactivate", "bob"]);
    assert_eq!(change["to"], "deactivated", "{change}");
    assert_eq!(env.json(&["user", "show", "bob"])["status"], "deactivated");
    assert_eq!(balance(&env, "company", "credits"), 30);
    assert_eq!(balance(&env, "company", "sms"), 7);
    assert_verifies(&env);
}

#[test]
fn a_user_with_credits_of_another_kind_only_is_not_deleted() {
    let env = Env::new();
    env.json(&["credits", "kind", "add", "email"]);
    add_user(&env, "bob", &[]);
    topup(&env, 3, "email");
    assign_kind(&env, "company", "bob", 3, "email");
    let err = env.refused(&["user", "delete", "bob", "--yes"], 1, "has_credits");
    let hint = err["hint"].as_str().unwrap();
    assert!(
        hint.contains("`tally credits assign --from bob --to company 3 --kind email`"),
        "{hint}"
    );
    for command in commands_in_hint(hint) {
        let args: Vec<&str> = command.iter().map(String::as_str).collect();
        env.ok(&args);
    }
    env.ok(&["user", "delete", "bob", "--yes"]);
    assert_eq!(env.json(&["user", "show", "bob"])["status"], "deleted");
}

#[test]
fn a_transfer_to_the_same_account_is_invalid() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    env.refused(
        &[
            "credits", "assign", "--from", "company", "--to", "company", "1",
        ],
        2,
        "invalid_input",
    );
    env.refused(
        &["credits", "assign", "--from", "bob", "--to", "bob", "1"],
        2,
        "invalid_input",
    );
}

#[test]
fn unknown_kinds_and_users_are_not_found() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    let err = env.refused(
        &[
            "credits", "assign", "--from", "company", "--to", "bob", "1", "--kind", "gold",
        ],
        1,
        "not_found",
    );
    assert!(err["message"].as_str().unwrap().contains("gold"));
    let err = env.refused(
        &[
            "credits", "assign", "--from", "company", "--to", "nobody", "1",
        ],
        1,
        "not_found",
    );
    assert!(err["message"].as_str().unwrap().contains("nobody"));
    env.refused(
        &["credits", "assign", "--from", "nobody", "--to", "bob", "1"],
        1,
        "not_found",
    );
}

#[test]
fn assign_and_topup_need_assign_credits() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    topup(&env, 10, "credits");
    assign(&env, "company", "bob", 5);
    let audit_before = env.audit_count();
    // Not even from their own account.
    for args in [
        &[
            "--as", "bob", "credits", "assign", "--from", "bob", "--to", "carol", "1",
        ][..],
        &[
            "--as", "bob", "credits", "assign", "--from", "company", "--to", "bob", "1",
        ],
        &["--as", "bob", "credits", "topup", "1"],
        &["--as", "bob", "credits", "kind", "add", "sms"],
        &["--as", "bob", "credits", "requests"],
    ] {
        let err = env.refused(args, 1, "permission_denied");
        assert!(
            err["message"].as_str().unwrap().contains("assign-credits"),
            "{err}"
        );
    }
    // Every refusal is audited.
    assert_eq!(env.audit_count(), audit_before + 5);

    give_rights(&env, "carol", "assign-credits");
    let done = env.json(&[
        "--as", "carol", "credits", "assign", "--from", "bob", "--to", "company", "5",
    ]);
    assert_eq!(done["to_balance"], 10);
    let history = env.json(&["credits", "history", "--limit", "1"]);
    assert_eq!(history[0]["actor"], "carol");
}

#[test]
fn malformed_amounts_are_usage_errors() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    for bad in [
        "0",
        "-5",
        "1.5",
        "1e3",
        "1,000",
        "abc",
        "99999999999999999999",
        "",
        " 5",
        "+5",
    ] {
        env.refused(
            &["credits", "assign", "--from", "company", "--to", "bob", bad],
            2,
            "invalid_input",
        );
        env.refused(
            &[
                "credits", "assign", "--from", "company", "--to", "bob", "--", bad,
            ],
            2,
            "invalid_input",
        );
        env.refused(&["credits", "topup", bad], 2, "invalid_input");
        env.refused(&["credits", "topup", "--", bad], 2, "invalid_input");
    }
    // Without --json too: exit 2 and a human error.
    let out = env.run(&[
        "credits", "assign", "--from", "company", "--to", "bob", "1.5",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "));
    // A missing part of the command is a usage error too.
    env.refused(
        &["credits", "assign", "--from", "company", "5"],
        2,
        "invalid_input",
    );
    assert_eq!(balance(&env, "bob", "credits"), 0);
}

#[test]
fn sums_near_the_largest_balance_are_refused_never_wrapped() {
    let env = Env::new();
    let max = i64::MAX.to_string();
    let done = env.json(&["credits", "topup", &max]);
    assert_eq!(done["company_balance"], i64::MAX);
    let err = env.refused(&["credits", "topup", "1"], 2, "invalid_input");
    assert!(
        err["message"].as_str().unwrap().contains("largest"),
        "{err}"
    );
    assert_eq!(balance(&env, "company", "credits"), i64::MAX);
    assert_verifies(&env);

    // Into a user's account: exact.
    add_user(&env, "bob", &[]);
    let done = assign(&env, "company", "bob", i64::MAX);
    assert_eq!(done["to_balance"], i64::MAX);
    assert_eq!(done["from_balance"], 0);
    assert_eq!(balance(&env, "bob", "credits"), i64::MAX);
    // The company is empty, but all that the organization holds of the kind
    // is capped too, so that every sum of balances fits in 64 bits.
    let err = env.refused(&["credits", "topup", "1"], 2, "invalid_input");
    assert!(
        err["message"].as_str().unwrap().contains("largest"),
        "{err}"
    );
    assert_eq!(balance(&env, "company", "credits"), 0);
    assert_verifies(&env);
    let all = env.json(&["credits", "balance"]);
    assert_eq!(all[1]["balance"], i64::MAX);
    // Another kind has its own room.
    env.json(&["credits", "kind", "add", "sms"]);
    assert_eq!(topup(&env, i64::MAX, "sms")["company_balance"], i64::MAX);
    assert_verifies(&env);
}

#[test]
fn balance_at_a_time_of_every_account_is_each_accounts_own_replay() {
    // All accounts are replayed in one pass over the ledger, one account
    // through its indexes: both must give the same balances at every time,
    // also for an account whose id was chosen far beyond the others.
    let env = Env::new();
    for h in ["bob", "carol", "dave"] {
        add_user(&env, h, &[]);
    }
    env.json(&["credits", "kind", "add", "sms"]);
    env.sql(
        "INSERT INTO accounts (id, kind_id, holder, user_id, balance)
         SELECT 1000000000, k.id, 'user', u.id, 0 FROM credit_kinds k, users u
         WHERE k.name = 'sms' AND u.handle = 'carol'",
    );
    let steps: &[(&str, &[&str])] = &[
        ("2026-03-01T00:00:00Z", &["credits", "topup", "100"]),
        (
            "2026-03-01T00:00:00Z",
            &["credits", "topup", "50", "--kind", "sms"],
        ),
        (
            "2026-03-02T00:00:00Z",
            &[
                "credits", "assign", "--from", "company", "--to", "bob", "30",
            ],
        ),
        (
            "2026-03-02T00:00:00Z",
            &[
                "credits", "assign", "--from", "company", "--to", "carol", "20", "--kind", "sms",
            ],
        ),
        (
            "2026-03-03T00:00:00Z",
            &["credits", "assign", "--from", "bob", "--to", "dave", "12"],
        ),
        (
            "2026-03-04T00:00:00Z",
            &["credits", "use", "carol", "5", "--kind", "sms"],
        ),
        (
            "2026-03-05T00:00:00Z",
            &[
                "credits", "assign", "--from", "dave", "--to", "company", "2",
            ],
        ),
    ];
    for (at, args) in steps {
        json_at(&env, at, args);
    }
    for at in [
        "2026-02-01",
        "2026-03-01",
        "2026-03-02T12:00:00Z",
        "2026-03-03",
        "2026-03-04",
        "2026-03-05",
        "2027-01-01",
    ] {
        let all = env.json(&["credits", "balance", "--at", at]);
        let all = all.as_array().unwrap();
        assert_eq!(
            all.len(),
            5,
            "company x2, bob, carol, dave at {at}: {all:?}"
        );
        for row in all {
            let account = row["account"].as_str().unwrap();
            let kind = row["kind"].as_str().unwrap();
            let own = env.json(&["credits", "balance", account, "--kind", kind, "--at", at]);
            assert_eq!(
                own[0]["balance"], row["balance"],
                "{account} {kind} at {at}"
            );
        }
    }
    let end = env.json(&["credits", "balance", "--at", "2027-01-01"]);
    assert_eq!(
        end,
        env.json(&["credits", "balance"]),
        "replayed to now is now"
    );
    let carol_sms = |at: &str| {
        let v = env.json(&["credits", "balance", "--at", at, "--kind", "sms"]);
        v.as_array()
            .unwrap()
            .iter()
            .find(|r| r["account"] == "carol")
            .unwrap()["balance"]
            .clone()
    };
    assert_eq!(carol_sms("2026-03-03"), 20);
    assert_eq!(carol_sms("2026-03-04"), 15);
}

#[test]
fn balance_at_a_time_is_exact_when_an_account_has_received_more_than_the_largest_balance() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.json(&["credits", "topup", &i64::MAX.to_string()]);
    // The company receives i64::MAX + 10 in all, though it never holds more
    // than i64::MAX: replaying must not overflow.
    assign(&env, "company", "bob", 10);
    assign(&env, "bob", "company", 10);
    let company = env.json(&["credits", "balance", "company", "--at", "2030-01-01"]);
    assert_eq!(company[0]["balance"], i64::MAX);
    let all = env.json(&["credits", "balance", "--at", "2030-01-01"]);
    assert_eq!(
        all,
        json!([{"account": "company", "kind": "credits", "balance": i64::MAX, "expiring": 0, "expires_at": null},
               {"account": "bob", "kind": "credits", "balance": 0, "expiring": 0, "expires_at": null}])
    );
}

#[test]
fn verify_passes_when_an_account_has_received_more_than_the_largest_balance() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.json(&["credits", "topup", &i64::MAX.to_string()]);
    assign(&env, "company", "bob", 10);
    assign(&env, "bob", "company", 10);
    assert_verifies(&env);
}

// Idempotency -----------------------------------------------------------------

fn keyed(from: &str, to: &str, amount: &str, key: &str) -> Vec<String> {
    [
        "credits",
        "assign",
        "--from",
        from,
        "--to",
        to,
        amount,
        "--idempotency-key",
        key,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn a_replay_returns_the_first_result_and_changes_nothing() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 100, "credits");
    let args = keyed("company", "bob", "30", "nightly-2026-03-15-bob");
    let first = env.json(&strs(&args));
    assert_eq!(first["replayed"], false);
    assign(&env, "company", "bob", 1); // balances move on in between

    let before = env.dump();
    let out = env.run(&[&["--json"][..], &strs(&args)].concat());
    assert_eq!(out.status.code(), Some(0));
    let again: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut expected = first.clone();
    expected["replayed"] = json!(true);
    assert_eq!(
        again, expected,
        "the same result, balances as they were then"
    );
    assert_eq!(before, env.dump(), "a replay changes nothing");
    assert_eq!(mails(&env).len(), 2, "no second mail");

    let human = env.ok(&strs(&args));
    assert!(human.contains("replayed"), "{human}");
    assert_eq!(balance(&env, "bob", "credits"), 31);
}

#[test]
fn the_same_key_with_other_arguments_is_a_conflict_naming_the_argument() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    env.json(&["credits", "kind", "add", "sms"]);
    topup(&env, 100, "credits");
    env.json(&[
        "credits",
        "assign",
        "--from",
        "company",
        "--to",
        "bob",
        "30",
        "--memo",
        "march",
        "--idempotency-key",
        "k1",
    ]);
    let cases: [(&[&str], &str); 5] = [
        (
            &["--from", "company", "--to", "bob", "31", "--memo", "march"],
            "amount",
        ),
        (
            &[
                "--from", "company", "--to", "carol", "30", "--memo", "march",
            ],
            "to",
        ),
        (
            &["--from", "company", "--to", "bob", "30", "--memo", "april"],
            "memo",
        ),
        (&["--from", "company", "--to", "bob", "30"], "memo"),
        (
            &[
                "--from", "company", "--to", "bob", "30", "--memo", "march", "--kind", "sms",
            ],
            "kind",
        ),
    ];
    for (args, differs) in cases {
        let all = [
            &["credits", "assign"][..],
            args,
            &["--idempotency-key", "k1"],
        ]
        .concat();
        let err = env.refused(&all, 1, "idempotency_conflict");
        let message = err["message"].as_str().unwrap();
        assert!(
            message.contains(&format!("with {differs} ")),
            "{args:?}: the message should name '{differs}': {message}"
        );
    }
    assert_eq!(balance(&env, "bob", "credits"), 30);
    assert_eq!(balance(&env, "carol", "credits"), 0);
    // An empty key is malformed, whatever the database holds.
    env.refused(
        &[
            "credits",
            "assign",
            "--from",
            "company",
            "--to",
            "bob",
            "30",
            "--idempotency-key",
            "",
        ],
        2,
        "invalid_input",
    );
}

#[test]
fn a_refused_write_records_no_key() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    let args = keyed("company", "bob", "50", "retry-me");
    env.refused(&strs(&args), 1, "insufficient_credits");
    assert_eq!(env.rows("SELECT count(*) FROM idempotency_keys")[0][0], "0");
    topup(&env, 40, "credits");
    let done = env.json(&strs(&args));
    assert_eq!(done["replayed"], false);
    assert_eq!(done["to_balance"], 50);
    let again = env.json(&strs(&args));
    assert_eq!(again["replayed"], true);
    assert_eq!(again["id"], done["id"]);
    assert_eq!(balance(&env, "bob", "credits"), 50);
}

#[test]
fn processes_racing_with_one_key_make_exactly_one_transfer() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 100, "credits");
    let before = transfer_count(&env);
    let children: Vec<_> = (0..4)
        .map(|_| {
            env.process()
                .args([
                    "--json", "credits", "assign", "--from", "company", "--to", "bob", "7",
                ])
                .args(["--idempotency-key", "race-1"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let results: Vec<Value> = children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().expect("wait");
            assert_eq!(
                out.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            serde_json::from_slice(&out.stdout).expect("JSON")
        })
        .collect();
    assert_eq!(transfer_count(&env), before + 1);
    assert_eq!(balance(&env, "bob", "credits"), 7);
    assert_eq!(results.iter().filter(|r| r["replayed"] == false).count(), 1);
    assert_eq!(results.iter().filter(|r| r["replayed"] == true).count(), 3);
    let id = &results[0]["id"];
    assert!(
        results
            .iter()
            .all(|r| &r["id"] == id && r["to_balance"] == 7)
    );
    assert_eq!(mails(&env).len(), 1);
    assert_verifies(&env);
}

// Concurrency -----------------------------------------------------------------

#[test]
fn processes_assigning_at_once_lose_nothing() {
    let env = Env::new();
    let users = ["u0", "u1", "u2", "u3"];
    for u in users {
        add_user(&env, u, &[]);
    }
    topup(&env, 1000, "credits");
    let threads: Vec<_> = users
        .iter()
        .map(|u| {
            let mut cmds: Vec<std::process::Command> = (1..=10)
                .map(|n| {
                    let mut c = env.process();
                    c.args(["-q", "credits", "assign", "--from", "company", "--to", u])
                        .arg(n.to_string());
                    c
                })
                .collect();
            std::thread::spawn(move || {
                cmds.iter_mut()
                    .map(|c| c.output().expect("run"))
                    .filter(|o| !o.status.success())
                    .map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for t in threads {
        let failures = t.join().expect("thread");
        assert!(failures.is_empty(), "{failures:?}");
    }
    for u in users {
        assert_eq!(balance(&env, u, "credits"), 55, "{u}");
    }
    assert_eq!(balance(&env, "company", "credits"), 1000 - 4 * 55);
    assert_eq!(transfer_count(&env), 1 + 40);
    assert_eq!(mails(&env).len(), 40);
    assert_verifies(&env);
}

// Schema guards ----------------------------------------------------------------

#[test]
fn transfers_cannot_be_changed_or_removed_with_plain_sql() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    assign(&env, "company", "bob", 4);
    let before = env.dump();
    for sql in [
        "UPDATE transfers SET amount = 1000",
        "UPDATE transfers SET memo = 'changed' WHERE id = 1",
        "DELETE FROM transfers",
        "DELETE FROM transfers WHERE id = 2",
    ] {
        let err = env.try_sql(sql).expect_err(sql);
        assert!(err.contains("append-only"), "{sql}: {err}");
    }
    assert_eq!(before, env.dump());
    assert_verifies(&env);
}

#[test]
fn a_plain_insert_cannot_take_a_balance_below_zero() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    assign(&env, "company", "bob", 4);
    let before = env.dump();
    let bob_account = &env.rows(
        "SELECT a.id FROM accounts a JOIN users u ON u.id = a.user_id WHERE u.handle = 'bob'",
    )[0][0];
    let company_account = &env.rows("SELECT id FROM accounts WHERE holder = 'company'")[0][0];
    let insert = |debit: &str, credit: &str, amount: i64| {
        env.try_sql(&format!(
            "INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type, actor, at)
             VALUES ((SELECT id FROM credit_kinds WHERE name = 'credits'), {debit}, {credit}, {amount}, 'assign', 'sql', '2026-03-15T12:00:00Z')"
        ))
    };
    // SQLite says "CHECK constraint failed", PostgreSQL "violates check constraint".
    let err = insert(bob_account, company_account, 5).expect_err("bob holds 4");
    assert!(err.to_lowercase().contains("check constraint"), "{err}");
    let err = insert(bob_account, bob_account, 1).expect_err("same account");
    assert!(err.to_lowercase().contains("check constraint"), "{err}");
    // Exactly the balance is fine: the guard is at zero, not before it.
    insert(bob_account, company_account, 4).expect("bob gives all 4");
    assert_ne!(before, env.dump());
    assert_eq!(balance(&env, "bob", "credits"), 0);
    assert_eq!(balance(&env, "company", "credits"), 10);
    // The ledger adds up, but the transfer was written behind tally's back.
    let (report, _) = env.refused_with_report(&["verify"], 1, "verify_failed");
    let failed: Vec<&str> = report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["ok"] == false)
        .map(|c| c["name"].as_str().expect("name"))
        .collect();
    assert_eq!(failed, ["the history is as tally wrote it (hash chain)"]);
}

#[test]
fn verify_names_a_balance_changed_behind_the_ledger() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    assign(&env, "company", "bob", 4);
    assert_verifies(&env);
    env.sql(
        "UPDATE accounts SET balance = balance + 5
         WHERE user_id = (SELECT id FROM users WHERE handle = 'bob');",
    );
    let (report, err) = env.refused_with_report(&["verify"], 1, "verify_failed");
    assert_eq!(report["ok"], false);
    let failed: Vec<&Value> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["ok"] == false)
        .collect();
    let names: Vec<&str> = failed.iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"balances equal the ledger"), "{report}");
    assert!(names.contains(&"every kind sums to zero"), "{report}");
    let problems = report.to_string();
    assert!(
        problems.contains("bob") && problems.contains("has balance 9 but the ledger says 4"),
        "{report}"
    );
    assert!(!err["message"].as_str().unwrap().is_empty());
}
