//! `tally user import FILE|-`: all rows or none, every bad row reported with
//! its line number, passwords shown once (stdout or a private file).
use crate::common::*;

use std::os::unix::fs::PermissionsExt;
use std::process::Output;

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use serde_json::{Value, json};

const HEADER: &str = "handle,first_name,last_name,email";

fn import_stdin(env: &Env, args: &[&str], csv: &str) -> Output {
    let mut all = vec!["user", "import"];
    all.extend_from_slice(args);
    env.cmd()
        .args(&all)
        .write_stdin(csv.as_bytes().to_vec())
        .output()
        .expect("run tally")
}

/// Writes `csv` to a file in the environment's directory and returns its path.
fn csv_file(env: &Env, name: &str, csv: &[u8]) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, csv).unwrap();
    path.to_str().unwrap().to_string()
}

/// An import refused as a whole: `env.refused`, plus no new user.
fn refused_import(env: &Env, csv: &str, exit: i32, code: &str) -> Value {
    let file = csv_file(env, "refused.csv", csv.as_bytes());
    let users = env.rows("SELECT count(*) FROM users");
    let err = env.refused(&["user", "import", &file], exit, code);
    assert_eq!(users, env.rows("SELECT count(*) FROM users"));
    err
}

fn row_lines(err: &Value) -> Vec<u64> {
    err["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect()
}

fn verifies(env: &Env, handle: &str, password: &str) -> bool {
    let hash = env.rows(&format!(
        "SELECT password_hash FROM users WHERE handle = '{handle}'"
    ))[0][0]
        .clone();
    Argon2::default()
        .verify_password(password.as_bytes(), &PasswordHash::new(&hash).unwrap())
        .is_ok()
}

#[test]
fn import_from_stdin_prints_the_passwords_as_csv() {
    let env = Env::new();
    env.ok(&["role", "add", "support", "--rights", "view-users"]);
    env.ok(&["role", "add", "billing", "--rights", "manage-billing"]);
    let csv = "handle,first_name,last_name,email,roles,active\n\
               bob,Bob,Builder,bob@acme.test,support;billing,true\n\
               carol,Carol,\"Danvers, Jr.\",carol@acme.test,,false\n\
               dan,Dan,Brown,dan@acme.test,administrator,\n";
    let out = import_stdin(&env, &["-"], csv);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert_eq!(lines[0], "handle,password");
    for (line, handle) in lines[1..].iter().zip(["bob", "carol", "dan"]) {
        let (h, p) = line.split_once(',').unwrap();
        assert_eq!(h, handle);
        assert!(p.len() >= 16);
        assert!(
            verifies(&env, handle, p),
            "{handle}'s password does not match"
        );
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("imported 3 users"));

    let bob = env.json(&["user", "show", "bob"]);
    assert_eq!(bob["roles"], json!(["billing", "support"]));
    assert_eq!(bob["status"], "active");
    assert_eq!(bob["created_at"], NOW);
    let carol = env.json(&["user", "show", "carol"]);
    assert_eq!(carol["last_name"], "Danvers, Jr.");
    assert_eq!(carol["status"], "deactivated");
    assert_eq!(
        env.json(&["user", "show", "dan"])["roles"],
        json!(["administrator"])
    );
    assert_eq!(env.json(&["user", "list"])["active_users"], 3);

    // One audit entry per user, naming its line.
    let audit = env.json(&["audit", "--limit", "3"]);
    let lines: Vec<(Value, Value)> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["target"].clone(), e["details"]["line"].clone()))
        .collect();
    assert_eq!(
        lines,
        [
            (json!("dan"), json!(4)),
            (json!("carol"), json!(3)),
            (json!("bob"), json!(2))
        ]
    );
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["action"] == "user.import")
    );
}

#[test]
fn import_json_lists_the_new_passwords() {
    let env = Env::new();
    let v = env.json_stdin(
        &["user", "import", "-"],
        &format!("{HEADER}\nbob,Bob,B,bob@acme.test\n"),
    );
    assert_eq!(v["imported"], 1);
    assert_eq!(v["users"][0]["handle"], "bob");
    let p = v["users"][0]["password"].as_str().unwrap();
    assert!(verifies(&env, "bob", p));
}

#[test]
fn passwords_out_writes_a_private_csv_file() {
    let env = Env::new();
    let file = csv_file(
        &env,
        "staff.csv",
        format!("{HEADER}\nbob,Bob,B,bob@acme.test\ncarol,C,C,carol@acme.test\n").as_bytes(),
    );
    let out_path = env.dir.path().join("passwords.csv");
    let v = env.json(&[
        "user",
        "import",
        &file,
        "--passwords-out",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(v["imported"], 2);
    assert!(
        !v.to_string().contains("password\""),
        "no password on stdout: {v}"
    );
    let mode = std::fs::metadata(&out_path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(&out_path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "handle,password");
    assert_eq!(lines.len(), 3);
    for (line, handle) in lines[1..].iter().zip(["bob", "carol"]) {
        let (h, p) = line.split_once(',').unwrap();
        assert_eq!(h, handle);
        assert!(verifies(&env, handle, p));
    }
    // The plain output names the file, not the passwords.
    let file = csv_file(
        &env,
        "more.csv",
        format!("{HEADER}\ndan,D,D,dan@acme.test\n").as_bytes(),
    );
    let out2 = env.dir.path().join("passwords2.csv");
    let stdout = env.ok(&[
        "user",
        "import",
        &file,
        "--passwords-out",
        out2.to_str().unwrap(),
    ]);
    assert!(stdout.contains("passwords2.csv"), "{stdout}");
    let p = std::fs::read_to_string(&out2)
        .unwrap()
        .lines()
        .nth(1)
        .unwrap()
        .split_once(',')
        .unwrap()
        .1
        .to_string();
    assert!(!stdout.contains(&p));
}

#[test]
fn passwords_out_never_overwrites_and_is_removed_when_the_import_fails() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let file = csv_file(
        &env,
        "staff.csv",
        format!("{HEADER}\ncarol,C,C,carol@acme.test\n").as_bytes(),
    );
    let existing = env.dir.path().join("existing.csv");
    std::fs::write(&existing, "keep me").unwrap();
    env.refused(
        &[
            "user",
            "import",
            &file,
            "--passwords-out",
            existing.to_str().unwrap(),
        ],
        1,
        "already_exists",
    );
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me");

    // Refused by the database's state: no passwords file is left behind.
    let taken = csv_file(
        &env,
        "taken.csv",
        format!("{HEADER}\nbob,B,B,other@acme.test\n").as_bytes(),
    );
    let out = env.dir.path().join("never.csv");
    env.refused(
        &[
            "user",
            "import",
            &taken,
            "--passwords-out",
            out.to_str().unwrap(),
        ],
        1,
        "already_exists",
    );
    assert!(!out.exists(), "a failed import left its passwords file");
    // Nor in a dry run.
    env.ok(&[
        "--dry-run",
        "user",
        "import",
        &file,
        "--passwords-out",
        out.to_str().unwrap(),
    ]);
    assert!(!out.exists(), "a dry run wrote a passwords file");
    env.refused(&["user", "show", "carol"], 1, "not_found");
}

#[test]
fn a_missing_or_unknown_column_is_refused() {
    let env = Env::new();
    let err = refused_import(
        &env,
        "handle,first_name,email\nbob,Bob,bob@acme.test\n",
        2,
        "invalid_input",
    );
    assert!(
        err["message"].as_str().unwrap().contains("last_name"),
        "{err}"
    );
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("handle,first_name,last_name,email"),
        "{err}"
    );
    let err = refused_import(
        &env,
        &format!("{HEADER},nickname\nbob,Bob,B,bob@acme.test,bobby\n"),
        2,
        "invalid_input",
    );
    assert!(
        err["message"].as_str().unwrap().contains("nickname"),
        "{err}"
    );
}

#[test]
fn one_bad_row_in_the_middle_imports_nothing_and_names_its_line() {
    let env = Env::new();
    let csv = format!(
        "{HEADER}\nbob,Bob,B,bob@acme.test\ncarol,Carol,C,not-an-email\ndan,Dan,D,dan@acme.test\n"
    );
    let err = refused_import(&env, &csv, 2, "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("line 3"), "{err}");
    assert_eq!(row_lines(&err), [3]);
    assert_eq!(err["rows"][0]["code"], "invalid_input");
    // Also in plain output.
    let file = csv_file(&env, "staff.csv", csv.as_bytes());
    let out = env.run(&["user", "import", &file]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 3") && stderr.contains("not-an-email"),
        "{stderr}"
    );
    assert!(stderr.contains("hint:"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn every_bad_row_is_reported() {
    let env = Env::new();
    let csv = format!(
        "{HEADER},active\n\
         ok1,Ok,One,ok1@acme.test,true\n\
         Bad Handle,B,B,b@acme.test,true\n\
         ok2,Ok,Two,ok2@acme.test,true\n\
         carol,,C,carol@acme.test,true\n\
         dan,D,D,dan@acme.test,maybe\n\
         erin,E,E\n\
         company,C,C,company@acme.test,false\n\
         fay,F,F,fay@@acme.test,\n"
    );
    // Rows that cannot be read (6: a bad active value, 7: too few fields) and
    // rows with bad values are reported together, in file order.
    let err = refused_import(&env, &csv, 2, "invalid_input");
    assert_eq!(row_lines(&err), [3, 5, 6, 7, 8, 9], "{err}");
    assert!(
        err["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["code"] == "invalid_input")
    );
    let message = err["message"].as_str().unwrap();
    assert!(message.contains("6 bad rows"), "{message}");
    for l in [3, 5, 6, 7, 8, 9] {
        assert!(message.contains(&format!("line {l}:")), "{message}");
    }
    assert!(
        !message.contains("line 2:") && !message.contains("line 4:"),
        "{message}"
    );
}

#[test]
fn an_empty_file_is_refused_and_a_header_only_file_imports_nothing() {
    let env = Env::new();
    let err = refused_import(&env, "", 2, "invalid_input");
    assert!(
        err["hint"]
            .as_str()
            .unwrap()
            .contains("handle,first_name,last_name,email"),
        "{err}"
    );
    // A header with no rows is a night with nothing to do: success, no change.
    let before = env.dump();
    let out = import_stdin(&env, &["--json", "-"], &format!("{HEADER}\n"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let done: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(done["imported"], 0);
    assert_eq!(before, env.dump());
    let out = import_stdin(&env, &["--json", "-"], "");
    assert_eq!(out.status.code(), Some(2));
    let file = env.dir.path().join("missing.csv");
    env.refused(
        &["user", "import", file.to_str().unwrap()],
        2,
        "invalid_input",
    );
}

#[test]
fn spaces_around_the_header_names_are_fine() {
    // Both imports trim the header's names; credits import trims its
    // fields too, user import keeps a name as given.
    let env = Env::new();
    let file = csv_file(
        &env,
        "spaced.csv",
        b"handle , first_name, last_name ,email\nbob,Bob,B,bob@acme.test\n",
    );
    assert_eq!(env.json(&["user", "import", &file])["imported"], 1);
    env.ok(&["credits", "topup", "10"]);
    let file = csv_file(
        &env,
        "credits.csv",
        b" from , to ,amount\ncompany, bob , 3\n",
    );
    assert_eq!(env.json(&["credits", "import", &file])["transfers"], 1);
    assert_eq!(env.json(&["credits", "balance", "bob"])[0]["balance"], 3);
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_fine() {
    let env = Env::new();
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(b"handle,first_name,last_name,email,active\r\nbob,Bob,B,bob@acme.test,true\r\ncarol,Carol,C,carol@acme.test,false\r\n");
    let file = csv_file(&env, "windows.csv", &bytes);
    let v = env.json(&["user", "import", &file]);
    assert_eq!(v["imported"], 2);
    let bob = env.json(&["user", "show", "bob"]);
    assert_eq!(bob["email"], "bob@acme.test", "no \\r kept");
    assert_eq!(
        env.json(&["user", "show", "carol"])["status"],
        "deactivated"
    );
    // From stdin too, and without a final line end.
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(b"handle,first_name,last_name,email\r\ndan,Dan,D,dan@acme.test");
    let out = env
        .cmd()
        .args(["--json", "user", "import", "-"])
        .write_stdin(bytes)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.json(&["user", "show", "dan"])["last_name"], "D");

    // A bad row of such a file is reported with its own line.
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(b"handle,first_name,last_name,email\r\nerin,E,E,erin@acme.test\r\nfay,F,F,bad\r\ngus,G,G\r\n");
    let file = csv_file(&env, "windows-bad.csv", &bytes);
    let err = env.refused(&["user", "import", &file], 2, "invalid_input");
    assert_eq!(row_lines(&err), [3, 4], "{err}");
}

#[test]
fn duplicates_within_the_file_are_refused() {
    let env = Env::new();
    let csv = format!(
        "{HEADER}\nbob,Bob,B,bob@acme.test\ncarol,C,C,carol@acme.test\nbob,Bobby,B,bobby@acme.test\n"
    );
    let err = refused_import(&env, &csv, 2, "invalid_input");
    assert_eq!(row_lines(&err), [4]);
    let m = err["rows"][0]["message"].as_str().unwrap();
    assert!(m.contains("bob") && m.contains("line 2"), "{m}");
    let csv = format!("{HEADER}\nbob,Bob,B,bob@acme.test\ncarol,C,C,BOB@acme.test\n");
    let err = refused_import(&env, &csv, 2, "invalid_input");
    assert_eq!(row_lines(&err), [3]);
}

#[test]
fn handles_and_emails_in_the_database_are_refused() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["user", "delete", "bob", "--yes"]);
    add_user(&env, "carol", &[]);
    let csv = format!(
        "{HEADER}\ndan,D,D,dan@acme.test\nbob,B,B,newbob@acme.test\nerin,E,E,CAROL@acme.test\n"
    );
    let err = refused_import(&env, &csv, 1, "already_exists");
    assert_eq!(row_lines(&err), [3, 4]);
    assert!(
        err["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["code"] == "already_exists")
    );
    // A deleted user's email is free again.
    let v = env.json_stdin(
        &["user", "import", "-"],
        &format!("{HEADER}\nbob2,B,B,bob@acme.test\n"),
    );
    assert_eq!(v["imported"], 1);
}

#[test]
fn an_unknown_role_is_reported_with_its_line() {
    let env = Env::new();
    let csv = format!("{HEADER},roles\nbob,B,B,bob@acme.test,\ncarol,C,C,carol@acme.test,wizard\n");
    let err = refused_import(&env, &csv, 1, "not_found");
    assert_eq!(row_lines(&err), [3]);
    assert!(
        err["rows"][0]["message"]
            .as_str()
            .unwrap()
            .contains("wizard")
    );
    // An administrator must be active.
    let csv = format!("{HEADER},roles,active\nbob,B,B,bob@acme.test,administrator,false\n");
    refused_import(&env, &csv, 2, "invalid_input");
}

/// A file that can never be imported as it is (a malformed row) exits 2,
/// whatever else the database refuses (SPEC section 5: exit 2 is "never as is").
#[test]
fn a_malformed_row_makes_the_whole_refusal_a_usage_error() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let csv = format!("{HEADER}\nbob,B,B,other@acme.test\ncarol,C,C,no-email\n");
    let err = refused_import(&env, &csv, 2, "invalid_input");
    assert_eq!(row_lines(&err), [2, 3]);
    assert_eq!(err["rows"][0]["code"], "already_exists");
    assert_eq!(err["rows"][1]["code"], "invalid_input");
}
