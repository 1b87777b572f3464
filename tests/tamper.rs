//! What plain SQL, behind tally's back, cannot do: rewrite through
//! `INSERT OR REPLACE` (on a server, `INSERT ... ON CONFLICT DO UPDATE`)
//! what the schema says never changes.

use crate::common::*;

/// An organization with a row in every table that must never change: a
/// status event, a transfer with its idempotency key, an order, an issued
/// invoice, a mail and the audit log.
fn organization() -> Env {
    organization_with(Env::empty(), "5")
}

/// [`organization`] in `env`, with bob given `amount` credits.
fn organization_with(mut env: Env, amount: &str) -> Env {
    env.now = "2026-03-20T10:00:00Z".into();
    env.ok(&INIT);
    env.ok(&["billing", "set-price", "10"]);
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "topup", "100"]);
    env.ok(&[
        "credits",
        "assign",
        "--from",
        "company",
        "--to",
        "bob",
        amount,
        "--idempotency-key",
        "k1",
    ]);
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
    env.now = "2026-04-02T09:00:00Z".into();
    env.ok(&["billing", "invoice", "--period", "2026-03", "--issue"]);
    env
}

/// One tamper: the statement on a file and on a server (`None` where a
/// server has no such statement), and what the refusal says.
struct Tamper {
    file: &'static str,
    file_says: &'static str,
    server: Option<(&'static str, &'static str)>,
}

const TAMPERS: &[Tamper] = &[
    Tamper {
        file: "INSERT OR REPLACE INTO transfers (id, kind_id, debit_account_id, credit_account_id, amount, type, user_id, actor, memo, at)
               SELECT id, kind_id, debit_account_id, credit_account_id, amount + 1000, type, user_id, actor, memo, at FROM transfers WHERE id = 2",
        file_says: "transfers are append-only",
        server: Some((
            "INSERT INTO transfers (id, kind_id, debit_account_id, credit_account_id, amount, type, user_id, actor, memo, at)
             SELECT id, kind_id, debit_account_id, credit_account_id, amount + 1000, type, user_id, actor, memo, at FROM transfers WHERE id = 2
             ON CONFLICT (id) DO UPDATE SET amount = excluded.amount",
            "transfers are append-only",
        )),
    },
    Tamper {
        file: "REPLACE INTO audit_log (id, at, actor, os_user, action, target, outcome, details)
               SELECT id, at, 'mallory', os_user, action, target, outcome, details FROM audit_log WHERE id = 1",
        file_says: "the audit log is append-only",
        server: Some((
            "INSERT INTO audit_log (id, at, actor, os_user, action, target, outcome, details)
             SELECT id, at, 'mallory', os_user, action, target, outcome, details FROM audit_log WHERE id = 1
             ON CONFLICT (id) DO UPDATE SET actor = excluded.actor",
            "the audit log is append-only",
        )),
    },
    Tamper {
        file: "REPLACE INTO user_status_events (id, user_id, status, at)
               SELECT id, user_id, 'deactivated', at FROM user_status_events WHERE id = 1",
        file_says: "status history is append-only",
        server: Some((
            "INSERT INTO user_status_events (id, user_id, status, at)
             SELECT id, user_id, 'deactivated', at FROM user_status_events WHERE id = 1
             ON CONFLICT (id) DO UPDATE SET status = excluded.status",
            "status history is append-only",
        )),
    },
    Tamper {
        file: "INSERT OR REPLACE INTO orders (id, buyer_id, owner_id, plan_id, quantity, kind_id, credits, price_minor,
                   currency, billing_name, billing_address, billing_tax_id, transfer_id, created_at)
               SELECT id, buyer_id, owner_id, plan_id, quantity, kind_id, credits, 0,
                   currency, billing_name, billing_address, billing_tax_id, transfer_id, created_at FROM orders",
        file_says: "orders are never removed",
        server: Some((
            "INSERT INTO orders (id, buyer_id, owner_id, plan_id, quantity, kind_id, credits, price_minor,
                 currency, billing_name, billing_address, billing_tax_id, transfer_id, created_at)
             SELECT id, buyer_id, owner_id, plan_id, quantity, kind_id, credits, 0,
                 currency, billing_name, billing_address, billing_tax_id, transfer_id, created_at FROM orders
             ON CONFLICT (id) DO UPDATE SET price_minor = excluded.price_minor",
            "orders are never changed",
        )),
    },
    Tamper {
        file: "REPLACE INTO invoices (period, currency, price_minor, total_minor, line_count, issued_at)
               SELECT period, currency, price_minor, 1, line_count, issued_at FROM invoices",
        file_says: "an issued invoice never changes",
        server: Some((
            "INSERT INTO invoices (period, currency, price_minor, total_minor, line_count, issued_at)
             SELECT period, currency, price_minor, 1, line_count, issued_at FROM invoices
             ON CONFLICT (period) DO UPDATE SET total_minor = excluded.total_minor",
            "an issued invoice never changes",
        )),
    },
    Tamper {
        file: "REPLACE INTO invoice_lines (period, handle, days, amount_minor)
               SELECT period, handle, days, 0 FROM invoice_lines",
        file_says: "an issued invoice never changes",
        server: Some((
            "INSERT INTO invoice_lines (period, handle, days, amount_minor)
             SELECT period, handle, days, 0 FROM invoice_lines
             ON CONFLICT (period, handle) DO UPDATE SET amount_minor = excluded.amount_minor",
            "an issued invoice never changes",
        )),
    },
    Tamper {
        file: "REPLACE INTO idempotency_keys (key, command, request, response, created_at)
               SELECT key, command, request, '{}', created_at FROM idempotency_keys",
        file_says: "an idempotency key is kept as it was first answered",
        server: Some((
            "INSERT INTO idempotency_keys (key, command, request, response, created_at)
             SELECT key, command, request, '{}', created_at FROM idempotency_keys
             ON CONFLICT (key) DO UPDATE SET response = excluded.response",
            "an idempotency key is kept as it was first answered",
        )),
    },
    Tamper {
        file: "DELETE FROM idempotency_keys",
        file_says: "an idempotency key is kept as it was first answered",
        server: Some((
            "DELETE FROM idempotency_keys",
            "an idempotency key is kept as it was first answered",
        )),
    },
    Tamper {
        file: "REPLACE INTO roles (id, name, builtin, created_at)
               SELECT id, name, 0, created_at FROM roles WHERE builtin = 1",
        file_says: "a built-in role cannot be changed",
        server: Some((
            "INSERT INTO roles (id, name, builtin, created_at)
             SELECT id, name, 0, created_at FROM roles WHERE builtin = 1
             ON CONFLICT (id) DO UPDATE SET builtin = excluded.builtin",
            "a built-in role cannot be changed",
        )),
    },
    Tamper {
        file: "REPLACE INTO users (id, handle, first_name, last_name, email, status, password_hash, credit_owner_id, created_at)
               SELECT id, 'mallory', first_name, last_name, email, status, password_hash, credit_owner_id, created_at
               FROM users WHERE handle = 'bob'",
        file_says: "users are never removed",
        server: Some((
            "INSERT INTO users (id, handle, first_name, last_name, email, status, password_hash, credit_owner_id, created_at)
             SELECT id, 'mallory', first_name, last_name, email, status, password_hash, credit_owner_id, created_at
             FROM users WHERE handle = 'bob'
             ON CONFLICT (id) DO UPDATE SET handle = excluded.handle",
            "a handle never changes",
        )),
    },
    Tamper {
        // Another live user's email: REPLACE would remove that user.
        file: "UPDATE OR REPLACE users SET email = 'alice@acme.test' WHERE handle = 'bob'",
        file_says: "users are never removed",
        server: None,
    },
    Tamper {
        file: "REPLACE INTO accounts (id, kind_id, holder, user_id, balance)
               SELECT id, kind_id, holder, user_id, balance + 50 FROM accounts WHERE holder = 'company'",
        file_says: "accounts are never removed",
        server: None,
    },
    Tamper {
        file: "REPLACE INTO outbox (id, user_id, to_address, subject, body, status, attempts, created_at, message_id)
               SELECT id, user_id, to_address, subject, 'forged', status, attempts, created_at, message_id FROM outbox",
        file_says: "outbox messages are kept",
        server: None,
    },
];

#[test]
fn plain_sql_cannot_replace_what_never_changes() {
    let env = organization();
    let before = env.dump();
    let audit = env.rows("SELECT * FROM audit_log ORDER BY id");
    for t in TAMPERS {
        let (sql, says) = match (&env.pg, t.server) {
            (None, _) => (t.file, t.file_says),
            (Some(_), Some(server)) => server,
            (Some(_), None) => continue,
        };
        let err = env.try_sql(sql).expect_err(sql);
        assert!(err.contains(says), "{sql}: {err}");
    }
    assert_eq!(env.dump(), before, "a tamper changed the database");
    assert_eq!(env.rows("SELECT * FROM audit_log ORDER BY id"), audit);
    // What tally writes itself still goes in.
    env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "1"]);
    add_user(&env, "carol", &[]);
}

#[test]
fn a_server_refuses_truncating_what_never_changes() {
    let env = Env::on_server();
    env.ok(&INIT);
    env.ok(&["credits", "topup", "100"]);
    let before = env.dump();
    let audit = env.rows("SELECT * FROM audit_log ORDER BY id");
    for table in [
        "users",
        "user_status_events",
        "transfers",
        "idempotency_keys",
        "outbox",
        "orders",
        "invoices",
        "invoice_lines",
        "audit_log",
    ] {
        // CASCADE would also empty every table that points at this one.
        let sql = format!("TRUNCATE {table} CASCADE");
        let err = env.try_sql(&sql).expect_err(&sql);
        assert!(!err.is_empty(), "{sql}");
    }
    assert_eq!(env.dump(), before, "a TRUNCATE emptied a table");
    assert_eq!(env.rows("SELECT * FROM audit_log ORDER BY id"), audit);
}

/// The verify report's problems, with verify refusing (exit 1).
fn verify_problems(env: &Env) -> Vec<String> {
    let (report, _) = env.refused_with_report(&["verify"], 1, "verify_failed");
    failed_checks(&report)
        .into_iter()
        .flat_map(|(_, problems)| problems)
        .collect()
}

#[test]
fn verify_names_every_rule_dropped_changed_or_added() {
    let env = organization();
    assert_eq!(env.json(&["verify"])["ok"], true);
    env.drop_trigger("transfers_no_update", "transfers");
    env.drop_trigger("audit_log_no_delete", "audit_log");
    let server = env.pg.is_some();
    if server {
        env.sql(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
               WHEN (OLD.actor <> 'mallory') EXECUTE FUNCTION tally_refuse('the audit log is append-only');
             CREATE TRIGGER forged AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION tally_refuse('x');
             CREATE OR REPLACE FUNCTION tally_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN RETURN NULL; END $$;",
        );
    } else {
        env.sql(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN OLD.actor <> 'mallory'
             BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
             CREATE TRIGGER forged AFTER INSERT ON users BEGIN SELECT 1; END;",
        );
    }
    let problems = verify_problems(&env).join("\n");
    let table = |t: &str| {
        if server {
            format!("{t}.")
        } else {
            String::new()
        }
    };
    for expected in [
        format!(
            "trigger {}transfers_no_update is missing",
            table("transfers")
        ),
        format!(
            "trigger {}audit_log_no_delete is not as tally made it",
            table("audit_log")
        ),
        format!(
            "trigger {}forged is not part of tally's schema",
            table("users")
        ),
    ] {
        assert!(problems.contains(&expected), "{expected} in {problems}");
    }
    if server {
        assert!(
            problems.contains("function tally_refuse() is not as tally made it"),
            "{problems}"
        );
    }
}

#[test]
fn verify_names_a_default_actor_who_cannot_act_and_a_forged_idempotency_key() {
    let env = organization();
    add_user(&env, "carol", &[]);
    env.ok(&["user", "deactivate", "carol"]);
    env.sql("UPDATE organization SET default_actor = 'carol'");
    // A second key claiming the transfer that key k1 made, and a key for a
    // transfer that never was.
    env.sql(
        "INSERT INTO idempotency_keys (key, command, request, response, created_at)
         SELECT 'k2', command, request, response, created_at FROM idempotency_keys WHERE key = 'k1';
         INSERT INTO idempotency_keys (key, command, request, response, created_at)
         VALUES ('k3', 'credits assign', '{\"amount\":7}', '{\"id\":999}', '2026-03-20T10:00:00Z')",
    );
    let problems = verify_problems(&env).join("\n");
    for expected in [
        "commands without --actor act as 'carol', who is deactivated",
        "is claimed by 2 idempotency keys",
        "idempotency key 'k3' (credits assign) points at transfer 999, which does not exist",
    ] {
        assert!(problems.contains(expected), "{expected} in {problems}");
    }
}

/// The one check of `verify` that fails, and its problems.
fn only_failure(env: &Env) -> (String, String) {
    let (report, _) = env.refused_with_report(&["verify"], 1, "verify_failed");
    let failed = failed_checks(&report);
    assert_eq!(failed.len(), 1, "{failed:?}");
    let (name, problems) = failed[0].clone();
    (name, problems.join("; "))
}

const CHAIN: &str = "the history is as tally wrote it (hash chain)";

/// What the schema cannot refuse, or what gets past a trigger put back at
/// once: `verify` names it, through the chain.
#[test]
fn verify_names_every_change_to_the_history() {
    struct Change {
        sql: &'static str,
        /// The trigger to get past: (name, table).
        past: Option<(&'static str, &'static str)>,
        says: &'static str,
    }
    let changes = [
        Change {
            // A transfer that moves nothing a balance would show: both
            // accounts are the vendor's and the company's, and it is undone.
            sql: "INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type, actor, at)
                  SELECT kind_id, credit_account_id, debit_account_id, 1, 'topup', 'mallory', at
                  FROM transfers WHERE id = 1;
                  INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type, actor, at)
                  SELECT kind_id, debit_account_id, credit_account_id, 1, 'topup', 'mallory', at
                  FROM transfers WHERE id = 1",
            past: None,
            says: "row(s) of transfers",
        },
        Change {
            sql: "INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)
                  VALUES ('2026-04-02T09:00:00Z', 'alice', 'root', 'user.add', 'ghost', 'ok', '{}')",
            past: None,
            says: "row(s) of audit_log",
        },
        Change {
            sql: "UPDATE audit_log SET actor = 'mallory' WHERE id = 3",
            past: Some(("audit_log_no_update", "audit_log")),
            says: "the chain breaks at entry 3",
        },
        Change {
            sql: "DELETE FROM audit_log WHERE id = 3",
            past: Some(("audit_log_no_delete", "audit_log")),
            says: "the chain breaks at entry 3",
        },
        Change {
            sql: "DELETE FROM idempotency_keys",
            past: Some(("idempotency_keys_no_delete", "idempotency_keys")),
            says: "the chain breaks at entry 5",
        },
        Change {
            sql: "UPDATE user_status_events SET at = '2026-03-01T00:00:00Z' WHERE id = 2",
            past: Some(("user_status_events_no_update", "user_status_events")),
            says: "the chain breaks at entry 3",
        },
        Change {
            sql: "UPDATE invoices SET total_minor = 1",
            past: Some(("invoices_no_update", "invoices")),
            says: "the chain breaks at entry 9",
        },
    ];
    for c in changes {
        let env = organization();
        match c.past {
            Some((trigger, table)) => env.past_trigger(trigger, table, c.sql),
            None => env.sql(c.sql),
        }
        let (check, problems) = only_failure(&env);
        assert_eq!(check, CHAIN, "{}: {problems}", c.sql);
        assert!(problems.contains(c.says), "{}: {problems}", c.sql);
    }
}

/// An anchor kept elsewhere proves the history up to it, on the database
/// and on any copy of it, whatever the engine.
#[test]
fn an_anchor_proves_the_history_up_to_it_and_catches_a_consistent_rewrite() {
    let file = organization_with(Env::on_file(), "5");
    let anchor = file.ok(&["verify", "--anchor"]).trim().to_string();
    let (position, hash) = anchor.split_once(':').expect("POSITION:HASH");
    assert_eq!(position, "9", "one entry per write: {anchor}");
    assert_eq!(hash.len(), 64);
    assert_eq!(
        file.json(&["verify", "--anchor"])["anchor"],
        anchor.as_str()
    );
    // Later work leaves the anchor provable.
    file.ok(&["credits", "assign", "--from", "company", "--to", "bob", "1"]);
    assert_eq!(
        file.json(&["verify", "--since-anchor", &anchor])["ok"],
        true
    );

    // A copy keeps the chain: the server recomputes every entry from its own
    // rows, and the anchor is provable there too.
    let copy = Env::on_server();
    let out = file.run_env(
        &[("PGPASSWORD", &copy.server().password)],
        &["db", "copy", "--to", &copy.server().url()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        copy.json(&["verify", "--since-anchor", &anchor])["ok"],
        true
    );

    // A history rewritten whole: the same commands but one amount (and
    // other random passwords). Its chain holds together, and only the
    // anchor kept elsewhere tells.
    let rewritten = organization_with(Env::on_file(), "6");
    assert_eq!(rewritten.json(&["verify"])["ok"], true);
    let (check, problems) = {
        let (report, _) = rewritten.refused_with_report(
            &["verify", "--since-anchor", &anchor],
            1,
            "verify_failed",
        );
        let failed: Vec<_> = report["checks"]
            .as_array()
            .expect("checks")
            .iter()
            .filter(|c| c["ok"] == false)
            .cloned()
            .collect();
        assert_eq!(failed.len(), 1, "{failed:?}");
        (failed[0]["name"].clone(), failed[0]["problems"].to_string())
    };
    assert_eq!(check, CHAIN);
    assert!(
        problems.contains("entry 9 does not hold the anchor's hash"),
        "{problems}"
    );

    // A history cut back to before the anchor.
    let short = Env::on_file();
    short.ok(&INIT);
    let (_, problems) = {
        let (report, _) =
            short.refused_with_report(&["verify", "--since-anchor", &anchor], 1, "verify_failed");
        (report.clone(), report.to_string())
    };
    assert!(problems.contains("the chain has no entry 9"), "{problems}");

    // An anchor that is not one is refused before anything is read.
    for bad in ["9", "x:abc", "0:00", &format!("9:{}", "g".repeat(64))] {
        file.refused(&["verify", "--since-anchor", bad], 2, "invalid_input");
    }
}

/// What plain SQL may change, as tally itself changes it, but only with a
/// record that the chain covers: a replaced password, a status changed
/// without its event.
#[test]
fn verify_names_a_password_or_a_status_changed_behind_tallys_back() {
    let env = organization();
    env.sql(
        "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE handle = 'alice')
         WHERE handle = 'bob'",
    );
    let (check, problems) = only_failure(&env);
    assert_eq!(check, "passwords are the ones tally set");
    assert!(problems.contains("the password of 'bob'"), "{problems}");

    // A record to match it is written behind tally's back too: the chain
    // covers no such record.
    env.sql(
        "INSERT INTO password_sets (user_id, digest)
         SELECT (SELECT id FROM users WHERE handle = 'bob'), digest FROM password_sets
         WHERE user_id = (SELECT id FROM users WHERE handle = 'alice')",
    );
    let (check, problems) = only_failure(&env);
    assert_eq!(check, CHAIN);
    assert!(problems.contains("row(s) of password_sets"), "{problems}");

    let env = organization();
    add_user(&env, "carol", &[]);
    env.sql("UPDATE users SET status = 'deactivated' WHERE handle = 'carol'");
    let (check, problems) = only_failure(&env);
    assert_eq!(check, "users' statuses are the last their history records");
    assert!(
        problems.contains("'carol' is deactivated but their history says active"),
        "{problems}"
    );
    // tally's own reset leaves verify clean.
    let env = organization();
    env.ok(&["user", "reset-password", "bob"]);
    assert_eq!(env.json(&["verify"])["ok"], true);
}

/// A database from before the chain gets it when a command next opens it:
/// everything it held becomes the first entry, and is then as well guarded
/// as what comes after.
#[test]
fn a_database_from_before_the_chain_is_chained_whole_when_next_opened() {
    let env = organization();
    env.sql(&before_the_chain(env.pg.is_some()));
    let anchor = env.ok(&["verify", "--anchor"]);
    assert!(anchor.starts_with("1:"), "{anchor}");
    assert_eq!(env.rows("SELECT count(*) FROM password_sets")[0][0], "2");
    env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "1"]);
    assert!(env.ok(&["verify", "--anchor"]).starts_with("2:"));
    env.past_trigger(
        "audit_log_no_update",
        "audit_log",
        "UPDATE audit_log SET target = 'mallory' WHERE id = 2",
    );
    let (check, problems) = only_failure(&env);
    assert_eq!(check, CHAIN);
    assert!(
        problems.contains("the chain breaks at entry 1"),
        "{problems}"
    );
}
