//! Helpers for the credits ledger tests (credits.rs, credits_import.rs,
//! offboard.rs). Kept apart from tests/common so that the two do not clash.
#![allow(dead_code)]

use std::path::Path;

use serde_json::Value;

use crate::common::{Env, add_user};

/// Tops up the company account with `amount` of `kind`.
pub fn topup(env: &Env, amount: i64, kind: &str) -> Value {
    env.json(&["credits", "topup", &amount.to_string(), "--kind", kind])
}

/// `credits assign` of the default kind; asserts success, returns its JSON.
pub fn assign(env: &Env, from: &str, to: &str, amount: i64) -> Value {
    env.json(&[
        "credits",
        "assign",
        "--from",
        from,
        "--to",
        to,
        &amount.to_string(),
    ])
}

/// `credits assign` of `kind`; asserts success, returns its JSON.
pub fn assign_kind(env: &Env, from: &str, to: &str, amount: i64, kind: &str) -> Value {
    env.json(&[
        "credits",
        "assign",
        "--from",
        from,
        "--to",
        to,
        &amount.to_string(),
        "--kind",
        kind,
    ])
}

/// The balance of one account in one kind, as `credits balance` shows it.
pub fn balance(env: &Env, account: &str, kind: &str) -> i64 {
    let v = env.json(&["credits", "balance", account, "--kind", kind]);
    let rows = v.as_array().expect("balance array");
    assert_eq!(rows.len(), 1, "one row for {account} {kind}: {v}");
    assert_eq!(rows[0]["account"], account);
    assert_eq!(rows[0]["kind"], kind);
    rows[0]["balance"].as_i64().expect("balance is a number")
}

/// A user `handle` holding `amount` credits of the default kind (the company
/// is topped up by exactly that much first).
pub fn user_with_credits(env: &Env, handle: &str, amount: i64) {
    add_user(env, handle, &[]);
    topup(env, amount, "credits");
    assign(env, "company", handle, amount);
}

/// The outbox, newest first.
pub fn mails(env: &Env) -> Vec<Value> {
    env.json(&["mail", "list"])
        .as_array()
        .expect("mail array")
        .clone()
}

/// How many transfers the ledger holds, counted with SQLite directly.
pub fn transfer_count(env: &Env) -> i64 {
    env.rows("SELECT count(*) FROM transfers")[0][0]
        .parse()
        .expect("count")
}

/// `verify` passes.
pub fn assert_verifies(env: &Env) {
    let report = env.json(&["verify"]);
    assert_eq!(report["ok"], true, "verify failed: {report}");
}

/// Runs with `--json` and `TALLY_NOW=now`; asserts success, returns the JSON.
pub fn json_at(env: &Env, now: &str, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let out = env.run_env(&[("TALLY_NOW", now)], &all);
    assert!(
        out.status.success(),
        "tally {args:?} at {now} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON stdout")
}

/// Writes `text` to `name` in the test's directory and returns its path.
pub fn write_file(env: &Env, name: &str, text: &str) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).expect("write file");
    path_str(&path)
}

pub fn path_str(p: &Path) -> String {
    p.to_str().expect("UTF-8 path").to_string()
}

/// The user's id, read with SQLite directly.
pub fn user_id(env: &Env, handle: &str) -> i64 {
    env.rows(&format!("SELECT id FROM users WHERE handle = '{handle}'"))[0][0]
        .parse()
        .expect("id")
}

/// The ledger's invariants, read with the tests' own client, not tally:
/// every account's balance is its credits less its debits, and every kind's
/// balances sum to zero.
pub fn assert_ledger_adds_up(env: &Env) {
    let off = env.rows(
        "SELECT a.id, a.balance FROM accounts a
         WHERE a.balance <> coalesce((SELECT sum(amount) FROM transfers WHERE credit_account_id = a.id), 0)
                          - coalesce((SELECT sum(amount) FROM transfers WHERE debit_account_id = a.id), 0)",
    );
    assert!(
        off.is_empty(),
        "balances that are not the ledger's: {off:?}"
    );
    let unbalanced = env.rows(
        "SELECT kind_id, sum(balance) FROM accounts GROUP BY kind_id HAVING sum(balance) <> 0",
    );
    assert!(
        unbalanced.is_empty(),
        "kinds that do not sum to zero: {unbalanced:?}"
    );
}
