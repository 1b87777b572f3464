//! How results are shaped for scripts: `--format csv|tsv`, `-o FILE`, `--jq`.
use crate::common::*;

/// The records of a CSV text, its header first.
fn csv_records(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.expect("a CSV record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn csv_lists_have_a_header_row_and_quoted_cells() {
    let env = Env::new();
    env.json(&[
        "user",
        "add",
        "bob",
        "--first",
        "Bob, \"the\"",
        "--last",
        "Builder",
        "--email",
        "bob@acme.test",
    ]);
    let out = env.run(&["--format", "csv", "user", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    // RFC 4180: a cell with a comma or a quote is quoted, its quotes doubled.
    assert!(text.contains(r#""Bob, ""the""""#), "{text}");
    let records = csv_records(&text);
    assert_eq!(
        records[0],
        [
            "handle",
            "first_name",
            "last_name",
            "email",
            "status",
            "roles",
            "credit_owner"
        ]
    );
    assert_eq!(records.len(), 3, "{text}");
    assert_eq!(records[2][0], "bob");
    assert_eq!(records[2][1], "Bob, \"the\"");
    // The count above the list is not a row: it goes to stderr.
    assert!(stderr(&out).contains("Active users: 2"), "{}", stderr(&out));
}

#[test]
fn tsv_lists_have_a_header_row_and_cells_without_tabs() {
    let env = Env::new();
    env.json(&[
        "user",
        "add",
        "bob",
        "--first",
        "Bob",
        "--last",
        "Builder",
        "--email",
        "bob@acme.test",
    ]);
    let text = env.ok(&["--format", "tsv", "user", "list"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "handle\tfirst_name\tlast_name\temail\tstatus\troles\tcredit_owner"
    );
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines.iter().all(|l| l.split('\t').count() == 7), "{text}");
    assert!(lines[2].starts_with("bob\tBob\tBuilder\t"), "{text}");
}

#[test]
fn streamed_lists_keep_their_header_with_no_rows_and_with_many() {
    let env = Env::new();
    // No transfer yet: the header alone.
    let text = env.ok(&["--format", "csv", "credits", "history"]);
    assert_eq!(csv_records(&text).len(), 1, "{text}");
    insert_users(&env, "u", 500);
    let text = env.ok(&["--format", "csv", "user", "list"]);
    let records = csv_records(&text);
    assert_eq!(records.len(), 1 + 501, "a header, alice and 500 users");
    assert_eq!(records[0][0], "handle");
    assert!(records[1..].iter().all(|r| r.len() == 7));
    // Without --format, a pipe still gets the rows alone, as before.
    let plain = env.ok(&["user", "list"]);
    assert_eq!(plain.lines().count(), 501);
    assert!(plain.starts_with("alice\t"), "{plain}");
}

#[test]
fn a_single_result_is_a_field_value_table_and_its_sentence_goes_to_stderr() {
    let env = Env::new();
    let out = env.run(&[
        "--format",
        "csv",
        "user",
        "add",
        "bob",
        "--first",
        "Bob",
        "--last",
        "B",
        "--email",
        "bob@acme.test",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let records = csv_records(&String::from_utf8(out.stdout.clone()).unwrap());
    assert_eq!(records[0], ["field", "value"]);
    assert!(records.contains(&vec!["handle".to_string(), "bob".to_string()]));
    let password = records
        .iter()
        .find(|r| r[0] == "password")
        .expect("the new password is a field");
    assert_eq!(password[1].len(), 20);
    assert!(
        stderr(&out).contains("added 'bob' (active)"),
        "{}",
        stderr(&out)
    );

    let text = env.ok(&["--format", "tsv", "user", "show", "bob"]);
    assert!(text.starts_with("field\tvalue\nhandle\tbob\n"), "{text}");
}

#[test]
fn a_result_with_totals_keeps_one_shape_of_row() {
    let env = Env::new();
    env.ok(&["credits", "topup", "100"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "alice", "10",
    ]);
    env.ok(&["credits", "use", "alice", "4", "--memo", "a, b"]);
    let text = env.ok(&["--format", "csv", "credits", "usage"]);
    // The entries alone, as in a pipe: their totals are in --json.
    let records = csv_records(&text);
    assert_eq!(records[0], ["id", "at", "user", "kind", "amount", "memo"]);
    assert_eq!(records.len(), 2, "{text}");
    assert_eq!(records[1][5], "a, b");
}

#[test]
fn format_with_json_is_a_usage_error() {
    let env = Env::new();
    let err = env.refused(&["--format", "csv", "user", "list"], 2, "invalid_input");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("--format csv and --json"),
        "{err}"
    );
    let out = env.run(&["--format", "xml", "user", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("csv"), "{}", stderr(&out));
}
