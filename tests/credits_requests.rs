//! Cancelling purchase requests: open, fulfilled or cancelled, and the
//! upgrade of a database from before requests could be cancelled.

use crate::common::*;
use crate::ledger_support::*;
use serde_json::Value;

/// A support email set and one open request; its id.
fn requested(env: &Env, quantity: &str) -> String {
    env.ok(&["settings", "set", "support-email", "support@vendor.example"]);
    env.json(&["credits", "request", quantity])["id"].to_string()
}

#[test]
fn an_open_request_is_cancelled_and_the_vendor_told() {
    let env = Env::new();
    let id = requested(&env, "500");
    let other = requested(&env, "70");
    let audits = env.audit_count();

    let done = env.json(&["credits", "request", "cancel", &id]);
    assert_eq!(done["id"].to_string(), id);
    assert_eq!(done["status"], "cancelled");
    assert_eq!(done["cancelled_at"], NOW);
    assert_eq!(done["fulfilled_at"], Value::Null);
    assert_eq!(done["quantity"], 500);

    // The open list has the other one only; the cancelled one is listed so.
    let open = env.json(&["credits", "requests"]);
    assert_eq!(open.as_array().unwrap().len(), 1);
    assert_eq!(open[0]["id"].to_string(), other);
    let cancelled = env.json(&["credits", "requests", "--status", "cancelled"]);
    assert_eq!(cancelled.as_array().unwrap().len(), 1);
    assert_eq!(cancelled[0]["status"], "cancelled");
    let table = env.ok(&["credits", "requests", "--status", "all"]);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with(&format!("{id}\tcredits\t500\tcancelled\t"))),
        "{table}"
    );

    // The vendor is told, and the cancel audited.
    let mail = &env.json(&["mail", "list"])[0];
    assert_eq!(mail["to"], "support@vendor.example");
    assert_eq!(
        mail["subject"],
        "Request to purchase 500 credits cancelled: Acme"
    );
    assert_eq!(env.audit_count(), audits + 1);
    let audit = env.json(&["audit", "--limit", "1"]);
    assert_eq!(audit[0]["action"], "credits.request.cancel");
    assert_eq!(audit[0]["target"].to_string(), format!("\"{id}\""));

    let plain = env.ok(&["credits", "request", "cancel", &other]);
    assert_eq!(plain, format!("cancelled request {other} (70 credits)\n"));
    assert_verifies(&env);
}

#[test]
fn cancelling_twice_changes_nothing_and_succeeds() {
    let mut env = Env::new();
    let id = requested(&env, "500");
    let first = env.json(&["credits", "request", "cancel", &id]);
    let before = env.dump();
    let audits = env.audit_count();
    env.now = "2026-03-16T09:00:00Z".into();
    let again = env.json(&["credits", "request", "cancel", &id]);
    assert_eq!(again, first, "the first cancel's time is kept");
    assert_eq!(
        env.ok(&["credits", "request", "cancel", &id]),
        format!("request {id} was already cancelled: nothing changed\n")
    );
    assert_eq!(before, env.dump());
    assert_eq!(env.audit_count(), audits);
}

#[test]
fn a_fulfilled_request_is_not_cancelled_nor_a_cancelled_one_fulfilled() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let fulfilled = requested(&env, "500");
    env.ok(&["credits", "topup", "500", "--request", &fulfilled]);
    let err = env.refused(
        &["credits", "request", "cancel", &fulfilled],
        1,
        "already_exists",
    );
    assert!(
        err["message"].as_str().unwrap().contains("fulfilled"),
        "{err}"
    );

    let cancelled = requested(&env, "300");
    env.ok(&["credits", "request", "cancel", &cancelled]);
    let err = env.refused(
        &["credits", "topup", "300", "--request", &cancelled],
        1,
        "already_exists",
    );
    assert!(
        err["message"].as_str().unwrap().contains("cancelled"),
        "{err}"
    );
    assert!(
        err["hint"].as_str().unwrap().contains("without --request"),
        "{err}"
    );
    assert_eq!(balance(&env, "company", "credits"), 500);

    env.refused(&["credits", "request", "cancel", "999"], 1, "not_found");
    for bad in [
        vec!["credits", "request", "cancel"],
        vec!["credits", "request", "cancel", "three"],
        vec!["credits", "request", "cancel", "1", "2"],
        vec!["credits", "request"],
    ] {
        env.refused(&bad, 2, "invalid_input");
    }
    let open = requested(&env, "10");
    refused_as(
        &env,
        "bob",
        &["credits", "request", "cancel", &open],
        1,
        "permission_denied",
    );
    assert_verifies(&env);
}

/// The schema holds the rule too: plain SQL cannot reopen, fulfil or change
/// a closed request, nor give a status tally does not know.
#[test]
fn the_schema_keeps_closed_requests_closed() {
    let env = Env::new();
    let id = requested(&env, "500");
    env.ok(&["credits", "request", "cancel", &id]);
    for sql in [
        format!(
            "UPDATE purchase_requests SET status = 'open', cancelled_at = NULL WHERE id = {id}"
        ),
        format!("UPDATE purchase_requests SET status = 'fulfilled' WHERE id = {id}"),
        format!("UPDATE purchase_requests SET quantity = 1 WHERE id = {id}"),
    ] {
        let err = env.try_sql(&sql).expect_err(&sql);
        assert!(err.contains("stays so"), "{sql}: {err}");
    }
    let open = requested(&env, "5");
    for sql in [
        format!("UPDATE purchase_requests SET status = 'lost' WHERE id = {open}"),
        format!("UPDATE purchase_requests SET status = 'cancelled' WHERE id = {open}"),
        format!("UPDATE purchase_requests SET cancelled_at = 'x' WHERE id = {open}"),
    ] {
        assert!(env.try_sql(&sql).is_err(), "{sql}");
    }
}

/// A database from before requests could be cancelled (file schema 6,
/// server schema 7) is upgraded when next opened: every request kept as it
/// was, verify passes, and requests can be cancelled.
#[test]
fn a_database_from_before_cancelled_requests_is_migrated() {
    let env = Env::new();
    let fulfilled = requested(&env, "500");
    env.ok(&["credits", "topup", "500", "--request", &fulfilled]);
    let open = requested(&env, "70");
    let before = env.json(&["credits", "requests", "--status", "all"]);
    let undo = if env.pg.is_some() {
        "DROP TRIGGER purchase_requests_closed_stay_closed ON purchase_requests;
         ALTER TABLE purchase_requests DROP CONSTRAINT purchase_requests_cancelled_at,
             DROP CONSTRAINT purchase_requests_status_check, DROP COLUMN cancelled_at;
         ALTER TABLE purchase_requests ADD CONSTRAINT purchase_requests_status_check
             CHECK (status IN ('open', 'fulfilled'));
         UPDATE tally_schema SET version = 8"
            .to_string()
    } else {
        let schema = include_str!("../schema.sql");
        let start = schema
            .find("CREATE TABLE purchase_requests (")
            .expect("the table");
        let end = start + schema[start..].find("\n);").expect("its end") + 3;
        let table = schema[start..end].replace(
            "CREATE TABLE purchase_requests (",
            "CREATE TABLE purchase_requests_v6 (",
        );
        format!(
            "PRAGMA foreign_keys = OFF;
             {table};
             INSERT INTO purchase_requests_v6 SELECT id, kind_id, quantity, message, requested_by,
                 status, created_at, fulfilled_at, transfer_id FROM purchase_requests;
             DROP TABLE purchase_requests;
             ALTER TABLE purchase_requests_v6 RENAME TO purchase_requests;
             {}
             PRAGMA user_version = 7;",
            undo_expiry()
        )
    };
    env.sql(&undo);
    // As the earlier tally left it: no 'cancelled' status.
    let id = open.clone();
    assert!(
        env.try_sql(&format!(
            "UPDATE purchase_requests SET status = 'cancelled' WHERE id = {id}"
        ))
        .is_err()
    );

    let after = env.json(&["credits", "requests", "--status", "all"]);
    assert_eq!(before, after);
    env.ok(&["verify"]);
    let done = env.json(&["credits", "request", "cancel", &open]);
    assert_eq!(done["status"], "cancelled");
    env.refused(
        &["credits", "request", "cancel", &fulfilled],
        1,
        "already_exists",
    );
    env.ok(&["verify"]);
    if env.pg.is_none() {
        let version = env.rows("PRAGMA user_version");
        assert_eq!(version[0][0], "11");
    } else {
        assert_eq!(env.server().value("SELECT version FROM tally_schema"), "13");
    }
}
