//! The configuration files: the system's, then the user's, then the
//! environment, then the flags; `config show` says where each value came from.

use crate::common::*;
use serde_json::Value;

/// The system's file and one user's, under the test's directory.
fn write(env: &Env, system: &str, user: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let system_file = env.dir.path().join("system.toml");
    std::fs::write(&system_file, system).expect("system file");
    let user_dir = env.dir.path().join(".config").join("tally");
    std::fs::create_dir_all(&user_dir).expect("user config directory");
    let user_file = user_dir.join("config.toml");
    std::fs::write(&user_file, user).expect("user file");
    (system_file, user_file)
}

/// tally with no TALLY_DB: what the files say is what it uses.
fn without_db(env: &Env, home: &std::path::Path, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env_remove("TALLY_DB")
        .env("HOME", home)
        .args(args)
        .output()
        .expect("run tally")
}

fn shown(out: &std::process::Output) -> Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn value_and_origin(v: &Value, key: &str) -> (Value, String) {
    let entry = v["values"]
        .as_array()
        .expect("values")
        .iter()
        .find(|e| e["key"] == key)
        .expect("the key");
    (
        entry["value"].clone(),
        entry["origin"].as_str().expect("origin").to_string(),
    )
}

#[test]
fn every_user_reaches_the_database_the_system_file_names() {
    let env = Env::on_file();
    let db = env.dir.path().join("org.db");
    let (system, _) = write(
        &env,
        &format!(
            "db = {:?}\nbusy_timeout = 30000\n",
            db.display().to_string()
        ),
        "",
    );
    // Created where the file says, by one admin...
    let out = without_db(&env, env.dir.path(), &INIT);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(db.is_file());
    // ...and found by another user, whose home holds no configuration (the
    // cron user, say).
    let other_home = env.dir.path().join("cron-home");
    std::fs::create_dir_all(&other_home).unwrap();
    let out = without_db(&env, &other_home, &["--json", "user", "list"]);
    let users = shown(&out);
    assert_eq!(users["users"][0]["handle"], "alice");

    let v = shown(&without_db(
        &env,
        &other_home,
        &["--json", "config", "show"],
    ));
    assert_eq!(
        value_and_origin(&v, "db"),
        (
            Value::from(db.display().to_string()),
            system.display().to_string()
        )
    );
    assert_eq!(
        value_and_origin(&v, "busy_timeout"),
        (Value::from("30000"), system.display().to_string())
    );
    assert_eq!(value_and_origin(&v, "smtp_password_file").1, "unset");
    assert_eq!(v["files"][0]["found"], true);
    assert_eq!(v["files"][1]["found"], false);
}

#[test]
fn the_users_file_then_the_environment_then_a_flag_win() {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    let (_, user) = write(&env, "actor = \"carol\"\n", "actor = \"bob\"\n");
    let show = |extra: &[(&str, &str)], args: &[&str]| {
        let mut c = env.cmd();
        for (k, v) in extra {
            c.env(k, v);
        }
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["config", "show"]);
        shown(&c.args(&all).output().expect("run"))
    };
    // The user's file over the system's.
    let (actor, from) = value_and_origin(&show(&[], &[]), "actor");
    assert_eq!(
        (actor, from),
        (Value::from("bob"), user.display().to_string())
    );
    // The file's actor acts: bob has no right to top up.
    env.refused(&["credits", "topup", "5"], 1, "permission_denied");
    // The environment over the files, a flag over the environment.
    let (actor, from) = value_and_origin(&show(&[("TALLY_AS", "alice")], &[]), "actor");
    assert_eq!(
        (actor, from.as_str()),
        (Value::from("alice"), "environment TALLY_AS")
    );
    let (actor, from) =
        value_and_origin(&show(&[("TALLY_AS", "alice")], &["--as", "carol"]), "actor");
    assert_eq!((actor, from.as_str()), (Value::from("carol"), "flag --as"));
    // Given after the command, or as --as=carol, it is the same flag.
    let out = env
        .cmd()
        .env("TALLY_AS", "alice")
        .args(["--json", "config", "show", "--as=carol"])
        .output()
        .expect("run");
    let (actor, from) = value_and_origin(&shown(&out), "actor");
    assert_eq!((actor, from.as_str()), (Value::from("carol"), "flag --as"));
    // The database from the environment, as the harness sets it.
    let (_, from) = value_and_origin(&show(&[], &[]), "db");
    assert_eq!(from, "environment TALLY_DB");
}

#[test]
fn a_bad_file_is_refused_naming_its_line_and_the_keys() {
    let env = Env::new();
    for (text, says) in [
        ("db = \"x.db\"\nactr = \"bob\"\n", "line 2"),
        ("busy_timeout = \"soon\"\n", "line 1"),
        ("db = \"unterminated\n", "line 1"),
    ] {
        write(&env, text, "");
        let err = env.refused(&["--json", "config", "show"], 2, "invalid_input");
        let message = err["message"].as_str().expect("message");
        assert!(
            message.contains("system.toml") && message.contains(says),
            "{message}"
        );
        assert!(
            err["hint"].as_str().expect("hint").contains("busy_timeout"),
            "{err}"
        );
    }
}
