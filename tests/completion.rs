//! Dynamic completion: `COMPLETE=fish tally -- tally ...` offers handles,
//! roles, plans and credit kinds from the database, and nothing (never an
//! error) when the database cannot be read.
use crate::common::*;

/// The candidates the shell would be offered for the last word of `line`,
/// without the options clap always adds.
fn candidates(env: &Env, line: &[&str]) -> Vec<String> {
    let mut args = vec!["--", "tally"];
    args.extend_from_slice(line);
    let out = env
        .cmd()
        .env("COMPLETE", "fish")
        .args(&args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "completion failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "completion wrote to stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .filter(|c| !c.starts_with('-'))
        .collect()
}

fn organization() -> Env {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    add_user(&env, "carol", &[]);
    add_user(&env, "gone", &[]);
    env.ok(&["user", "delete", "gone", "--yes"]);
    env.ok(&["role", "add", "support", "--rights", "view-users"]);
    env.ok(&["credits", "kind", "add", "sms"]);
    env.ok(&["plan", "add", "starter", "--credits", "100", "--price", "9"]);
    env
}

#[test]
fn completes_handles_but_not_deleted_users() {
    let env = organization();
    assert_eq!(
        candidates(&env, &["user", "show", ""]),
        ["alice", "bob", "carol"]
    );
    assert_eq!(candidates(&env, &["user", "show", "c"]), ["carol"]);
    assert_eq!(candidates(&env, &["--as", ""]), ["alice", "bob", "carol"]);
    assert_eq!(
        candidates(&env, &["owner", "set", "bob", ""]),
        ["alice", "bob", "carol"]
    );
}

#[test]
fn completes_roles_plans_kinds_and_accounts() {
    let env = organization();
    assert_eq!(
        candidates(&env, &["role", "grant", "bob", ""]),
        ["administrator", "support"]
    );
    assert_eq!(
        candidates(&env, &["order", "place", "bob", "--plan", ""]),
        ["starter"]
    );
    assert_eq!(
        candidates(&env, &["credits", "use", "bob", "1", "--kind", ""]),
        ["credits", "sms"]
    );
    assert_eq!(
        candidates(&env, &["user", "offboard", "bob", "--credits-to", ""]),
        ["company", "alice", "bob", "carol"]
    );
}

#[test]
fn reads_the_database_named_on_the_line_being_completed() {
    let env = organization();
    let other = Env::new();
    let db = other.db.to_str().unwrap();
    assert_eq!(
        candidates(&env, &["--db", db, "user", "show", ""]),
        ["alice"]
    );
}

#[test]
fn offers_nothing_when_the_database_cannot_be_read() {
    let env = Env::empty();
    assert!(candidates(&env, &["user", "show", ""]).is_empty());
    assert!(!env.db.exists(), "completion created the database");
    std::fs::write(&env.db, b"not a database at all").unwrap();
    assert!(candidates(&env, &["user", "show", ""]).is_empty());
    assert_eq!(std::fs::read(&env.db).unwrap(), b"not a database at all");
}
