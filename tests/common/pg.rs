//! A real PostgreSQL server for the tests: one cluster per test process,
//! started on first use in a temporary directory, stopped when the process
//! exits, and a new empty database for each test.
//!
//! The server programs come from `pg_config --bindir`, or else the newest
//! `/usr/lib/postgresql/*/bin`. PostgreSQL refuses to run as root: as root,
//! the cluster belongs to `nobody`. Connections over TCP (127.0.0.1) need a
//! password (SCRAM); the unix socket, in the temporary directory, is trusted
//! and serves only the harness's own administration.
//!
//! A test that needs the server fails, with the server's log, when the
//! server cannot start: it never passes by skipping.
//!
//! The server stops in an `atexit` hook (fast shutdown, then the directory
//! is removed). Should the test process die without running it, the server
//! gets SIGINT all the same (`PR_SET_PDEATHSIG`): it is started from a thread
//! that lives as long as the process, since that signal follows the thread
//! that started the child, not the process.

use std::ffi::CString;
use std::fs::{self, File};
use std::io;
use std::net::{Ipv4Addr, TcpListener};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError, mpsc};
use std::time::{Duration, Instant};

use postgres::{Client, NoTls, SimpleQueryMessage};

/// The login role the tests connect as, with a password; every fresh
/// database belongs to it.
pub const ROLE: &str = "tally_test";
/// The cluster's superuser: reached only through the unix socket.
const SUPERUSER: &str = "postgres";
const HOST: &str = "127.0.0.1";
/// Attempts at a free port: another process may take the port between our
/// probe and the server's bind.
const PORT_ATTEMPTS: usize = 5;
const START_TIMEOUT: Duration = Duration::from_secs(60);
const STOP_TIMEOUT: Duration = Duration::from_secs(30);

/// Settings of the test cluster: no durability (a crash loses a throwaway
/// cluster), and room for many tests that each run a dozen or more
/// processes at once.
const SETTINGS: [&str; 5] = [
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "max_connections=300",
    "shared_buffers=32MB",
];

/// The shared server of this test process.
pub struct PgServer {
    pub port: u16,
    /// The password of `ROLE`, random for each run.
    pub password: String,
    /// The PEM of the certificate authority that signed the server's
    /// certificate (for `localhost` only, not for 127.0.0.1).
    pub ca: PathBuf,
    /// Where `initdb`, `postgres`, `psql` and the rest are.
    pub bindir: PathBuf,
    /// How long the start took: `initdb`, the server and the test role.
    pub started_in: Duration,
    socket_dir: PathBuf,
    log: PathBuf,
    running: Mutex<Option<Running>>,
}

/// What `stop` ends: the server, then its directory.
struct Running {
    postmaster: Child,
    dir: tempfile::TempDir,
}

static SERVER: OnceLock<Result<PgServer, String>> = OnceLock::new();

/// The server, started on first use. Panics with the reason and the
/// server's log when it cannot start.
pub fn server() -> &'static PgServer {
    match SERVER.get_or_init(start_in_own_thread) {
        Ok(server) => server,
        Err(e) => panic!("the PostgreSQL test server did not start: {e}"),
    }
}

/// A new empty database, owned by `ROLE`, for one test. It is dropped with
/// the value; the cluster goes at the end of the run in any case.
pub fn fresh_database() -> PgDb {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let server = server();
    let name = database_name(
        NEXT.fetch_add(1, Ordering::Relaxed),
        std::thread::current().name().unwrap_or(""),
    );
    server
        .admin()
        .batch_execute(&format!("CREATE DATABASE {name} OWNER {ROLE}"))
        .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {}", server.explain(&e)));
    PgDb {
        name,
        port: server.port,
        password: server.password.clone(),
    }
}

/// `t<n>_` and the test's name (the test harness names each test's thread
/// after it), within PostgreSQL's 63 bytes: a database in the server's log
/// says which test it belongs to.
fn database_name(n: u32, test: &str) -> String {
    let test = test.rsplit("::").next().unwrap_or(test);
    let mut name = format!("t{n}_");
    name.extend(
        test.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .take(63 - name.len()),
    );
    name
}

/// One test's database on the shared server.
pub struct PgDb {
    pub name: String,
    pub port: u16,
    /// The password of `ROLE`.
    pub password: String,
}

impl PgDb {
    /// The role tests connect as.
    pub fn user(&self) -> &'static str {
        ROLE
    }

    pub fn host(&self) -> &'static str {
        HOST
    }

    /// `postgres://tally_test@127.0.0.1:PORT/NAME`: no password in it.
    pub fn url(&self) -> String {
        format!("postgres://{ROLE}@{HOST}:{}/{}", self.port, self.name)
    }

    /// The line of a `.pgpass` file that gives this database's password.
    pub fn pgpass_line(&self) -> String {
        format!(
            "{HOST}:{}:{}:{ROLE}:{}",
            self.port, self.name, self.password
        )
    }

    /// The connection settings of `ROLE`, over TCP with the password.
    pub fn config(&self) -> postgres::Config {
        let mut config = postgres::Config::new();
        config
            .host(HOST)
            .port(self.port)
            .user(ROLE)
            .password(&self.password)
            .dbname(&self.name)
            .connect_timeout(Duration::from_secs(30));
        config
    }

    /// A connection as `ROLE`, for checking what tally wrote.
    pub fn client(&self) -> Client {
        self.config()
            .connect(NoTls)
            .unwrap_or_else(|e| panic!("connect to {}: {}", self.url(), server().explain(&e)))
    }

    /// Runs SQL statements as `ROLE`.
    pub fn sql(&self, sql: &str) {
        self.client()
            .batch_execute(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Runs SQL statements as `ROLE` where they may be refused: the
    /// server's message when they are.
    pub fn try_sql(&self, sql: &str) -> Result<(), String> {
        self.client()
            .batch_execute(sql)
            .map_err(|e| match e.as_db_error() {
                Some(db) => db.message().to_string(),
                None => e.to_string(),
            })
    }

    /// The rows of a query run as `ROLE`, each value as text (`NULL` for
    /// null).
    pub fn rows(&self, sql: &str) -> Vec<Vec<String>> {
        let messages = self
            .client()
            .simple_query(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        messages
            .iter()
            .filter_map(|m| match m {
                SimpleQueryMessage::Row(row) => Some(
                    (0..row.len())
                        .map(|i| row.get(i).unwrap_or("NULL").to_string())
                        .collect(),
                ),
                _ => None,
            })
            .collect()
    }

    /// The only value of a query that returns one row of one column.
    pub fn value(&self, sql: &str) -> String {
        let rows = self.rows(sql);
        assert!(
            rows.len() == 1 && rows[0].len() == 1,
            "{sql}: not one value but {rows:?}"
        );
        rows[0][0].clone()
    }
}

impl Drop for PgDb {
    /// Best effort, and never a panic: a test that failed keeps its own
    /// message, and the cluster is removed at the end of the run anyway.
    fn drop(&mut self) {
        if let Some(Ok(server)) = SERVER.get()
            && let Ok(mut admin) = server.try_admin()
        {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

impl PgServer {
    /// A connection as the superuser, through the trusted unix socket.
    pub fn admin(&self) -> Client {
        self.try_admin()
            .unwrap_or_else(|e| panic!("connect as {SUPERUSER}: {}", self.explain(&e)))
    }

    fn try_admin(&self) -> Result<Client, postgres::Error> {
        admin_config(&self.socket_dir, self.port).connect(NoTls)
    }

    /// The server's log so far.
    pub fn log(&self) -> String {
        read_log(&self.log)
    }

    fn explain(&self, e: &postgres::Error) -> String {
        format!("{e}\n--- server log ---\n{}", self.log())
    }

    /// Fast shutdown (clients are disconnected), then the directory goes.
    fn stop(&self) {
        let taken = self
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(Running { postmaster, dir }) = taken {
            stop_postmaster(postmaster);
            drop(dir);
        }
    }
}

/// Runs at the exit of the test process: the test harness has no teardown.
extern "C" fn stop_at_exit() {
    // No unwinding out of an `extern "C"` function.
    let _ = std::panic::catch_unwind(|| {
        if let Some(Ok(server)) = SERVER.get() {
            server.stop();
        }
    });
}

/// Starts the server from a thread that never ends, for `PR_SET_PDEATHSIG`
/// (see the module's comment); the test threads come and go.
fn start_in_own_thread() -> Result<PgServer, String> {
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("postgres".to_string())
        .spawn(move || {
            let _ = sender.send(start());
            loop {
                std::thread::park();
            }
        })
        .map_err(|e| format!("cannot start a thread: {e}"))?;
    let server = receiver
        .recv()
        .map_err(|_| "the thread starting the server panicked".to_string())??;
    // SAFETY: registers a plain function; it runs once, at exit.
    if unsafe { libc::atexit(stop_at_exit) } != 0 {
        server.stop();
        return Err("atexit refused the hook that stops the server".to_string());
    }
    Ok(server)
}

fn start() -> Result<PgServer, String> {
    let began = Instant::now();
    let bindir = bindir().or_else(|why| {
        install_server()
            .and_then(|()| bindir())
            .map_err(|e| format!("{why}; {e}"))
    })?;
    let owner = Owner::for_cluster()?;
    let dir = owner.temp_dir()?;
    let data = dir.path().join("data");
    let socket_dir = dir.path().to_path_buf();
    let log = dir.path().join("server.log");
    File::create(&log).map_err(|e| format!("create {}: {e}", log.display()))?;

    let cluster = Cluster {
        bindir: &bindir,
        dir: dir.path(),
        owner: &owner,
        log: &log,
    };
    cluster.initdb(&data)?;
    let ca = tls_files(dir.path(), &owner, &data)?;

    let mut last_error = String::new();
    for _ in 0..PORT_ATTEMPTS {
        let port = free_port()?;
        let mut postmaster = cluster.postgres(&data, port)?;
        match wait_until_ready(&mut postmaster, &socket_dir, port) {
            Ok(()) => {}
            Err(Start::Exited(e)) => {
                // Most likely the port was taken meanwhile: another one.
                last_error = e;
                continue;
            }
            Err(Start::Failed(e)) => {
                stop_postmaster(postmaster);
                return Err(format!("{e}\n--- server log ---\n{}", read_log(&log)));
            }
        }
        let password = random_hex(16)?;
        if let Err(e) = create_role(&socket_dir, port, &password) {
            stop_postmaster(postmaster);
            return Err(format!(
                "create role {ROLE}: {e}\n--- server log ---\n{}",
                read_log(&log)
            ));
        }
        let server = PgServer {
            port,
            password,
            ca,
            bindir,
            started_in: began.elapsed(),
            socket_dir,
            log,
            running: Mutex::new(Some(Running { postmaster, dir })),
        };
        eprintln!(
            "PostgreSQL test server on {HOST}:{port}, started in {} ms",
            server.started_in.as_millis()
        );
        return Ok(server);
    }
    Err(format!(
        "the server exited {PORT_ATTEMPTS} times at its start; last: {last_error}\n\
         --- server log ---\n{}",
        read_log(&log)
    ))
}

/// As root (as CI runs), installs Debian's PostgreSQL server when it is
/// missing, as the fault tests install strace; anyone else is told how.
fn install_server() -> Result<(), String> {
    // SAFETY: geteuid cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        return Err("install it once with `apt-get install postgresql`".into());
    }
    eprintln!("installing PostgreSQL for the tests (apt-get install postgresql)");
    let apt = |args: &[&str]| {
        Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdout(Stdio::null())
            .status()
            .map_err(|e| format!("apt-get: {e}"))
    };
    apt(&["-qq", "update"])?;
    match apt(&["-qq", "install", "-y", "postgresql"])? {
        s if s.success() => Ok(()),
        s => Err(format!("apt-get install postgresql failed ({s})")),
    }
}

/// The directory of `initdb` and `postgres`: `pg_config --bindir`, or else
/// the newest `/usr/lib/postgresql/<version>/bin` (Debian's layout, where
/// the `pg_config` on the PATH may come without the server).
fn bindir() -> Result<PathBuf, String> {
    let has_initdb = |dir: &Path| dir.join("initdb").is_file() && dir.join("postgres").is_file();
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if has_initdb(&dir) {
            return Ok(dir);
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse().ok()?;
            let dir = entry.path().join("bin");
            has_initdb(&dir).then_some((version, dir))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, dir)| dir).ok_or_else(|| {
        "no PostgreSQL server programs: neither `pg_config --bindir` nor \
         /usr/lib/postgresql/*/bin has initdb (Debian: apt-get install postgresql)"
            .to_string()
    })
}

/// Who runs the cluster: the current user, or `nobody` for root.
enum Owner {
    Me,
    Unprivileged { name: String, uid: u32, gid: u32 },
}

impl Owner {
    fn for_cluster() -> Result<Owner, String> {
        // SAFETY: geteuid cannot fail.
        if unsafe { libc::geteuid() } != 0 {
            return Ok(Owner::Me);
        }
        let name = "nobody";
        let c_name = CString::new(name).expect("no NUL");
        // SAFETY: getpwnam returns null or a pointer to a static record,
        // read at once; only the start thread calls it.
        let pw = unsafe { libc::getpwnam(c_name.as_ptr()) };
        if pw.is_null() {
            return Err(format!(
                "running as root, and PostgreSQL refuses root: no user `{name}` to run it as"
            ));
        }
        // SAFETY: non-null, see above.
        let (uid, gid) = unsafe { ((*pw).pw_uid, (*pw).pw_gid) };
        Ok(Owner::Unprivileged {
            name: name.to_string(),
            uid,
            gid,
        })
    }

    /// A new temporary directory that the owner can use.
    fn temp_dir(&self) -> Result<tempfile::TempDir, String> {
        let base = std::env::temp_dir();
        if let Owner::Unprivileged { name, .. } = self
            && let Some(closed) = base
                .ancestors()
                .find(|a| fs::metadata(a).map_or(true, |m| m.permissions().mode() & 0o001 == 0))
        {
            return Err(format!(
                "{name} cannot reach {}: {} is not searchable by others \
                 (set TMPDIR to a directory that is)",
                base.display(),
                closed.display()
            ));
        }
        let dir = tempfile::Builder::new()
            .prefix("tally-pg-")
            .tempdir_in(&base)
            .map_err(|e| format!("temporary directory in {}: {e}", base.display()))?;
        if let Owner::Unprivileged { uid, gid, .. } = self {
            std::os::unix::fs::chown(dir.path(), Some(*uid), Some(*gid))
                .map_err(|e| format!("chown {}: {e}", dir.path().display()))?;
        }
        Ok(dir)
    }
}

/// How to run the server programs for one cluster.
struct Cluster<'a> {
    bindir: &'a Path,
    dir: &'a Path,
    owner: &'a Owner,
    log: &'a Path,
}

impl Cluster<'_> {
    /// A server program, as the owner, in the cluster's directory, with a
    /// clean environment, its output appended to the log, and SIGINT (a fast
    /// shutdown) should the thread that starts it end.
    fn program(&self, name: &str) -> Result<Command, String> {
        let log = |what| {
            File::options()
                .append(true)
                .open(self.log)
                .map_err(|e| format!("open {} for {what}: {e}", self.log.display()))
        };
        let mut command = Command::new(self.bindir.join(name));
        command
            .env_clear()
            .env("TZ", "UTC")
            .env("LC_ALL", "C")
            .current_dir(self.dir)
            .stdin(Stdio::null())
            .stdout(log("stdout")?)
            .stderr(log("stderr")?);
        if let Owner::Unprivileged { uid, gid, .. } = self.owner {
            // Also drops root's supplementary groups.
            command.uid(*uid).gid(*gid);
        }
        // SAFETY: prctl is async-signal-safe; nothing else runs between
        // fork and exec here.
        unsafe {
            command.pre_exec(|| {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGINT) != 0 {
                    return Err(io::Error::last_os_error());
                }
                Ok(())
            });
        }
        Ok(command)
    }

    fn initdb(&self, data: &Path) -> Result<(), String> {
        let status = self
            .program("initdb")?
            .arg("--pgdata")
            .arg(data)
            .args([
                "--username",
                SUPERUSER,
                "--auth-host=scram-sha-256",
                "--auth-local=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
                "--no-instructions",
            ])
            .status()
            .map_err(|e| format!("run {}/initdb: {e}", self.bindir.display()))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!(
                "initdb failed ({status})\n--- log ---\n{}",
                read_log(self.log)
            ))
        }
    }

    fn postgres(&self, data: &Path, port: u16) -> Result<Child, String> {
        let mut command = self.program("postgres")?;
        command
            .arg("-D")
            .arg(data)
            .args(["-h", HOST, "-p", &port.to_string(), "-k"])
            .arg(self.dir);
        for setting in SETTINGS {
            command.args(["-c", setting]);
        }
        command
            .args(["-c", "ssl=on", "-c"])
            .arg(format!(
                "ssl_cert_file={}",
                self.dir.join("server.crt").display()
            ))
            .arg("-c")
            .arg(format!(
                "ssl_key_file={}",
                self.dir.join("server.key").display()
            ));
        command
            .spawn()
            .map_err(|e| format!("run {}/postgres: {e}", self.bindir.display()))
    }
}

enum Start {
    /// The server ended by itself: try another port.
    Exited(String),
    Failed(String),
}

fn wait_until_ready(postmaster: &mut Child, socket_dir: &Path, port: u16) -> Result<(), Start> {
    let deadline = Instant::now() + START_TIMEOUT;
    loop {
        match postmaster.try_wait() {
            Ok(Some(status)) => return Err(Start::Exited(format!("postgres exited: {status}"))),
            Ok(None) => {}
            Err(e) => return Err(Start::Failed(format!("wait for postgres: {e}"))),
        }
        match admin_config(socket_dir, port).connect(NoTls) {
            Ok(_) => return Ok(()),
            Err(e) if Instant::now() > deadline => {
                return Err(Start::Failed(format!(
                    "postgres did not accept connections within {START_TIMEOUT:?}: {e}"
                )));
            }
            // Not listening yet, or "the database system is starting up".
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

fn admin_config(socket_dir: &Path, port: u16) -> postgres::Config {
    let mut config = postgres::Config::new();
    config
        .host_path(socket_dir)
        .port(port)
        .user(SUPERUSER)
        .dbname("postgres")
        .connect_timeout(Duration::from_secs(30));
    config
}

fn create_role(socket_dir: &Path, port: u16, password: &str) -> Result<(), postgres::Error> {
    admin_config(socket_dir, port)
        .connect(NoTls)?
        .batch_execute(&format!(
            "CREATE ROLE {ROLE} LOGIN PASSWORD '{password}';
             CREATE ROLE {TLS_ROLE} LOGIN PASSWORD '{password}' IN ROLE {ROLE}"
        ))
}

/// A role that logs in only over TLS (and acts as `ROLE`): a command that
/// works as it has been encrypted.
pub const TLS_ROLE: &str = "tally_tls";

/// The server's certificate, for `localhost`, signed by a certificate
/// authority of the run; `TLS_ROLE` refused without TLS. Returns the path
/// of the authority's PEM.
fn tls_files(dir: &Path, owner: &Owner, data: &Path) -> Result<PathBuf, String> {
    let fail = |what: &str, e: &dyn std::fmt::Display| format!("{what}: {e}");
    let ca_key = rcgen::KeyPair::generate().map_err(|e| fail("CA key", &e))?;
    let mut ca_params =
        rcgen::CertificateParams::new(Vec::<String>::new()).map_err(|e| fail("CA", &e))?;
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "tally test CA");
    let ca = ca_params.self_signed(&ca_key).map_err(|e| fail("CA", &e))?;
    let key = rcgen::KeyPair::generate().map_err(|e| fail("server key", &e))?;
    let cert = rcgen::CertificateParams::new(vec!["localhost".to_string()])
        .and_then(|p| p.signed_by(&key, &rcgen::Issuer::from_params(&ca_params, &ca_key)))
        .map_err(|e| fail("server certificate", &e))?;
    let write = |name: &str, text: String, mode: u32| -> Result<PathBuf, String> {
        let path = dir.join(name);
        fs::write(&path, text).map_err(|e| fail(name, &e))?;
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).map_err(|e| fail(name, &e))?;
        if let Owner::Unprivileged { uid, gid, .. } = owner {
            std::os::unix::fs::chown(&path, Some(*uid), Some(*gid)).map_err(|e| fail(name, &e))?;
        }
        Ok(path)
    };
    write("server.crt", cert.pem(), 0o644)?;
    write("server.key", key.serialize_pem(), 0o600)?;
    let ca_path = write("ca.pem", ca.pem(), 0o644)?;
    // First match wins: these lines go before initdb's own.
    let hba = data.join("pg_hba.conf");
    let rest = fs::read_to_string(&hba).map_err(|e| fail("pg_hba.conf", &e))?;
    fs::write(
        &hba,
        format!(
            "hostnossl all {TLS_ROLE} 127.0.0.1/32 reject\n\
             hostnossl all {TLS_ROLE} ::1/128 reject\n\
             hostssl all {TLS_ROLE} all scram-sha-256\n{rest}"
        ),
    )
    .map_err(|e| fail("pg_hba.conf", &e))?;
    Ok(ca_path)
}

/// Fast shutdown: SIGINT, then SIGKILL if the server is still there after
/// `STOP_TIMEOUT`.
fn stop_postmaster(mut postmaster: Child) {
    let Ok(pid) = libc::pid_t::try_from(postmaster.id()) else {
        return;
    };
    // SAFETY: a plain signal to our own child, not yet reaped.
    unsafe { libc::kill(pid, libc::SIGINT) };
    let deadline = Instant::now() + STOP_TIMEOUT;
    while Instant::now() < deadline {
        match postmaster.try_wait() {
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            _ => return,
        }
    }
    let _ = postmaster.kill();
    let _ = postmaster.wait();
}

/// A port nobody listened on a moment ago.
fn free_port() -> Result<u16, String> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| format!("find a free port: {e}"))
}

fn random_hex(bytes: usize) -> Result<String, String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| format!("random password: {e}"))?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

fn read_log(path: &Path) -> String {
    fs::read(path).map_or_else(
        |e| format!("(cannot read {}: {e})", path.display()),
        |bytes| String::from_utf8_lossy(&bytes).into_owned(),
    )
}

/// Every row of every table but the audit log and the chain that covers it
/// (a refusal is audited), as text: equal dumps mean
/// nothing changed. Read with a client of the tests' own, not through tally.
pub fn dump(db: &PgDb) -> String {
    let tables = db.rows(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
         AND tablename NOT IN ('audit_log', 'chain') ORDER BY 1",
    );
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("== {}\n", t[0]));
        for row in db.rows(&format!("SELECT * FROM \"{}\" AS r ORDER BY r::text", t[0])) {
            out.push_str(&row.join("|"));
            out.push('\n');
        }
    }
    out
}
