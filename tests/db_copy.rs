//! Moving an organization between engines: `db copy` from a file to the
//! PostgreSQL test server, and `backup` of a server's organization into a
//! file. What was copied is compared table by table with clients of the
//! tests' own (SQLite directly, PostgreSQL's simple protocol), not with tally.

use std::process::Output;

use crate::common::{Env, INIT, add_user, check_json_error};

/// Every table of tally's schema.
const TABLES: [&str; 23] = [
    "organization",
    "users",
    "user_status_events",
    "roles",
    "role_rights",
    "user_roles",
    "settings",
    "credit_kinds",
    "accounts",
    "lots",
    "transfers",
    "lot_entries",
    "balance_alerts",
    "idempotency_keys",
    "purchase_requests",
    "outbox",
    "plans",
    "billing_info",
    "orders",
    "seat_prices",
    "invoices",
    "invoice_lines",
    "audit_log",
];

/// An organization that uses every table: users of every status, a custom
/// role, two kinds, a sharing group, an order, an issued invoice, keyed
/// transfers, a purchase request and mail.
fn busy_organization(env: &mut Env) {
    env.json(&INIT);
    add_user(env, "bob", &[]);
    add_user(env, "carol", &[]);
    add_user(env, "dave", &[]);
    add_user(env, "erin", &[]);
    env.json(&["role", "add", "helpdesk", "--rights", "view-users"]);
    env.json(&["role", "grant", "bob", "helpdesk"]);
    // A service account keeps what it is on the server.
    env.json(&["user", "add", "ops-bot", "--service", "--role", "helpdesk"]);
    env.json(&["credits", "kind", "add", "gpu"]);
    env.json(&["credits", "topup", "1000"]);
    env.json(&["credits", "topup", "50", "--kind", "gpu"]);
    env.json(&["settings", "set", "support-email", "help@acme.test"]);
    env.json(&["credits", "request", "500", "--message", "for Q2"]);
    // The owner joins after the user who shares their credits.
    env.json(&["owner", "set", "bob", "erin"]);
    env.json(&[
        "credits",
        "assign",
        "--from",
        "company",
        "--to",
        "erin",
        "300",
        "--idempotency-key",
        "march-erin",
    ]);
    env.json(&[
        "credits",
        "assign",
        "--from",
        "company",
        "--to",
        "carol",
        "40",
        "--memo",
        "welcome \\N back\\slash",
    ]);
    env.json(&[
        "credits", "assign", "--from", "company", "--to", "carol", "5", "--kind", "gpu",
    ]);
    env.json(&["credits", "use", "bob", "25", "--memo", "render"]);
    // Credits that expire, moved on with their expiry, and an alert.
    env.json(&["credits", "topup", "60", "--expires", "2030-01-01"]);
    env.json(&[
        "credits", "assign", "--from", "company", "--to", "erin", "70",
    ]);
    env.json(&["credits", "alert", "set", "erin", "--below", "10"]);
    env.json(&[
        "credits", "assign", "--from", "carol", "--to", "company", "40",
    ]);
    env.json(&[
        "credits", "assign", "--from", "carol", "--to", "company", "5", "--kind", "gpu",
    ]);
    env.json(&[
        "plan",
        "add",
        "starter",
        "--credits",
        "100",
        "--price",
        "9.90",
    ]);
    env.json(&[
        "billing-info",
        "set",
        "erin",
        "--name",
        "Erin E",
        "--address",
        "1 Main St",
    ]);
    env.json(&[
        "billing-info",
        "set",
        "bob",
        "--name",
        "Bob B",
        "--address",
        "2 Side St",
    ]);
    env.json(&[
        "order",
        "place",
        "bob",
        "--plan",
        "starter",
        "--idempotency-key",
        "o1",
    ]);
    env.json(&["user", "deactivate", "carol"]);
    env.json(&["--yes", "user", "delete", "dave"]);
    env.json(&["billing", "set-price", "4.00"]);
    env.now = "2026-04-01T00:00:00Z".into();
    env.json(&["billing", "invoice", "--period", "2026-03", "--issue"]);
}

/// The column names of a table, from the file.
fn columns(file: &Env, table: &str) -> Vec<String> {
    file.rows(&format!("SELECT name FROM pragma_table_info('{table}')"))
        .into_iter()
        .map(|r| r[0].clone())
        .collect()
}

/// Every row of a table as text, sorted: the same on both engines when the
/// same values are stored.
fn table_rows(
    rows: impl Fn(&str) -> Vec<Vec<String>>,
    table: &str,
    cols: &[String],
) -> Vec<Vec<String>> {
    let list: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
    let mut rows = rows(&format!("SELECT {} FROM {table}", list.join(", ")));
    rows.sort();
    rows
}

fn run_with_password(env: &Env, server: &Env, args: &[&str]) -> Output {
    env.run_env(&[("PGPASSWORD", &server.server().password)], args)
}

#[test]
fn a_file_moves_to_a_server_whole_and_keeps_working_there() {
    let mut file = Env::on_file();
    busy_organization(&mut file);
    let before = file.dump();
    let server = Env::on_server();
    let url = server.server().url();

    let out = run_with_password(&file, &server, &["--json", "db", "copy", "--to", &url]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let copied: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(copied["verified"], true);
    assert_eq!(copied["to"], url.as_str());
    assert_eq!(file.dump(), before, "the file copied from is only read");

    // Table by table, every row with its ids and times; the server's audit
    // log has one more entry, the copy itself.
    for table in TABLES {
        let cols = columns(&file, table);
        let on_file = table_rows(|q| file.rows(q), table, &cols);
        let mut on_server = table_rows(|q| server.server().rows(q), table, &cols);
        if table == "audit_log" {
            let action = cols.iter().position(|c| c == "action").unwrap();
            let copy = on_server.iter().position(|r| r[action] == "db.copy");
            on_server.remove(copy.expect("the copy's own entry"));
        }
        assert!(
            !on_file.is_empty() || table == "purchase_requests",
            "{table} is empty: the test copies nothing of it"
        );
        assert_eq!(on_file, on_server, "{table}");
    }
    let counted: u64 = copied["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["rows"].as_u64().unwrap())
        .sum();
    assert_eq!(copied["rows"].as_u64(), Some(counted));

    // The organization works on the server: a key used on the file replays
    // there and moves nothing, new rows follow the copied ids, and the
    // server's sums agree with its ledger.
    server.json(&["verify"]);
    let replay = server.json(&[
        "credits",
        "assign",
        "--from",
        "company",
        "--to",
        "erin",
        "300",
        "--idempotency-key",
        "march-erin",
    ]);
    assert_eq!(replay["replayed"], true);
    let max_transfer = server.server().value("SELECT max(id) FROM transfers");
    server.json(&[
        "credits", "assign", "--from", "company", "--to", "erin", "1",
    ]);
    assert_eq!(
        server.server().value("SELECT max(id) FROM transfers"),
        (max_transfer.parse::<i64>().unwrap() + 1).to_string(),
        "a new transfer follows the copied ones"
    );
    add_user(&server, "frank", &[]);
    assert_eq!(
        server.server().value("SELECT count(*) FROM users"),
        "7",
        "a new user after the copied ones"
    );
    assert_eq!(
        server.server().value("SELECT sum(balance) FROM accounts"),
        "0"
    );
    assert_eq!(
        server.server().value(
            "SELECT count(*) FROM accounts a WHERE a.balance <>
               coalesce((SELECT sum(amount) FROM transfers WHERE credit_account_id = a.id), 0)
             - coalesce((SELECT sum(amount) FROM transfers WHERE debit_account_id = a.id), 0)"
        ),
        "0"
    );
}

#[test]
fn a_copy_goes_only_into_an_empty_database_and_keeps_nothing_on_failure() {
    let mut file = Env::on_file();
    busy_organization(&mut file);
    let tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'";

    // A dry run checks everything and keeps nothing.
    let server = Env::on_server();
    let url = server.server().url();
    let out = run_with_password(
        &file,
        &server,
        &["--json", "--dry-run", "db", "copy", "--to", &url],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dry_run"], true);
    assert_eq!(server.server().value(tables), "0");

    // A database holding something else.
    let other = Env::on_server();
    other.server().sql("CREATE TABLE payroll (id integer)");
    let out = run_with_password(
        &file,
        &other,
        &["--json", "db", "copy", "--to", &other.server().url()],
    );
    check_json_error(&["db", "copy"], &out, 4, "database_unusable");
    assert_eq!(other.server().value(tables), "1");

    // A tally database already.
    let out = run_with_password(&file, &server, &["--json", "db", "copy", "--to", &url]);
    assert!(out.status.success());
    let out = run_with_password(&file, &server, &["--json", "db", "copy", "--to", &url]);
    check_json_error(&["db", "copy"], &out, 1, "already_initialized");

    // A password in the URL is refused before anything is reached.
    let with_password = url.replace("tally_test@", "tally_test:secret@");
    let out = file.run(&["--json", "db", "copy", "--to", &with_password]);
    let e = check_json_error(&["db", "copy"], &out, 2, "invalid_input");
    assert!(!e.to_string().contains("secret"));

    // A file that does not verify is not copied: its problem would move.
    file.sql("UPDATE accounts SET balance = balance + 7 WHERE holder = 'company' AND kind_id = 1");
    let fresh = Env::on_server();
    let out = run_with_password(
        &file,
        &fresh,
        &["--json", "db", "copy", "--to", &fresh.server().url()],
    );
    let e = check_json_error(&["db", "copy"], &out, 1, "verify_failed");
    assert!(e["message"].as_str().unwrap().contains("balance"), "{e}");
    assert_eq!(fresh.server().value(tables), "0", "nothing was kept");
}

#[test]
fn a_backup_of_a_server_is_a_tally_file_that_opens_anywhere() {
    let mut server = Env::on_server();
    busy_organization(&mut server);
    let file = server.dir.path().join("backup.db");
    let path = file.to_str().unwrap();
    let backup = server.json(&["backup", path]);
    assert_eq!(backup["file"], path);
    assert!(backup["bytes"].as_u64().unwrap() > 0);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );

    // The file holds what the server holds, row for row.
    let mut copy = Env::on_file();
    copy.db = file.clone();
    copy.now = server.now.clone();
    for table in TABLES {
        let cols = columns(&copy, table);
        assert_eq!(
            table_rows(|q| copy.rows(q), table, &cols),
            table_rows(|q| server.server().rows(q), table, &cols),
            "{table}"
        );
    }
    assert_eq!(copy.json(&["verify"])["ok"], true);
    assert_eq!(
        copy.json(&["credits", "balance", "erin"]),
        server.json(&["credits", "balance", "erin"])
    );
    // And it works as a file: a keyed order replays, a new order does not.
    let replay = copy.json(&[
        "order",
        "place",
        "bob",
        "--plan",
        "starter",
        "--idempotency-key",
        "o1",
    ]);
    assert_eq!(replay["replayed"], true);

    // A backup never overwrites a file.
    let before = std::fs::read(&file).unwrap();
    server.refused(&["backup", path], 1, "already_exists");
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn a_lock_held_on_the_server_is_busy_past_the_timeout_and_waited_out_within_it() {
    let env = Env::on_server();
    env.json(&INIT);
    add_user(&env, "bob", &[]);
    env.json(&["credits", "topup", "100"]);
    let before = env.dump();
    let mut holder = env.server().client();
    let mut tx = holder.transaction().unwrap();
    tx.batch_execute("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE")
        .unwrap();
    let assign = [
        "--json", "credits", "assign", "--from", "company", "--to", "bob", "5",
    ];
    let out = env.run_env(&[("TALLY_BUSY_TIMEOUT", "300")], &assign);
    check_json_error(&assign, &out, 3, "busy");
    // Released while a command with a long timeout waits: it goes through.
    std::thread::scope(|s| {
        let waiting = s.spawn(|| env.run_env(&[("TALLY_BUSY_TIMEOUT", "30000")], &assign));
        std::thread::sleep(std::time::Duration::from_millis(500));
        tx.rollback().unwrap();
        let out = waiting.join().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    });
    assert_ne!(env.dump(), before);
    assert_eq!(
        env.server().value(
            "SELECT balance FROM accounts a JOIN users u ON u.id = a.user_id WHERE u.handle = 'bob'"
        ),
        "5",
        "the busy command moved nothing, the waiting one once"
    );
}

#[test]
fn a_copy_killed_at_any_moment_leaves_the_server_database_empty_or_whole() {
    let file = Env::on_file();
    file.json(&INIT);
    add_user(&file, "bob", &[]);
    file.json(&["credits", "topup", "1000000"]);
    let mut csv = String::from("from,to,amount\n");
    for _ in 0..20_000 {
        csv.push_str("company,bob,1\n");
    }
    file.json_stdin(&["credits", "import", "-"], &csv);
    let transfers = file.rows("SELECT count(*) FROM transfers")[0][0].clone();
    let tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'";
    let mut outcomes = std::collections::BTreeSet::new();
    for delay_ms in [20, 80, 150, 250, 400, 5000] {
        let server = Env::on_server();
        let mut child = file
            .process()
            .env("PGPASSWORD", &server.server().password)
            .args(["db", "copy", "--to", &server.server().url()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start tally");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let status = child.wait().expect("wait for tally");
        if server.server().value(tables) == "0" {
            outcomes.insert("empty");
            continue;
        }
        // Committed before the kill: the whole organization is there.
        assert!(status.success() || status.code().is_none());
        assert_eq!(
            server.server().value("SELECT count(*) FROM transfers"),
            transfers
        );
        assert_eq!(server.json(&["verify"])["ok"], true);
        outcomes.insert("whole");
    }
    assert!(
        outcomes.contains("empty"),
        "no kill came in the middle of a copy: {outcomes:?}"
    );
}
