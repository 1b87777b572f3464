//! The whole suite once more with every organization on the PostgreSQL
//! test server: `cargo test` runs each test on a file, and this test runs
//! this same binary again with `TALLY_TEST_ENGINE=postgres`, so that the one
//! test command covers both engines. Only the tests below, which are about
//! a file itself, are left out of the second run; each has a reason, and
//! most have a counterpart on the server.

use std::process::Command;

use crate::common::on_postgres;

/// Tests of what only a file has: its bytes, its locks, its permissions,
/// its migrations. A prefix of test names, and why.
const FILE_ONLY: &[(&str, &str)] = &[
    (
        "faults::",
        "disk faults injected into the file's own writes (a server keeps its own disk)",
    ),
    (
        "init::a_file_from_a_newer_tally",
        "PRAGMA user_version (postgres::init_takes_only_an_empty_database on a server)",
    ),
    (
        "init::a_foreign_sqlite_file",
        "a SQLite file of another program",
    ),
    ("init::a_garbage_file", "the bytes of a file"),
    (
        "expiry::a_file_with_checks_tally_did_not_write",
        "the text of a file's schema",
    ),
    (
        "expiry::a_file_with_in_lists",
        "the text of a file's schema (a server's constraints are dropped and made again)",
    ),
    ("init::a_text_file", "the bytes of a file"),
    ("init::an_empty_file", "an empty file"),
    ("init::an_unwritable_file", "file permissions"),
    (
        "init::init_marks_the_file",
        "the file's application id and user_version",
    ),
    (
        "hostile::a_schema_version_set_back_to_zero",
        "PRAGMA user_version (a server's version is checked by postgres::init_takes_only_an_empty_database)",
    ),
    (
        "hostile::restore_",
        "restore puts a file in place of a file",
    ),
    (
        "mail::a_version_one_outbox_is_migrated",
        "a version 1 file; a server starts at version 2",
    ),
    (
        "verify_backup::verify_fails_on_a_broken_foreign_key",
        "needs SQLite's foreign keys turned off; a server always enforces them",
    ),
    (
        "concurrency::a_held_lock_is_busy",
        "the file's lock (db_copy::a_lock_held_on_the_server... on a server)",
    ),
    (
        "completion::offers_nothing_when_the_database_cannot_be_read",
        "an unreadable file",
    ),
];

#[test]
fn every_test_also_passes_on_postgresql() {
    // This run is the second one already: nothing to run again.
    if on_postgres() {
        return;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let mut cmd = Command::new(exe);
    cmd.env("TALLY_TEST_ENGINE", "postgres")
        .args(["--skip", "engines::"]);
    for (prefix, _) in FILE_ONLY {
        cmd.args(["--skip", prefix]);
    }
    let out = cmd.output().expect("run the test binary again");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary = stdout
        .lines()
        .rfind(|l| l.starts_with("test result:"))
        .unwrap_or("no summary")
        .to_string();
    if !out.status.success() {
        // The failures and their output, not every passing test's line.
        let failures = stdout
            .find("\nfailures:\n")
            .map_or(&stdout[..], |at| &stdout[at..]);
        panic!(
            "on PostgreSQL: {summary}\n{failures}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Not passed by running nothing: the suite's tests ran on the server.
    let passed: usize = summary
        .split_whitespace()
        .skip_while(|w| *w != "ok.")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(passed > 200, "on PostgreSQL: {summary}");
}
