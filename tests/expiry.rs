//! Credits that expire: `credits topup --expires`, plans with
//! `--valid-days`, spending earliest-expiring first, `credits expire`, the
//! balance's next expiry and `verify`'s check of the lots.

use serde_json::{Value, json};

use crate::common::*;
use crate::ledger_support::*;

/// A day after `NOW`, and after the credits of `SOON` expired.
const SOON: &str = "2026-03-20";
const LATER: &str = "2026-04-01";
const AFTER_SOON: &str = "2026-03-21T00:00:00Z";
const AFTER_LATER: &str = "2026-04-02T00:00:00Z";

fn topup_expiring(env: &Env, amount: i64, expires: &str) -> Value {
    env.json(&[
        "credits",
        "topup",
        &amount.to_string(),
        "--expires",
        expires,
    ])
}

/// What each account holds of each expiry, read with the tests' own client.
fn lots(env: &Env) -> Vec<(String, String, i64)> {
    env.rows(
        "SELECT coalesce(u.handle, a.holder), l.expires_at, l.remaining
         FROM lots l JOIN accounts a ON a.id = l.account_id LEFT JOIN users u ON u.id = a.user_id
         WHERE l.remaining > 0 ORDER BY 1, 2",
    )
    .into_iter()
    .map(|r| (r[0].clone(), r[1].clone(), r[2].parse().expect("a number")))
    .collect()
}

fn lot(holder: &str, day: &str, amount: i64) -> (String, String, i64) {
    (holder.into(), format!("{day}T00:00:00Z"), amount)
}

/// The lots' own invariants, read with the tests' client, not tally's: each
/// lot is what the entries of its account's transfers brought of that
/// expiry less what they took, and no account holds more in lots than its
/// balance; with the ledger's (balances are the ledger, kinds sum to zero).
fn assert_lots_add_up(env: &Env) {
    assert_ledger_adds_up(env);
    let off = env.rows(
        "SELECT l.account_id, l.expires_at, l.remaining FROM lots l
         WHERE l.remaining <> coalesce((SELECT sum(e.amount) FROM lot_entries e
                                        JOIN transfers t ON t.id = e.transfer_id
                                        WHERE t.credit_account_id = l.account_id
                                          AND e.expires_at = l.expires_at), 0)
                            - coalesce((SELECT sum(e.amount) FROM lot_entries e
                                        JOIN transfers t ON t.id = e.transfer_id
                                        WHERE t.debit_account_id = l.account_id
                                          AND e.expires_at = l.expires_at), 0)",
    );
    assert!(off.is_empty(), "lots that are not their entries: {off:?}");
    let over = env.rows(
        "SELECT a.id FROM accounts a
         WHERE a.holder IN ('company', 'user') AND a.balance < (SELECT coalesce(sum(remaining), 0) FROM lots WHERE account_id = a.id)",
    );
    assert!(
        over.is_empty(),
        "accounts with more in lots than their balance: {over:?}"
    );
    let report = env.json(&["verify"]);
    assert_eq!(report["ok"], true, "{report}");
}

#[test]
fn credits_bought_with_an_expiry_are_spent_first_and_keep_their_expiry() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 100, "credits");
    let t = topup_expiring(&env, 50, LATER);
    assert_eq!(t["expires_at"], "2026-04-01T00:00:00Z");
    assert_eq!(t["company_balance"], 150);
    topup_expiring(&env, 30, SOON);

    // The company's balance shows what expires next.
    let company = env.json(&["credits", "balance", "company"]);
    assert_eq!(company[0]["balance"], 180);
    assert_eq!(company[0]["expiring"], 30);
    assert_eq!(company[0]["expires_at"], "2026-03-20T00:00:00Z");
    let table = env.ok(&["credits", "balance", "company"]);
    assert_eq!(table, "company\tcredits\t180\t30 at 2026-03-20T00:00:00Z\n");

    // 60 moved: the 30 that expire first, then 30 of the later ones.
    assign(&env, "company", "bob", 60);
    assert_eq!(
        lots(&env),
        [
            lot("bob", SOON, 30),
            lot("bob", LATER, 30),
            lot("company", LATER, 20)
        ]
    );
    // bob uses 40: his 30 expiring soonest, then 10 of the later ones.
    env.json(&["credits", "use", "bob", "40"]);
    assert_eq!(
        lots(&env),
        [lot("bob", LATER, 20), lot("company", LATER, 20)]
    );
    // The company spends its expiring credits before those that never expire.
    assign(&env, "company", "bob", 25);
    assert_eq!(
        lots(&env),
        [lot("bob", LATER, 40)],
        "20 expiring and 5 that never do"
    );
    assert_eq!(balance(&env, "bob", "credits"), 45);
    assert_lots_add_up(&env);

    // Each transfer records the expiries it moved.
    let entries = env.rows(
        "SELECT t.type, e.expires_at, e.amount FROM lot_entries e JOIN transfers t ON t.id = e.transfer_id
         WHERE t.type = 'use'",
    );
    assert_eq!(
        entries,
        [
            ["use", "2026-03-20T00:00:00Z", "30"],
            ["use", "2026-04-01T00:00:00Z", "10"]
        ]
    );
}

#[test]
fn credits_expire_moves_what_expired_once_and_balances_still_sum_to_zero() {
    let mut env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    topup_expiring(&env, 30, SOON);
    topup_expiring(&env, 50, LATER);
    assign(&env, "company", "bob", 50);
    // Nothing has expired yet.
    let none = env.json(&["credits", "expire"]);
    assert_eq!(none, json!([]));
    assert_eq!(env.ok(&["credits", "expire"]), "nothing has expired\n");

    env.now = AFTER_SOON.into();
    // Expired credits are not spent, though they are still in the balance
    // until `credits expire` runs: bob holds 50 of which 30 expired.
    let e = env.refused(&["credits", "use", "bob", "21"], 1, "insufficient_credits");
    assert!(e["message"].as_str().unwrap().contains("20"), "{e}");
    // Expired credits are still held (rule 2), and the refusal says so.
    let e = env.refused(&["user", "deactivate", "bob"], 1, "has_credits");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("of which 30 credits have expired"),
        "{e}"
    );
    assert!(
        e["hint"].as_str().unwrap().contains("credits expire"),
        "{e}"
    );
    let bob = env.json(&["credits", "balance", "bob"]);
    assert_eq!(bob[0]["balance"], 50);
    assert_eq!(bob[0]["expires_at"], "2026-03-20T00:00:00Z");
    // A dry run moves nothing.
    let before = env.dump();
    env.json(&["--dry-run", "credits", "expire"]);
    assert_eq!(before, env.dump());

    let done = env.json(&["credits", "expire"]);
    assert_eq!(done.as_array().unwrap().len(), 1, "{done}");
    assert_eq!(done[0]["kind"], "credits");
    assert_eq!(done[0]["lots"], 1);
    assert_eq!(done[0]["amount"], 30);
    assert_eq!(balance(&env, "bob", "credits"), 20);
    // Run again: nothing more.
    assert_eq!(env.json(&["credits", "expire"]), json!([]));
    assert_lots_add_up(&env);
    // The expired account holds them, in the ledger.
    let expired = env.rows("SELECT a.balance FROM accounts a WHERE a.holder = 'expired'");
    assert_eq!(expired, [["30"]]);
    let history = env.json(&["credits", "history", "bob", "--limit", "1"]);
    assert_eq!(history[0]["type"], "expire");
    assert_eq!(history[0]["from"], "bob");
    assert_eq!(history[0]["to"], "expired");
    assert_eq!(history[0]["amount"], 30);

    // Later the company's 30 expiring credits and bob's 20 expire together.
    env.now = AFTER_LATER.into();
    let done = env.json(&["credits", "expire"]);
    assert_eq!(done[0]["lots"], 2);
    assert_eq!(done[0]["amount"], 50);
    assert_eq!(balance(&env, "bob", "credits"), 0);
    assert_eq!(balance(&env, "company", "credits"), 10);
    assert_eq!(lots(&env), []);
    assert_lots_add_up(&env);
    // An expiry is not undone by a reversal.
    let id = history[0]["id"].as_i64().unwrap().to_string();
    let e = env.refused(&["credits", "reverse", &id], 2, "invalid_input");
    assert!(e["message"].as_str().unwrap().contains("expired"), "{e}");
}

#[test]
fn an_expiry_in_the_past_or_not_a_time_is_refused() {
    let env = Env::new();
    let e = env.refused(
        &["credits", "topup", "5", "--expires", "2026-03-15"],
        2,
        "invalid_input",
    );
    assert!(
        e["message"].as_str().unwrap().contains("expired already"),
        "{e}"
    );
    env.refused(
        &["credits", "topup", "5", "--expires", "next week"],
        2,
        "invalid_input",
    );
    for days in ["0", "36501"] {
        env.refused(
            &[
                "plan",
                "add",
                "p",
                "--credits",
                "5",
                "--price",
                "1",
                "--valid-days",
                days,
            ],
            2,
            "invalid_input",
        );
    }
}

#[test]
fn a_plan_with_valid_days_sells_credits_that_expire() {
    let env = Env::new();
    add_user(&env, "john", &[]);
    env.ok(&[
        "billing-info",
        "set",
        "john",
        "--name",
        "John",
        "--address",
        "1 Road",
    ]);
    let plan = env.json(&[
        "plan",
        "add",
        "monthly",
        "--credits",
        "100",
        "--price",
        "10",
        "--valid-days",
        "30",
    ]);
    assert_eq!(plan["valid_days"], 30);
    assert!(env.ok(&["plan", "list"]).contains("\t30 days"));
    let order = env.json(&[
        "order",
        "place",
        "john",
        "--plan",
        "monthly",
        "--quantity",
        "2",
    ]);
    // 30 days after NOW.
    assert_eq!(order["expires_at"], "2026-04-14T12:00:00Z");
    assert_eq!(order["credits"], 200);
    let history = env.json(&["order", "history", "john"]);
    assert_eq!(history[0]["expires_at"], "2026-04-14T12:00:00Z");
    let john = env.json(&["credits", "balance", "john"]);
    assert_eq!(john[0]["expiring"], 200);
    // A user holding credits that expire is not deactivated (rule 2).
    env.refused(&["user", "deactivate", "john"], 1, "has_credits");
    // Cancelling the order takes back the same credits.
    env.json(&["order", "cancel", "1"]);
    assert_eq!(lots(&env), []);
    assert_lots_add_up(&env);
}

#[test]
fn reversals_move_back_the_same_expiries() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 100, "credits");
    let promo = topup_expiring(&env, 40, LATER);
    topup_expiring(&env, 10, SOON);
    // Reversing the later top-up takes back those credits, not the ones
    // that expire sooner.
    env.json(&["credits", "reverse", &promo["id"].to_string()]);
    assert_eq!(lots(&env), [lot("company", SOON, 10)]);
    // A use reversed gives back the expiry it took.
    assign(&env, "company", "bob", 15);
    let used = env.json(&["credits", "use", "bob", "12"]);
    assert_eq!(lots(&env), []);
    env.json(&["credits", "reverse", &used["id"].to_string()]);
    assert_eq!(lots(&env), [lot("bob", SOON, 10)]);
    assert_lots_add_up(&env);
}

#[test]
fn offboarding_and_credit_sharing_carry_expiring_credits() {
    let mut env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    topup_expiring(&env, 30, SOON);
    topup(&env, 5, "credits");
    assign(&env, "company", "bob", 35);
    // bob's credits move to carol with their expiry when carol becomes his owner.
    env.json(&["owner", "set", "bob", "carol", "--move-balance"]);
    assert_eq!(lots(&env), [lot("carol", SOON, 30)]);
    // After they expired, offboarding carol moves the whole balance, the
    // expired credits with their expiry, and `credits expire` takes them.
    env.now = AFTER_SOON.into();
    env.json(&["owner", "clear", "bob"]);
    env.json(&["user", "offboard", "carol", "--credits-to", "company"]);
    assert_eq!(lots(&env), [lot("company", SOON, 30)]);
    assert_eq!(balance(&env, "company", "credits"), 35);
    env.json(&["credits", "expire"]);
    assert_eq!(balance(&env, "company", "credits"), 5);
    assert_lots_add_up(&env);
}

#[test]
fn verify_finds_lots_changed_behind_the_ledger() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup_expiring(&env, 30, LATER);
    assign(&env, "company", "bob", 10);
    assert_lots_add_up(&env);
    env.sql("UPDATE lots SET remaining = remaining + 5 WHERE remaining = 10");
    let out = env.run(&["--json", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let failed = failed_checks(&report);
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0].0, "credits that expire agree with the ledger");
    assert!(
        failed[0]
            .1
            .iter()
            .any(|p| p.contains("holds 15") && p.contains("transfers say 10")),
        "{failed:?}"
    );
    // The entries of a transfer cannot be rewritten.
    assert!(
        env.try_sql("UPDATE lot_entries SET amount = 1").is_err(),
        "lot entries are append-only"
    );
}

#[test]
fn a_credit_user_spends_the_owners_expiring_credits_first() {
    let mut env = Env::new();
    add_user(&env, "john", &[]);
    add_user(&env, "peter", &[]);
    topup(&env, 20, "credits");
    topup_expiring(&env, 30, SOON);
    assign(&env, "company", "john", 50);
    env.json(&["owner", "set", "peter", "john"]);
    // peter consumes on john's balance: the credits that expire first.
    let used = env.json(&["--as", "peter", "credits", "use", "peter", "25"]);
    assert_eq!(used["owner"], "john");
    assert_eq!(lots(&env), [lot("john", SOON, 5)]);
    // Once they expired, peter cannot spend them either.
    env.now = AFTER_SOON.into();
    let e = env.refused(
        &["--as", "peter", "credits", "use", "peter", "21"],
        1,
        "insufficient_credits",
    );
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("5 more have expired"),
        "{e}"
    );
    env.json(&["--as", "peter", "credits", "use", "peter", "20"]);
    env.json(&["credits", "expire"]);
    assert_eq!(balance(&env, "john", "credits"), 0);
    assert_lots_add_up(&env);
}

/// Processes spending the same expiring credits at once: each use takes
/// its own credits, none twice, and the lots still agree with the ledger.
#[test]
fn racing_uses_of_expiring_credits_take_each_credit_once() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup_expiring(&env, 6, SOON);
    topup_expiring(&env, 6, LATER);
    assign(&env, "company", "bob", 12);
    // Twelve uses of one credit each, and four more than bob holds.
    let children: Vec<_> = (0..16)
        .map(|_| {
            env.process()
                .args(["-q", "credits", "use", "bob", "1"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let mut ok = 0;
    for c in children {
        let out = c.wait_with_output().expect("wait");
        if out.status.success() {
            ok += 1;
        } else {
            assert_eq!(out.status.code(), Some(1), "{out:?}");
            assert!(
                String::from_utf8_lossy(&out.stderr).contains("cannot give 1"),
                "{out:?}"
            );
        }
    }
    assert_eq!(ok, 12);
    assert_eq!(balance(&env, "bob", "credits"), 0);
    assert_eq!(lots(&env), []);
    assert_lots_add_up(&env);
}

/// A consistent rewrite of an expiry, the lot and its entry together, is
/// not seen by the lots' check but by the hash chain, which covers what
/// each transfer moved of credits that expire.
#[test]
fn the_chain_covers_the_expiries_a_transfer_moved() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup_expiring(&env, 30, SOON);
    assign(&env, "company", "bob", 10);
    assert_lots_add_up(&env);
    env.past_trigger(
        "lot_entries_no_update",
        "lot_entries",
        "UPDATE lot_entries SET expires_at = '2027-03-20T00:00:00Z';
         UPDATE lots SET expires_at = '2027-03-20T00:00:00Z'",
    );
    let out = env.run(&["--json", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let failed = failed_checks(&report);
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0].0, "the history is as tally wrote it (hash chain)");
}

/// An alert watches the balance `credits balance` shows: credits taken out
/// by `credits expire` can take it below its threshold, and that run mails.
#[test]
fn credits_expire_fires_an_alert_it_takes_a_balance_below() {
    let mut env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 10, "credits");
    topup_expiring(&env, 30, SOON);
    assign(&env, "company", "bob", 40);
    env.json(&["credits", "alert", "set", "bob", "--below", "25"]);
    let mails = "SELECT to_address, subject FROM outbox WHERE subject LIKE 'Low balance%'";
    assert!(env.rows(mails).is_empty());
    env.now = AFTER_SOON.into();
    env.json(&["credits", "expire"]);
    assert_eq!(
        env.rows(mails),
        [[
            "bob@acme.test",
            "Low balance: bob holds 10 credits (below 25)"
        ]]
    );
}

#[test]
fn credits_expire_needs_assign_credits() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let e = refused_as(&env, "bob", &["credits", "expire"], 1, "permission_denied");
    assert!(
        e["message"].as_str().unwrap().contains("assign-credits"),
        "{e}"
    );
}

/// Credits that expired are not swept nor given back: `--all` moves what
/// can be spent, and a reversal takes back only what has not expired.
#[test]
fn sweeps_and_reversals_leave_expired_credits_to_credits_expire() {
    let mut env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, 20, "credits");
    let promo = topup_expiring(&env, 30, SOON);
    assign(&env, "company", "bob", 50);
    env.now = AFTER_SOON.into();
    // Bob's 30 expired: the sweep moves his other 20.
    let swept = env.json(&[
        "credits", "assign", "--from", "bob", "--to", "company", "--all",
    ]);
    assert_eq!(swept["transfers"][0]["amount"], 20, "{swept}");
    assert_eq!(balance(&env, "bob", "credits"), 30);
    assert_eq!(lots(&env), [lot("bob", SOON, 30)]);
    // Run again: nothing left that can be spent.
    let again = env.json(&[
        "credits", "assign", "--from", "bob", "--to", "company", "--all",
    ]);
    assert_eq!(again["transfers"], json!([]), "{again}");
    // The company gave its expiring 30 to bob: reversing the top-up now
    // finds none of them that can be spent at the company.
    let e = env.refused(
        &["credits", "reverse", &promo["id"].to_string()],
        1,
        "insufficient_credits",
    );
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("cannot be reversed"),
        "{e}"
    );
    env.json(&["credits", "expire"]);
    assert_eq!(balance(&env, "bob", "credits"), 0);
    assert_lots_add_up(&env);
}

/// A file made while the CHECKs of accounts and transfers were IN lists
/// gets them widened too when it is brought to the schema of expiring
/// credits, and credits expire into the new account.
#[test]
fn a_file_with_in_lists_in_its_checks_is_widened_too() {
    let mut env = Env::new();
    add_user(&env, "bob", &[]);
    env.sql(&format!(
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_master SET sql = replace(sql,
             'holder = ''company'' OR holder = ''user'' OR holder = ''vendor'' OR holder = ''consumed''
                    OR holder = ''expired''',
             'holder IN (''company'', ''user'', ''vendor'', ''consumed'')')
         WHERE name = 'accounts';
         UPDATE sqlite_master SET sql = replace(sql,
             'type = ''topup'' OR type = ''assign'' OR type = ''use''
                                           OR type = ''order'' OR type = ''offboard'' OR type = ''move''
                                           OR type = ''expire''',
             'type IN (''topup'', ''assign'', ''use'', ''order'', ''offboard'', ''move'')')
         WHERE name = 'transfers';
         PRAGMA writable_schema = OFF;
         DROP TABLE lot_entries; DROP TABLE lots; {}
         DROP TABLE balance_alerts;
         PRAGMA user_version = 9;",
        undo_expiry()
    ));
    let sql = env.rows("SELECT sql FROM sqlite_master WHERE name IN ('accounts', 'transfers')");
    assert!(sql.iter().all(|r| r[0].contains(" IN (")), "{sql:?}");
    topup_expiring(&env, 10, SOON);
    let sql = env.rows(
        "SELECT sql FROM sqlite_master WHERE name IN ('accounts', 'transfers') ORDER BY name",
    );
    assert!(sql[0][0].contains("'consumed', 'expired')"), "{sql:?}");
    assert!(sql[1][0].contains("'move', 'expire')"), "{sql:?}");
    env.now = AFTER_SOON.into();
    assert_eq!(env.json(&["credits", "expire"])[0]["amount"], 10);
    assert_ledger_adds_up(&env);
}

/// A CHECK whose text tally did not write is not widened: the migration
/// stops, and the file stays as it was.
#[test]
fn a_file_with_checks_tally_did_not_write_is_not_migrated() {
    let env = Env::new();
    env.sql(&format!(
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_master SET sql = replace(sql,
             'holder = ''company'' OR holder = ''user'' OR holder = ''vendor'' OR holder = ''consumed''
                    OR holder = ''expired''',
             'holder IN (''company'', ''user'', ''consumed'', ''vendor'')')
         WHERE name = 'accounts';
         PRAGMA writable_schema = OFF;
         DROP TABLE lot_entries; DROP TABLE lots; {}
         DROP TABLE balance_alerts;
         PRAGMA user_version = 9;",
        undo_expiry()
    ));
    let out = env.run(&["--json", "credits", "balance"]);
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not widen"), "{stderr}");
    assert_eq!(env.rows("PRAGMA user_version"), [["9"]]);
}
