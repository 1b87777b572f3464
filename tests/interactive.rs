//! What tally asks on a terminal, driven through a real pseudo-terminal: the
//! credits dialogue of the help page, missing names, and confirmations.
use crate::common::*;

use serde_json::json;

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::{PtySession, spawn_command};

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const SHOW_CURSOR: &str = "\x1b[?25h";
const HIDE_CURSOR: &str = "\x1b[?25l";

/// How tally ended on the pseudo-terminal.
#[derive(Debug, PartialEq, Eq)]
enum Exit {
    Code(i32),
    Signal(Signal),
}

fn exit_status(p: &PtySession) -> Exit {
    match p.process().wait().expect("wait for tally") {
        WaitStatus::Exited(_, code) => Exit::Code(code),
        WaitStatus::Signaled(_, signal, _) => Exit::Signal(signal),
        other => panic!("tally neither exited nor was killed: {other:?}"),
    }
}

/// Whether the cursor is shown at the end of `transcript`: no "hide
/// cursor" after the last "show cursor".
fn cursor_shown(transcript: &str) -> bool {
    match (transcript.rfind(SHOW_CURSOR), transcript.rfind(HIDE_CURSOR)) {
        (_, None) => true,
        (Some(show), Some(hide)) => show > hide,
        (None, Some(_)) => false,
    }
}

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
    p.exp_string("Sender (balances in credits; type to filter)")
        .unwrap();
    p.exp_string("carol (30 credits)").unwrap();
    // Only carol holds credits: she is the one sender offered.
    send(&mut p, ENTER);
    let senders = p.exp_string("Receiver").unwrap();
    assert!(
        !senders.contains("alice (0") && !senders.contains("bob (0"),
        "a sender with nothing to give was offered: {senders:?}"
    );
    p.exp_string("bob (0 credits)").unwrap();
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
    p.exp_string("company (100 credits)").unwrap();
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
fn assign_among_two_hundred_users_by_typing_part_of_a_handle() {
    let env = Env::new();
    insert_users(&env, "user", 200);
    env.ok(&["credits", "kind", "add", "sms"]);
    env.ok(&["credits", "topup", "1000", "--kind", "sms"]);
    for (to, amount) in [("user150", "40"), ("user7", "5")] {
        env.ok(&[
            "credits", "assign", "--from", "company", "--to", to, amount, "--kind", "sms",
        ]);
    }
    let sms = |who: &str| {
        env.json(&["credits", "balance", who, "--kind", "sms"])[0]["balance"]
            .as_i64()
            .unwrap()
    };

    let mut p = spawn(&env, &["credits", "assign", "--kind", "sms"]);
    p.exp_string("Direction").unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}")); // from user to user
    // The balances are of the kind asked for, and only the two users who
    // hold some are offered as senders.
    p.exp_string("Sender (balances in sms; type to filter)")
        .unwrap();
    send(&mut p, "150");
    p.exp_string("user150 (40 sms)").unwrap();
    send(&mut p, ENTER);
    let senders = p.exp_string("Receiver (balances in sms").unwrap();
    assert!(senders.contains("user7 (5 sms)"), "{senders:?}");
    assert!(!senders.contains("(0 sms)"), "{senders:?}");
    // 200 receivers: typing finds one that is far down the list.
    send(&mut p, "user177");
    p.exp_string("user177 (0 sms)").unwrap();
    send(&mut p, ENTER);
    p.exp_string("at most 40").unwrap();
    send(&mut p, &format!("12{ENTER}"));
    p.exp_string("Assign 12 sms from user150 to user177?")
        .unwrap();
    send(&mut p, "y");
    p.exp_string("moved 12 sms from user150 (now 28) to user177 (now 12)")
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!((sms("user150"), sms("user177"), sms("user7")), (28, 12, 5));
}

#[test]
fn assign_with_nothing_to_give_is_refused_before_asking() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let mut p = spawn(&env, &["credits", "assign"]);
    let out = p.exp_eof().unwrap();
    assert!(
        out.contains("no account holds any credits to assign"),
        "{out}"
    );
    assert!(out.contains("tally credits topup"), "{out}");
    assert!(!out.contains("Direction"), "asked all the same: {out}");
    assert_eq!(exit_status(&p), Exit::Code(1));
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
        // A row has an email, whole or cut to fit the terminal.
        .filter(|l| l.contains('@'))
        .collect();
    assert_eq!(rows.len(), 451, "every user, once: {out}");
    // Every row has its email and status where the header's columns are.
    let header = lines.iter().find(|l| l.contains("HANDLE")).unwrap();
    let email_at = header.find("EMAIL").unwrap();
    let status_at = header.find("STATUS").unwrap();
    for row in &rows {
        let email = row.find('@').unwrap();
        let start = row[..email].rfind(' ').unwrap() + 1;
        assert_eq!(
            start, email_at,
            "the email column moved: {row:?}\n{header:?}"
        );
        // In columns: a cut cell ends in an ellipsis, which the terminal
        // session reads as its three UTF-8 bytes, one character each.
        let row = row.replace("\u{e2}\u{80}\u{a6}", "…");
        let status = row[..row.find("active").unwrap()].chars().count();
        assert_eq!(status, header[..status_at].chars().count(), "{row:?}");
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

#[test]
fn user_add_checks_the_handle_the_right_and_the_email_before_asking() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let before = env.dump();
    let refused_at_once = |args: &[&str], says: &str, exit: i32| {
        let mut p = spawn(&env, args);
        let out = p.exp_eof().unwrap();
        assert!(
            out.contains("error:") && out.contains(says),
            "{args:?}: {out}"
        );
        assert!(!out.contains("First name"), "{args:?} asked first: {out}");
        assert_eq!(exit_status(&p), Exit::Code(exit), "{args:?}: {out}");
    };
    // The handle is taken, or malformed.
    refused_at_once(&["user", "add", "bob"], "bob", 1);
    refused_at_once(&["user", "add", "Dora!"], "handle", 2);
    // The email given is taken, or malformed.
    refused_at_once(
        &["user", "add", "dora", "--email", "bob@acme.test"],
        "bob@acme.test",
        1,
    );
    refused_at_once(
        &["user", "add", "dora", "--email", "dora-at-acme"],
        "dora-at-acme",
        2,
    );
    assert_eq!(before, env.dump());
    // The actor may not add users: refused, and the refusal audited.
    refused_at_once(&["--as", "bob", "user", "add", "dora"], "edit-users", 1);
    let denied = &env.audit()[0];
    assert_eq!(
        (&denied["outcome"], &denied["actor"]),
        (&json!("denied"), &json!("bob"))
    );
    env.refused(&["user", "show", "dora"], 1, "not_found");
}

#[test]
fn user_add_asks_again_after_a_bad_email() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    let mut p = spawn(&env, &["user", "add", "dora"]);
    p.exp_string("First name").unwrap();
    send(&mut p, &format!("Dora{ENTER}"));
    p.exp_string("Last name").unwrap();
    send(&mut p, &format!("Explorer{ENTER}"));
    p.exp_string("Email").unwrap();
    send(&mut p, &format!("dora-at-acme{ENTER}"));
    p.exp_string("not a valid email address").unwrap();
    p.exp_string("Email").unwrap();
    send(&mut p, &format!("BOB@acme.test{ENTER}"));
    p.exp_string("'bob'").unwrap();
    p.exp_string("Email").unwrap();
    send(&mut p, &format!("dora@acme.test{ENTER}"));
    p.exp_string("added 'dora' (active)").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_status(&p), Exit::Code(0));
    let dora = env.json(&["user", "show", "dora"]);
    assert_eq!(dora["email"], "dora@acme.test");
    assert_eq!(dora["last_name"], "Explorer");
}

#[test]
fn esc_cancels_a_prompt_and_changes_nothing() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "topup", "100"]);
    let before = env.dump();
    let cancelled = |p: &mut PtySession| {
        let out = p.exp_eof().unwrap();
        assert!(out.contains("cancelled; nothing was changed"), "{out}");
        assert!(cursor_shown(&out), "the cursor stayed hidden: {out:?}");
        assert_eq!(exit_status(p), Exit::Code(130));
    };

    // A text prompt.
    let mut p = spawn(&env, &["user", "add", "dora"]);
    p.exp_string("First name").unwrap();
    send(&mut p, &format!("Dora{ENTER}"));
    p.exp_string("Last name").unwrap();
    send(&mut p, "Expl");
    send(&mut p, ESC);
    cancelled(&mut p);

    // A list, a list to filter, an amount and a confirmation.
    for keys in [
        vec![],
        vec![ENTER.to_string()],
        vec![ENTER.to_string(), ENTER.to_string()],
        vec![ENTER.to_string(), ENTER.to_string(), format!("5{ENTER}")],
    ] {
        let mut p = spawn(&env, &["credits", "assign"]);
        p.exp_string("Direction").unwrap();
        for k in &keys {
            // Each answer once its question is drawn.
            std::thread::sleep(std::time::Duration::from_millis(150));
            send(&mut p, k);
        }
        std::thread::sleep(std::time::Duration::from_millis(150));
        send(&mut p, ESC);
        cancelled(&mut p);
    }
    assert_eq!(before, env.dump());
}

#[test]
fn ctrl_c_at_a_prompt_shows_the_cursor_again_and_changes_nothing() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "topup", "100"]);
    let before = env.dump();

    // A list hides the cursor while it is drawn.
    let mut p = spawn(&env, &["credits", "assign"]);
    let mut seen = p.exp_string("From company to user").unwrap();
    assert!(
        seen.contains(HIDE_CURSOR),
        "the list hid no cursor: {seen:?}"
    );
    p.send_control('c').unwrap();
    seen += &p.exp_eof().unwrap();
    assert!(cursor_shown(&seen), "the cursor stayed hidden: {seen:?}");
    // Ended by the interrupt, as without tally's handler: the shell says 130.
    assert_eq!(exit_status(&p), Exit::Signal(Signal::SIGINT));

    // A text prompt, and a confirmation.
    let mut p = spawn(&env, &["user", "add", "dora"]);
    p.exp_string("First name").unwrap();
    p.send_control('c').unwrap();
    let out = p.exp_eof().unwrap();
    assert!(out.contains(SHOW_CURSOR), "{out:?}");
    assert_eq!(exit_status(&p), Exit::Signal(Signal::SIGINT));

    let mut p = spawn(&env, &["user", "delete", "bob"]);
    let mut seen = p.exp_string("for good?").unwrap();
    p.send_control('c').unwrap();
    seen += &p.exp_eof().unwrap();
    assert!(cursor_shown(&seen), "the cursor stayed hidden: {seen:?}");
    assert_eq!(exit_status(&p), Exit::Signal(Signal::SIGINT));

    assert_eq!(before, env.dump());
}
