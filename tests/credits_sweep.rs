//! Whole balances moved at once (`credits assign --all`, `--all-kinds`),
//! racing `credits use` from other processes, and top-ups to a level
//! (`credits topup --to-balance`).

use crate::common::*;
use crate::ledger_support::*;
use serde_json::Value;

fn sweep_args<'a>(from: &'a str, to: &'a str, flag: &'a str) -> Vec<&'a str> {
    vec!["credits", "assign", "--from", from, "--to", to, flag]
}

#[test]
fn all_moves_the_whole_balance_of_one_kind_and_leaves_the_others() {
    let env = Env::new();
    user_with_credits(&env, "bob", 40);
    env.ok(&["credits", "kind", "add", "sms"]);
    topup(&env, 5, "sms");
    assign_kind(&env, "company", "bob", 5, "sms");
    let before = transfer_count(&env);
    let audits = env.audit_count();

    let done = env.json(&sweep_args("bob", "company", "--all"));
    assert_eq!(done["from"], "bob");
    assert_eq!(done["to"], "company");
    assert_eq!(done["kind"], "credits");
    assert_eq!(done["replayed"], false);
    let moved = done["transfers"].as_array().unwrap();
    assert_eq!(moved.len(), 1, "{done}");
    assert_eq!(moved[0]["kind"], "credits");
    assert_eq!(moved[0]["amount"], 40);
    assert_eq!(moved[0]["from_balance"], 0);
    assert_eq!(moved[0]["to_balance"], 40);
    assert_eq!(balance(&env, "bob", "credits"), 0);
    assert_eq!(balance(&env, "bob", "sms"), 5);
    assert_eq!(transfer_count(&env), before + 1);

    // The transfer is an ordinary assign in the history, and audited.
    let history = env.json(&["credits", "history", "bob", "--limit", "1"]);
    assert_eq!(history[0]["id"], moved[0]["id"]);
    assert_eq!(history[0]["type"], "assign");
    assert_eq!(history[0]["to"], "company");
    assert_eq!(env.audit_count(), audits + 1);
    let audit = env.json(&["audit", "--limit", "1"]);
    assert_eq!(audit[0]["action"], "credits.assign");
    assert_eq!(audit[0]["details"]["transfers"][0]["amount"], 40);

    // The other kind, by --kind.
    let sms = env.json(&[
        "credits", "assign", "--from", "bob", "--to", "company", "--all", "--kind", "sms",
    ]);
    assert_eq!(sms["transfers"][0]["amount"], 5);
    assert_eq!(balance(&env, "company", "sms"), 5);
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

#[test]
fn all_kinds_moves_every_kind_in_one_command_and_mails_the_receiver_once() {
    let env = Env::new();
    user_with_credits(&env, "bob", 30);
    add_user(&env, "carol", &[]);
    for k in ["email", "sms"] {
        env.ok(&["credits", "kind", "add", k]);
    }
    topup(&env, 7, "sms");
    assign_kind(&env, "company", "bob", 7, "sms");
    let mails_before = mails(&env).len();

    let done = env.json(&[
        "credits",
        "assign",
        "--from",
        "bob",
        "--to",
        "carol",
        "--all-kinds",
        "--memo",
        "leaving",
    ]);
    assert_eq!(done["kind"], Value::Null);
    let moved = done["transfers"].as_array().unwrap();
    // email was never held: no transfer of it.
    let kinds: Vec<&str> = moved.iter().map(|t| t["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["credits", "sms"]);
    assert_eq!(moved[0]["amount"], 30);
    assert_eq!(moved[1]["amount"], 7);
    assert!(moved.iter().all(|t| t["from_balance"] == 0));
    assert_eq!(balance(&env, "carol", "credits"), 30);
    assert_eq!(balance(&env, "carol", "sms"), 7);
    assert_eq!(balance(&env, "bob", "credits"), 0);
    assert_eq!(balance(&env, "bob", "sms"), 0);

    // One mail names both kinds and the memo.
    let mails = mails(&env);
    assert_eq!(mails.len(), mails_before + 1);
    assert_eq!(mails[0]["to"], "carol@acme.test");
    assert_eq!(mails[0]["subject"], "You received 30 credits and 7 sms");
    let history = env.json(&["credits", "history", "carol"]);
    assert!(
        history
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["memo"] == "leaving")
    );

    // The plain output says what moved, a line each.
    assert_eq!(
        env.ok(&[
            "credits",
            "assign",
            "--from",
            "carol",
            "--to",
            "company",
            "--all-kinds"
        ]),
        "moved 30 credits from carol (now 0) to company (now 30)\n\
         moved 7 sms from carol (now 0) to company (now 7)\n"
    );
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

#[test]
fn a_sender_holding_nothing_moves_nothing_and_says_so() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "kind", "add", "sms"]);
    topup(&env, 9, "sms");
    let before = env.dump();
    let audits = env.audit_count();

    let done = env.json(&sweep_args("bob", "company", "--all"));
    assert_eq!(done["transfers"], serde_json::json!([]));
    assert_eq!(done["replayed"], false);
    assert_eq!(
        env.ok(&sweep_args("bob", "company", "--all")),
        "bob holds no credits: nothing moved\n"
    );
    assert_eq!(
        env.ok(&sweep_args("bob", "company", "--all-kinds")),
        "bob holds no credits of any kind: nothing moved\n"
    );
    // Nothing written, nothing audited.
    assert_eq!(before, env.dump());
    assert_eq!(env.audit_count(), audits);
}

#[test]
fn a_sweep_with_a_key_is_replayed_and_the_key_holds_its_arguments() {
    let env = Env::new();
    user_with_credits(&env, "bob", 12);
    let mut args = sweep_args("bob", "company", "--all-kinds");
    args.extend(["--idempotency-key", "offboard-bob"]);
    let first = env.json(&args);
    assert_eq!(first["transfers"][0]["amount"], 12);
    // bob receives more, and the retry still answers with the first result.
    assign(&env, "company", "bob", 5);
    let count = transfer_count(&env);
    let again = env.json(&args);
    assert_eq!(again["replayed"], true);
    assert_eq!(again["transfers"][0]["id"], first["transfers"][0]["id"]);
    assert_eq!(again["transfers"][0]["amount"], 12);
    assert_eq!(again["transfers"][0]["replayed"], true);
    assert_eq!(transfer_count(&env), count);
    assert_eq!(balance(&env, "bob", "credits"), 5);

    // The same key for one kind, or for an amount, is another request.
    let mut one_kind = sweep_args("bob", "company", "--all");
    one_kind.extend(["--idempotency-key", "offboard-bob"]);
    let err = env.refused(&one_kind, 1, "idempotency_conflict");
    assert!(err["message"].as_str().unwrap().contains("all"), "{err}");
    env.refused(
        &[
            "credits",
            "assign",
            "--from",
            "bob",
            "--to",
            "company",
            "5",
            "--idempotency-key",
            "offboard-bob",
        ],
        1,
        "idempotency_conflict",
    );
    assert_verifies(&env);

    // verify reads each transfer a sweep's key lists: one changed behind
    // tally's back is named.
    env.past_trigger(
        "idempotency_keys_no_update",
        "idempotency_keys",
        "UPDATE idempotency_keys SET response = replace(response, '\"amount\":12', '\"amount\":13')
         WHERE key = 'offboard-bob'",
    );
    let out = env.run(&["--json", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("idempotency key 'offboard-bob' (credits assign --all) points at transfer"),
        "{report}"
    );
}

#[test]
fn a_sweep_is_refused_where_a_transfer_would_be() {
    let env = Env::new();
    user_with_credits(&env, "bob", 10);
    add_user(&env, "carol", &[]);
    add_user(&env, "dave", &[]);
    env.ok(&["owner", "set", "dave", "carol"]);
    add_user(&env, "erin", &[]);
    env.ok(&["user", "deactivate", "erin"]);

    // An amount, or --all with --all-kinds, or a kind with --all-kinds.
    for bad in [
        vec![
            "credits", "assign", "--from", "bob", "--to", "company", "--all", "3",
        ],
        vec![
            "credits",
            "assign",
            "--from",
            "bob",
            "--to",
            "company",
            "--all-kinds",
            "3",
        ],
        vec![
            "credits",
            "assign",
            "--from",
            "bob",
            "--to",
            "company",
            "--all",
            "--all-kinds",
        ],
        vec![
            "credits",
            "assign",
            "--from",
            "bob",
            "--to",
            "company",
            "--all-kinds",
            "--kind",
            "credits",
        ],
        vec!["credits", "assign", "--to", "company", "--all"],
        vec!["credits", "assign", "--from", "bob", "--all-kinds"],
        sweep_args("bob", "bob", "--all"),
    ] {
        env.refused(&bad, 2, "invalid_input");
    }
    let err = env.refused(
        &["credits", "assign", "--to", "company", "--all"],
        2,
        "invalid_input",
    );
    assert!(err["hint"].as_str().unwrap().contains("--from"), "{err}");

    env.refused(&sweep_args("bob", "dave", "--all"), 1, "owner_chain");
    env.refused(
        &sweep_args("bob", "erin", "--all-kinds"),
        1,
        "inactive_user",
    );
    env.refused(&sweep_args("bob", "nobody", "--all"), 1, "not_found");
    env.refused(
        &[
            "credits", "assign", "--from", "bob", "--to", "company", "--all", "--kind", "gold",
        ],
        1,
        "not_found",
    );
    refused_as(
        &env,
        "carol",
        &sweep_args("bob", "carol", "--all"),
        1,
        "permission_denied",
    );
    assert_eq!(balance(&env, "bob", "credits"), 10);
}

/// A sweep reads the balance and moves it in one transaction: `credits use`
/// from other processes at the same time either comes first, and is not
/// swept, or finds nothing left. No credit is lost or moved twice.
#[test]
fn a_sweep_racing_uses_never_loses_or_double_moves_a_credit() {
    let env = Env::new();
    user_with_credits(&env, "bob", 200);
    let mut children = Vec::new();
    for i in 0..10 {
        let mut c = env.process();
        if i % 5 == 2 {
            c.args([
                "--json", "credits", "assign", "--from", "bob", "--to", "company", "--all",
            ]);
        } else {
            c.args(["--json", "credits", "use", "bob", "7"]);
        }
        let child = c
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        children.push((i % 5 == 2, child));
    }
    let (mut used, mut swept, mut sweeps) = (0, 0, 0);
    for (is_sweep, child) in children {
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        match out.status.code() {
            Some(0) => {
                let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
                if is_sweep {
                    sweeps += 1;
                    for t in v["transfers"].as_array().unwrap() {
                        swept += t["amount"].as_i64().unwrap();
                    }
                } else {
                    used += 7;
                }
            }
            // Only a use can find nothing left.
            Some(1) if !is_sweep => {
                let e: Value = serde_json::from_str(stderr.trim()).expect("JSON error");
                assert_eq!(e["error"]["code"], "insufficient_credits", "{stderr}");
            }
            other => panic!("exit {other:?}: {stderr}"),
        }
    }
    assert_eq!(sweeps, 2);
    assert_eq!(used + swept, 200, "used {used}, swept {swept}");
    assert_eq!(balance(&env, "bob", "credits"), 0);
    assert_eq!(balance(&env, "company", "credits"), swept);
    let usage = env.json(&["credits", "usage", "bob"]);
    let consumed: i64 = (usage["entries"].as_array().unwrap().iter())
        .map(|e| e["amount"].as_i64().unwrap())
        .sum();
    assert_eq!(consumed, used);
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

// Top-ups to a level ----------------------------------------------------------

#[test]
fn to_balance_adds_what_the_company_lacks_and_nothing_when_it_holds_enough() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let first = env.json(&[
        "credits",
        "topup",
        "--to-balance",
        "100",
        "--reference",
        "PO-1",
    ]);
    assert_eq!(first["amount"], 100);
    assert_eq!(first["company_balance"], 100);
    assert_eq!(first["to_balance"], 100);
    assert_eq!(first["replayed"], false);
    assert!(first["id"].is_i64(), "{first}");
    assign(&env, "company", "bob", 30);
    assert_eq!(
        env.ok(&["credits", "topup", "--to-balance", "100"]),
        "added 30 credits to the company account; balance 100\n"
    );
    let history = env.json(&["credits", "history", "company", "--limit", "1"]);
    assert_eq!(history[0]["type"], "topup");
    assert_eq!(history[0]["from"], "vendor");
    assert_eq!(history[0]["amount"], 30);

    // Holding the level or more: nothing is written or audited.
    let before = env.dump();
    let audits = env.audit_count();
    for level in ["100", "60"] {
        let none = env.json(&["credits", "topup", "--to-balance", level]);
        assert_eq!(none["amount"], 0);
        assert_eq!(none["id"], Value::Null);
        assert_eq!(none["company_balance"], 100);
    }
    assert_eq!(
        env.ok(&["credits", "topup", "--to-balance", "100"]),
        "the company account holds 100 credits (at least 100): nothing added\n"
    );
    assert_eq!(before, env.dump());
    assert_eq!(env.audit_count(), audits);

    // Each kind has its own level.
    env.ok(&["credits", "kind", "add", "sms"]);
    let sms = env.json(&["credits", "topup", "--to-balance", "7", "--kind", "sms"]);
    assert_eq!(sms["amount"], 7);
    assert_eq!(balance(&env, "company", "sms"), 7);
    assert_eq!(balance(&env, "company", "credits"), 100);
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

#[test]
fn a_top_up_with_a_key_is_replayed_and_verified() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let args = [
        "credits",
        "topup",
        "--to-balance",
        "100",
        "--idempotency-key",
        "refill-03-01",
    ];
    let first = env.json(&args);
    assert_eq!(first["amount"], 100);
    assign(&env, "company", "bob", 40);
    let count = transfer_count(&env);
    // The retry answers as the first run did, though the company lacks 40.
    let again = env.json(&args);
    assert_eq!(again["replayed"], true);
    assert_eq!(again["id"], first["id"]);
    assert_eq!(again["amount"], 100);
    assert_eq!(transfer_count(&env), count);
    assert_eq!(balance(&env, "company", "credits"), 60);
    let plain = env.ok(&args);
    assert!(plain.ends_with("(replayed: nothing changed)\n"), "{plain}");

    // Another level, or an amount, under the same key is another request.
    let err = env.refused(
        &[
            "credits",
            "topup",
            "--to-balance",
            "200",
            "--idempotency-key",
            "refill-03-01",
        ],
        1,
        "idempotency_conflict",
    );
    assert!(
        err["message"].as_str().unwrap().contains("to_balance"),
        "{err}"
    );
    env.refused(
        &[
            "credits",
            "topup",
            "100",
            "--idempotency-key",
            "refill-03-01",
        ],
        1,
        "idempotency_conflict",
    );
    // A key of a top-up that added nothing is kept, and verify accepts it.
    let none = env.json(&[
        "credits",
        "topup",
        "--to-balance",
        "10",
        "--idempotency-key",
        "k2",
    ]);
    assert_eq!(none["amount"], 0);
    assert_eq!(
        env.json(&[
            "credits",
            "topup",
            "--to-balance",
            "10",
            "--idempotency-key",
            "k2"
        ])["replayed"],
        true
    );
    // An amount with a key, too.
    let exact = ["credits", "topup", "5", "--idempotency-key", "k3"];
    let done = env.json(&exact);
    assert_eq!(env.json(&exact)["id"], done["id"]);
    assert_eq!(balance(&env, "company", "credits"), 65);
    assert_verifies(&env);
}

#[test]
fn to_balance_is_refused_with_an_amount_a_request_or_no_level() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.json(&["settings", "set", "support-email", "support@vendor.example"]);
    let id = env.json(&["credits", "request", "500"])["id"].to_string();
    for bad in [
        vec!["credits", "topup", "5", "--to-balance", "10"],
        vec!["credits", "topup"],
        vec!["credits", "topup", "--to-balance", "0"],
        vec!["credits", "topup", "--to-balance", "-3"],
        vec!["credits", "topup", "--to-balance", "ten"],
        vec!["credits", "topup", "--to-balance", "10", "--request", &id],
        vec![
            "credits",
            "topup",
            "--to-balance",
            "10",
            "--idempotency-key",
            "",
        ],
    ] {
        env.refused(&bad, 2, "invalid_input");
    }
    env.refused(
        &["credits", "topup", "--to-balance", "10", "--kind", "gold"],
        1,
        "not_found",
    );
    refused_as(
        &env,
        "bob",
        &["credits", "topup", "--to-balance", "10"],
        1,
        "permission_denied",
    );
}

#[test]
fn processes_topping_up_to_one_level_at_once_add_what_it_lacks_once() {
    let env = Env::new();
    topup(&env, 25, "credits");
    let children: Vec<_> = (0..4)
        .map(|_| {
            env.process()
                .args(["-q", "credits", "topup", "--to-balance", "100"])
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().expect("wait");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(balance(&env, "company", "credits"), 100);
    assert_eq!(transfer_count(&env), 2);
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}

/// Answers kept with keys that are not JSON, or whose ids are not numbers,
/// are named by verify, on both engines, and the rest of verify still runs.
#[test]
fn verify_names_keys_whose_answers_are_not_json() {
    let env = Env::new();
    user_with_credits(&env, "bob", 20);
    add_user(&env, "carol", &[]);
    for (key, args) in [
        ("sweep-1", vec!["--from", "bob", "--to", "carol", "--all"]),
        ("move-1", vec!["--from", "carol", "--to", "bob", "5"]),
        ("move-2", vec!["--from", "bob", "--to", "carol", "1"]),
    ] {
        let mut all = vec!["credits", "assign"];
        all.extend(args);
        all.extend(["--idempotency-key", key]);
        env.json(&all);
    }
    assert_verifies(&env);
    env.past_trigger(
        "idempotency_keys_no_update",
        "idempotency_keys",
        "UPDATE idempotency_keys SET response = '{not json' WHERE key IN ('sweep-1', 'move-1');
         UPDATE idempotency_keys SET response = replace(response, '\"id\":', '\"id\":\"x')
         WHERE key = 'move-2'",
    );
    let out = env.run(&["--json", "verify"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a report");
    let failed = failed_checks(&report);
    // The keys are history: the chain sees the change too.
    let names: Vec<&str> = failed.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "idempotency keys point at the transfers they made",
            "the history is as tally wrote it (hash chain)"
        ],
        "{failed:?}"
    );
    for key in ["sweep-1", "move-1", "move-2"] {
        assert!(
            failed[0].1.iter().any(|p| p.contains(&format!("'{key}'"))),
            "{key} in {failed:?}"
        );
    }
}
