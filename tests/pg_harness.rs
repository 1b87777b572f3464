//! The PostgreSQL server the tests start themselves: one per run, a fresh
//! database per test, a password role over TCP, room for many connections.
use crate::common::pg::{self, fresh_database};

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::process::Command;
use std::sync::{Arc, Barrier};

/// Tables of the `public` schema, by name.
fn public_tables(db: &pg::PgDb) -> Vec<Vec<String>> {
    db.rows(
        "SELECT table_name FROM information_schema.tables
         WHERE table_schema = 'public' ORDER BY table_name",
    )
}

#[test]
fn fresh_databases_are_distinct_empty_and_owned_by_the_test_role() {
    let a = fresh_database();
    let b = fresh_database();
    assert_ne!(a.name, b.name);
    assert_eq!(a.port, b.port, "one server for the whole run");
    assert_ne!(a.url(), b.url());
    for db in [&a, &b] {
        assert_eq!(
            db.url(),
            format!("postgres://tally_test@127.0.0.1:{}/{}", db.port, db.name)
        );
        assert!(
            !db.url().contains(&db.password),
            "the URL shows no password"
        );
        assert_eq!(
            db.rows("SELECT current_database(), current_user"),
            [[db.name.clone(), pg::ROLE.to_string()]]
        );
        assert_eq!(
            db.value(
                "SELECT pg_get_userbyid(datdba) FROM pg_database
                 WHERE datname = current_database()"
            ),
            pg::ROLE
        );
        assert!(public_tables(db).is_empty(), "{} is not empty", db.name);
    }

    // What one database gets, the other does not see.
    a.sql("CREATE TABLE only_in_a (id integer)");
    assert_eq!(public_tables(&a), [["only_in_a"]]);
    assert!(public_tables(&b).is_empty());
}

#[test]
fn the_test_role_creates_a_table_and_reads_it_back() {
    let db = fresh_database();
    db.sql(
        "CREATE TABLE users (id bigint PRIMARY KEY, handle text NOT NULL, note text);
         INSERT INTO users VALUES (1, 'alice', 'first'), (2, 'bob', NULL);",
    );
    assert_eq!(
        db.rows("SELECT id, handle, note FROM users ORDER BY id"),
        [["1", "alice", "first"], ["2", "bob", "NULL"]]
    );
    // Typed, through the client.
    let mut client = db.client();
    let handles: Vec<String> = client
        .query(
            "SELECT handle FROM users WHERE id > $1 ORDER BY id",
            &[&0i64],
        )
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(handles, ["alice", "bob"]);
    assert_eq!(
        db.value("SELECT tableowner FROM pg_tables WHERE tablename = 'users'"),
        pg::ROLE
    );
}

#[test]
fn a_wrong_password_is_refused_over_tcp() {
    let db = fresh_database();
    let wrong = db
        .config()
        .password("not-the-password")
        .connect(postgres::NoTls)
        .map(|_| ())
        .expect_err("a wrong password was accepted");
    assert_eq!(
        wrong.as_db_error().map(|e| e.code()),
        Some(&postgres::error::SqlState::INVALID_PASSWORD),
        "{wrong}"
    );

    // The password is stored as SCRAM, and TCP asks for it.
    let server = pg::server();
    let mut admin = server.admin();
    let stored: String = admin
        .query_one(
            "SELECT rolpassword FROM pg_authid WHERE rolname = $1",
            &[&pg::ROLE],
        )
        .unwrap()
        .get(0);
    assert!(stored.starts_with("SCRAM-SHA-256$"), "{stored}");
    let methods: Vec<String> = admin
        .query(
            "SELECT DISTINCT auth_method FROM pg_hba_file_rules WHERE type = 'host'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(methods, ["scram-sha-256"]);

    // The right one still works.
    assert_eq!(db.value("SELECT 1"), "1");
}

#[test]
fn libpq_takes_the_password_from_pgpassword_or_a_pgpass_file() {
    let db = fresh_database();
    let dir = tempfile::tempdir().unwrap();
    let psql = |envs: &[(&str, &str)]| {
        let out = Command::new(pg::server().bindir.join("psql"))
            .env_clear()
            .env("HOME", dir.path())
            .envs(envs.iter().copied())
            // -w: never prompt; without a password, fail.
            .args(["-w", "-X", "-A", "-t", "-c", "SELECT current_user"])
            .arg(db.url())
            .output()
            .expect("run psql");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).trim().to_string(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };

    let (ok, _, stderr) = psql(&[]);
    assert!(!ok, "connected with no password at all");
    assert!(stderr.contains("password"), "{stderr}");

    let (ok, user, stderr) = psql(&[("PGPASSWORD", db.password.as_str())]);
    assert!(ok, "{stderr}");
    assert_eq!(user, pg::ROLE);

    let pgpass = dir.path().join("pgpass");
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&pgpass)
        .unwrap();
    writeln!(file, "{}", db.pgpass_line()).unwrap();
    drop(file);
    let (ok, user, stderr) = psql(&[("PGPASSFILE", pgpass.to_str().unwrap())]);
    assert!(ok, "{stderr}");
    assert_eq!(user, pg::ROLE);
}

#[test]
fn twenty_connections_at_once() {
    const N: usize = 20;
    let db = Arc::new(fresh_database());
    db.sql("CREATE TABLE hits (worker integer PRIMARY KEY, backend integer NOT NULL)");
    // Every worker passes both barriers whatever happens, so that one
    // failure cannot leave the others waiting forever.
    let all_open = Arc::new(Barrier::new(N));
    let all_written = Arc::new(Barrier::new(N));
    let workers: Vec<_> = (0..N)
        .map(|worker| {
            let db = Arc::clone(&db);
            let (all_open, all_written) = (Arc::clone(&all_open), Arc::clone(&all_written));
            std::thread::spawn(move || {
                let client = db.config().connect(postgres::NoTls);
                all_open.wait();
                // Every connection is open now: the server sees them all.
                let outcome = client.and_then(|mut client| {
                    let sessions: i64 = client
                        .query_one(
                            "SELECT count(*) FROM pg_stat_activity
                             WHERE datname = current_database()",
                            &[],
                        )?
                        .get(0);
                    client.execute(
                        "INSERT INTO hits VALUES ($1, pg_backend_pid())",
                        &[&(worker as i32)],
                    )?;
                    Ok((sessions, client))
                });
                // Each connection stays open until every worker has written.
                all_written.wait();
                outcome.map(|(sessions, _)| sessions)
            })
        })
        .collect();
    for worker in workers {
        let sessions = worker
            .join()
            .unwrap()
            .unwrap_or_else(|e| panic!("a worker failed: {e}\n{}", pg::server().log()));
        assert!(sessions >= N as i64, "only {sessions} sessions at once");
    }
    assert_eq!(
        db.rows("SELECT count(*), count(DISTINCT backend) FROM hits"),
        [[N.to_string(), N.to_string()]]
    );
}

#[test]
fn the_cluster_is_set_for_tests() {
    let db = fresh_database();
    for (setting, value) in [
        ("fsync", "off"),
        ("synchronous_commit", "off"),
        ("full_page_writes", "off"),
        ("listen_addresses", "127.0.0.1"),
        ("password_encryption", "scram-sha-256"),
        ("TimeZone", "UTC"),
    ] {
        assert_eq!(db.value(&format!("SHOW {setting}")), value, "{setting}");
    }
    let max: u32 = db.value("SHOW max_connections").parse().unwrap();
    assert!(max >= 300, "max_connections = {max}");
    // Not the system's own cluster, if there is one.
    assert_ne!(db.port, 5432);
}
