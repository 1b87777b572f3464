//! Spending limits inside a sharing group: a credit user consumes and buys
//! at most so much of a kind on their owner's credits a calendar month.
use crate::common::*;

/// john owns the credits, peter uses them with a limit of 100 a month.
fn group() -> Env {
    let env = Env::new();
    add_user(&env, "john", &[]);
    add_user(&env, "peter", &[]);
    env.ok(&["owner", "set", "peter", "john"]);
    env.ok(&["credits", "topup", "1000"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "john", "500",
    ]);
    env
}

fn balance(env: &Env, who: &str) -> i64 {
    env.json(&["credits", "balance", who])[0]["balance"]
        .as_i64()
        .unwrap()
}

#[test]
fn a_credit_user_cannot_consume_past_the_monthly_limit() {
    let mut env = group();
    let set = env.json(&["owner", "limit", "peter", "100", "--per", "month"]);
    assert_eq!(set["limit"], 100);
    assert_eq!(set["per"], "month");
    assert_eq!(set["used"], 0);
    assert_eq!(set["resets"], "2026-04-01T00:00:00Z");
    env.ok(&["credits", "use", "peter", "80"]);
    // 80 + 30 is past 100: refused, nothing written, the limit named.
    let e = env.refused(&["credits", "use", "peter", "30"], 1, "limit_reached");
    let message = e["message"].as_str().unwrap();
    assert!(
        message.contains("may use 100 credits of 'john' a month"),
        "{e}"
    );
    assert!(message.contains("80 used this month, 30 more asked"), "{e}");
    assert!(
        e["hint"].as_str().unwrap().contains("2026-04-01T00:00:00Z"),
        "{e}"
    );
    // Up to the limit exactly is fine.
    env.ok(&["credits", "use", "peter", "20"]);
    assert_eq!(balance(&env, "john"), 400);
    env.refused(&["credits", "use", "peter", "1"], 1, "limit_reached");
    // The owner's own use is not limited.
    env.ok(&["credits", "use", "john", "50"]);
    // A reversed use counts for nothing.
    let history = env.json(&["credits", "history", "john"]);
    let last_use = history
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["type"] == "use" && t["user"] == "peter" && t["amount"] == 20)
        .map(|t| t["id"].as_i64().unwrap())
        .unwrap();
    env.ok(&["credits", "reverse", &last_use.to_string()]);
    env.ok(&["credits", "use", "peter", "20"]);
    // The next month starts again.
    env.now = "2026-04-01T00:00:00Z".into();
    env.ok(&["credits", "use", "peter", "100"]);
    env.refused(&["credits", "use", "peter", "1"], 1, "limit_reached");
    // Lifted, nothing limits.
    let lifted = env.json(&["owner", "limit", "peter", "--remove"]);
    assert_eq!(lifted["limit"], serde_json::Value::Null);
    env.ok(&["credits", "use", "peter", "30"]);
    env.ok(&["verify"]);
}

#[test]
fn orders_count_towards_the_limit_and_each_kind_has_its_own() {
    let env = group();
    env.ok(&["credits", "kind", "add", "sms"]);
    env.ok(&["credits", "topup", "100", "--kind", "sms"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "john", "100", "--kind", "sms",
    ]);
    env.ok(&["owner", "limit", "peter", "150"]);
    env.ok(&["owner", "limit", "peter", "10", "--kind", "sms"]);
    env.ok(&["plan", "add", "pack", "--credits", "100", "--price", "9"]);
    env.ok(&[
        "billing-info",
        "set",
        "peter",
        "--name",
        "Peter",
        "--address",
        "1 Road",
    ]);
    // An order of 100 credits bought on john's credits counts.
    env.ok(&["order", "place", "peter", "--plan", "pack"]);
    env.ok(&["credits", "use", "peter", "50"]);
    env.refused(
        &["order", "place", "peter", "--plan", "pack"],
        1,
        "limit_reached",
    );
    env.refused(&["credits", "use", "peter", "1"], 1, "limit_reached");
    // sms has its own limit.
    env.ok(&["credits", "use", "peter", "10", "--kind", "sms"]);
    env.refused(
        &["credits", "use", "peter", "1", "--kind", "sms"],
        1,
        "limit_reached",
    );
    env.ok(&["verify"]);
}

#[test]
fn a_limit_is_refused_where_it_cannot_apply_and_needs_the_rights() {
    let env = group();
    add_user(&env, "eve", &[]);
    env.ok(&["user", "add", "ops-bot", "--service"]);
    env.refused(&["owner", "limit", "nosuch", "10"], 1, "not_found");
    env.refused(
        &["owner", "limit", "peter", "10", "--kind", "gold"],
        1,
        "not_found",
    );
    env.refused(&["owner", "limit", "ops-bot", "10"], 1, "service_account");
    env.refused(&["owner", "limit", "peter", "-1"], 2, "invalid_input");
    env.refused(
        &["owner", "limit", "peter", "5", "--per", "week"],
        2,
        "invalid_input",
    );
    env.refused(&["owner", "limit", "peter"], 2, "invalid_input");
    env.refused(
        &["owner", "limit", "peter", "5", "--remove"],
        2,
        "invalid_input",
    );
    refused_as(
        &env,
        "eve",
        &["owner", "limit", "peter", "10"],
        1,
        "permission_denied",
    );
    // A limit set before a user shares credits applies once they do; one
    // on their own credits limits nothing.
    env.ok(&["owner", "limit", "eve", "5"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "eve", "20",
    ]);
    env.ok(&["credits", "use", "eve", "20"]);
}

/// A database from before spending limits gets them when next opened.
#[test]
fn a_database_from_before_limits_is_upgraded() {
    let env = group();
    env.sql(if env.pg.is_some() {
        "DROP TABLE spending_limits; UPDATE tally_schema SET version = 9"
    } else {
        "DROP TABLE spending_limits; ALTER TABLE plans DROP COLUMN valid_days;
         PRAGMA user_version = 8;"
    });
    env.ok(&["credits", "use", "peter", "5"]);
    env.ok(&["verify"]);
    env.ok(&["owner", "limit", "peter", "5"]);
    env.refused(&["credits", "use", "peter", "1"], 1, "limit_reached");
}
