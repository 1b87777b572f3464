//! The command line: clap definitions, and one `run` per verb that calls the
//! domain inside one transaction and hands the result to the output.

pub mod args;
pub mod audit;
pub mod billing;
pub mod complete;
pub mod config;
pub mod credits;
pub mod csv_input;
pub mod init;
pub mod mail;
pub mod maintenance;
pub mod man;
pub mod orders;
pub mod owner;
pub mod prompt;
pub mod report;
pub mod role;
pub mod settings;
pub mod user;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::LazyLock;

use clap::{Args, Parser, Subcommand};

use crate::domain::{Ctx, Session};
use crate::error::{Code, Error, Result};
use crate::output::{Format, Output};
use crate::store::{Db, Location};

const EXAMPLES: &str = "\
Examples:
  tally init --company Acme --admin alice --first Alice --last Liddell --email alice@acme.test
  tally user add bob --first Bob --last Builder --email bob@acme.test
  tally user list
  tally role grant bob administrator
  tally --json user show bob | jq -r .status
  tally --jq '.users[].handle' user list
  tally --format csv -o users.csv user list --status all
  tally audit --limit 20";

const LONG_EXAMPLES: &str = "\
Examples:
  tally init --company Acme --admin alice --first Alice --last Liddell --email alice@acme.test
  tally user add bob --first Bob --last Builder --email bob@acme.test
  tally credits topup 1000
  tally credits assign --from company --to bob 50 --idempotency-key 2026-03-bob
  tally owner set peter john
  tally --json billing invoice --period 2026-02 | jq .total_minor
  tally --jq '.lines[] | select(.days < 28) | .handle' billing invoice --period 2026-02
  tally --format csv -o users.csv user list --status all
  tally -q mail send

Exit status:
  0    done (also an idempotent replay)
  1    refused: the database's state, a missing record, a rule or a permission
  2    bad usage or malformed input; never retry as is
  3    busy: the database stayed locked past TALLY_BUSY_TIMEOUT; retry
  4    database unusable: not tally's, corrupt, from a newer tally, not writable;
       or storage error: the disk refused a write, nothing was changed
  101  a bug
  130  stopped at the terminal: Esc at a prompt (cancelled), or Ctrl-C

Environment:
  TALLY_DB            the database file (like --db); empty means unset
  TALLY_AS            the actor (like --as)
  TALLY_NOW           an RFC 3339 time used as \"now\"
  TALLY_BUSY_TIMEOUT  milliseconds to wait for another process's lock (default 5000)
  TALLY_SMTP_PASSWORD, TALLY_SMTP_PASSWORD_FILE  the SMTP password for mail send
  TALLY_SMTP_TIMEOUT  seconds to wait for the SMTP server (default 10)
  TALLY_DB_PASSWORD_FILE  the database server's password
  TALLY_SYSTEM_CONFIG  the system's configuration file (default /etc/tally/config.toml)
  NO_COLOR, CLICOLOR=0, TERM=dumb  no colour

Configuration files:
  /etc/tally/config.toml, then $XDG_CONFIG_HOME/tally/config.toml (else
  ~/.config/tally/config.toml); keys db, actor, busy_timeout,
  smtp_password_file, db_password_file. The environment and the flags win
  over them; `tally config show` says where each value came from.";

#[derive(Debug, Parser)]
#[command(
    name = "tally",
    version,
    about = "Manage an organization's users, roles, credits and seat billing in one local SQLite file",
    long_about = None,
    after_help = EXAMPLES,
    after_long_help = LONG_EXAMPLES,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone)]
pub struct Global {
    /// Database file [default: tally.db in the user's data directory]
    #[arg(long, global = true, env = "TALLY_DB", value_name = "PATH", value_parser = path_or_empty())]
    pub db: Option<PathBuf>,
    /// Act as this user [default: the admin created by init]
    #[arg(long = "as", global = true, env = "TALLY_AS", value_name = "HANDLE", add = complete::handle())]
    pub actor: Option<String>,
    /// Print one JSON value on stdout; errors as JSON on stderr
    #[arg(long, global = true)]
    pub json: bool,
    /// Filter the JSON output with a jq expression; strings print raw
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,
    /// Print lists (and name-value results) as CSV or TSV with a header row; html: a report's page
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Write what would go to stdout to FILE, replaced only on success
    #[arg(short = 'o', long, global = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath, value_parser = path_or_empty())]
    pub output: Option<PathBuf>,
    /// Run a write, print what it would do, change nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Answer yes to confirmations (needed without a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Print nothing on success
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
    /// Which of the flags that a configuration key stands for the command
    /// line gave (not their variables): for `config show`.
    #[arg(skip)]
    pub given: Given,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database, the company account and the first administrator
    Init(init::InitArgs),
    /// Add, list, edit, activate, deactivate, delete and import users
    #[command(subcommand)]
    User(user::UserCommand),
    /// Define roles and grant or revoke them
    #[command(subcommand)]
    Role(role::RoleCommand),
    /// Move, import, show and request credits
    #[command(subcommand)]
    Credits(credits::CreditsCommand),
    /// Credit sharing: who consumes and buys on whose credits
    #[command(subcommand)]
    Owner(owner::OwnerCommand),
    /// Whose credits a user uses, that owner's balances and plans
    Overview(owner::OverviewArgs),
    /// Plans of credits that users can buy
    #[command(subcommand)]
    Plan(orders::PlanCommand),
    /// Personal billing information, used when buying
    #[command(subcommand, name = "billing-info")]
    BillingInfo(orders::BillingInfoCommand),
    /// Buy plans and see the group's order history
    #[command(subcommand)]
    Order(orders::OrderCommand),
    /// Seat billing: the price per active user, monthly invoices and projections
    #[command(subcommand)]
    Billing(billing::BillingCommand),
    /// Show and change the organization's settings
    #[command(subcommand)]
    Settings(settings::SettingsCommand),
    /// The outbox of mail that actions cause
    #[command(subcommand)]
    Mail(mail::MailCommand),
    /// Show the audit log, newest first
    Audit(audit::AuditArgs),
    /// Reports of the whole organization: usage, the ledger, seats
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Check the file's integrity and the rules that must always hold
    Verify(maintenance::VerifyArgs),
    /// Write a consistent copy of the database, even while others write
    Backup(maintenance::BackupArgs),
    /// Put a backup in place of the database, checked, keeping the file it replaces
    Restore(maintenance::RestoreArgs),
    /// Move the organization to another database (a file to PostgreSQL)
    #[command(subcommand)]
    Db(maintenance::DbCommand),
    /// Print a shell completion script
    Completions(maintenance::CompletionsArgs),
    /// Write the man pages, one per command, where man finds them
    Man(man::ManArgs),
    /// Show the configuration in force and where each value came from
    #[command(subcommand)]
    Config(config::ConfigCommand),
}

/// The flags of the command line that a configuration key also sets.
#[derive(Debug, Clone, Copy, Default)]
pub struct Given {
    pub db: bool,
    pub actor: bool,
}

impl Cli {
    /// The command line from clap's matches, with where its values came from.
    pub fn from_matches(m: &clap::ArgMatches) -> std::result::Result<Cli, clap::Error> {
        use clap::FromArgMatches;
        let mut cli = Cli::from_arg_matches(m)?;
        let flag = |id: &str| m.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
        cli.global.given = Given {
            db: flag("db"),
            actor: flag("actor"),
        };
        Ok(cli)
    }
}

/// A path that may be empty: `TALLY_DB=` means unset, as a shell user
/// expects (clap's own path parser refuses an empty value).
fn path_or_empty() -> impl clap::builder::TypedValueParser<Value = PathBuf> {
    use clap::builder::TypedValueParser;
    clap::builder::OsStringValueParser::new().map(PathBuf::from)
}

/// What every verb gets: the global options, the output and the command's "now".
pub struct App {
    pub global: Global,
    pub out: Output,
    pub now: jiff::Timestamp,
    /// Prompts only when both stdin and stdout are terminals.
    pub interactive: bool,
}

impl App {
    pub fn new(mut global: Global) -> Result<Self> {
        // An empty TALLY_AS= or TALLY_DB= means unset, as a shell user expects.
        global.actor = global.actor.filter(|a| !a.is_empty());
        global.db = global.db.filter(|d| !d.as_os_str().is_empty());
        let now = match std::env::var("TALLY_NOW") {
            Ok(v) if !v.is_empty() => v.parse::<jiff::Timestamp>().map_err(|e| {
                Error::invalid(format!("TALLY_NOW '{v}' is not a time tally can use: {e}"))
                    .hint("set it to an RFC 3339 time such as 2026-01-31T09:30:00Z (at the latest 9999-12-30T22:00:00Z), or unset it")
            })?,
            _ => clock()?,
        };
        if let Some(format) = global.format
            && (global.json || global.jq.is_some())
        {
            let name = format!("{format:?}").to_lowercase();
            let other = if global.json { "--json" } else { "--jq" };
            return Err(Error::invalid(format!(
                "--format {name} and {other} are two different outputs"
            ))
            .hint(
                "choose one: --format csv|tsv for rows under a header, --json or --jq for JSON",
            ));
        }
        // Compiled before the command runs: a bad filter changes nothing.
        // One filter a process, kept for its whole run.
        let jq = match &global.jq {
            Some(code) => Some(&*Box::leak(Box::new(crate::output::Jq::compile(code)?))),
            None => None,
        };
        // --jq is --json, filtered: every verb that asks sees JSON.
        global.json |= jq.is_some();
        let out = Output {
            jq,
            // A page is drawn by the report that asks for it, not by the
            // writers of rows.
            format: global.format.and_then(Format::rows),
            dry_run: global.dry_run,
            ..Output::new(global.json, global.quiet)
        };
        Ok(App {
            interactive: std::io::stdin().is_terminal() && std::io::stdout().is_terminal(),
            global,
            out,
            now,
        })
    }

    /// Where the organization is kept: `--db`, `TALLY_DB`, or the default file.
    pub fn location(&self) -> Result<Location> {
        Location::resolve(self.global.db.as_deref())
    }

    pub fn open(&self) -> Result<Db> {
        Db::open(&self.location()?)
    }

    /// The actor, "now" and who runs tally, for the domain.
    pub fn session(&self) -> Session<'_> {
        Session {
            actor: self.global.actor.as_deref(),
            now: self.now,
            os_user: &OS_USER,
        }
    }

    /// Runs a domain operation that writes, in one `BEGIN IMMEDIATE`
    /// transaction (rolled back with `--dry-run`).
    pub fn write<T>(&self, f: impl FnMut(&Ctx) -> Result<T>) -> Result<T> {
        let value = self
            .session()
            .write(&mut self.open()?, self.global.dry_run, f)?;
        if self.global.dry_run && !self.global.quiet {
            eprintln!("dry run: nothing was changed");
        }
        Ok(value)
    }

    /// Runs a write and rolls it back, saying nothing: what a command
    /// checks before it asks to confirm, so that a refusal comes first.
    pub fn check<T>(&self, f: impl FnMut(&Ctx) -> Result<T>) -> Result<()> {
        self.session().write(&mut self.open()?, true, f).map(drop)
    }

    /// Runs a domain operation that only reads, in one read transaction.
    pub fn read<T>(&self, f: impl FnOnce(&Ctx) -> Result<T>) -> Result<T> {
        self.session().read(&mut self.open()?, f)
    }

    /// A progress bar of `len` steps on stderr, drawn with indicatif's
    /// `template`: on a terminal and without `-q`, else hidden. Its figures
    /// are whole numbers: `{rate}` is steps a second (`1234/s`, where
    /// indicatif's own `{per_sec}` says `1.2k/s` or `12.3456/s`), and
    /// `{eta}` the time left in whole units (`42s`, `3m`).
    pub fn progress(&self, len: u64, template: &str) -> indicatif::ProgressBar {
        if !std::io::stderr().is_terminal() || self.global.quiet {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::new(len);
        let rate = |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
            let per_sec = state.per_sec();
            let whole = if per_sec.is_finite() {
                per_sec.round() as u64
            } else {
                0
            };
            let _ = write!(w, "{whole}/s");
        };
        bar.set_style(
            indicatif::ProgressStyle::with_template(template)
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .with_key("rate", rate),
        );
        bar
    }

    /// The line under a new password.
    pub fn password_note(&self) -> &'static str {
        if self.global.dry_run {
            "dry run: this password was not set"
        } else {
            "the password is shown only this once"
        }
    }

    /// Asks for confirmation on a terminal; without one, `--yes` is required.
    pub fn confirm(&self, question: &str, what: &str) -> Result<()> {
        if self.global.yes || self.global.dry_run {
            return Ok(());
        }
        if !self.interactive {
            return Err(Error::new(
                Code::ConfirmationRequired,
                format!("{what} needs confirmation"),
            )
            .hint("pass --yes when not running interactively"));
        }
        if prompt::confirm(question, false)? {
            Ok(())
        } else {
            Err(not_confirmed())
        }
    }

    /// A value that may be asked for on a terminal, again until `check`
    /// takes it; without a terminal, it is required.
    pub fn ask(
        &self,
        given: Option<String>,
        question: &str,
        flag: &str,
        check: impl Fn(&str) -> Result<()>,
    ) -> Result<String> {
        if let Some(v) = given {
            return Ok(v);
        }
        if !self.interactive {
            return Err(Error::invalid(format!("{flag} is required"))
                .hint(format!("give {flag} (it is asked for only on a terminal)")));
        }
        prompt::text(question, check)
    }
}

/// The system clock, as a time tally can store and compute with; a clock
/// set outside years -9999 to 9999 is refused rather than trusted.
fn clock() -> Result<jiff::Timestamp> {
    let now = std::time::SystemTime::now();
    jiff::Timestamp::try_from(now).map_err(|e| {
        Error::invalid(format!(
            "the system clock reads a time tally cannot use: {e}"
        ))
        .hint("set the system clock right, or give the time with TALLY_NOW")
    })
}

/// Who runs tally, looked up only when an audit row is written: commands
/// that only read never pay for the lookup.
pub static OS_USER: LazyLock<String> = LazyLock::new(os_user);

/// Who runs tally on this machine, for the audit log: the name of the
/// process's real uid (`USER` and `LOGNAME` are the caller's to set, so they
/// are not trusted), else `uid N`. Under sudo, `SUDO_USER` is recorded
/// beside it: it says who ran sudo, as sudo itself sets it.
fn os_user() -> String {
    // SAFETY: getuid cannot fail and has no preconditions.
    let uid = unsafe { libc::getuid() };
    let name = user_name(uid).unwrap_or_else(|| format!("uid {uid}"));
    match std::env::var("SUDO_USER") {
        Ok(by) if !by.is_empty() && by != name => format!("{name} (sudo: {by})"),
        _ => name,
    }
}

/// The login name of `uid` from the system's user database (getpwuid_r).
fn user_name(uid: libc::uid_t) -> Option<String> {
    let mut buf = vec![0 as libc::c_char; 4096];
    loop {
        // SAFETY: all-zero is a valid `passwd` (null pointers, zero ids).
        let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: every pointer is valid for the call, and `buf.len()` is the
        // true size of `buf`; the result points into `pwd` and `buf`.
        let rc =
            unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut found) };
        if rc == libc::ERANGE && buf.len() < 1 << 20 {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if rc != 0 || found.is_null() || pwd.pw_name.is_null() {
            return None;
        }
        // SAFETY: on success pw_name is a NUL-terminated string inside `buf`.
        let name = unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) };
        return Some(name.to_string_lossy().into_owned());
    }
}

/// The answer "no" to a confirmation.
pub fn not_confirmed() -> Error {
    Error::new(
        Code::ConfirmationRequired,
        "not confirmed; nothing was changed",
    )
    .hint("run it again and answer yes, or pass --yes")
}

pub fn run(cli: Cli) -> Result<()> {
    let mut app = App::new(cli.global)?;
    // `-o -` is stdout, as for many tools.
    let Some(path) = app.global.output.clone().filter(|p| p.as_os_str() != "-") else {
        return dispatch(&app, cli.command);
    };
    let to_file = crate::output::ToFile::start(&path)?;
    // A file gets the rows of a pipe, not a terminal's table; prompts still
    // ask on the terminal (they are on stderr).
    app.out.tty = false;
    app.out.color = false;
    to_file.finish(dispatch(&app, cli.command))
}

fn dispatch(app: &App, command: Command) -> Result<()> {
    if app.global.format == Some(Format::Html)
        && !matches!(command, Command::Report(report::ReportCommand::Usage(_)))
    {
        return Err(Error::invalid(
            "--format html is the page of `tally report usage`; other commands print rows or JSON",
        )
        .hint("give --format csv or tsv here, or e.g. `tally --format html -o usage.html report usage --period 2026-03`"));
    }
    match command {
        Command::Init(args) => init::run(app, args),
        Command::User(cmd) => user::run(app, cmd),
        Command::Role(cmd) => role::run(app, cmd),
        Command::Credits(cmd) => credits::run(app, cmd),
        Command::Owner(cmd) => owner::run(app, cmd),
        Command::Overview(args) => owner::overview(app, args),
        Command::Plan(cmd) => orders::plan(app, cmd),
        Command::BillingInfo(cmd) => orders::billing_info(app, cmd),
        Command::Order(cmd) => orders::order(app, cmd),
        Command::Billing(cmd) => billing::run(app, cmd),
        Command::Settings(cmd) => settings::run(app, cmd),
        Command::Mail(cmd) => mail::run(app, cmd),
        Command::Audit(args) => audit::run(app, args),
        Command::Report(cmd) => report::run(app, cmd),
        Command::Verify(a) => maintenance::verify(app, a),
        Command::Backup(args) => maintenance::backup(app, args),
        Command::Restore(args) => maintenance::restore(app, args),
        Command::Db(cmd) => maintenance::db(app, cmd),
        Command::Completions(args) => maintenance::completions(app, args),
        Command::Man(args) => man::run(app, args),
        Command::Config(cmd) => config::run(app, cmd),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::Cli;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    fn all_help(cmd: &mut clap::Command, path: &str, out: &mut String) {
        let name = if path.is_empty() {
            cmd.get_name().to_string()
        } else {
            format!("{path} {}", cmd.get_name())
        };
        out.push_str(&format!("==== {name} --help\n"));
        out.push_str(&cmd.render_long_help().to_string());
        out.push('\n');
        let mut subs: Vec<clap::Command> = cmd.get_subcommands().cloned().collect();
        for sub in &mut subs {
            all_help(sub, &name, out);
        }
    }

    /// Asserts that `actual` is, byte for byte, the file `path` (from the
    /// package root); `SNAPSHOTS=overwrite cargo test` rewrites the file.
    fn assert_file_eq(actual: impl Into<Vec<u8>>, path: &str) {
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

    /// Every `--help` page in one snapshot, so that any change to the command
    /// line shows up in review. `SNAPSHOTS=overwrite cargo test` rewrites it.
    #[test]
    fn help_snapshot() {
        let mut cmd = Cli::command().term_width(100);
        cmd.build();
        let mut text = String::new();
        all_help(&mut cmd, "", &mut text);
        assert_file_eq(text, "tests/snapshots/help.txt");
    }

    mod fuzz {
        //! Arbitrary arguments and files never make tally panic: each parser
        //! returns a value or an error. A few hundred cases a run.
        use clap::Parser;
        use proptest::prelude::*;

        use super::super::{Cli, credits, csv_input, user};

        fn word() -> impl Strategy<Value = String> {
            prop_oneof![
                prop::sample::select(vec![
                    "init",
                    "user",
                    "add",
                    "list",
                    "import",
                    "credits",
                    "assign",
                    "balance",
                    "history",
                    "--at",
                    "--since",
                    "--from",
                    "--to",
                    "--kind",
                    "--limit",
                    "--db",
                    "--as",
                    "--json",
                    "-q",
                    "-y",
                    "--dry-run",
                    "company",
                    "bob",
                    "50",
                    "-1",
                    "0",
                    "--",
                    "-",
                    "billing",
                    "invoice",
                    "--period",
                    "2026-13",
                    "restore",
                    "owner",
                    "set",
                    "order",
                    "place",
                    "--quantity",
                    "99999999999999999999",
                ])
                .prop_map(str::to_string),
                "\\PC{0,16}",
                "-{1,2}[a-z-]{0,12}",
            ]
        }

        fn csv_text() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                prop::sample::select(vec![
                    "from,to,amount",
                    "handle,first_name,last_name,email",
                    ",kind",
                    ",memo",
                    ",roles",
                    ",active",
                    ",amount",
                    ",idempotency_key",
                    "\n",
                    "\r\n",
                    "\"",
                    ",",
                    "\u{feff}",
                    "company,bob,5",
                    "dan,D,D,d@x.test",
                    "true",
                    "9999999999999999999",
                ])
                .prop_map(str::to_string),
                "\\PC{0,12}",
            ];
            prop::collection::vec(piece, 0..24).prop_map(|p| p.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

            #[test]
            fn no_argument_list_panics(args in prop::collection::vec(word(), 0..8)) {
                let _ = Cli::try_parse_from(std::iter::once("tally".to_string()).chain(args));
            }

            #[test]
            fn no_csv_file_panics(text in csv_text()) {
                let _ = credits::import::parse_credits_csv(&text);
                let _ = user::import::parse_users_csv(&text);
                let _ = csv_input::read_capped(text.as_bytes(), "fuzz");
            }

            #[test]
            fn no_time_or_amount_panics(s in "\\PC{0,40}") {
                let _ = crate::domain::parse_time(&s);
                let _ = crate::domain::Amount::parse(&s, "amount");
                let _ = crate::domain::Price::parse(&s);
            }
        }
    }
}
