//! What tally asks on a terminal, driven through a real pseudo-terminal: the
//! credits dialogue of the help page, missing names, and confirmations.
use crate::common::*;

use rexpect::session::{PtySession, spawn_command};

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";

/// tally on a pseudo-terminal, with the environment's database and "now".
fn spawn(env: &Env, args: &[&str]) -> PtySession {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("tally"));
    cmd.env_clear()
        .env("TALLY_DB", &env.db)
        .env("TALLY_NOW", &env.now)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .args(args);
    if let Some(p) = &env.pg {
        cmd.env("PGPASSWORD", &p.password);
    }
    spawn_command(cmd, Some(20_000)).expect("spawn on a pty")
}

fn send(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

fn balance(env: &Env, account: &str) -> i64 {
    env.json(&["credits", "balance", account])[0]["balance"]
        .as_i64()
        .unwrap()
}

#[test]
fn assign_asks_direction_sender_receiver_and_amount_then_confirms() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    env.ok(&["credits", "topup", "100"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "carol", "30",
    ]);

    // From user to user: carol (balance 30) gives bob 25.
    let mut p = spawn(&env, &["credits", "assign"]);
    p.exp_string("Direction").unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    p.exp_string("carol (balance 30)").unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}")); // alice, bob, carol
    p.exp_string("Receiver").unwrap();
    p.exp_string("bob (balance 0)").unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}")); // alice, bob
    p.exp_string("at most 30").unwrap();
    // More than the sender has is refused at the prompt, then corrected.
    send(&mut p, &format!("31{ENTER}"));
    p.exp_string("carol has only 30").unwrap();
    send(&mut p, &format!("25{ENTER}"));
    p.exp_string("Assign 25 credits from carol to bob?")
        .unwrap();
    send(&mut p, "y");
    p.exp_string("moved 25 credits from carol (now 5) to bob (now 25)")
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!((balance(&env, "carol"), balance(&env, "bob")), (5, 25));
}

#[test]
fn declining_the_confirmation_changes_nothing() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "topup", "100"]);
    let before = env.dump();
    let mut p = spawn(&env, &["credits", "assign"]);
    p.exp_string("Direction").unwrap();
    send(&mut p, ENTER); // from company to user
    p.exp_string("company (balance 100)").unwrap();
    p.exp_string("Receiver").unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}")); // alice, bob
    p.exp_string("at most 100").unwrap();
    send(&mut p, &format!("10{ENTER}"));
    p.exp_string("Assign 10 credits from company to bob?")
        .unwrap();
    send(&mut p, "n");
    p.exp_string("not confirmed").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(before, env.dump());
}

#[test]
fn user_add_asks_for_missing_names() {
    let env = Env::new();
    let mut p = spawn(&env, &["user", "add", "dora", "--email", "dora@acme.test"]);
    p.exp_string("First name").unwrap();
    send(&mut p, &format!("Dóra{ENTER}"));
    p.exp_string("Last name").unwrap();
    send(&mut p, &format!("Explorer{ENTER}"));
    p.exp_string("added 'dora' (active)").unwrap();
    p.exp_eof().unwrap();
    let dora = env.json(&["user", "show", "dora"]);
    assert_eq!(
        (dora["first_name"].as_str(), dora["last_name"].as_str()),
        (Some("Dóra"), Some("Explorer"))
    );
}

#[test]
fn delete_asks_for_confirmation_on_a_terminal() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let mut p = spawn(&env, &["user", "delete", "bob"]);
    p.exp_string("Delete 'bob' for good?").unwrap();
    send(&mut p, "n");
    p.exp_eof().unwrap();
    assert_eq!(env.json(&["user", "show", "bob"])["status"], "active");

    let mut p = spawn(&env, &["user", "delete", "bob"]);
    p.exp_string("Delete 'bob' for good?").unwrap();
    send(&mut p, "y");
    p.exp_string("deleted 'bob'").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        env.json(&["user", "list", "--status", "deleted"])["users"][0]["handle"],
        "bob"
    );
}

#[test]
fn delete_checks_the_rules_before_asking() {
    let env = Env::new();
    add_user(&env, "carol", &[]);
    env.ok(&["credits", "topup", "10"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "carol", "3",
    ]);
    // On a terminal: refused at once, never asked.
    let mut p = spawn(&env, &["user", "delete", "carol"]);
    let out = p.exp_eof().unwrap();
    assert!(out.contains("carol"), "{out}");
    assert!(!out.contains("for good?"), "asked before the rules: {out}");
    // Without a terminal: the rule's refusal, not a request to confirm.
    env.refused(&["user", "delete", "carol"], 1, "has_credits");
    assert_eq!(env.json(&["user", "show", "carol"])["status"], "active");
}

#[test]
fn without_a_terminal_assign_needs_every_argument() {
    let env = Env::new();
    let err = env.refused(&["credits", "assign"], 2, "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("--from"), "{err}");
    env.refused(
        &["credits", "assign", "--from", "company", "--to", "alice"],
        2,
        "invalid_input",
    );
}

#[test]
fn the_dialogue_needs_only_assign_credits() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "tess", &[]);
    env.ok(&["role", "add", "treasurer", "--rights", "assign-credits"]);
    env.ok(&["role", "grant", "tess", "treasurer"]);
    env.ok(&["credits", "topup", "100"]);
    let mut p = spawn(&env, &["--as", "tess", "credits", "assign"]);
    p.exp_string("Direction").unwrap();
    send(&mut p, ENTER); // from company to user
    p.exp_string("Receiver").unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}")); // alice, bob, tess
    p.exp_string("at most 100").unwrap();
    send(&mut p, &format!("7{ENTER}"));
    p.exp_string("Assign 7 credits from company to bob?")
        .unwrap();
    send(&mut p, "y");
    p.exp_string("moved 7 credits").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(balance(&env, "bob"), 7);
}

#[test]
fn tables_on_a_terminal_and_no_colour_with_no_color() {
    let env = Env::new();
    // spawn() sets NO_COLOR: a table, with no escape sequences.
    let mut p = spawn(&env, &["user", "list"]);
    let out = p.exp_eof().unwrap();
    assert!(out.contains("Active users: 1"), "{out}");
    assert!(out.contains("HANDLE") && out.contains("alice"), "{out}");
    assert!(!out.contains('\x1b'), "colour despite NO_COLOR: {out:?}");

    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("tally"));
    cmd.env_clear()
        .env("TALLY_DB", &env.db)
        .env("TERM", "xterm")
        .args(["user", "list"]);
    if let Some(p) = &env.pg {
        cmd.env("PGPASSWORD", &p.password);
    }
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    let out = p.exp_eof().unwrap();
    assert!(
        out.contains('\x1b'),
        "no bold header on a terminal: {out:?}"
    );
    // CLICOLOR=0 and a dumb terminal say no colour too.
    for (var, value, term) in [
        ("CLICOLOR", "0", "xterm"),
        ("TALLY_NOW", "2026-03-15T12:00:00Z", "dumb"),
    ] {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("tally"));
        cmd.env_clear()
            .env("TALLY_DB", &env.db)
            .env("TERM", term)
            .env(var, value)
            .args(["user", "list"]);
        if let Some(p) = &env.pg {
            cmd.env("PGPASSWORD", &p.password);
        }
        let mut p = spawn_command(cmd, Some(20_000)).unwrap();
        let out = p.exp_eof().unwrap();
        assert!(out.contains("alice"), "{out}");
        assert!(
            !out.contains('\x1b'),
            "colour with {var}={value} TERM={term}: {out:?}"
        );
    }
}

#[test]
fn a_long_list_on_a_terminal_is_drawn_a_screen_at_a_time_in_one_set_of_columns() {
    let env = Env::new();
    // 450 more users than a screen holds, written straight into the tables.
    insert_users(&env, "user", 450);
    let mut p = spawn(&env, &["user", "list"]);
    let out = p.exp_eof().unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.iter().filter(|l| l.contains("HANDLE")).count(),
        1,
        "one header: {out}"
    );
    let rows: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.contains("@example.test") || l.contains("alice"))
        .collect();
    assert_eq!(rows.len(), 451, "every user, once: {out}");
    // Every row has its email and status where the header's columns are.
    let header = lines.iter().find(|l| l.contains("HANDLE")).unwrap();
    let email_at = header.find("EMAIL").unwrap();
    let status_at = header.find("STATUS").unwrap();
    for row in &rows {
        let email = row.find("@example.test").or(row.find("@")).unwrap();
        let start = row[..email].rfind(' ').unwrap() + 1;
        assert_eq!(
            start, email_at,
            "the email column moved: {row:?}\n{header:?}"
        );
        assert_eq!(row.find("active").unwrap(), status_at, "{row:?}");
    }
}

#[test]
fn numbers_in_a_table_on_a_terminal_are_right_aligned() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "topup", "1000"]);
    env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "5"]);
    let mut p = spawn(&env, &["credits", "balance"]);
    let out = p.exp_eof().unwrap();
    let lines: Vec<&str> = out.lines().map(|l| l.trim_end_matches('\r')).collect();
    let header = lines
        .iter()
        .find(|l| l.contains("BALANCE"))
        .expect("a header");
    let end = header.find("BALANCE").unwrap() + "BALANCE".len();
    for who in ["bob", "company"] {
        let line = lines
            .iter()
            .find(|l| l.contains(who) && !l.contains("BALANCE"))
            .unwrap_or_else(|| panic!("{who} in {out}"));
        // The last digit sits under the header's last letter.
        assert_eq!(line.trim_end().len(), end, "{out}");
    }
}
