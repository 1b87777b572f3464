//! Helpers for tests that run the real `tally` binary against a real SQLite
//! file in a temporary directory; `pg`, a real PostgreSQL server.
#![allow(dead_code)]

pub mod pg;

use std::path::PathBuf;
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

pub const NOW: &str = "2026-03-15T12:00:00Z";

/// `init` of company Acme with administrator `alice`.
pub const INIT: [&str; 11] = [
    "init",
    "--company",
    "Acme",
    "--admin",
    "alice",
    "--first",
    "Alice",
    "--last",
    "Liddell",
    "--email",
    "alice@acme.test",
];

/// The login name of the user running the tests, as `id -un` says: what
/// tally records as the operating-system user.
pub fn os_user() -> String {
    let out = std::process::Command::new("id")
        .arg("-un")
        .output()
        .expect("run id -un");
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .trim()
        .to_string()
}

/// Asserts that `actual` is, byte for byte, the file `path` (from the
/// package root); `SNAPSHOTS=overwrite cargo test` rewrites the file.
pub fn assert_file_eq(actual: impl Into<Vec<u8>>, path: &str) {
    use snapbox::{Assert, Data, assert::DEFAULT_ACTION_ENV, assert_data_eq, data::DataFormat};
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let actual = actual.into();
    // As text first, for a readable line diff; `raw` leaves out snapbox's
    // wildcards (`...`, `[..]`), `[EXE]` and `\` to `/`.
    assert_data_eq!(
        String::from_utf8_lossy(&actual).into_owned(),
        Data::read_from(&path, Some(DataFormat::Text)).raw()
    );
    // Then as bytes, which that is not: it reads \r\n and \r as \n, and
    // invalid UTF-8 as U+FFFD.
    let bytes = Assert::new().action_env(DEFAULT_ACTION_ENV);
    let expected = Data::read_from(&path, Some(DataFormat::Binary));
    if bytes.try_eq(None, Data::binary(actual), expected).is_err() {
        panic!(
            "{} differs in its line endings or invalid UTF-8; update with SNAPSHOTS=overwrite",
            path.display()
        );
    }
}

/// A temporary directory holding one database, initialized with admin `alice`.
pub struct Env {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    pub now: String,
    /// With `TALLY_TEST_ENGINE=postgres`: the organization lives in this
    /// database of the test server, and `db` is its URL.
    pub pg: Option<pg::PgDb>,
}

/// Whether this run puts every test's organization on the PostgreSQL test
/// server rather than in a file.
pub fn on_postgres() -> bool {
    std::env::var("TALLY_TEST_ENGINE").is_ok_and(|e| e == "postgres")
}

impl Env {
    /// A directory with no database yet.
    pub fn empty() -> Env {
        Env::at(on_postgres().then(pg::fresh_database))
    }

    /// A directory with no database file yet, whatever the run's engine.
    pub fn on_file() -> Env {
        Env::at(None)
    }

    /// An empty database of the PostgreSQL test server, whatever the run's engine.
    pub fn on_server() -> Env {
        Env::at(Some(pg::fresh_database()))
    }

    /// The test server's database of this organization.
    pub fn server(&self) -> &pg::PgDb {
        self.pg
            .as_ref()
            .expect("an organization on the test server")
    }

    fn at(pg: Option<pg::PgDb>) -> Env {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = match &pg {
            Some(p) => PathBuf::from(p.url()),
            None => dir.path().join("tally.db"),
        };
        Env {
            dir,
            db,
            now: NOW.to_string(),
            pg,
        }
    }

    /// A database initialized with company Acme and administrator `alice`.
    pub fn new() -> Env {
        let env = Env::empty();
        env.ok(&INIT);
        env
    }

    /// The binary with this database, a fixed "now", no terminal, no inherited actor.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("tally").expect("binary");
        c.env_clear()
            .env("TALLY_DB", &self.db)
            .env("TALLY_NOW", &self.now)
            .env("USER", "tester")
            .env("HOME", self.dir.path())
            // The host's own /etc/tally/config.toml never reaches a test.
            .env("TALLY_SYSTEM_CONFIG", self.dir.path().join("system.toml"))
            .current_dir(self.dir.path());
        if let Some(p) = &self.pg {
            c.env("PGPASSWORD", &p.password);
        }
        c
    }

    /// The same as a plain `std::process::Command`, for processes that run
    /// at the same time or are killed: no terminal, a long busy timeout.
    pub fn process(&self) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("tally"));
        c.env_clear()
            .env("TALLY_DB", &self.db)
            .env("TALLY_NOW", &self.now)
            .env("TALLY_BUSY_TIMEOUT", "30000")
            .env("USER", "tester")
            .env("HOME", self.dir.path())
            .env("TALLY_SYSTEM_CONFIG", self.dir.path().join("system.toml"))
            .current_dir(self.dir.path())
            .stdin(std::process::Stdio::null());
        if let Some(p) = &self.pg {
            c.env("PGPASSWORD", &p.password);
        }
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run tally")
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "tally {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs with `--json` and asserts success; returns the parsed stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.ok(&all);
        serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("stdout of {args:?} is not JSON ({e}): {out}"))
    }

    /// Runs with `--json`, asserts the exit code and error code, and that the
    /// database did not change (audit log aside for permission refusals).
    /// Returns the error object.
    pub fn refused(&self, args: &[&str], exit: i32, code: &str) -> Value {
        let before = self.dump();
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(exit),
            "tally {args:?}: wrong exit code\nstdout: {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(
            out.stdout.is_empty(),
            "refusal printed on stdout: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let v: Value = serde_json::from_str(stderr.trim())
            .unwrap_or_else(|e| panic!("stderr of {args:?} is not JSON ({e}): {stderr}"));
        assert_eq!(v["error"]["code"], code, "tally {args:?}: {stderr}");
        assert!(
            v["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
        if code != "confirmation_required" && exit != 3 && exit != 4 {
            assert!(
                v["error"]["hint"].as_str().is_some_and(|h| !h.is_empty()),
                "tally {args:?}: no hint in {stderr}"
            );
        }
        assert_eq!(
            before,
            self.dump(),
            "tally {args:?} changed the database although it was refused"
        );
        v["error"].clone()
    }

    /// Every row of every table but the audit log and the chain that covers
    /// it (a refusal is audited), as text: equal dumps mean
    /// nothing changed. Read with SQLite directly, not through tally.
    pub fn dump(&self) -> String {
        if let Some(p) = &self.pg {
            return pg::dump(p);
        }
        if !self.db.exists() {
            return String::from("<no file>");
        }
        dump_tables(&self.db)
    }

    pub fn audit_count(&self) -> usize {
        let v = self.json(&["audit"]);
        v.as_array().expect("audit array").len()
    }
}

/// Every table but the audit log, read with SQLite directly. The audit log is
/// left out: permission refusals are recorded there by design.
fn dump_tables(db: &std::path::Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open for dump");
    // Every table of the schema, read from the file itself: a table added
    // later cannot escape the check.
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT IN ('audit_log', 'chain') ORDER BY name",
        )
        .expect("list tables")
        .query_map([], |r| r.get(0))
        .expect("tables")
        .map(Result::unwrap)
        .collect();
    assert!(tables.len() >= 19, "the schema lost tables: {tables:?}");
    let mut out = String::new();
    for t in &tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {t} ORDER BY 1, 2"))
            .expect("prepare dump");
        let n = stmt.column_count();
        let mut rows = stmt.query([]).expect("query dump");
        out.push_str(t);
        out.push('\n');
        while let Some(row) = rows.next().expect("row") {
            for i in 0..n {
                let v: rusqlite::types::Value = row.get(i).expect("value");
                out.push_str(&format!("{v:?}|"));
            }
            out.push('\n');
        }
    }
    out
}

/// Adds a user with the given handle and a derived email; returns their JSON.
/// `n` active users `{prefix}1`..`{prefix}{n}`, named First Last, email
/// `{handle}@example.test`, with alice's password hash: written straight
/// into the tables, so that a test has many users without hashing a
/// password for each.
pub fn insert_users(env: &Env, prefix: &str, n: usize) {
    env.sql(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n})
         INSERT INTO users (handle, first_name, last_name, email, status, password_hash, created_at)
         SELECT '{prefix}' || i, 'First', 'Last', '{prefix}' || i || '@example.test', 'active',
                (SELECT password_hash FROM users WHERE handle = 'alice'), '2026-01-01T00:00:00Z'
         FROM n;
         INSERT INTO user_status_events (user_id, status, at)
         SELECT id, status, created_at FROM users u
         WHERE NOT EXISTS (SELECT 1 FROM user_status_events e WHERE e.user_id = u.id)"
    ));
    // As if they were there before the chain: the next command's migration
    // makes them its first entry, as it does for an older database.
    env.sql(&before_the_chain(env.pg.is_some()));
}

/// SQL that takes a database back to the schema version before the chain.
pub fn before_the_chain(on_server: bool) -> String {
    if on_server {
        format!(
            "{}; {} UPDATE tally_schema SET version = 4",
            before_service_accounts(true),
            undo_migration(include_str!("../../migrations/pg/005_chain.sql"), true)
        )
    } else {
        format!(
            "{} {} PRAGMA user_version = 3",
            before_service_accounts(false),
            undo_migration(include_str!("../../migrations/004_chain.sql"), false)
        )
    }
}

/// SQL that takes away what reversals added: the link column of transfers,
/// its index and its trigger; and what came after them and cannot be made
/// twice (the plans' days of validity).
pub fn undo_reversals(on_server: bool) -> &'static str {
    if on_server {
        "DROP TRIGGER transfers_reversal_mirrors ON transfers;
         DROP FUNCTION transfers_reversal_mirrors();
         DROP INDEX transfers_reversed_once; ALTER TABLE transfers DROP COLUMN reverses;
         ALTER TABLE plans DROP COLUMN valid_days;"
    } else {
        "DROP TRIGGER transfers_reversal_mirrors; DROP INDEX transfers_reversed_once;
         ALTER TABLE transfers DROP COLUMN reverses; ALTER TABLE plans DROP COLUMN valid_days;"
    }
}

/// SQL that takes away what expiring credits added and a second run of
/// their migration could not make again (the plans' days of validity).
pub fn undo_expiry() -> &'static str {
    "ALTER TABLE plans DROP COLUMN valid_days;"
}

/// SQL that takes a database back to the schema version before reversals
/// (a file's 6, a server's 7).
pub fn before_reversals(on_server: bool) -> String {
    let version = if on_server {
        "UPDATE tally_schema SET version = 7"
    } else {
        "PRAGMA user_version = 6"
    };
    format!("{} {version}", undo_reversals(on_server))
}

/// SQL that takes a database back to the schema version before service
/// accounts: the users table as it was, its rules, and the version.
pub fn before_service_accounts(on_server: bool) -> String {
    // Amounts in their currency's exponent, and reversals, came after
    // service accounts.
    let later = undo_reversals(on_server).to_string()
        + "ALTER TABLE orders DROP COLUMN minor_digits;
        ALTER TABLE invoices DROP COLUMN minor_digits;";
    if on_server {
        return later
            + "DROP TRIGGER users_service_fixed ON users;
            DROP TRIGGER users_owner_is_a_person ON users; DROP FUNCTION users_owner_is_a_person();
            DROP TRIGGER accounts_of_people ON accounts; DROP FUNCTION accounts_of_people();
            ALTER TABLE users DROP CONSTRAINT users_person_has_email,
                DROP CONSTRAINT users_person_has_password,
                DROP CONSTRAINT users_service_shares_nothing, DROP COLUMN service,
                ALTER COLUMN email SET NOT NULL, ALTER COLUMN password_hash SET NOT NULL;
            UPDATE tally_schema SET version = 5";
    }
    // The first schema's users table, and the indexes and triggers that the
    // migration makes again after rebuilding it.
    let schema = include_str!("../../schema.sql");
    let start = schema.find("CREATE TABLE users (").expect("users table");
    let end = start + schema[start..].find("\n);").expect("its end") + 3;
    let table = schema[start..end].replace("CREATE TABLE users (", "CREATE TABLE users_v4 (");
    let migration = include_str!("../../migrations/005_service_accounts.sql");
    let rules = migration
        .split("PRAGMA legacy_alter_table = OFF;")
        .nth(1)
        .and_then(|rest| rest.split("-- What a user is never changes.").next())
        .expect("the migration's indexes and triggers");
    format!(
        "{later}
         PRAGMA foreign_keys = OFF;
         DROP TRIGGER users_service_fixed; DROP TRIGGER users_owner_is_a_person;
         DROP TRIGGER accounts_of_people;
         PRAGMA legacy_alter_table = ON;
         {table};
         INSERT INTO users_v4 SELECT id, handle, first_name, last_name, email, status,
             password_hash, credit_owner_id, created_at FROM users;
         DROP TABLE users;
         ALTER TABLE users_v4 RENAME TO users;
         PRAGMA legacy_alter_table = OFF;
         {rules}
         PRAGMA user_version = 4;"
    )
}

pub fn add_user(env: &Env, handle: &str, extra: &[&str]) -> Value {
    let email = format!("{handle}@acme.test");
    let mut args = vec![
        "user", "add", handle, "--first", "First", "--last", "Last", "--email", &email,
    ];
    args.extend_from_slice(extra);
    env.json(&args)
}

/// Every file directly in `dir`, by name, with its bytes: equal snapshots mean
/// nothing was written, created or removed there.
pub fn files_in(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let entry = entry.expect("dir entry");
        if entry.file_type().expect("file type").is_file() {
            let bytes = std::fs::read(entry.path()).expect("read file");
            files.insert(entry.file_name().to_string_lossy().into_owned(), bytes);
        }
    }
    files
}

/// Parses a JSON error from stderr and checks its code, message and hint.
pub fn check_json_error(args: &[&str], out: &Output, exit: i32, code: &str) -> Value {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(exit),
        "tally {args:?}: wrong exit code\nstdout: {}\nstderr: {stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v: Value = serde_json::from_str(stderr.trim())
        .unwrap_or_else(|e| panic!("stderr of {args:?} is not JSON ({e}): {stderr}"));
    assert_eq!(v["error"]["code"], code, "tally {args:?}: {stderr}");
    assert!(
        v["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "no message: {stderr}"
    );
    assert!(
        v["error"]["hint"].as_str().is_some_and(|h| !h.is_empty()),
        "tally {args:?}: no hint in {stderr}"
    );
    v["error"].clone()
}

impl Env {
    /// Runs with extra environment variables.
    pub fn run_env(&self, envs: &[(&str, &str)], args: &[&str]) -> Output {
        let mut c = self.cmd();
        for (k, v) in envs {
            c.env(k, v);
        }
        c.args(args).output().expect("run tally")
    }

    /// Runs with `--json` and the given standard input; asserts success and
    /// returns the parsed stdout.
    pub fn json_stdin(&self, args: &[&str], stdin: &str) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self
            .cmd()
            .args(&all)
            .write_stdin(stdin.as_bytes().to_vec())
            .output()
            .expect("run tally");
        assert!(
            out.status.success(),
            "tally {args:?} failed with {:?}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("JSON stdout")
    }

    /// Like `refused`, for a file that is not (or not yet) a readable tally
    /// database: instead of a dump, every file in the directory must keep its
    /// bytes, and no file may appear or disappear.
    pub fn refused_bytes(&self, args: &[&str], exit: i32, code: &str) -> Value {
        let dir = self.db.parent().expect("db has a directory").to_path_buf();
        let before = if dir.exists() {
            Some(files_in(&dir))
        } else {
            None
        };
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        assert!(
            out.stdout.is_empty(),
            "refusal printed on stdout: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let err = check_json_error(args, &out, exit, code);
        let after = if dir.exists() {
            Some(files_in(&dir))
        } else {
            None
        };
        assert!(
            before == after,
            "tally {args:?} wrote to {} although it was refused",
            dir.display()
        );
        err
    }

    /// A refusal that still prints a report on stdout (`verify`): asserts the
    /// exit code, the JSON error and that the database did not change; returns
    /// the report and the error.
    pub fn refused_with_report(&self, args: &[&str], exit: i32, code: &str) -> (Value, Value) {
        let before = self.dump();
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        let err = check_json_error(args, &out, exit, code);
        let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout of {args:?} is not JSON ({e}): {}",
                String::from_utf8_lossy(&out.stdout)
            )
        });
        assert_eq!(
            before,
            self.dump(),
            "tally {args:?} changed the database although it was refused"
        );
        (report, err)
    }

    /// Opens the database directly, behind tally's back.
    pub fn conn(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db).expect("open the database directly")
    }

    /// Runs SQL statements directly on the database, behind tally's back.
    pub fn sql(&self, sql: &str) {
        if let Some(p) = &self.pg {
            return p.sql(sql);
        }
        self.conn()
            .execute_batch(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Runs SQL statements directly, behind tally's back, where they may be
    /// refused: the engine's error message when they are.
    pub fn try_sql(&self, sql: &str) -> Result<(), String> {
        if let Some(p) = &self.pg {
            return p.try_sql(sql);
        }
        self.conn().execute_batch(sql).map_err(|e| e.to_string())
    }

    /// Drops one of the schema's triggers, to get past the rule it holds.
    pub fn drop_trigger(&self, name: &str, table: &str) {
        match &self.pg {
            Some(p) => p.sql(&format!("DROP TRIGGER {name} ON {table}")),
            None => self.sql(&format!("DROP TRIGGER {name}")),
        }
    }

    /// Runs `sql` past one of the schema's triggers, which is then put back
    /// as it was: the tamper is in the data, not in the schema.
    pub fn past_trigger(&self, name: &str, table: &str, sql: &str) {
        let definition = match &self.pg {
            Some(p) => p.value(&format!(
                "SELECT pg_get_triggerdef(oid) FROM pg_trigger
                 WHERE tgname = '{name}' AND tgrelid = '{table}'::regclass"
            )),
            None => self.rows(&format!(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '{name}'"
            ))[0][0]
                .clone(),
        };
        self.drop_trigger(name, table);
        self.sql(sql);
        self.sql(&definition);
    }

    /// The rows of a query, each value as text (`NULL` for null).
    pub fn rows(&self, sql: &str) -> Vec<Vec<String>> {
        if let Some(p) = &self.pg {
            return p.rows(sql);
        }
        let conn = self.conn();
        let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        let n = stmt.column_count();
        let mut rows = stmt.query([]).expect("query");
        let mut out = Vec::new();
        while let Some(row) = rows.next().expect("row") {
            let mut values = Vec::with_capacity(n);
            for i in 0..n {
                values.push(
                    match row.get::<_, rusqlite::types::Value>(i).expect("value") {
                        rusqlite::types::Value::Null => "NULL".to_string(),
                        rusqlite::types::Value::Integer(i) => i.to_string(),
                        rusqlite::types::Value::Real(f) => f.to_string(),
                        rusqlite::types::Value::Text(t) => t,
                        rusqlite::types::Value::Blob(b) => format!("{b:?}"),
                    },
                );
            }
            out.push(values);
        }
        out
    }

    /// The audit log as tally shows it, newest first (run as the default admin).
    pub fn audit(&self) -> Vec<Value> {
        self.json(&["audit"])
            .as_array()
            .expect("audit array")
            .clone()
    }
}

/// Gives `handle` a new role of their own, `<handle>-<n>`, with these
/// comma-separated rights.
pub fn give_rights(env: &Env, handle: &str, rights: &str) {
    let n = env.rows("SELECT count(*) FROM roles")[0][0].clone();
    let role = format!("{handle}-{n}");
    env.ok(&["role", "add", &role, "--rights", rights]);
    env.ok(&["role", "grant", handle, &role]);
}

/// The fields of `<user>` in SPEC section 4.
pub const USER_KEYS: [&str; 9] = [
    "handle",
    "first_name",
    "last_name",
    "email",
    "status",
    "roles",
    "credit_owner",
    "created_at",
    "service",
];

/// The keys of a JSON object, sorted.
pub fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
    k.sort();
    k
}

/// Names, sorted, to compare with `keys`.
pub fn sorted(names: &[&str]) -> Vec<String> {
    let mut k: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    k.sort();
    k
}

/// The fields of `<user>` and `extra`, sorted.
pub fn user_keys_and(extra: &[&str]) -> Vec<String> {
    let all: Vec<&str> = USER_KEYS.iter().chain(extra).copied().collect();
    sorted(&all)
}

/// The fields of `<order>` in SPEC section 4.
pub const ORDER_KEYS: [&str; 12] = [
    "id",
    "buyer",
    "owner",
    "plan",
    "quantity",
    "kind",
    "credits",
    "price_minor",
    "currency",
    "created_at",
    "expires_at",
    "cancelled_at",
];

/// The fields of `<order>` and `extra`, sorted.
pub fn order_keys_and(extra: &[&str]) -> Vec<String> {
    let all: Vec<&str> = ORDER_KEYS.iter().chain(extra).copied().collect();
    sorted(&all)
}

/// Runs `--json ARGS` as `actor`; asserts success and returns the JSON.
pub fn json_as(env: &Env, actor: &str, args: &[&str]) -> Value {
    let mut all = vec!["--as", actor];
    all.extend_from_slice(args);
    env.json(&all)
}

/// Refused as `actor`, with the database unchanged; returns the error object.
pub fn refused_as(env: &Env, actor: &str, args: &[&str], exit: i32, code: &str) -> Value {
    let mut all = vec!["--as", actor];
    all.extend_from_slice(args);
    env.refused(&all, exit, code)
}

/// SQL that takes away what a migration created (its tables, columns,
/// indexes and triggers), to make a database of an older schema version.
pub fn undo_migration(migration: &str, on_server: bool) -> String {
    let mut undo = Vec::new();
    let words: Vec<&str> = migration.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let next = |k: usize| words.get(i + k).copied().unwrap_or_default();
        match (*w, next(1)) {
            ("CREATE", "TRIGGER") if on_server => {
                let on = (i..words.len())
                    .find(|&j| words[j] == "ON")
                    .expect("ON TABLE");
                undo.push(format!("DROP TRIGGER {} ON {};", next(2), words[on + 1]));
            }
            ("CREATE", "TRIGGER") => undo.push(format!("DROP TRIGGER {};", next(2))),
            ("CREATE", "TABLE") => undo.push(format!("DROP TABLE {};", next(2))),
            ("CREATE", "INDEX") => undo.push(format!("DROP INDEX {};", next(2))),
            ("ALTER", "TABLE") if next(3) == "ADD" && next(4) == "COLUMN" => {
                undo.push(format!("ALTER TABLE {} DROP COLUMN {};", next(2), next(5)));
            }
            _ => {}
        }
    }
    undo.reverse();
    undo.join("\n")
}

/// The checks of a verify report that failed, each with its problems.
pub fn failed_checks(report: &Value) -> Vec<(String, Vec<String>)> {
    report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["ok"] == false)
        .map(|c| {
            let problems = c["problems"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap().to_string())
                .collect();
            (c["name"].as_str().unwrap().to_string(), problems)
        })
        .collect()
}
