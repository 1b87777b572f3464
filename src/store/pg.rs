//! PostgreSQL, for an organization that outgrows one file: the connection,
//! its statements, and what the server's errors mean as tally's codes.

use std::cell::RefCell;
use std::collections::HashMap;

use postgres::types::{IsNull, ToSql, Type, to_sql_checked};

use super::sql::{Param, Value};
use crate::error::{Code, Error, Result};

/// One connection, with the statements it has prepared.
pub struct Session {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    /// The URL it was connected with, for a second connection.
    url: String,
}

impl Session {
    pub fn new(client: postgres::Client, url: &str) -> Session {
        Session {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            url: url.to_string(),
        }
    }

    /// Runs `f` on a second connection, in a transaction that is always
    /// rolled back, where a schema of its own holds tally's schema as this
    /// tally makes it: what the database's schema is compared with.
    pub fn scratch_schema<T>(&self, f: impl FnOnce(&Session) -> Result<T>) -> Result<T> {
        let mut suffix = [0u8; 8];
        getrandom::fill(&mut suffix)
            .map_err(|e| super::errors::internal(&format_args!("no random bytes: {e}")))?;
        let name = format!("tally_expected_{:016x}", u64::from_le_bytes(suffix));
        let other = connect(&self.url)?;
        other.transaction(true, true, || {
            other
                .batch(&format!("CREATE SCHEMA {name}; SET LOCAL search_path TO {name}"))
                .map_err(|e| {
                    Error::new(
                        Code::VerifyFailed,
                        format!("cannot build tally's schema aside to compare: {e}"),
                    )
                    .hint("verify needs the CREATE privilege on the database: GRANT CREATE ON DATABASE ... TO the role tally uses")
                })?;
            other.batch(SCHEMA)?;
            other.migrations()?;
            f(&other)
        })
    }

    /// Runs `f` in one transaction: SERIALIZABLE for a write, so that a
    /// read-check-write on one host never interleaves with another host's;
    /// a read-only snapshot otherwise. Rolled back when `f` fails or
    /// `rollback` is set.
    pub fn transaction<T>(
        &self,
        write: bool,
        rollback: bool,
        f: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        self.batch(if write {
            "BEGIN ISOLATION LEVEL SERIALIZABLE"
        } else {
            "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        })?;
        // A write ends with the chain's entry over what it added.
        let done = f().and_then(|value| {
            if write {
                super::Store::pg(self).seal()?;
            }
            Ok(value)
        });
        match done {
            Ok(value) => {
                self.batch(if rollback { "ROLLBACK" } else { "COMMIT" })?;
                Ok(value)
            }
            Err(e) => {
                // The error is what the user must see; the rollback's own
                // failure (a connection lost) adds nothing.
                let _ = self.batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Takes a session advisory lock, held until the connection closes;
    /// false when another session holds it.
    pub fn try_lock(&self, key: i64) -> Result<bool> {
        let mut locked = false;
        self.each(
            "SELECT pg_try_advisory_lock(?1) AS locked",
            &[Param::Int(key)],
            |r| {
                locked = r.try_get::<_, bool>("locked").map_err(from_pg)?;
                Ok(())
            },
        )?;
        Ok(locked)
    }

    /// Writes rows into `table` with `COPY ... FROM STDIN`: `rows` holds
    /// them in COPY's text format (see [`copy_text`]), one line each.
    pub fn copy_rows(&self, table: &str, columns: &[String], rows: &[u8]) -> Result<()> {
        use std::io::Write;
        let list: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
        let mut client = self.client.borrow_mut();
        let mut writer = client
            .copy_in(&format!("COPY {table} ({}) FROM STDIN", list.join(", ")))
            .map_err(from_pg)?;
        writer
            .write_all(rows)
            .map_err(|e| super::errors::internal(&e))?;
        writer.finish().map_err(from_pg)?;
        Ok(())
    }

    /// Waits for a session advisory lock (as long as `lock_timeout` lets
    /// it), held until the connection closes.
    pub fn lock(&self, key: i64) -> Result<()> {
        self.each(
            "SELECT pg_advisory_lock(?1)::text AS locked",
            &[Param::Int(key)],
            |_| Ok(()),
        )
    }

    /// Runs SQL without parameters or results: transaction control, the schema.
    pub fn batch(&self, sql: &str) -> Result<()> {
        self.client.borrow_mut().batch_execute(sql).map_err(from_pg)
    }

    fn statement(&self, sql: &str) -> Result<postgres::Statement> {
        if let Some(s) = self.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let prepared = self
            .client
            .borrow_mut()
            .prepare(&placeholders(&json_ids(sql)))
            .map_err(from_pg)?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), prepared.clone());
        Ok(prepared)
    }

    pub fn exec(&self, sql: &str, params: &[Param]) -> Result<usize> {
        let stmt = self.statement(sql)?;
        let args: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        let n = self
            .client
            .borrow_mut()
            .execute(&stmt, &args)
            .map_err(from_pg)?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// Every row, one at a time.
    pub fn each(
        &self,
        sql: &str,
        params: &[Param],
        mut f: impl FnMut(&postgres::Row) -> Result<()>,
    ) -> Result<()> {
        let stmt = self.statement(sql)?;
        let args: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        let mut client = self.client.borrow_mut();
        let mut rows = client
            .query_raw(&stmt, args.iter().copied())
            .map_err(from_pg)?;
        while let Some(row) =
            postgres::fallible_iterator::FallibleIterator::next(&mut rows).map_err(from_pg)?
        {
            f(&row)?;
        }
        Ok(())
    }
}

/// Appends a value to a line of COPY's text format: `\N` for NULL, and
/// backslash, tab, newline and carriage return escaped.
pub fn copy_text(line: &mut Vec<u8>, value: &Param) {
    match value {
        Param::Null => line.extend_from_slice(b"\\N"),
        Param::Int(i) => line.extend_from_slice(i.to_string().as_bytes()),
        Param::Text(t) => {
            for b in t.bytes() {
                match b {
                    b'\\' => line.extend_from_slice(b"\\\\"),
                    b'\t' => line.extend_from_slice(b"\\t"),
                    b'\n' => line.extend_from_slice(b"\\n"),
                    b'\r' => line.extend_from_slice(b"\\r"),
                    b => line.push(b),
                }
            }
        }
    }
}

/// The schema this tally writes, and its version.
const SCHEMA: &str = include_str!("../../schema.pg.sql");
/// The server's migrations: `schema.pg.sql` is version 2, the first on a
/// server; entry N takes version N + 2 to N + 3. A new database gets them
/// all when it is made, as an older one does when it is next opened.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/pg/003_balances_per_statement.sql"),
    include_str!("../../migrations/pg/004_kept_rows.sql"),
    include_str!("../../migrations/pg/005_chain.sql"),
    include_str!("../../migrations/pg/006_service_accounts.sql"),
    include_str!("../../migrations/pg/007_currency_exponents.sql"),
    include_str!("../../migrations/pg/008_reversals.sql"),
    include_str!("../../migrations/pg/009_request_cancel.sql"),
    include_str!("../../migrations/pg/010_spending_limits.sql"),
    include_str!("../../migrations/pg/011_expiry.sql"),
    include_str!("../../migrations/pg/012_balance_alerts.sql"),
    include_str!("../../migrations/pg/013_json_reads.sql"),
];
pub const SCHEMA_VERSION: i64 = 2 + MIGRATIONS.len() as i64;

/// Whether `--db` names a PostgreSQL database rather than a file.
pub fn is_url(s: &str) -> bool {
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

/// Connects to the database a `postgres://` URL names. The password never
/// comes from the URL (it would show in `ps` and in shell history): from the
/// file named by `TALLY_DB_PASSWORD_FILE`, else `PGPASSWORD`, else `~/.pgpass`.
pub fn connect(url: &str) -> Result<Session> {
    let (plain_url, tls) = super::pg_tls::split(url)?;
    let mut config: postgres::Config = plain_url.parse().map_err(|e| {
        Error::invalid(format!("'{url}' is not a PostgreSQL URL: {e}"))
            .hint("give postgres://USER@HOST:PORT/DATABASE")
    })?;
    if config.get_password().is_some() {
        return Err(Error::invalid("the database URL carries a password")
            .hint("leave it out of the URL: put it in PGPASSWORD, ~/.pgpass, or a file named by TALLY_DB_PASSWORD_FILE"));
    }
    if let Some(password) = password(&config)? {
        config.password(password);
    }
    config.application_name("tally");
    // A lock held by another session is waited for as long as a locked file
    // would be; set at login, so that it costs no round trip.
    let wait = super::sqlite::busy_timeout()?;
    config.options(&format!("-c lock_timeout={}", wait.as_millis()));
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(std::time::Duration::from_secs(10));
    }
    config.ssl_mode(tls.ssl_mode());
    let client = match tls.connector()? {
        None => config.connect(postgres::NoTls),
        Some(connector) => config.connect(connector),
    }
    .map_err(from_pg)?;
    Ok(Session::new(client, url))
}

fn password(config: &postgres::Config) -> Result<Option<String>> {
    if let Some(path) = std::env::var_os("TALLY_DB_PASSWORD_FILE").filter(|p| !p.is_empty()) {
        return crate::secret::first_line_of("TALLY_DB_PASSWORD_FILE", path.as_ref()).map(Some);
    }
    // Empty means unset, as for every variable tally reads.
    if let Ok(p) = std::env::var("PGPASSWORD")
        && !p.is_empty()
    {
        return Ok(Some(p));
    }
    Ok(pgpass(config))
}

/// The password `~/.pgpass` (or `PGPASSFILE`) gives for this connection:
/// lines `host:port:database:user:password`, `*` matching anything.
fn pgpass(config: &postgres::Config) -> Option<String> {
    let path = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".pgpass")))?;
    let text = std::fs::read_to_string(path).ok()?;
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        _ => "localhost".to_string(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().unwrap_or_default();
    let db = config.get_dbname().unwrap_or(user);
    let wanted = [host.as_str(), port.as_str(), db, user];
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|line| {
            let fields = split_pgpass(line);
            (fields.len() == 5
                && fields[..4]
                    .iter()
                    .zip(wanted)
                    .all(|(f, w)| f == "*" || f == w))
            .then(|| fields[4].clone())
        })
}

/// A `.pgpass` line's fields: `:` separates them, `\` escapes `:` and `\`.
fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => fields.last_mut().expect("one field").extend(chars.next()),
            ':' => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

impl Session {
    /// Checks that the database holds tally's schema, of a version this
    /// tally knows.
    pub fn check_schema(&self, url: &str) -> Result<()> {
        match self.schema_version()? {
            None => Err(Error::new(
                Code::NotInitialized,
                format!("no tally database at {url}"),
            )
            .hint("create one with `tally init --company NAME --admin HANDLE --first F --last L --email E`")),
            Some(v) if (2..SCHEMA_VERSION).contains(&v) => self.migrate(),
            Some(v) if v != SCHEMA_VERSION => Err(Error::new(
                Code::DatabaseUnusable,
                format!("the database at {url} has tally schema version {v}, which this tally does not know"),
            )
            .hint("use the tally that made it, or a newer one")),
            Some(_) => Ok(()),
        }
    }

    /// Brings an older schema up to date in one transaction; another tally
    /// migrating at the same time waits for it and then finds nothing to do.
    fn migrate(&self) -> Result<()> {
        self.batch("BEGIN ISOLATION LEVEL READ COMMITTED")?;
        // What was written before the chain becomes its first entry, with a
        // record of each password tally set before it kept them.
        let store = super::Store::pg(self);
        let migrated = self
            .batch("LOCK TABLE tally_schema IN EXCLUSIVE MODE")
            .and_then(|()| self.migrations())
            .and_then(|()| store.record_missing_passwords())
            .and_then(|()| store.seal());
        match migrated {
            Ok(()) => self.batch("COMMIT"),
            Err(e) => {
                let _ = self.batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// The migrations the schema has not had, in the transaction open.
    fn migrations(&self) -> Result<()> {
        let now = self.schema_version()?.unwrap_or(2);
        for (i, sql) in MIGRATIONS.iter().enumerate() {
            let version = 3 + i as i64;
            if version > now {
                self.batch(sql)?;
                self.exec(
                    "UPDATE tally_schema SET version = ?1 WHERE application = 'tally'",
                    &[Param::Int(version)],
                )?;
            }
        }
        Ok(())
    }

    fn schema_version(&self) -> Result<Option<i64>> {
        let mut version = None;
        let exists = self.scalar(
            "SELECT count(*) AS n FROM pg_tables WHERE schemaname = current_schema()
             AND tablename = 'tally_schema'",
        )?;
        if exists > 0 {
            self.each(
                "SELECT version FROM tally_schema WHERE application = 'tally'",
                &[],
                |r| {
                    version = Some(r.try_get::<_, i64>("version").map_err(from_pg)?);
                    Ok(())
                },
            )?;
        }
        Ok(version)
    }

    fn scalar(&self, sql: &str) -> Result<i64> {
        let mut n = 0;
        self.each(sql, &[], |r| {
            n = r.try_get::<_, i64>("n").map_err(from_pg)?;
            Ok(())
        })?;
        Ok(n)
    }

    /// Creates tally's schema in an empty database, in the transaction that
    /// is open. A database holding tally is `already_initialized`; one holding
    /// anything else is refused, so that tally never mixes with other data.
    pub fn create_schema(&self, url: &str) -> Result<()> {
        if self.schema_version()?.is_some() {
            return Err(Error::new(
                Code::AlreadyInitialized,
                format!("{url} is already a tally database"),
            )
            .hint("use it as it is, or name another database with --db"));
        }
        let tables =
            self.scalar("SELECT count(*) AS n FROM pg_tables WHERE schemaname = current_schema()")?;
        if tables > 0 {
            return Err(Error::new(
                Code::DatabaseUnusable,
                format!("the database at {url} holds {tables} tables of something else"),
            )
            .hint("create an empty database for tally (createdb tally) and name it with --db"));
        }
        self.batch(SCHEMA)?;
        self.migrations()
    }
}

/// A column of a row as one of tally's values.
pub fn value(row: &postgres::Row, name: &str) -> Result<Value> {
    let Some(i) = row.columns().iter().position(|c| c.name() == name) else {
        return Err(super::errors::internal(&format_args!("no column {name}")));
    };
    value_at(row, i)
}

/// The `i`th column of a row as one of tally's values.
pub fn value_at(row: &postgres::Row, i: usize) -> Result<Value> {
    let ty = row.columns()[i].type_().clone();
    let v = match ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(i).map(|v| v.map(Value::Int)),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(i)
            .map(|v| v.map(|n| Value::Int(n.into()))),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(i)
            .map(|v| v.map(|n| Value::Int(n.into()))),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(i)
            .map(|v| v.map(|b| Value::Int(b.into()))),
        Type::TEXT | Type::VARCHAR | Type::NAME | Type::BPCHAR => row
            .try_get::<_, Option<String>>(i)
            .map(|v| v.map(Value::Text)),
        _ => return Ok(Value::Other("a value of a type tally does not store")),
    };
    Ok(v.map_err(from_pg)?.unwrap_or(Value::Null))
}

impl ToSql for Param<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match (self, ty) {
            (Param::Null, _) => Ok(IsNull::Yes),
            (Param::Int(i), &Type::INT4) => i32::try_from(*i)?.to_sql(ty, out),
            (Param::Int(i), &Type::INT2) => i16::try_from(*i)?.to_sql(ty, out),
            (Param::Int(i), &Type::BOOL) => (*i != 0).to_sql(ty, out),
            (Param::Int(i), &Type::TEXT | &Type::VARCHAR) => i.to_string().to_sql(ty, out),
            (Param::Int(i), _) => i.to_sql(ty, out),
            (Param::Text(s), _) => s.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// SQLite's `SELECT value FROM json_each(?N)`, the ids of a JSON array,
/// as PostgreSQL reads them.
fn json_ids(sql: &str) -> std::borrow::Cow<'_, str> {
    const SQLITE: &str = "SELECT value FROM json_each(";
    let Some(at) = sql.find(SQLITE) else {
        return sql.into();
    };
    let rest = &sql[at + SQLITE.len()..];
    let Some(end) = rest.find(')') else {
        return sql.into();
    };
    let param = &rest[..end];
    let translated = format!(
        "{}SELECT value::bigint FROM json_array_elements_text(CAST({param} AS json)) AS ids(value){}",
        &sql[..at],
        &rest[end + 1..]
    );
    json_ids(&translated).into_owned().into()
}

/// `?1` placeholders as PostgreSQL writes them, `$1`; string literals and
/// quoted names are left as they are.
pub fn placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '?' && chars.peek().is_some_and(char::is_ascii_digit) => {
                out.push('$');
                continue;
            }
            None => {}
        }
        out.push(c);
    }
    out
}

/// What the server's errors mean as tally's codes.
pub fn from_pg(e: postgres::Error) -> Error {
    use postgres::error::SqlState;
    let Some(db) = e.as_db_error() else {
        // The client's own words ("invalid configuration") say little
        // without their cause ("password missing").
        let mut why = e.to_string();
        let mut cause = std::error::Error::source(&e);
        while let Some(c) = cause {
            why = format!("{why}: {c}");
            cause = c.source();
        }
        if why.contains("certificate") || why.contains("TLS") || why.contains("tls") {
            return Error::new(
                Code::DatabaseUnusable,
                format!("the database server's TLS was refused: {why}"),
            )
            .hint("give the server's CA with sslrootcert=FILE (or sslrootcert=system), check the host name, or use sslmode=require to encrypt without checking");
        }
        if why.contains("password missing") {
            return Error::new(
                Code::DatabaseUnusable,
                "the database server asks for a password, and none was given",
            )
            .hint("put it in PGPASSWORD, ~/.pgpass, or a file named by TALLY_DB_PASSWORD_FILE");
        }
        return Error::new(
            Code::DatabaseUnusable,
            format!("the database server cannot be reached: {why}"),
        )
        .hint("check --db / TALLY_DB, that the server runs, and the network to it");
    };
    let code = db.code();
    if code.code().starts_with("28") {
        return Error::new(
            Code::DatabaseUnusable,
            format!("the database server refused the login: {}", db.message()),
        )
        .hint(
            "give the password in PGPASSWORD, ~/.pgpass, or a file named by TALLY_DB_PASSWORD_FILE",
        );
    }
    if *code == SqlState::INVALID_CATALOG_NAME {
        return Error::new(Code::DatabaseUnusable, db.message().to_string())
            .hint("create the database first (createdb NAME), then `tally init`");
    }
    // Two writes that both ended with the chain's next entry: the one that
    // committed second lost a race, as under SERIALIZABLE.
    let chain_race = *code == SqlState::UNIQUE_VIOLATION && db.constraint() == Some("chain_pkey");
    if *code == SqlState::T_R_SERIALIZATION_FAILURE
        || *code == SqlState::T_R_DEADLOCK_DETECTED
        || chain_race
    {
        let mut e = Error::new(
            Code::Busy,
            "another command changed the same rows at the same time",
        )
        .hint("run the command again");
        e.lost_race = true;
        return e;
    }
    if *code == SqlState::LOCK_NOT_AVAILABLE {
        return Error::new(
            Code::Busy,
            "the database stayed locked past the busy timeout",
        )
        .hint("try again, or raise TALLY_BUSY_TIMEOUT (milliseconds)");
    }
    if *code == SqlState::DISK_FULL || *code == SqlState::OUT_OF_MEMORY {
        return Error::storage(&db.message());
    }
    if *code == SqlState::RAISE_EXCEPTION || code.code().starts_with("23") {
        return super::errors::refused_by_schema(db.message());
    }
    super::errors::internal(&db.message())
}

#[cfg(test)]
mod tests {
    use super::placeholders;

    #[test]
    fn placeholders_outside_quotes_are_numbered_the_postgresql_way() {
        assert_eq!(
            placeholders("SELECT '?1', \"a?2\" FROM t WHERE a = ?1 AND b = ?12"),
            "SELECT '?1', \"a?2\" FROM t WHERE a = $1 AND b = $12"
        );
        assert_eq!(placeholders("SELECT ? FROM t"), "SELECT ? FROM t");
        assert_eq!(
            super::json_ids("WHERE a IN (SELECT value FROM json_each(?2)) OR b = 1"),
            "WHERE a IN (SELECT value::bigint FROM json_array_elements_text(CAST(?2 AS json)) AS ids(value)) OR b = 1"
        );
    }
}
