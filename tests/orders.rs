//! Plans, billing information and orders through the real binary (SPEC
//! "Plans, orders, billing information", rule 8).

use crate::common::*;
use crate::ledger_support::*;
use serde_json::{Value, json};

fn plan(env: &Env, name: &str, credits: &str, price: &str) -> Value {
    env.json(&["plan", "add", name, "--credits", credits, "--price", price])
}

fn billing(env: &Env, handle: &str, name: &str) -> Value {
    env.json(&[
        "billing-info",
        "set",
        handle,
        "--name",
        name,
        "--address",
        "1 Main Street",
    ])
}

fn plan_names(env: &Env) -> Vec<String> {
    env.json(&["plan", "list"])
        .as_array()
        .expect("plans")
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

/// The usage error of a malformed value: exit 2, invalid_input, nothing changed.
fn malformed(env: &Env, args: &[&str]) {
    env.refused(args, 2, "invalid_input");
}

#[test]
fn plan_prices_are_decimals_with_at_most_the_currency_s_places() {
    let env = Env::new();
    let p = plan(&env, "a", "100", "8");
    assert_eq!(
        keys(&p),
        [
            "created_at",
            "credits",
            "currency",
            "kind",
            "name",
            "price_minor",
            "valid_days"
        ]
    );
    assert_eq!(p["valid_days"], serde_json::Value::Null);
    assert_eq!(p["price_minor"], 800);
    assert_eq!(p["credits"], 100);
    assert_eq!(p["kind"], "credits");
    assert_eq!(p["currency"], "USD");
    assert_eq!(p["created_at"], NOW);
    assert_eq!(plan(&env, "b", "100", "8.5")["price_minor"], 850);
    assert_eq!(plan(&env, "c", "100", "8.00")["price_minor"], 800);
    assert_eq!(plan(&env, "d", "100", "0.99")["price_minor"], 99);
    assert_eq!(plan(&env, "free", "1", "0")["price_minor"], 0);

    for bad in ["8.555", "abc", "8.", ".5", "1e2", "1,5", "", "8.5.0"] {
        malformed(
            &env,
            &["plan", "add", "bad", "--credits", "1", "--price", bad],
        );
    }
    malformed(
        &env,
        &["plan", "add", "bad", "--credits", "1", "--price=-1"],
    );
    // Without `=`, clap sees a flag: a usage error all the same.
    let out = env.run(&["plan", "add", "bad", "--credits", "1", "--price", "-1"]);
    assert_eq!(out.status.code(), Some(2));
    for bad in ["0", "-5", "1.5", "x"] {
        let arg = format!("--credits={bad}");
        malformed(&env, &["plan", "add", "bad", &arg, "--price", "1"]);
    }
    for bad in ["usd", "US", "USDX", "U1D", "", "EU R"] {
        let err = env.refused(
            &[
                "plan",
                "add",
                "bad",
                "--credits",
                "1",
                "--price",
                "1",
                "--currency",
                bad,
            ],
            2,
            "invalid_input",
        );
        assert!(err["hint"].as_str().unwrap().contains("ISO 4217"), "{err}");
    }
    malformed(&env, &["plan", "add", "", "--credits", "1", "--price", "1"]);
    let long = "p".repeat(65);
    malformed(
        &env,
        &["plan", "add", &long, "--credits", "1", "--price", "1"],
    );

    let eur = env.json(&[
        "plan",
        "add",
        "euro",
        "--credits",
        "10",
        "--price",
        "12.50",
        "--currency",
        "EUR",
    ]);
    assert_eq!(eur["currency"], "EUR");
    assert_eq!(eur["price_minor"], 1250);

    assert_eq!(plan_names(&env), ["a", "b", "c", "d", "euro", "free"]);
    let list = env.json(&["plan", "list"]);
    assert_eq!(
        list[1],
        json!({
            "name": "b", "kind": "credits", "credits": 100, "price_minor": 850,
            "currency": "USD", "valid_days": null, "created_at": NOW,
        })
    );
    // Human output: prices with two places.
    let out = env.ok(&["plan", "list"]);
    assert!(
        out.lines().any(|l| l == "b\tcredits\t100\t8.50\tUSD\t"),
        "{out}"
    );
    let out = env.ok(&["plan", "add", "e", "--credits", "5", "--price", "3.5"]);
    assert!(out.contains("5 credits for 3.50 USD"), "{out}");
}

#[test]
fn plans_and_orders_in_each_currency_s_own_places() {
    let env = Env::new();
    add_user(&env, "john", &[]);
    billing(&env, "john", "John Doe");
    let add = |name: &str, price: &str, currency: &str| {
        env.json(&[
            "plan",
            "add",
            name,
            "--credits",
            "10",
            "--price",
            price,
            "--currency",
            currency,
        ])
    };
    // JPY has no minor unit, BHD three places, USD two.
    assert_eq!(add("yen", "1500", "JPY")["price_minor"], 1500);
    assert_eq!(add("dinar", "12.345", "BHD")["price_minor"], 12345);
    assert_eq!(add("dinar-round", "12.3", "BHD")["price_minor"], 12300);
    assert_eq!(add("dollar", "8.5", "USD")["price_minor"], 850);
    let out = env.ok(&[
        "plan",
        "add",
        "yen-2",
        "--credits",
        "5",
        "--price",
        "99",
        "--currency",
        "JPY",
    ]);
    assert!(out.contains("5 credits for 99 JPY"), "{out}");

    // More places than the currency has is refused, with a hint.
    for (price, currency, hint) in [
        ("1500.5", "JPY", "whole number of JPY"),
        ("1500.00", "JPY", "whole number of JPY"),
        ("1.2345", "BHD", "at most 3 decimal places for BHD"),
        ("8.555", "USD", "at most 2 decimal places for USD"),
    ] {
        let err = env.refused(
            &[
                "plan",
                "add",
                "bad",
                "--credits",
                "1",
                "--price",
                price,
                "--currency",
                currency,
            ],
            2,
            "invalid_input",
        );
        assert!(err["hint"].as_str().unwrap().contains(hint), "{err}");
    }

    // Listed with each currency's own places; JSON keeps integers.
    let out = env.ok(&["plan", "list"]);
    for row in [
        "yen\tcredits\t10\t1500\tJPY\t",
        "dinar\tcredits\t10\t12.345\tBHD\t",
        "dinar-round\tcredits\t10\t12.300\tBHD\t",
        "dollar\tcredits\t10\t8.50\tUSD\t",
    ] {
        assert!(out.lines().any(|l| l == row), "{row:?} in {out}");
    }

    // An order of two: 3000 JPY, 24.690 BHD.
    let yen = env.json(&["order", "place", "john", "--plan", "yen", "--quantity", "2"]);
    assert_eq!(
        (yen["price_minor"].as_i64(), yen["currency"].as_str()),
        (Some(3000), Some("JPY"))
    );
    let out = env.ok(&[
        "order",
        "place",
        "john",
        "--plan",
        "dinar",
        "--quantity",
        "2",
    ]);
    assert!(out.contains("20 credits for 24.690 BHD"), "{out}");
    let out = env.ok(&["order", "history", "john"]);
    assert!(out.contains("\t3000\tJPY\t"), "{out}");
    assert!(out.contains("\t24.690\tBHD\t"), "{out}");
}

#[test]
fn currencies_outside_iso_4217_are_refused_with_a_hint() {
    let env = Env::new();
    for (code, says) in [
        ("XYZ", "not an ISO 4217 currency code"),
        ("XAU", "no minor unit"),
        ("XXX", "no minor unit"),
        ("HRK", "replaced by EUR"),
    ] {
        let err = env.refused(
            &[
                "plan",
                "add",
                "bad",
                "--credits",
                "1",
                "--price",
                "1",
                "--currency",
                code,
            ],
            2,
            "invalid_input",
        );
        assert!(err["message"].as_str().unwrap().contains(says), "{err}");
        assert!(err["hint"].as_str().unwrap().contains("EUR"), "{err}");
    }
}

#[test]
fn a_plan_stored_in_a_code_outside_iso_4217_stays_valid() {
    // An earlier tally took any three upper-case letters, with two places.
    let env = Env::new();
    add_user(&env, "john", &[]);
    billing(&env, "john", "John Doe");
    plan(&env, "old", "10", "1");
    env.sql("UPDATE plans SET currency = 'XYZ', price_minor = 1234 WHERE name = 'old'");
    let out = env.ok(&["plan", "list"]);
    assert!(
        out.lines().any(|l| l == "old\tcredits\t10\t12.34\tXYZ\t"),
        "{out}"
    );
    let order = env.json(&["order", "place", "john", "--plan", "old"]);
    assert_eq!(
        (order["price_minor"].as_i64(), order["currency"].as_str()),
        (Some(1234), Some("XYZ"))
    );
    let out = env.ok(&["order", "history", "john"]);
    assert!(out.contains("\t12.34\tXYZ\t"), "{out}");
}

#[test]
fn plans_of_other_kinds_and_their_refusals() {
    let env = Env::new();
    env.ok(&["credits", "kind", "add", "sms"]);
    let p = env.json(&[
        "plan",
        "add",
        "texts",
        "--credits",
        "500",
        "--price",
        "12",
        "--kind",
        "sms",
    ]);
    assert_eq!(p["kind"], "sms");
    env.refused(
        &[
            "plan",
            "add",
            "x",
            "--credits",
            "1",
            "--price",
            "1",
            "--kind",
            "nope",
        ],
        1,
        "not_found",
    );
    let err = env.refused(
        &["plan", "add", "texts", "--credits", "1", "--price", "1"],
        1,
        "already_exists",
    );
    assert!(err["message"].as_str().unwrap().contains("texts"), "{err}");
    env.refused(&["plan", "remove", "nope"], 1, "not_found");

    // manage-billing adds and removes; anyone lists.
    add_user(&env, "peter", &[]);
    refused_as(
        &env,
        "peter",
        &["plan", "add", "x", "--credits", "1", "--price", "1"],
        1,
        "permission_denied",
    );
    refused_as(
        &env,
        "peter",
        &["plan", "remove", "texts"],
        1,
        "permission_denied",
    );
    let listed = json_as(&env, "peter", &["plan", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    add_user(&env, "biller", &[]);
    give_rights(&env, "biller", "manage-billing");
    json_as(
        &env,
        "biller",
        &["plan", "add", "x", "--credits", "1", "--price", "1"],
    );
    json_as(&env, "biller", &["plan", "remove", "x"]);
    assert_eq!(plan_names(&env), ["texts"]);
    let audit = env.audit();
    assert_eq!(audit[0]["action"], "plan.remove");
    assert_eq!(audit[0]["actor"], "biller");
    assert_eq!(audit[0]["target"], "x");
}

#[test]
fn a_removed_plan_cannot_be_bought_but_stays_on_past_orders() {
    let env = Env::new();
    add_user(&env, "john", &[]);
    billing(&env, "john", "John Doe");
    plan(&env, "starter", "100", "10");
    let first = env.json(&["order", "place", "john", "--plan", "starter"]);

    let removed = env.json(&["plan", "remove", "starter"]);
    assert_eq!(removed, json!({"removed": "starter"}));
    assert!(plan_names(&env).is_empty());
    let err = env.refused(
        &["order", "place", "john", "--plan", "starter"],
        1,
        "not_found",
    );
    assert!(
        err["message"].as_str().unwrap().contains("starter"),
        "{err}"
    );
    env.refused(&["plan", "remove", "starter"], 1, "not_found");

    let history = env.json(&["order", "history", "john"]);
    assert_eq!(history.as_array().unwrap().len(), 1);
    assert_eq!(history[0]["plan"], "starter");
    assert_eq!(history[0]["id"], first["id"]);
    assert_eq!(history[0]["price_minor"], 1000);
    let overview = env.json(&["overview", "john"]);
    assert_eq!(overview["orders"][0]["plan"], "starter");

    // The name can be offered again, on new terms; the old order keeps its own.
    plan(&env, "starter", "200", "15");
    let second = env.json(&["order", "place", "john", "--plan", "starter"]);
    assert_eq!(second["credits"], 200);
    assert_eq!(second["price_minor"], 1500);
    let history = env.json(&["order", "history", "john"]);
    let terms: Vec<(i64, i64)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["credits"].as_i64().unwrap(),
                o["price_minor"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(terms, [(200, 1500), (100, 1000)]);
    assert_eq!(balance(&env, "john", "credits"), 300);
    assert_verifies(&env);
}

#[test]
fn order_place_needs_billing_information() {
    let env = Env::new();
    add_user(&env, "john", &[]);
    plan(&env, "starter", "100", "10");
    let err = env.refused(
        &["order", "place", "john", "--plan", "starter"],
        1,
        "no_billing_info",
    );
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("billing-info set john"),
        "{err}"
    );
    // An unknown plan is named first, whatever the billing information.
    env.refused(
        &["order", "place", "john", "--plan", "nope"],
        1,
        "not_found",
    );
    env.refused(
        &["order", "place", "ghost", "--plan", "starter"],
        1,
        "not_found",
    );
    // Someone else's billing information does not count.
    billing(&env, "alice", "Alice Liddell");
    env.refused(
        &["order", "place", "john", "--plan", "starter"],
        1,
        "no_billing_info",
    );
    billing(&env, "john", "John Doe");
    env.json(&["order", "place", "john", "--plan", "starter"]);
}

#[test]
fn quantity_multiplies_credits_and_price() {
    let env = Env::new();
    add_user(&env, "john", &[]);
    billing(&env, "john", "John Doe");
    env.json(&[
        "plan",
        "add",
        "pro",
        "--credits",
        "100",
        "--price",
        "8.5",
        "--currency",
        "EUR",
    ]);
    let o = env.json(&["order", "place", "john", "--plan", "pro", "--quantity", "3"]);
    assert_eq!(keys(&o), order_keys_and(&["owner_balance", "replayed"]));
    assert_eq!(o["buyer"], "john");
    assert_eq!(o["owner"], "john");
    assert_eq!(o["plan"], "pro");
    assert_eq!(o["quantity"], 3);
    assert_eq!(o["kind"], "credits");
    assert_eq!(o["credits"], 300);
    assert_eq!(o["price_minor"], 2550);
    assert_eq!(o["currency"], "EUR");
    assert_eq!(o["created_at"], NOW);
    assert_eq!(o["owner_balance"], 300);
    assert_eq!(o["replayed"], false);
    assert_eq!(balance(&env, "john", "credits"), 300);
    // The company account is not involved: the credits come from outside.
    assert_eq!(balance(&env, "company", "credits"), 0);
    let history = env.json(&["credits", "history", "john"]);
    assert_eq!(history[0]["type"], "order");
    assert_eq!(history[0]["from"], "vendor");
    assert_eq!(history[0]["amount"], 300);

    let again = env.json(&["order", "place", "john", "--plan", "pro"]);
    assert_eq!(again["quantity"], 1);
    assert_eq!(again["credits"], 100);
    assert_eq!(again["price_minor"], 850);
    assert_eq!(again["owner_balance"], 400);
    assert_eq!(again["id"].as_i64().unwrap(), o["id"].as_i64().unwrap() + 1);

    for bad in ["0", "-1", "abc", "1.5"] {
        let arg = format!("--quantity={bad}");
        malformed(&env, &["order", "place", "john", "--plan", "pro", &arg]);
    }
    // More than tally can count.
    env.json(&[
        "plan",
        "add",
        "huge",
        "--credits",
        "1000000000000000000",
        "--price",
        "1",
    ]);
    malformed(
        &env,
        &[
            "order",
            "place",
            "john",
            "--plan",
            "huge",
            "--quantity",
            "100",
        ],
    );

    // Human output.
    let out = env.ok(&["order", "place", "john", "--plan", "pro", "--quantity", "2"]);
    assert!(
        out.contains("2 × 'pro' = 200 credits for 17.00 EUR, credited to 'john' (now 600)"),
        "{out}"
    );
    let history = env.json(&["order", "history", "john"]);
    for o in history.as_array().unwrap() {
        assert_eq!(keys(o), order_keys_and(&[]));
    }
    assert_verifies(&env);
}

#[test]
fn order_place_for_an_inactive_buyer_is_refused() {
    let env = Env::new();
    add_user(&env, "zed", &[]);
    billing(&env, "zed", "Zed");
    plan(&env, "starter", "100", "10");
    env.ok(&["user", "deactivate", "zed"]);
    env.refused(
        &["order", "place", "zed", "--plan", "starter"],
        1,
        "inactive_user",
    );
}

#[test]
fn order_place_with_an_idempotency_key() {
    let env = Env::new();
    add_user(&env, "john", &[]);
    billing(&env, "john", "John Doe");
    plan(&env, "starter", "100", "10");
    plan(&env, "pro", "1000", "90");
    let args = [
        "order",
        "place",
        "john",
        "--plan",
        "starter",
        "--quantity",
        "2",
        "--idempotency-key",
        "po-1",
    ];
    let first = env.json(&args);
    assert_eq!(first["replayed"], false);
    let before = env.dump();
    let again = env.json(&args);
    assert_eq!(before, env.dump(), "a replay changes nothing");
    assert_eq!(again["replayed"], true);
    let mut expected = first.clone();
    expected["replayed"] = json!(true);
    assert_eq!(again, expected);
    assert_eq!(balance(&env, "john", "credits"), 200);
    let out = env.ok(&args);
    assert!(out.contains("replayed"), "{out}");

    for (other, differs) in [
        (
            vec![
                "order",
                "place",
                "john",
                "--plan",
                "starter",
                "--quantity",
                "3",
            ],
            "quantity",
        ),
        (
            vec!["order", "place", "john", "--plan", "pro", "--quantity", "2"],
            "plan",
        ),
        (
            vec![
                "order",
                "place",
                "alice",
                "--plan",
                "starter",
                "--quantity",
                "2",
            ],
            "buyer",
        ),
    ] {
        let mut a = other.clone();
        a.extend(["--idempotency-key", "po-1"]);
        let err = env.refused(&a, 1, "idempotency_conflict");
        assert!(
            err["message"].as_str().unwrap().contains(differs),
            "{differs}: {err}"
        );
    }

    // A refused order records no key.
    env.refused(
        &[
            "order",
            "place",
            "alice",
            "--plan",
            "starter",
            "--idempotency-key",
            "po-2",
        ],
        1,
        "no_billing_info",
    );
    billing(&env, "alice", "Alice Liddell");
    let done = env.json(&[
        "order",
        "place",
        "alice",
        "--plan",
        "starter",
        "--idempotency-key",
        "po-2",
    ]);
    assert_eq!(done["replayed"], false);
    assert_eq!(done["buyer"], "alice");
    // The replay survives the plan's removal: it returns the first result.
    env.json(&["plan", "remove", "starter"]);
    let replay = env.json(&args);
    assert_eq!(replay["id"], first["id"]);
    assert_eq!(replay["replayed"], true);
    assert_verifies(&env);
}

#[test]
fn order_place_is_for_purchase_or_self() {
    let env = Env::new();
    for h in ["john", "peter", "buyer", "other"] {
        add_user(&env, h, &[]);
    }
    give_rights(&env, "buyer", "purchase");
    give_rights(&env, "other", "view-users,use-credits,manage-billing");
    env.json(&["owner", "set", "peter", "john"]);
    billing(&env, "peter", "Peter Pan");
    plan(&env, "starter", "100", "10");

    // Oneself, without any right.
    let o = json_as(
        &env,
        "peter",
        &["order", "place", "peter", "--plan", "starter"],
    );
    assert_eq!(o["owner"], "john");
    // With purchase, for someone else: paid with their information, credited to their owner.
    let o = json_as(
        &env,
        "buyer",
        &["order", "place", "peter", "--plan", "starter"],
    );
    assert_eq!(o["buyer"], "peter");
    assert_eq!(o["owner"], "john");
    assert_eq!(o["owner_balance"], 200);
    let billed: Vec<Vec<String>> = env.rows("SELECT billing_name FROM orders ORDER BY id");
    assert_eq!(
        billed,
        [vec!["Peter Pan".to_string()], vec!["Peter Pan".to_string()]]
    );
    let audit = env.audit();
    assert_eq!(audit[0]["action"], "order.place");
    assert_eq!(audit[0]["actor"], "buyer");
    assert_eq!(audit[0]["target"], "peter");
    assert_eq!(audit[0]["details"]["owner"], "john");

    // Without purchase, not for anyone else, whatever other rights they hold.
    for actor in ["john", "other"] {
        let err = refused_as(
            &env,
            actor,
            &["order", "place", "peter", "--plan", "starter"],
            1,
            "permission_denied",
        );
        assert!(
            err["message"].as_str().unwrap().contains("purchase"),
            "{err}"
        );
        let audit = env.audit();
        assert_eq!(audit[0]["outcome"], "denied");
        assert_eq!(audit[0]["actor"], actor);
        assert_eq!(audit[0]["action"], "order.place");
    }
    assert_eq!(balance(&env, "john", "credits"), 200);

    // Order history: view-users or self.
    refused_as(
        &env,
        "buyer",
        &["order", "history", "peter"],
        1,
        "permission_denied",
    );
    let h = json_as(&env, "other", &["order", "history", "john"]);
    assert_eq!(h.as_array().unwrap().len(), 2);
    // The default actor's own history.
    assert_eq!(env.json(&["order", "history"]), json!([]));
}

#[test]
fn billing_information_is_for_manage_billing_or_self() {
    let env = Env::new();
    for h in ["peter", "mary", "biller", "admin2"] {
        add_user(&env, h, &[]);
    }
    give_rights(&env, "biller", "manage-billing");
    give_rights(&env, "admin2", "view-users,edit-users,purchase");

    let err = env.refused(&["billing-info", "show", "peter"], 1, "no_billing_info");
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("billing-info set peter"),
        "{err}"
    );

    let info = json_as(
        &env,
        "peter",
        &[
            "billing-info",
            "set",
            "peter",
            "--name",
            "Peter Pan",
            "--address",
            "1 Neverland Way",
            "--tax-id",
            "GB123",
        ],
    );
    assert_eq!(
        info,
        json!({
            "handle": "peter", "name": "Peter Pan", "address": "1 Neverland Way",
            "tax_id": "GB123", "updated_at": NOW,
        })
    );
    assert_eq!(
        json_as(&env, "peter", &["billing-info", "show", "peter"]),
        info
    );
    assert_eq!(
        json_as(&env, "biller", &["billing-info", "show", "peter"]),
        info
    );
    assert_eq!(env.json(&["billing-info", "show", "peter"]), info);

    for actor in ["mary", "admin2"] {
        refused_as(
            &env,
            actor,
            &["billing-info", "show", "peter"],
            1,
            "permission_denied",
        );
        refused_as(
            &env,
            actor,
            &[
                "billing-info",
                "set",
                "peter",
                "--name",
                "X",
                "--address",
                "Y",
            ],
            1,
            "permission_denied",
        );
    }

    // manage-billing sets it for someone else; without --tax-id there is none.
    let set = json_as(
        &env,
        "biller",
        &[
            "billing-info",
            "set",
            "mary",
            "--name",
            "Mary Jane",
            "--address",
            "2 Main Street",
        ],
    );
    assert_eq!(set["tax_id"], Value::Null);
    assert_eq!(
        json_as(&env, "mary", &["billing-info", "show", "mary"])["name"],
        "Mary Jane"
    );
    let audit = env.audit();
    assert_eq!(audit[0]["action"], "billing-info.set");
    assert_eq!(audit[0]["target"], "mary");
    assert_eq!(audit[0]["actor"], "biller");
    // The audit log does not copy the personal information.
    assert!(
        !audit[0]["details"].to_string().contains("Mary Jane"),
        "{}",
        audit[0]
    );

    // Setting again replaces it.
    let replaced = json_as(
        &env,
        "peter",
        &[
            "billing-info",
            "set",
            "peter",
            "--name",
            "Peter Parker",
            "--address",
            "20 Ingram Street",
        ],
    );
    assert_eq!(replaced["tax_id"], Value::Null);
    assert_eq!(
        json_as(&env, "peter", &["billing-info", "show", "peter"]),
        replaced
    );

    // Malformed values.
    for (name, address) in [("", "A"), ("N", ""), ("N\tX", "A"), ("N", "A\nB")] {
        malformed(
            &env,
            &[
                "billing-info",
                "set",
                "peter",
                "--name",
                name,
                "--address",
                address,
            ],
        );
    }
    env.refused(
        &[
            "billing-info",
            "set",
            "ghost",
            "--name",
            "N",
            "--address",
            "A",
        ],
        1,
        "not_found",
    );

    // Human output.
    let out = env.ok(&["billing-info", "show", "peter"]);
    assert!(out.lines().any(|l| l == "name\tPeter Parker"), "{out}");
}

/// A database from before amounts took their currency's own exponent: an
/// earlier tally stored every amount with two places. Plans and seat prices
/// are rescaled; orders and issued invoices, which never change, are shown
/// with the two places they were written with.
#[test]
fn amounts_written_with_two_places_keep_their_value_after_the_upgrade() {
    let mut env = Env::new();
    add_user(&env, "john", &[]);
    billing(&env, "john", "John Doe");
    env.ok(&[
        "plan",
        "add",
        "yen",
        "--credits",
        "10",
        "--price",
        "1500",
        "--currency",
        "JPY",
    ]);
    env.ok(&["plan", "add", "usd", "--credits", "10", "--price", "8.50"]);
    env.ok(&["order", "place", "john", "--plan", "yen"]);
    env.ok(&["billing", "set-price", "1500", "--currency", "JPY"]);
    env.now = "2026-04-01T00:00:00Z".into();
    // 1500 * 17 / 31 = 822.6: 823 a seat.
    env.ok(&["billing", "invoice", "--period", "2026-03", "--issue"]);
    env.ok(&["billing", "set-price", "12.34", "--currency", "BHD"]);
    // What the earlier tally stored: ¥1500.00 as 150000, 12.34 BHD as 1234;
    // the order and the invoice, kept as they are, read in its two places
    // (¥15.00, and ¥8.23 a seat).
    let undo = if env.pg.is_some() {
        "ALTER TABLE orders DROP COLUMN minor_digits;
         ALTER TABLE invoices DROP COLUMN minor_digits;
         UPDATE plans SET price_minor = 150000 WHERE name = 'yen';
         UPDATE seat_prices SET price_minor = 1234 WHERE currency = 'BHD';
         UPDATE tally_schema SET version = 6"
    } else {
        "ALTER TABLE orders DROP COLUMN minor_digits;
         ALTER TABLE invoices DROP COLUMN minor_digits;
         UPDATE plans SET price_minor = 150000 WHERE name = 'yen';
         UPDATE seat_prices SET price_minor = 1234 WHERE currency = 'BHD';
         PRAGMA user_version = 5;"
    };
    // Reversals came after.
    env.sql(&format!("{} {undo}", undo_reversals(env.pg.is_some())));

    let plans = env.ok(&["plan", "list"]);
    assert!(
        plans.lines().any(|l| l == "yen\tcredits\t10\t1500\tJPY\t"),
        "{plans}"
    );
    assert!(
        plans.lines().any(|l| l == "usd\tcredits\t10\t8.50\tUSD\t"),
        "{plans}"
    );
    let listed = env.json(&["plan", "list"]);
    let yen = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "yen");
    assert_eq!(yen.unwrap()["price_minor"], 1500);
    let status = env.ok(&["billing", "status"]);
    assert!(status.contains("12.340 BHD per user per month"), "{status}");
    let history = env.ok(&["order", "history", "john"]);
    assert!(history.contains("\t15.00\tJPY\t"), "{history}");
    let run = env.run(&["billing", "invoice", "--period", "2026-03"]);
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(said.contains("15.00 JPY per user per month"), "{said}");
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "alice\t17\t8.23\njohn\t17\t8.23\n"
    );
    let invoices = env.ok(&["billing", "invoices"]);
    assert!(invoices.starts_with("2026-03\t16.46\tJPY\t"), "{invoices}");
    // New orders of the rescaled plan are in yen.
    let out = env.ok(&["order", "place", "john", "--plan", "yen"]);
    assert!(out.contains("1500 JPY"), "{out}");
    // Nothing that was chained changed.
    env.ok(&["verify"]);
    // The marks are held like the rows they mark.
    assert!(
        env.try_sql("UPDATE orders SET minor_digits = NULL")
            .is_err()
    );
    assert!(
        env.try_sql("UPDATE invoices SET minor_digits = NULL")
            .is_err()
    );
}
