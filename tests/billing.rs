//! `tally billing ...`: the seat price, status, monthly invoices computed from
//! the status history, projections, issuing, CSV and rights.
use crate::common::*;

use serde_json::{Value, json};

/// An organization created at `now`, with administrator `alice`.
fn org_at(now: &str) -> Env {
    let mut env = Env::empty();
    env.now = now.into();
    env.ok(&[
        "init",
        "--company",
        "Acme",
        "--admin",
        "alice",
        "--first",
        "Alice",
        "--last",
        "Liddell",
        "--email",
        "alice@acme.test",
    ]);
    env
}

fn lines(inv: &Value) -> Vec<(String, i64, i64)> {
    inv["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| {
            (
                l["handle"].as_str().expect("handle").to_string(),
                l["days"].as_i64().expect("days"),
                l["amount_minor"].as_i64().expect("amount"),
            )
        })
        .collect()
}

fn line(handle: &str, days: i64, amount: i64) -> (String, i64, i64) {
    (handle.to_string(), days, amount)
}

fn invoices_table(env: &Env) -> Vec<Vec<String>> {
    let mut rows = env.rows("SELECT * FROM invoices ORDER BY period");
    rows.extend(env.rows("SELECT * FROM invoice_lines ORDER BY period, handle"));
    rows
}

/// April 2026 (30 days) at 10.00 per user-month: each day is 33.33, rounded
/// half up per line. Statuses change on various days and times.
fn april_history() -> Env {
    let mut env = org_at("2026-03-20T10:00:00Z");
    env.now = "2026-03-25T09:00:00Z".into();
    add_user(&env, "bob", &[]);
    add_user(&env, "gina", &[]);
    env.now = "2026-03-31T23:00:00Z".into();
    env.ok(&["user", "deactivate", "gina"]);
    env.now = "2026-04-01T00:00:00Z".into();
    add_user(&env, "hank", &[]);
    env.now = "2026-04-01T00:00:01Z".into();
    env.ok(&["user", "deactivate", "hank"]);
    env.now = "2026-04-02T08:00:00Z".into();
    add_user(&env, "dave", &["--inactive"]);
    env.now = "2026-04-03T08:00:00Z".into();
    add_user(&env, "erin", &["--inactive"]);
    env.now = "2026-04-05T12:00:00Z".into();
    add_user(&env, "carol", &[]);
    env.now = "2026-04-07T12:00:00Z".into();
    env.ok(&["user", "deactivate", "carol"]);
    env.now = "2026-04-07T18:00:00Z".into();
    env.ok(&["user", "activate", "carol"]);
    env.now = "2026-04-10T08:00:00Z".into();
    env.ok(&["user", "deactivate", "bob"]);
    env.now = "2026-04-12T00:00:00Z".into();
    env.ok(&["user", "deactivate", "carol"]);
    env.now = "2026-04-15T09:00:00Z".into();
    env.ok(&["user", "activate", "dave"]);
    env.now = "2026-04-16T10:00:00Z".into();
    env.ok(&["--yes", "user", "delete", "dave"]);
    env.now = "2026-04-20T23:59:59Z".into();
    env.ok(&["user", "activate", "carol"]);
    env.now = "2026-04-30T23:59:59Z".into();
    add_user(&env, "frank", &[]);
    env.ok(&["billing", "set-price", "10"]);
    env
}

/// Every line of April, checked by hand (30 days, 1000 minor a month):
fn april_lines() -> Vec<(String, i64, i64)> {
    vec![
        // active since March 20: all 30 days, the whole price.
        line("alice", 30, 1000),
        // active since March, deactivated April 10 08:00: days 1-10;
        // 1000 * 10 / 30 = 333.33 -> 333.
        line("bob", 10, 333),
        // added April 5 12:00; off April 7 12:00-18:00 (the 7th counts once);
        // off at April 12 00:00:00 (the 12th not billed); on again April 20
        // 23:59:59 to the end: days 5-11 (7) + 20-30 (11) = 18; 1000 * 18 / 30 = 600.
        line("carol", 18, 600),
        // added inactive April 2, activated April 15 09:00, deleted April 16
        // 10:00: days 15-16; 1000 * 2 / 30 = 66.67 -> 67.
        // erin: added inactive, never active: no line.
        line("dave", 2, 67),
        // added April 30 23:59:59: one second of the last day is a day; 33.33 -> 33.
        line("frank", 1, 33),
        // gina: deactivated March 31 23:00, before April: no line.
        // active for one second from April 1 00:00:00: one day, 33.
        line("hank", 1, 33),
    ]
}

#[test]
fn a_month_of_status_changes_billed_by_the_day() {
    let mut env = april_history();
    // Still April: a projection, which cannot be issued.
    let projection = env.json(&["billing", "invoice"]);
    assert_eq!(projection["period"], "2026-04");
    assert_eq!(projection["issued"], false);
    assert_eq!(lines(&projection), april_lines());
    assert_eq!(projection["total_minor"], 2066);
    let err = env.refused(&["billing", "invoice", "--issue"], 1, "period_open");
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("tally billing invoice --period 2026-04 --issue"),
        "{err}"
    );

    // From the first second of May, April has ended and is issued as computed.
    env.now = "2026-05-01T00:00:00Z".into();
    let issued = env.json(&["billing", "invoice", "--period", "2026-04", "--issue"]);
    assert_eq!(
        keys(&issued),
        ["currency", "issued", "lines", "period", "total_minor"]
    );
    assert_eq!(issued["issued"], true);
    assert_eq!(issued["currency"], "USD");
    assert_eq!(lines(&issued), april_lines());
    assert_eq!(issued["total_minor"], 1000 + 333 + 600 + 67 + 33 + 33);
    assert_eq!(
        env.rows("SELECT period, currency, price_minor, total_minor, issued_at FROM invoices"),
        vec![vec![
            "2026-04",
            "USD",
            "1000",
            "2066",
            "2026-05-01T00:00:00Z"
        ]]
    );
    assert_eq!(
        env.rows("SELECT count(*) FROM invoice_lines WHERE period = '2026-04'")[0][0],
        "6"
    );
    // Issuing is audited.
    let audit = env.audit();
    let entry = audit
        .iter()
        .find(|a| a["action"] == "billing.invoice")
        .expect("issuing is audited");
    assert_eq!(entry["target"], "2026-04");
    assert_eq!(entry["outcome"], "ok");
}

#[test]
fn an_issued_invoice_never_changes() {
    let mut env = april_history();
    env.now = "2026-05-02T09:00:00Z".into();
    let issued = env.json(&["billing", "invoice", "--period", "2026-04", "--issue"]);
    let before = invoices_table(&env);

    // A new price, later status changes, even a change back-dated into April
    // (a clock set wrong): the issued invoice is what it was.
    env.ok(&["billing", "set-price", "20", "--currency", "EUR"]);
    env.now = "2026-05-03T09:00:00Z".into();
    env.ok(&["user", "deactivate", "frank"]);
    env.ok(&["user", "activate", "erin"]);
    env.now = "2026-04-10T09:00:00Z".into();
    add_user(&env, "ivan", &[]);
    env.now = "2026-05-04T09:00:00Z".into();

    let shown = env.json(&["billing", "invoice", "--period", "2026-04"]);
    assert_eq!(shown, issued);
    assert_eq!(shown["currency"], "USD");
    assert_eq!(shown["total_minor"], 2066);
    // Issuing again shows the stored invoice, exit 0, and writes nothing but
    // is not audited as a second issue.
    let again = env.json(&["billing", "invoice", "--period", "2026-04", "--issue"]);
    assert_eq!(again, issued);
    assert_eq!(
        env.rows("SELECT count(*) FROM invoices")[0][0],
        "1",
        "one invoice"
    );
    let issues = env
        .audit()
        .iter()
        .filter(|a| a["action"] == "billing.invoice")
        .count();
    assert_eq!(issues, 1);

    // Not even plain SQL changes it.
    for sql in [
        "UPDATE invoices SET total_minor = 1",
        "DELETE FROM invoice_lines WHERE handle = 'bob'",
    ] {
        let err = env.try_sql(sql).expect_err(sql);
        assert!(
            err.contains("an issued invoice never changes"),
            "{sql}: {err}"
        );
    }
    let period = env.rows("SELECT period FROM invoices LIMIT 1")[0][0].clone();
    let err = env
        .try_sql(&format!(
            "INSERT INTO invoice_lines (period, handle, days, amount_minor) VALUES ('{period}', 'mallory', 1, 1)"
        ))
        .expect_err("a line was added to an issued invoice");
    assert!(err.contains("an issued invoice never changes"), "{err}");
    assert_eq!(before, invoices_table(&env));
}

#[test]
fn months_of_28_29_30_and_31_days() {
    let mut env = org_at("2025-12-15T10:00:00Z");
    env.ok(&["billing", "set-price", "10"]);
    // One user a month, active for one day only (the last, 12:00 to 13:00).
    // 1000 * 1 / days: 28 -> 35.71 -> 36; 29 -> 34.48 -> 34; 30 -> 33.33 -> 33;
    // 31 -> 32.26 -> 32. Alice, active throughout, pays the whole 1000.
    for (period, last_day, days, one_day) in [
        ("2026-01", "2026-01-31", 31, 32),
        ("2026-02", "2026-02-28", 28, 36),
        ("2026-04", "2026-04-30", 30, 33),
        ("2028-02", "2028-02-29", 29, 34),
    ] {
        let handle = format!("day-{period}");
        env.now = format!("{last_day}T12:00:00Z");
        add_user(&env, &handle, &[]);
        env.now = format!("{last_day}T13:00:00Z");
        env.ok(&["user", "deactivate", &handle]);
        env.now = format!("{last_day}T23:59:59Z");
        env.refused(
            &["billing", "invoice", "--period", period, "--issue"],
            1,
            "period_open",
        );
        env.now = format!("{last_day}T23:59:59Z")
            .parse::<jiff::Timestamp>()
            .map(|t| (t + jiff::SignedDuration::from_secs(1)).to_string())
            .unwrap();
        let inv = env.json(&["billing", "invoice", "--period", period, "--issue"]);
        assert_eq!(
            lines(&inv),
            vec![line("alice", days, 1000), line(&handle, 1, one_day)],
            "{period}"
        );
        assert_eq!(inv["total_minor"], 1000 + one_day, "{period}");
    }
}

#[test]
fn rounding_half_up_through_the_binary() {
    // February 2026 (28 days) at 0.10: 7 days is 10 * 7 / 28 = 2.5 -> 3;
    // 14 days is exactly 5.
    let mut env = org_at("2026-01-20T10:00:00Z");
    env.ok(&["billing", "set-price", "0.10"]);
    env.now = "2026-02-01T06:00:00Z".into();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    env.now = "2026-02-07T18:00:00Z".into();
    env.ok(&["user", "deactivate", "bob"]);
    env.now = "2026-02-14T18:00:00Z".into();
    env.ok(&["user", "deactivate", "carol"]);
    env.now = "2026-03-01T00:00:00Z".into();
    let inv = env.json(&["billing", "invoice", "--period", "2026-02"]);
    assert_eq!(
        lines(&inv),
        vec![
            line("alice", 28, 10),
            line("bob", 7, 3),
            line("carol", 14, 5)
        ]
    );
    assert_eq!(inv["total_minor"], 18);
    assert_eq!(inv["issued"], false);
}

#[test]
fn seat_prices_and_invoices_in_each_currency_s_own_places() {
    // February 2026 has 28 days: alice is active all of them, bob 7.
    let mut env = org_at("2026-01-20T10:00:00Z");
    env.now = "2026-02-01T06:00:00Z".into();
    add_user(&env, "bob", &[]);
    env.now = "2026-02-07T18:00:00Z".into();
    env.ok(&["user", "deactivate", "bob"]);
    env.now = "2026-03-01T00:00:00Z".into();
    // price, currency, minor units, alice's line, bob's line, the total.
    for (price, code, minor, alice, bob, total) in [
        // 850 * 7 / 28 = 212.5, rounded half up.
        ("8.5", "USD", 850, "8.50", "2.13", "10.63 USD"),
        // 12345 * 7 / 28 = 3086.25.
        ("12.345", "BHD", 12345, "12.345", "3.086", "15.431 BHD"),
        ("1500", "JPY", 1500, "1500", "375", "1875 JPY"),
    ] {
        let out = env.ok(&["billing", "set-price", price, "--currency", code]);
        assert!(
            out.contains(&format!(
                "seat price set: {alice} {code} per active user per month"
            )),
            "{out}"
        );
        let status = env.json(&["billing", "status"]);
        assert_eq!(status["seat_price_minor"], minor, "{code}");
        assert_eq!(status["currency"], code);
        let out = env.ok(&["billing", "status"]);
        assert!(
            out.contains(&format!("{alice} {code} per user per month")),
            "{out}"
        );

        let run = env.run(&["billing", "invoice", "--period", "2026-02"]);
        let rows = String::from_utf8_lossy(&run.stdout);
        assert_eq!(rows, format!("alice\t28\t{alice}\nbob\t7\t{bob}\n"));
        let said = String::from_utf8_lossy(&run.stderr);
        assert!(
            said.contains(&format!("total: {total} for 2 users")),
            "{said}"
        );
        let csv = env.ok(&["billing", "invoice", "--period", "2026-02", "--csv"]);
        assert_eq!(
            csv,
            format!("handle,days,amount\nalice,28,{alice}\nbob,7,{bob}\n")
        );
    }
    // JSON keeps integers of the minor unit: yen.
    let inv = env.json(&["billing", "invoice", "--period", "2026-02", "--issue"]);
    assert_eq!(inv["currency"], "JPY");
    assert_eq!(
        lines(&inv),
        vec![line("alice", 28, 1500), line("bob", 7, 375)]
    );
    assert_eq!(inv["total_minor"], 1875);
    // The issued invoice keeps its currency and its places after the price
    // moves to another currency.
    env.ok(&["billing", "set-price", "2.5", "--currency", "KWD"]);
    let out = env.ok(&["billing", "invoices"]);
    assert!(out.starts_with("2026-02\t1875\tJPY\t2\t"), "{out}");
    let out = env.ok(&["billing", "status"]);
    assert!(out.contains("2.500 KWD per user per month"), "{out}");
}

#[test]
fn seat_prices_with_more_places_than_the_currency_or_no_currency_are_refused() {
    let env = org_at("2026-01-20T10:00:00Z");
    for (price, code, hint) in [
        ("1500.5", "JPY", "whole number of JPY"),
        ("1.2345", "BHD", "at most 3 decimal places for BHD"),
        ("8.555", "USD", "at most 2 decimal places for USD"),
        ("8", "XYZ", "ISO 4217"),
        ("8", "XTS", "ISO 4217"),
    ] {
        let err = env.refused(
            &["billing", "set-price", price, "--currency", code],
            2,
            "invalid_input",
        );
        assert!(err["hint"].as_str().unwrap().contains(hint), "{err}");
    }
    env.refused(&["billing", "status"], 1, "not_configured");
}

#[test]
fn the_price_in_force_is_the_one_at_issuing() {
    let mut env = org_at("2026-01-01T00:00:00Z");
    env.ok(&["billing", "set-price", "10"]);
    env.now = "2026-02-01T09:00:00Z".into();
    env.ok(&["billing", "set-price", "12.50", "--currency", "EUR"]);
    let inv = env.json(&["billing", "invoice", "--period", "2026-01", "--issue"]);
    assert_eq!(inv["currency"], "EUR");
    assert_eq!(lines(&inv), vec![line("alice", 31, 1250)]);
    // The price history is kept.
    assert_eq!(
        env.rows("SELECT price_minor, currency, set_at FROM seat_prices ORDER BY id"),
        vec![
            vec!["1000", "USD", "2026-01-01T00:00:00Z"],
            vec!["1250", "EUR", "2026-02-01T09:00:00Z"],
        ]
    );
}

#[test]
fn a_month_without_users() {
    let env = org_at("2026-03-15T12:00:00Z");
    env.ok(&["billing", "set-price", "8"]);
    let inv = env.json(&["billing", "invoice", "--period", "2020-01"]);
    assert_eq!(
        inv,
        json!({"period": "2020-01", "currency": "USD", "lines": [], "total_minor": 0, "issued": false})
    );
    let out = env.run(&["billing", "invoice", "--period", "2020-01"]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "no rows in a pipe");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("No user was active in 2020-01"), "{stderr}");
    // A month before the organization existed can be issued, empty.
    let inv = env.json(&["billing", "invoice", "--period", "2020-01", "--issue"]);
    assert_eq!(inv["issued"], true);
    assert_eq!(inv["lines"], json!([]));
    let list = env.json(&["billing", "invoices"]);
    assert_eq!(list[0]["lines"], 0);
    assert_eq!(list[0]["total_minor"], 0);
}

#[test]
fn invalid_periods_are_usage_errors() {
    let env = Env::new();
    env.ok(&["billing", "set-price", "8"]);
    for bad in [
        "2026-13",
        "2026-00",
        "26-01",
        "2026-1",
        "2026-011",
        "2026/01",
        "march",
        "",
        "2026-03-01",
    ] {
        env.refused(&["billing", "invoice", "--period", bad], 2, "invalid_input");
        env.refused(
            &["billing", "invoice", "--period", bad, "--issue"],
            2,
            "invalid_input",
        );
    }
}

#[test]
fn the_current_month_is_a_projection() {
    // common::NOW is 2026-03-15T12:00:00Z; alice exists from then.
    let mut env = Env::new();
    env.ok(&["billing", "set-price", "31"]);
    env.now = "2026-03-20T08:00:00Z".into();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &["--inactive"]);
    // Active users are counted to the end of March: alice 15-31 (17 days),
    // bob 20-31 (12 days); at 31.00 a month, 1.00 a day.
    let inv = env.json(&["billing", "invoice"]);
    assert_eq!(inv["period"], "2026-03");
    assert_eq!(inv["issued"], false);
    assert_eq!(
        lines(&inv),
        vec![line("alice", 17, 1700), line("bob", 12, 1200)]
    );
    let status = env.json(&["billing", "status"]);
    assert_eq!(
        status,
        json!({"active_users": 2, "seat_price_minor": 3100, "currency": "USD",
               "period": "2026-03", "projected_total_minor": 2900})
    );
    for args in [
        &["billing", "invoice", "--issue"][..],
        &["billing", "invoice", "--period", "2026-03", "--issue"],
        &["billing", "invoice", "--period", "2027-01", "--issue"],
    ] {
        let err = env.refused(args, 1, "period_open");
        assert!(err["message"].as_str().unwrap().contains("has not ended"));
    }
    // A future month: the users active now, for the whole month.
    let may = env.json(&["billing", "invoice", "--period", "2026-05"]);
    assert_eq!(
        lines(&may),
        vec![line("alice", 31, 3100), line("bob", 31, 3100)]
    );
    // Human output says it is a projection.
    let out = env.run(&["billing", "invoice"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "alice\t17\t17.00\nbob\t12\t12.00\n"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Projection for 2026-03"), "{stderr}");
    assert!(stderr.contains("total: 29.00 USD for 2 users"), "{stderr}");
}

#[test]
fn nothing_works_before_a_price_is_set() {
    let env = Env::new();
    for args in [
        &["billing", "status"][..],
        &["billing", "invoice"],
        &["billing", "invoice", "--period", "2026-01", "--issue"],
    ] {
        let err = env.refused(args, 1, "not_configured");
        assert!(
            err["hint"]
                .as_str()
                .unwrap()
                .contains("tally billing set-price"),
            "{err}"
        );
    }
    // Listing issued invoices needs no price: there are none.
    assert_eq!(env.json(&["billing", "invoices"]), json!([]));
}

#[test]
fn set_price_checks_and_audits() {
    let env = Env::new();
    for bad in ["8.555", "-1", "abc", "1e3", "8."] {
        env.refused(&["billing", "set-price", bad], 2, "invalid_input");
    }
    for bad in ["usd", "US", "EURO", "U$D"] {
        env.refused(
            &["billing", "set-price", "8", "--currency", bad],
            2,
            "invalid_input",
        );
    }
    let p = env.json(&["billing", "set-price", "8.5"]);
    assert_eq!(
        p,
        json!({"price_minor": 850, "currency": "USD", "set_at": NOW})
    );
    let out = env.ok(&["billing", "set-price", "9", "--currency", "GBP"]);
    assert!(out.contains("9.00 GBP per active user per month"), "{out}");
    let status = env.json(&["billing", "status"]);
    assert_eq!(status["seat_price_minor"], 900);
    assert_eq!(status["currency"], "GBP");
    let audit = env.audit();
    let sets: Vec<&Value> = audit
        .iter()
        .filter(|a| a["action"] == "billing.set-price")
        .collect();
    assert_eq!(sets.len(), 2);
    assert_eq!(sets[0]["details"]["price_minor"], 900);
    // --dry-run changes nothing.
    let before = env.dump();
    env.ok(&["--dry-run", "billing", "set-price", "1"]);
    assert_eq!(before, env.dump());
}

#[test]
fn invoices_newest_month_first() {
    let mut env = org_at("2025-12-20T10:00:00Z");
    env.ok(&["billing", "set-price", "31"]);
    env.now = "2026-04-02T10:00:00Z".into();
    assert_eq!(env.json(&["billing", "invoices"]), json!([]));
    for period in ["2026-01", "2026-03", "2025-12", "2026-02"] {
        env.ok(&["billing", "invoice", "--period", period, "--issue"]);
    }
    let list = env.json(&["billing", "invoices"]);
    let periods: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["period"].as_str().unwrap())
        .collect();
    assert_eq!(periods, ["2026-03", "2026-02", "2026-01", "2025-12"]);
    assert_eq!(
        list[0],
        json!({"period": "2026-03", "currency": "USD", "total_minor": 3100, "lines": 1,
               "issued_at": "2026-04-02T10:00:00Z"})
    );
    // December from the 20th: 12 of 31 days.
    assert_eq!(list[3]["total_minor"], 1200);
    // In a pipe: tab-separated rows.
    let out = env.ok(&["billing", "invoices"]);
    assert_eq!(
        out.lines().next().unwrap(),
        "2026-03\t31.00\tUSD\t1\t2026-04-02T10:00:00Z"
    );
}

#[test]
fn csv_for_accounting_tools() {
    let mut env = april_history();
    env.now = "2026-05-01T00:00:00Z".into();
    let csv = "handle,days,amount\nalice,30,10.00\nbob,10,3.33\ncarol,18,6.00\ndave,2,0.67\nfrank,1,0.33\nhank,1,0.33\n";
    let out = env.run(&["billing", "invoice", "--period", "2026-04", "--csv"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), csv);
    assert!(out.stderr.is_empty(), "nothing else is printed");
    // The same for the stored invoice, and when issuing.
    assert_eq!(
        env.ok(&[
            "billing", "invoice", "--period", "2026-04", "--issue", "--csv"
        ]),
        csv
    );
    assert_eq!(
        env.ok(&["billing", "invoice", "--period", "2026-04", "--csv"]),
        csv
    );
    env.refused(
        &["billing", "invoice", "--period", "2026-04", "--csv"],
        2,
        "invalid_input",
    );
}

#[test]
fn human_output_says_issued_or_not() {
    let mut env = org_at("2026-01-01T00:00:00Z");
    env.ok(&["billing", "set-price", "10"]);
    env.now = "2026-02-10T00:00:00Z".into();
    let out = env.run(&["billing", "invoice", "--period", "2026-01"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "alice\t31\t10.00\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not issued"), "{stderr}");
    let out = env.run(&["billing", "invoice", "--period", "2026-01", "--issue"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Issued invoice 2026-01 at 2026-02-10T00:00:00Z"),
        "{stderr}"
    );
    let out = env.run(&["billing", "invoice", "--period", "2026-01", "--issue"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("already issued"), "{stderr}");
    let status = env.ok(&["billing", "status"]);
    assert_eq!(
        status,
        "active users\t1\nseat price\t10.00 USD per user per month\nperiod\t2026-02\nprojected total\t10.00 USD\n"
    );
    // -q prints nothing, not even CSV.
    assert_eq!(
        env.ok(&["-q", "billing", "invoice", "--period", "2026-01", "--csv"]),
        ""
    );
}

#[test]
fn dry_run_issues_nothing() {
    let mut env = org_at("2026-01-01T00:00:00Z");
    env.ok(&["billing", "set-price", "10"]);
    env.now = "2026-02-10T00:00:00Z".into();
    let before = env.dump();
    let inv = env.json(&[
        "--dry-run",
        "billing",
        "invoice",
        "--period",
        "2026-01",
        "--issue",
    ]);
    assert_eq!(inv["total_minor"], 1000);
    assert_eq!(before, env.dump());
    assert_eq!(env.json(&["billing", "invoices"]), json!([]));
}

#[test]
fn only_manage_billing_may() {
    let mut env = org_at("2026-01-01T00:00:00Z");
    env.ok(&["billing", "set-price", "10"]);
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    give_rights(&env, "bob", "view-users,edit-users,purchase");
    give_rights(&env, "carol", "manage-billing");
    env.now = "2026-02-10T00:00:00Z".into();
    for args in [
        &["--as", "bob", "billing", "set-price", "1"][..],
        &["--as", "bob", "billing", "status"],
        &["--as", "bob", "billing", "invoice", "--period", "2026-01"],
        &[
            "--as", "bob", "billing", "invoice", "--period", "2026-01", "--issue",
        ],
        &["--as", "bob", "billing", "invoices"],
    ] {
        let err = env.refused(args, 1, "permission_denied");
        assert!(
            err["message"].as_str().unwrap().contains("manage-billing"),
            "{err}"
        );
    }
    let denied: Vec<Value> = env
        .audit()
        .into_iter()
        .filter(|a| a["outcome"] == "denied" && a["actor"] == "bob")
        .collect();
    assert_eq!(denied.len(), 5, "every refusal is audited");
    assert!(denied.iter().any(|a| a["action"] == "billing.set-price"));

    // A user with manage-billing alone may do all of it.
    env.ok(&["--as", "carol", "billing", "set-price", "12"]);
    env.ok(&["--as", "carol", "billing", "status"]);
    let inv = env.json(&[
        "--as", "carol", "billing", "invoice", "--period", "2026-01", "--issue",
    ]);
    assert_eq!(inv["issued"], true);
    assert_eq!(
        env.json(&["--as", "carol", "billing", "invoices"])[0]["period"],
        "2026-01"
    );
    // And so may an administrator (alice, the default actor).
    assert_eq!(
        env.json(&["billing", "invoices"]).as_array().unwrap().len(),
        1
    );
    env.ok(&["--as", "alice", "billing", "set-price", "11"]);
}
