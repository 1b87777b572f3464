//! Service accounts: users that are not people (a cron job's actor). No
//! password, no email needed, no seat, no credits; shown as such.
use crate::common::*;

fn add_bot(env: &Env, handle: &str, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["user", "add", handle, "--service"];
    args.extend_from_slice(extra);
    env.json(&args)
}

#[test]
fn a_service_account_has_no_password_no_email_and_says_what_it_is() {
    let env = Env::new();
    let added = add_bot(&env, "ops-bot", &["--role", "administrator"]);
    assert_eq!(added["service"], true);
    assert_eq!(added["email"], serde_json::Value::Null);
    assert_eq!(added["password"], serde_json::Value::Null);
    assert_eq!(added["status"], "active");
    assert_eq!(keys(&added), user_keys_and(&["password"]));
    // Nothing to hash, nothing recorded: the database holds no password.
    let rows = env.rows("SELECT password_hash, email, service FROM users WHERE handle = 'ops-bot'");
    assert_eq!(rows, [["NULL", "NULL", "1"]]);

    let shown = env.json(&["user", "show", "ops-bot"]);
    assert_eq!(shown["service"], true);
    assert_eq!(env.json(&["user", "show", "alice"])["service"], false);
    // In a pipe, the list's last column says what each user is.
    let list = env.ok(&["user", "list"]);
    let bot = list.lines().find(|l| l.starts_with("ops-bot\t")).unwrap();
    assert!(bot.ends_with("\tservice"), "{bot}");
    assert!(bot.contains("\t-\t"), "no email shown as '-': {bot}");
    let alice = list.lines().find(|l| l.starts_with("alice\t")).unwrap();
    assert!(alice.ends_with("\tperson"), "{alice}");
    // Said once, without a password to note.
    let text = env.ok(&["user", "add", "nightly", "--service"]);
    assert!(
        text.contains("added the service account 'nightly'"),
        "{text}"
    );
    assert!(!text.contains("password\t"), "{text}");
    assert!(
        env.ok(&["-q", "user", "add", "other-bot", "--service"])
            .is_empty()
    );

    // It may have an email, which is then as unique as anyone's.
    add_bot(&env, "mailer", &["--email", "mailer@acme.test"]);
    env.refused(
        &[
            "user",
            "add",
            "mailer2",
            "--service",
            "--email",
            "alice@acme.test",
        ],
        1,
        "already_exists",
    );
    // A person still needs one.
    env.refused(
        &["user", "add", "bob", "--first", "B", "--last", "B"],
        2,
        "invalid_input",
    );
    env.ok(&["verify"]);
}

#[test]
fn a_service_account_holds_receives_uses_and_shares_no_credits() {
    let env = Env::new();
    add_bot(&env, "ops-bot", &["--role", "administrator"]);
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "topup", "100"]);
    for args in [
        &[
            "credits", "assign", "--from", "company", "--to", "ops-bot", "5",
        ][..],
        &["credits", "assign", "--from", "ops-bot", "--to", "bob", "5"],
        &["credits", "use", "ops-bot", "1"],
        &["owner", "set", "bob", "ops-bot"],
        &["owner", "set", "ops-bot", "bob"],
    ] {
        let e = env.refused(args, 1, "service_account");
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("'ops-bot' is a service account"),
            "{e}"
        );
    }
    let e = env.refused(&["user", "reset-password", "ops-bot"], 1, "service_account");
    assert!(e["hint"].as_str().unwrap().contains("--as ops-bot"), "{e}");
    // What it is for: a job acting as it moves credits between others.
    let moved = json_as(
        &env,
        "ops-bot",
        &["credits", "assign", "--from", "company", "--to", "bob", "5"],
    );
    assert_eq!(moved["to_balance"], 5);
    let audit = env.audit();
    assert_eq!(audit[0]["actor"], "ops-bot");
    // It can be deactivated and activated like anyone: it holds nothing.
    env.ok(&["role", "revoke", "ops-bot", "administrator"]);
    env.ok(&["user", "deactivate", "ops-bot"]);
    env.ok(&["user", "activate", "ops-bot"]);
    env.ok(&["verify"]);
}

#[test]
fn a_service_account_is_shown_on_the_invoice_and_never_billed() {
    let env = Env::new();
    env.ok(&["billing", "set-price", "10"]);
    add_bot(&env, "ops-bot", &[]);
    add_user(&env, "bob", &[]);
    // Seats are people: alice and bob.
    assert_eq!(env.json(&["billing", "status"])["active_users"], 2);
    assert_eq!(env.json(&["user", "list"])["active_users"], 2);
    let period = &env.now[..7];
    let inv = env.json(&["billing", "invoice", "--period", period]);
    let lines = inv["lines"].as_array().unwrap();
    let bot = lines.iter().find(|l| l["handle"] == "ops-bot").unwrap();
    assert_eq!(bot["service"], true);
    assert_eq!(bot["amount_minor"], 0);
    assert!(bot["days"].as_i64().unwrap() > 0);
    let people: i64 = lines
        .iter()
        .filter(|l| l["service"] == false)
        .map(|l| l["amount_minor"].as_i64().unwrap())
        .sum();
    assert_eq!(inv["total_minor"], people);
    assert!(people > 0);
    // The summary counts people, and names the service account apart.
    let out = env.run(&["billing", "invoice", "--period", period]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("for 2 users; 1 service account, not billed"),
        "{stderr}"
    );
}

/// What SQL cannot do behind tally's back: make a person of a service
/// account, give it credits, make it an owner, or leave a person without
/// a password.
#[test]
fn the_schema_holds_the_service_account_rules() {
    let env = Env::new();
    add_bot(&env, "ops-bot", &[]);
    add_user(&env, "bob", &[]);
    let bot = &env.rows("SELECT id FROM users WHERE handle = 'ops-bot'")[0][0];
    for sql in [
        "UPDATE users SET service = 0 WHERE handle = 'ops-bot'".to_string(),
        format!("UPDATE users SET credit_owner_id = {bot} WHERE handle = 'bob'"),
        format!(
            "INSERT INTO accounts (kind_id, holder, user_id) VALUES ((SELECT min(id) FROM credit_kinds), 'user', {bot})"
        ),
        "UPDATE users SET password_hash = NULL WHERE handle = 'bob'".to_string(),
        "UPDATE users SET email = NULL WHERE handle = 'bob'".to_string(),
        "UPDATE users SET password_hash = 'x' WHERE handle = 'ops-bot'".to_string(),
    ] {
        let before = env.dump();
        assert!(env.try_sql(&sql).is_err(), "the schema let through: {sql}");
        assert_eq!(before, env.dump(), "{sql}");
    }
}

/// A database from before service accounts is migrated on open: every
/// user kept, every reference to them intact, and the new rules in force.
#[test]
fn a_database_from_before_service_accounts_is_migrated() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    env.ok(&["credits", "topup", "100"]);
    env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "7"]);
    env.ok(&["owner", "set", "carol", "bob"]);
    let before = env.json(&["user", "list", "--status", "all"]);
    env.sql(&before_service_accounts(env.pg.is_some()));
    // As an older tally left it: no column for what a user is.
    let columns = if env.pg.is_some() {
        env.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'service' AND table_schema = current_schema()")
    } else {
        env.rows("SELECT name FROM pragma_table_info('users') WHERE name = 'service'")
    };
    assert!(columns.is_empty());
    let after = env.json(&["user", "list", "--status", "all"]);
    assert_eq!(before, after);
    assert_eq!(env.json(&["credits", "balance", "bob"])[0]["balance"], 7);
    env.ok(&["verify"]);
    add_bot(&env, "ops-bot", &[]);
    env.refused(&["owner", "set", "bob", "ops-bot"], 1, "service_account");
    env.ok(&["verify"]);
}
