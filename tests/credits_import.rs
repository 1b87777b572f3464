//! `credits import FILE|-`: one transaction for the whole file, every bad row
//! reported with its line number, replays by idempotency key, and a killed
//! import that leaves all of its rows or none.

use std::io::Write;
use std::time::{Duration, Instant};

use crate::common::*;
use crate::ledger_support::*;
use serde_json::{Value, json};

/// Three users and a company holding 1000 credits and 50 sms.
fn setup() -> Env {
    let env = Env::new();
    env.json(&["credits", "kind", "add", "sms"]);
    for u in ["bob", "carol", "dave"] {
        add_user(&env, u, &[]);
    }
    topup(&env, 1000, "credits");
    topup(&env, 50, "sms");
    env
}

/// Runs a refused import with `--json`: asserts that nothing changed and that
/// the exit code matches the error code; returns (exit code, error object).
fn import_refused(env: &Env, args: &[&str]) -> (i32, Value) {
    let before = env.dump();
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let out = env.run(&all);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v: Value = serde_json::from_str(stderr.trim())
        .unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {stderr}"));
    let code = out.status.code().expect("exit code");
    let expected_exit = if v["error"]["code"] == "invalid_input" {
        2
    } else {
        1
    };
    assert_eq!(code, expected_exit, "{stderr}");
    assert!(
        v["error"]["hint"].as_str().is_some_and(|h| !h.is_empty()),
        "{stderr}"
    );
    assert_eq!(before, env.dump(), "a refused import changed the database");
    (code, v["error"].clone())
}

/// The (line, code) of every reported row.
fn reported(err: &Value) -> Vec<(u64, String)> {
    err["rows"]
        .as_array()
        .unwrap_or_else(|| panic!("no rows in {err}"))
        .iter()
        .map(|r| {
            assert!(r["message"].as_str().is_some_and(|m| !m.is_empty()), "{r}");
            (
                r["line"].as_u64().unwrap(),
                r["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_file_is_applied_with_totals_and_one_mail_per_receiving_user() {
    let env = setup();
    let file = write_file(
        &env,
        "march.csv",
        "from,to,amount,kind,memo\n\
         company,bob,100,,march\n\
         company,bob,50,credits,\n\
         company,carol,30,,\n\
         bob,carol,20,,\"from bob, with thanks\"\n\
         carol,company,5,,\n\
         company,dave,7,sms,\n",
    );
    let done = env.json(&["credits", "import", &file]);
    assert_eq!(
        done,
        json!({"rows": 6, "transfers": 6, "replayed_rows": 0,
               "totals": [{"kind": "credits", "amount": 205}, {"kind": "sms", "amount": 7}]})
    );
    assert_eq!(balance(&env, "bob", "credits"), 130);
    assert_eq!(balance(&env, "carol", "credits"), 45);
    assert_eq!(balance(&env, "dave", "sms"), 7);
    assert_eq!(balance(&env, "company", "credits"), 1000 - 180 + 5);
    assert_eq!(balance(&env, "company", "sms"), 43);
    let history = env.json(&["credits", "history", "--limit", "6"]);
    assert!(
        history
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["type"] == "assign")
    );
    assert_eq!(history[2]["memo"], "from bob, with thanks");

    let m = mails(&env);
    let mut to: Vec<&str> = m.iter().map(|m| m["to"].as_str().unwrap()).collect();
    to.sort();
    assert_eq!(
        to,
        ["bob@acme.test", "carol@acme.test", "dave@acme.test"],
        "{m:?}"
    );
    let bob = m.iter().find(|m| m["to"] == "bob@acme.test").unwrap();
    assert!(bob["subject"].as_str().unwrap().contains("150"), "{bob}");
    let carol = m.iter().find(|m| m["to"] == "carol@acme.test").unwrap();
    assert!(carol["subject"].as_str().unwrap().contains("50"), "{carol}");

    // The human summary.
    let file = write_file(&env, "one.csv", "from,to,amount\ncompany,bob,1\n");
    let line = env.ok(&["credits", "import", &file]);
    assert!(
        line.contains("1 credits") && line.contains("1 transfer"),
        "{line}"
    );
    assert_verifies(&env);
}

#[test]
fn columns_may_come_in_any_order_and_the_file_may_come_from_stdin() {
    let env = setup();
    let done = env.json_stdin(
        &["credits", "import", "-"],
        "amount,to,from\n3,bob,company\n4,carol,company\n",
    );
    assert_eq!(done["transfers"], 2);
    assert_eq!(done["totals"], json!([{"kind": "credits", "amount": 7}]));
    assert_eq!(balance(&env, "bob", "credits"), 3);
    assert_eq!(balance(&env, "carol", "credits"), 4);
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_read() {
    let env = setup();
    let file = write_file(
        &env,
        "excel.csv",
        "\u{feff}from,to,amount,memo\r\ncompany,bob,10,first\r\ncompany,carol,20,second\r\n",
    );
    let done = env.json(&["credits", "import", &file]);
    assert_eq!(done["transfers"], 2);
    assert_eq!(balance(&env, "bob", "credits"), 10);
    assert_eq!(balance(&env, "carol", "credits"), 20);
    let history = env.json(&["credits", "history", "--limit", "2"]);
    assert_eq!(history[0]["memo"], "second", "no stray \\r in the memo");
    assert_eq!(history[1]["memo"], "first");

    // Bad rows of such a file are reported with their lines, as in a file
    // of plain '\n' line ends (also old Mac '\r' ones).
    for end in ["\r\n", "\n", "\r"] {
        let text = [
            "\u{feff}from,to,amount",
            "company,bob,x",
            "company,bob,1",
            "company,bob",
        ]
        .map(|l| format!("{l}{end}"))
        .concat();
        let file = write_file(&env, "excel-bad.csv", &text);
        let (_, err) = import_refused(&env, &["credits", "import", &file]);
        assert_eq!(
            reported(&err),
            [
                (2, "invalid_input".to_string()),
                (4, "invalid_input".to_string())
            ],
            "line ends {end:?}: {err}"
        );
    }
}

#[test]
fn every_malformed_row_is_reported_with_its_line_and_nothing_is_applied() {
    let env = setup();
    let file = write_file(
        &env,
        "bad.csv",
        "from,to,amount,memo\n\
         company,bob,10,ok\n\
         company,bob,abc,\n\
         company,carol,\"1,000\",\"two\n\
         lines\"\n\
         company,carol,0,\n\
         company,bob\n\
         company,company,5,\n\
         company,carol,1.5,\n\
         company,dave,5,ok\n",
    );
    let (exit, err) = import_refused(&env, &["credits", "import", &file]);
    assert_eq!(exit, 2);
    assert_eq!(err["code"], "invalid_input");
    let rows = reported(&err);
    let lines: Vec<u64> = rows.iter().map(|r| r.0).collect();
    assert_eq!(lines, [3, 4, 6, 7, 8, 9], "{err}");
    assert!(rows.iter().all(|r| r.1 == "invalid_input"));
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("line 3") && message.contains("line 9"),
        "{message}"
    );
    assert_eq!(transfer_count(&env), 2, "only the two topups");
}

#[test]
fn rows_the_database_refuses_are_reported_with_their_lines_and_nothing_is_applied() {
    let env = setup();
    add_user(&env, "erin", &["--inactive"]);
    let file = write_file(
        &env,
        "refused.csv",
        "from,to,amount,kind\n\
         company,bob,600,\n\
         company,nobody,1,\n\
         company,carol,500,\n\
         bob,carol,601,\n\
         company,erin,1,\n\
         company,bob,1,gold\n\
         company,bob,51,sms\n",
    );
    let (exit, err) = import_refused(&env, &["credits", "import", &file]);
    assert_eq!(exit, 1);
    assert_eq!(
        reported(&err),
        [
            (3, "not_found".to_string()),
            // 1000 - 600 = 400 left when this row comes: earlier rows count.
            (4, "insufficient_credits".to_string()),
            (5, "insufficient_credits".to_string()),
            (6, "inactive_user".to_string()),
            (7, "not_found".to_string()),
            (8, "insufficient_credits".to_string()),
        ],
        "{err}"
    );
    assert_eq!(
        err["code"], "not_found",
        "the first refused row decides the code"
    );
    assert_eq!(balance(&env, "bob", "credits"), 0);
    assert!(mails(&env).is_empty());
}

#[test]
fn malformed_rows_and_refused_rows_are_reported_together() {
    let env = setup();
    let file = write_file(
        &env,
        "mixed.csv",
        "from,to,amount\n\
         company,bob,abc\n\
         company,nobody,5\n\
         company,carol,2000\n\
         company,dave,-1\n\
         company,dave,5\n",
    );
    let (exit, err) = import_refused(&env, &["credits", "import", &file]);
    // Malformed input whatever the database holds: never retried as is.
    assert_eq!(exit, 2, "{err}");
    assert_eq!(err["code"], "invalid_input");
    assert_eq!(
        reported(&err),
        [
            (2, "invalid_input".to_string()),
            (3, "not_found".to_string()),
            (4, "insufficient_credits".to_string()),
            (5, "invalid_input".to_string()),
        ],
        "{err}"
    );
    assert_eq!(balance(&env, "dave", "credits"), 0);
}

#[test]
fn a_missing_or_unknown_column_an_empty_file_and_a_missing_file_are_usage_errors() {
    let env = setup();
    let file = write_file(&env, "no-amount.csv", "from,to\ncompany,bob\n");
    let err = env.refused(&["credits", "import", &file], 2, "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("amount"), "{err}");
    assert!(
        err["hint"].as_str().unwrap().contains("from,to,amount"),
        "{err}"
    );

    let file = write_file(&env, "no-from.csv", "to,amount\nbob,5\n");
    let err = env.refused(&["credits", "import", &file], 2, "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("from"), "{err}");

    let file = write_file(
        &env,
        "extra.csv",
        "from,to,amount,colour\ncompany,bob,5,red\n",
    );
    let err = env.refused(&["credits", "import", &file], 2, "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("colour"), "{err}");

    let file = write_file(&env, "empty.csv", "");
    env.refused(&["credits", "import", &file], 2, "invalid_input");
    // A header with no rows is a night with nothing to do: success, no change.
    let file = write_file(&env, "header-only.csv", "from,to,amount\n");
    let before = env.dump();
    let done = env.json(&["credits", "import", &file]);
    assert_eq!(
        (done["rows"].as_i64(), done["transfers"].as_i64()),
        (Some(0), Some(0))
    );
    assert_eq!(before, env.dump());
    let missing = path_str(&env.dir.path().join("missing.csv"));
    env.refused(&["credits", "import", &missing], 2, "invalid_input");
    env.refused(&["credits", "import"], 2, "invalid_input");
}

#[test]
fn a_dry_run_prints_the_totals_and_changes_nothing() {
    let env = setup();
    let file = write_file(
        &env,
        "plan.csv",
        "from,to,amount,kind\ncompany,bob,10,\ncompany,carol,15,\ncompany,bob,2,sms\n",
    );
    let before = env.dump();
    let done = env.json(&["--dry-run", "credits", "import", &file]);
    assert_eq!(
        done,
        json!({"dry_run": true, "rows": 3, "transfers": 3, "replayed_rows": 0,
               "totals": [{"kind": "credits", "amount": 25}, {"kind": "sms", "amount": 2}]})
    );
    assert_eq!(before, env.dump());
    let out = env.run(&["--dry-run", "credits", "import", &file]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("would move") && stdout.contains("25 credits"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("dry run"));
    assert_eq!(before, env.dump());
    // A dry run of a bad file reports it like a real one.
    let file = write_file(&env, "plan-bad.csv", "from,to,amount\ncompany,bob,5000\n");
    let (_, err) = import_refused(&env, &["--dry-run", "credits", "import", &file]);
    assert_eq!(reported(&err), [(2, "insufficient_credits".to_string())]);
}

#[test]
fn rows_with_idempotency_keys_are_replayed_on_a_second_import() {
    let env = setup();
    let text = "from,to,amount,kind,memo,idempotency_key\n\
                company,bob,10,,,march-bob\n\
                company,carol,20,,,march-carol\n";
    let file = write_file(&env, "keys.csv", text);
    let first = env.json(&["credits", "import", &file]);
    assert_eq!(first["transfers"], 2);
    assert_eq!(first["replayed_rows"], 0);
    let mails_after_first = mails(&env).len();

    let before = env.dump();
    let second = env.json(&["credits", "import", &file]);
    assert_eq!(
        second,
        json!({"rows": 2, "transfers": 0, "replayed_rows": 2, "totals": []})
    );
    assert_eq!(before, env.dump(), "a replayed import changes nothing");
    assert_eq!(mails(&env).len(), mails_after_first);
    let line = env.ok(&["credits", "import", &file]);
    assert!(line.contains("2 already applied"), "{line}");

    // A file mixing a replayed row and a new one applies only the new one.
    let file = write_file(
        &env,
        "more.csv",
        &format!("{text}company,dave,5,,,march-dave\ncompany,dave,1,,,\n"),
    );
    let third = env.json(&["credits", "import", &file]);
    assert_eq!(third["transfers"], 2);
    assert_eq!(third["replayed_rows"], 2);
    assert_eq!(balance(&env, "bob", "credits"), 10);
    assert_eq!(balance(&env, "dave", "credits"), 6);

    // The keys are those of `credits assign`.
    let again = env.json(&[
        "credits",
        "assign",
        "--from",
        "company",
        "--to",
        "bob",
        "10",
        "--idempotency-key",
        "march-bob",
    ]);
    assert_eq!(again["replayed"], true);
    assert_eq!(again["to_balance"], 10);
    assert_eq!(balance(&env, "bob", "credits"), 10);
}

#[test]
fn a_key_used_with_other_arguments_or_twice_in_a_file_is_refused() {
    let env = setup();
    let file = write_file(
        &env,
        "k.csv",
        "from,to,amount,idempotency_key\ncompany,bob,10,k1\n",
    );
    env.json(&["credits", "import", &file]);

    let file = write_file(
        &env,
        "k2.csv",
        "from,to,amount,idempotency_key\n\
         company,bob,11,k1\n\
         company,carol,1,k2\n\
         company,dave,1,k2\n",
    );
    let (_, err) = import_refused(&env, &["credits", "import", &file]);
    assert_eq!(
        reported(&err),
        [
            (2, "idempotency_conflict".to_string()),
            (4, "idempotency_conflict".to_string()),
        ],
        "{err}"
    );
    let rows = err["rows"].as_array().unwrap();
    assert!(
        rows[0]["message"].as_str().unwrap().contains("amount"),
        "{err}"
    );
    assert!(
        rows[1]["message"].as_str().unwrap().contains("line 3"),
        "{err}"
    );
    assert_eq!(balance(&env, "carol", "credits"), 0);
}

#[test]
fn import_needs_assign_credits() {
    let env = setup();
    let file = write_file(&env, "x.csv", "from,to,amount\ncompany,bob,1\n");
    env.refused(
        &["--as", "bob", "credits", "import", &file],
        1,
        "permission_denied",
    );
}

/// Waits until the process ends or `wal` has grown past `size` (the import
/// is writing inside its transaction), polling; gives up after a minute.
fn wait_for_writes(child: &mut std::process::Child, wal: &std::path::Path, size: u64) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        if child.try_wait().expect("try_wait").is_some() {
            return;
        }
        let now = std::fs::metadata(wal).map(|m| m.len()).unwrap_or(0);
        if now > size {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn an_import_killed_part_way_leaves_all_of_its_rows_or_none() {
    const ROWS: usize = 200_000;
    let env = Env::new();
    add_user(&env, "bob", &[]);
    topup(&env, ROWS as i64, "credits");
    let path = env.dir.path().join("big.csv");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        writeln!(f, "from,to,amount").unwrap();
        for _ in 0..ROWS {
            writeln!(f, "company,bob,1").unwrap();
        }
    }
    let before = transfer_count(&env);
    let wal = env.db.with_extension("db-wal");
    let wal_size = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);

    let mut child = env
        .process()
        .args(["-q", "credits", "import", &path_str(&path)])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    // Kill it while it is writing: once its transaction has spilled pages to
    // the WAL (parsing 200k rows comes first).
    wait_for_writes(&mut child, &wal, wal_size);
    let killed_at = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    let _ = child.kill(); // SIGKILL; fails only if it has already exited
    let status = child.wait().expect("wait");
    eprintln!("import ended with {status:?}; WAL {wal_size} -> {killed_at} bytes");

    let applied = transfer_count(&env) - before;
    assert!(
        applied == 0 || applied == ROWS as i64,
        "{applied} of {ROWS} rows applied"
    );
    let bob = balance(&env, "bob", "credits");
    assert_eq!(bob, applied);
    assert_eq!(balance(&env, "company", "credits"), ROWS as i64 - applied);
    assert_verifies(&env);
    // The file is fully usable afterwards.
    topup(&env, 1, "credits");
    assert_eq!(assign(&env, "company", "bob", 1)["to_balance"], applied + 1);
}

#[test]
fn totals_past_what_tally_can_count_are_refused_never_wrapped() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "topup", "9000000000000000000"]);
    let big = "9000000000000000000";
    let file = write_file(
        &env,
        "round-trip.csv",
        &format!("from,to,amount\ncompany,bob,{big}\nbob,company,{big}\ncompany,bob,{big}\n"),
    );
    let err = env.refused(&["credits", "import", &file], 2, "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("line 3"), "{err}");
    env.ok(&["verify"]);
}

#[test]
fn a_large_import_read_as_a_stream_mails_each_of_many_receivers_their_sum() {
    // More receivers than one page of the mail pass (1000 users), some of
    // them given credits by a second sender and with memos, from standard
    // input: each receiver gets one mail whose amount is the sum of their
    // rows, counted here from the file itself.
    let env = Env::new();
    insert_users(&env, "r", 1300);
    add_user(&env, "giver", &[]);
    topup(&env, 1_000_000, "credits");
    assign(&env, "company", "giver", 5000);
    let mut csv = String::from("from,to,amount,memo\n");
    let mut sums = std::collections::BTreeMap::new();
    for i in 0..3000u64 {
        let to = format!("r{}", 1 + (i * 7) % 1300);
        let from = if i % 11 == 0 { "giver" } else { "company" };
        let memo = if i % 13 == 0 { "bonus" } else { "" };
        let amount = 1 + i % 4;
        csv.push_str(&format!("{from},{to},{amount},{memo}\n"));
        *sums.entry(to).or_insert(0) += amount;
    }
    let before = mails(&env).len();
    let done = env.json_stdin(&["credits", "import", "-"], &csv);
    assert_eq!(done["rows"], 3000);
    assert_eq!(done["transfers"], 3000);
    let all = mails(&env);
    let new = &all[..all.len() - before];
    assert_eq!(new.len(), sums.len(), "one mail per receiver");
    for m in new {
        let handle = m["to"].as_str().unwrap().split('@').next().unwrap();
        let subject = m["subject"].as_str().unwrap();
        let n = sums[handle];
        let word = if n == 1 { "credit" } else { "credits" };
        assert_eq!(subject, format!("You received {n} {word}"), "{handle}");
    }
    // One receiver's body names both givers and the memo once.
    let r1 = new.iter().find(|m| m["to"] == "r1@example.test").unwrap();
    let id = r1["id"].as_i64().unwrap().to_string();
    let body = &env.rows(&format!("SELECT body FROM outbox WHERE id = {id}"))[0][0];
    assert!(
        body.contains("First Last, Acme gave you 3 credits at Acme."),
        "the givers in the order they first gave: {body}"
    );
    assert_eq!(body.matches("Memo: bonus").count(), 1, "{body}");
    assert_verifies(&env);
}

#[test]
fn every_key_of_a_long_import_answers_with_its_own_transfer() {
    // An import writes its transfers many rows to a statement: each row's
    // key must still be kept with the id of that row's transfer, in every
    // batch, and each row's balance must be the one its turn left.
    let env = Env::new();
    insert_users(&env, "k", 40);
    topup(&env, 1_000_000, "credits");
    let mut csv = String::from("from,to,amount,idempotency_key\n");
    let rows: Vec<(String, u64)> = (0..2600u64)
        .map(|i| (format!("k{}", 1 + i % 40), 1 + i % 7))
        .collect();
    for (i, (to, amount)) in rows.iter().enumerate() {
        csv.push_str(&format!("company,{to},{amount},key-{i}\n"));
    }
    let done = env.json_stdin(&["credits", "import", "-"], &csv);
    assert_eq!(done["transfers"], 2600);
    let mut company = 1_000_000;
    for (i, (to, amount)) in rows.iter().enumerate() {
        company -= amount;
        if i % 97 != 0 && i != rows.len() - 1 {
            continue;
        }
        let again = env.json(&[
            "credits",
            "assign",
            "--from",
            "company",
            "--to",
            to,
            &amount.to_string(),
            "--idempotency-key",
            &format!("key-{i}"),
        ]);
        assert_eq!(again["replayed"], true);
        assert_eq!(again["from_balance"], company, "row {i}");
        let id = again["id"].as_i64().unwrap();
        let written = env.rows(&format!(
            "SELECT u.handle, t.amount FROM transfers t JOIN accounts a ON a.id = t.credit_account_id
             JOIN users u ON u.id = a.user_id WHERE t.id = {id}"
        ));
        assert_eq!(
            written,
            vec![vec![to.clone(), amount.to_string()]],
            "row {i}"
        );
    }
    assert_eq!(balance(&env, "company", "credits"), company as i64);
    assert_ledger_adds_up(&env);
    assert_verifies(&env);
}
