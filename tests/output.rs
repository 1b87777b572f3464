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
            "credit_owner",
            "type"
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
        "handle\tfirst_name\tlast_name\temail\tstatus\troles\tcredit_owner\ttype"
    );
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines.iter().all(|l| l.split('\t').count() == 8), "{text}");
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
    assert!(records[1..].iter().all(|r| r.len() == 8));
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

#[test]
fn output_file_takes_stdout_and_only_on_success() {
    let env = Env::new();
    let dir = env.dir.path().join("out");
    std::fs::create_dir(&dir).unwrap();
    let file = dir.join("users.csv");
    let out = env.run(&[
        "--format",
        "csv",
        "-o",
        file.to_str().unwrap(),
        "user",
        "list",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "stdout went to the file");
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(csv_records(&text)[1][0], "alice", "{text}");
    // A relative path is the working directory's, and --output is -o.
    env.ok(&["--output", "out/show.txt", "user", "show", "alice"]);
    let shown = std::fs::read_to_string(dir.join("show.txt")).unwrap();
    assert!(shown.starts_with("handle\talice\n"), "{shown}");

    // A command that fails leaves the old file as it was and no temporary.
    std::fs::write(&file, "old\n").unwrap();
    let before = files_in(&dir);
    let err = env.refused(
        &["-o", file.to_str().unwrap(), "user", "show", "nobody"],
        1,
        "not_found",
    );
    assert!(err["message"].as_str().unwrap().contains("nobody"), "{err}");
    assert_eq!(files_in(&dir), before);
    // So does a command that fails after its output began: verify
    // prints its report, then fails.
    env.sql(
        "INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)
         VALUES ('2026-04-02T09:00:00Z', 'alice', 'root', 'user.add', 'ghost', 'ok', '{}')",
    );
    let out = env.run(&["-o", file.to_str().unwrap(), "verify"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(files_in(&dir), before);
}

#[test]
fn output_file_permissions_are_its_owners_or_the_old_files() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // A new file may hold a password: readable by its owner only.
    let new = env.dir.path().join("bob.txt");
    env.ok(&[
        "-q",
        "-o",
        "bob.txt",
        "user",
        "add",
        "bob",
        "--first",
        "B",
        "--last",
        "B",
        "--email",
        "bob@acme.test",
    ]);
    assert_eq!(mode(&new), 0o600);
    assert_eq!(std::fs::read_to_string(&new).unwrap().trim().len(), 20);
    // A file that is there keeps its permissions when it is replaced.
    let old = env.dir.path().join("list.txt");
    std::fs::write(&old, "old").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
    env.ok(&["-o", "list.txt", "user", "list"]);
    assert_eq!(mode(&old), 0o644);
    assert!(
        std::fs::read_to_string(&old)
            .unwrap()
            .starts_with("alice\t")
    );
}

#[test]
fn output_file_in_a_missing_directory_is_refused_before_the_command() {
    let env = Env::new();
    let err = env.refused(
        &[
            "-o",
            "no/such/dir/bob.txt",
            "user",
            "add",
            "bob",
            "--first",
            "B",
            "--last",
            "B",
            "--email",
            "bob@acme.test",
        ],
        2,
        "invalid_input",
    );
    assert!(
        err["message"].as_str().unwrap().contains("does not exist"),
        "{err}"
    );
    assert!(err["hint"].as_str().unwrap().contains("mkdir"), "{err}");
    let err = env.refused(&["-o", ".", "user", "list"], 2, "invalid_input");
    assert!(
        err["message"].as_str().unwrap().contains("directory"),
        "{err}"
    );
    let err = env.refused(&["-o", "", "user", "list"], 2, "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("empty"), "{err}");
    // `-o -` is stdout.
    assert!(env.ok(&["-o", "-", "user", "list"]).starts_with("alice\t"));
}

#[test]
fn jq_prints_each_value_on_its_own_line_strings_raw() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    assert_eq!(
        env.ok(&["--jq", ".users[].handle", "user", "list"]),
        "alice\nbob\n"
    );
    assert_eq!(
        env.ok(&["--jq", ".users[] | {handle, status}", "user", "list"]),
        "{\"handle\":\"alice\",\"status\":\"active\"}\n{\"handle\":\"bob\",\"status\":\"active\"}\n"
    );
    assert_eq!(env.ok(&["--jq", ".active_users", "user", "list"]), "2\n");
    assert_eq!(
        env.ok(&["--jq", ".handle, .email", "user", "show", "bob"]),
        "bob\nbob@acme.test\n"
    );
    // A streamed list whose value is an array, and jaq's standard filters.
    env.ok(&["credits", "topup", "100"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "bob", "30",
    ]);
    assert_eq!(
        env.ok(&["--jq", "map(.amount) | add", "credits", "history"]),
        "130\n"
    );
    assert_eq!(
        env.ok(&[
            "--jq",
            "[.[] | select(.account == \"bob\")] | length",
            "credits",
            "balance"
        ]),
        "1\n"
    );
    // With -o, the filtered lines go to the file.
    env.ok(&[
        "-o",
        "handles.txt",
        "--jq",
        ".users[].handle",
        "user",
        "list",
    ]);
    assert_eq!(
        std::fs::read_to_string(env.dir.path().join("handles.txt")).unwrap(),
        "alice\nbob\n"
    );
}

#[test]
fn a_bad_jq_expression_is_a_usage_error_and_changes_nothing() {
    let env = Env::new();
    let before = env.dump();
    let out = env.run(&[
        "--jq",
        ".handle |",
        "user",
        "add",
        "bob",
        "--first",
        "B",
        "--last",
        "B",
        "--email",
        "bob@acme.test",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("error: --jq '.handle |'"), "{err}");
    assert!(err.contains("expected"), "{err}");
    assert!(err.contains("hint: "), "{err}");
    assert_eq!(env.dump(), before, "nothing was added");

    let out = env.run(&["--jq", "nosuchfilter", "user", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("undefined filter `nosuchfilter/0`"),
        "{}",
        stderr(&out)
    );
    // With --json as well, the error is JSON.
    let err = env.refused(&["--jq", ".[", "user", "list"], 2, "invalid_input");
    assert!(
        err["message"].as_str().unwrap().contains("expected"),
        "{err}"
    );
    // --format is another output.
    let out = env.run(&["--jq", ".", "--format", "csv", "user", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--format csv and --jq are two different outputs"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_jq_filter_that_fails_at_run_time_exits_2_and_says_the_command_ran() {
    let env = Env::new();
    let out = env.run(&["--jq", ".users | error(\"boom\")", "user", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("the filter failed") && err.contains("boom"),
        "{err}"
    );
    assert!(err.contains("the command itself succeeded"), "{err}");
    // A write is done all the same; only its output was lost.
    let out = env.run(&[
        "--jq",
        ".user | keys | .[] | error",
        "user",
        "add",
        "bob",
        "--first",
        "B",
        "--last",
        "B",
        "--email",
        "bob@acme.test",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(env.json(&["user", "show", "bob"])["status"], "active");
}

/// tally on a pseudo-terminal `cols` columns wide, with the environment's
/// database and "now".
fn on_terminal(env: &Env, cols: u16, args: &[&str]) -> rexpect::session::PtySession {
    let mut cmd = std::process::Command::new("sh");
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    cmd.arg("-c")
        .arg(format!(
            "stty cols {cols} rows 50 && exec \"$TALLY\" {}",
            quoted.join(" ")
        ))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TALLY", assert_cmd::cargo::cargo_bin("tally"))
        .env("TALLY_DB", &env.db)
        .env("TALLY_NOW", &env.now)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .current_dir(env.dir.path());
    if let Some(p) = &env.pg {
        cmd.env("PGPASSWORD", &p.password);
    }
    rexpect::session::spawn_command(cmd, Some(30_000)).expect("spawn on a pty")
}

/// What rexpect read (a char for each byte) as the UTF-8 it was.
fn utf8(text: &str) -> String {
    let bytes: Vec<u8> = text.chars().map(|c| c as u8).collect();
    String::from_utf8(bytes).expect("UTF-8 on the terminal")
}

/// The lines a terminal showed, without their carriage returns. rexpect
/// gives a byte a char: they are read back as UTF-8.
fn screen(text: &str) -> Vec<String> {
    utf8(text)
        .lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect()
}

#[test]
fn long_cells_on_a_terminal_are_cut_with_an_ellipsis_to_fit_its_width() {
    let env = Env::new();
    let long_first = "Bartholomew Maximilian Fitzgerald-Montgomery the Third";
    env.json(&[
        "user",
        "add",
        "bob",
        "--first",
        long_first,
        "--last",
        "Builder",
        "--email",
        "bob@acme.test",
    ]);
    env.ok(&["credits", "topup", "1000000"]);
    let memo = "a very long memo about the reasons for this transfer, and more";
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "bob", "12345", "--memo", memo,
    ]);
    for (cols, args) in [
        (60, vec!["user", "list"]),
        (80, vec!["credits", "history"]),
        (100, vec!["credits", "history"]),
    ] {
        let mut p = on_terminal(&env, cols, &args);
        let lines = screen(&p.exp_eof().unwrap());
        let table: Vec<&String> = lines.iter().filter(|l| !l.is_empty()).collect();
        for line in &table {
            assert!(
                line.chars().count() <= usize::from(cols),
                "{args:?}: wider than {cols} columns: {line:?}\n{lines:#?}"
            );
        }
        let whole = lines.join("\n");
        assert!(whole.contains('…'), "{args:?}: nothing was cut: {whole}");
        assert!(
            !whole.contains(long_first) && !whole.contains(memo),
            "{whole}"
        );
        // One line a row (alice's and bob's, or the topup and the
        // assignment): none is wrapped onto more.
        let header = lines
            .iter()
            .position(|l| l.contains("HANDLE") || l.contains("MEMO"));
        let header = header.unwrap_or_else(|| panic!("a header: {whole}"));
        assert!(lines[header + 1].starts_with('─'), "{whole}");
        let body: Vec<&String> = lines[header + 2..]
            .iter()
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(body.len(), 2, "{args:?}: one line a row: {whole}");
    }
    // Numbers are never cut, and stay right-aligned under their header.
    let mut p = on_terminal(&env, 80, &["credits", "history"]);
    let lines = screen(&p.exp_eof().unwrap());
    let header = lines.iter().find(|l| l.contains("AMOUNT")).unwrap();
    let end = header.find("AMOUNT").unwrap() + "AMOUNT".len();
    for amount in ["12345", "1000000"] {
        let row = lines
            .iter()
            .find(|l| l.contains(&format!(" {amount} ")))
            .unwrap_or_else(|| panic!("{amount} whole in {lines:#?}"));
        let at = row.find(&format!(" {amount} ")).unwrap() + 1 + amount.len();
        assert_eq!(
            row[..at].chars().count(),
            header[..end].chars().count(),
            "{lines:#?}"
        );
    }
    // A wide terminal shows every cell whole.
    let mut p = on_terminal(&env, 200, &["user", "list"]);
    let whole = p.exp_eof().unwrap();
    assert!(
        whole.contains(long_first) && !whole.contains('…'),
        "{whole}"
    );
}

#[test]
fn format_and_output_file_on_a_terminal_are_not_terminal_tables() {
    let env = Env::new();
    // --format on a terminal: CSV, not a table.
    let mut p = on_terminal(&env, 80, &["--format", "csv", "user", "list"]);
    let lines = screen(&p.exp_eof().unwrap());
    assert!(
        lines.contains(
            &"handle,first_name,last_name,email,status,roles,credit_owner,type".to_string()
        ),
        "{lines:#?}"
    );
    assert!(!lines.iter().any(|l| l.contains('─')), "{lines:#?}");
    // -o on a terminal: the file gets the rows of a pipe; the count stays
    // on the terminal.
    let mut p = on_terminal(&env, 80, &["-o", "users.txt", "user", "list"]);
    let shown = p.exp_eof().unwrap();
    assert!(shown.contains("Active users: 1"), "{shown}");
    assert!(!shown.contains("alice@acme.test"), "{shown}");
    let file = std::fs::read_to_string(env.dir.path().join("users.txt")).unwrap();
    assert_eq!(
        file,
        "alice\tAlice\tLiddell\talice@acme.test\tactive\tadministrator\talice\tperson\n"
    );
}

/// The figures of a progress bar's lines on a terminal: every `N/s` and
/// `ETA N` is a whole number with no `k` or fraction.
fn assert_whole_figures(shown: &str, what: &str) {
    let mut drawn = 0;
    for line in shown.split(['\r', '\n']).filter(|l| l.contains(what)) {
        drawn += 1;
        let text = line.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
        for word in text.split([' ', ',']).filter(|w| !w.is_empty()) {
            let word = word.trim_start_matches("\x1b[2K");
            if let Some(rate) = word.strip_suffix("/s") {
                assert!(rate.bytes().all(|b| b.is_ascii_digit()), "{line:?}");
            }
            assert!(
                !word.contains('.') && !word.ends_with("k/s"),
                "not a whole figure: {word:?} in {line:?}"
            );
        }
        let eta = line
            .split("ETA ")
            .nth(1)
            .unwrap_or_else(|| panic!("no ETA: {line:?}"));
        let digits = eta
            .trim_start()
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap();
        assert!(!digits.is_empty(), "{line:?}");
    }
    assert!(drawn > 0, "no progress drawn: {shown:?}");
}

#[test]
fn imports_show_progress_with_an_eta_and_whole_numbers_on_a_terminal_only() {
    let env = Env::new();
    let mut users = String::from("handle,first_name,last_name,email\n");
    for i in 0..40 {
        users.push_str(&format!("p{i},P,Q,p{i}@acme.test\n"));
    }
    std::fs::write(env.dir.path().join("users.csv"), &users).unwrap();
    let mut p = on_terminal(
        &env,
        120,
        &["user", "import", "users.csv", "--passwords-out", "pw.csv"],
    );
    let shown = utf8(&p.exp_eof().unwrap());
    assert!(shown.contains("/40 passwords, "), "{shown:?}");
    assert_whole_figures(&shown, "passwords, ");
    assert!(shown.contains("imported 40 users"), "{shown:?}");

    let mut credits = String::from("from,to,amount\n");
    for i in 0..40 {
        credits.push_str(&format!("company,p{i},1\n"));
    }
    std::fs::write(env.dir.path().join("credits.csv"), &credits).unwrap();
    env.ok(&["credits", "topup", "100"]);
    let mut p = on_terminal(&env, 120, &["credits", "import", "credits.csv"]);
    let shown = utf8(&p.exp_eof().unwrap());
    assert!(shown.contains("% of the file, "), "{shown:?}");
    assert_whole_figures(&shown, "% of the file");
    assert!(shown.contains("moved 40 credits"), "{shown:?}");

    // Without a terminal, no progress: stderr says the result alone.
    std::fs::write(
        env.dir.path().join("more.csv"),
        "handle,first_name,last_name,email\nq1,Q,Q,q1@acme.test\n",
    )
    .unwrap();
    let out = env.run(&["user", "import", "more.csv", "--passwords-out", "pw2.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("passwords,"), "{}", stderr(&out));
}
