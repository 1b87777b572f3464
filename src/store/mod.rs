//! Storage: every SQL statement and every rusqlite type of tally live under
//! this module. Here: opening and creating the database file, its pragmas and
//! migrations, the one-transaction-per-command rule, backup and restore. The
//! submodules hold the named, typed queries of each table family, as methods
//! of [`Store`], which the domain calls.

/// Builds `$T` from the columns of the row that have the names of its fields.
macro_rules! from_row {
    ($row:ident => $T:ident { $($field:ident),* $(,)? }) => {
        $T { $($field: $row.get(stringify!($field))?),* }
    };
}

mod alerts;
mod audit;
mod chain;
mod copies;
mod copy;
mod db;
mod errors;
mod idempotency;
mod ledger;
mod limits;
mod lots;
mod names;
mod orders;
mod outbox;
mod pg;
mod pg_tls;
mod reports;
mod roles;
mod seats;
mod settings;
mod sharing;
mod sql;
mod sqlite;
mod users;

pub use sqlite::busy_timeout;
mod verify;

pub use alerts::{AlertRow, DueAlert};
pub use audit::{AuditEntry, AuditFilter, AuditRecord, Outcome};
pub use chain::Anchor;
pub use copies::restore;
pub use copy::Copied;
pub use db::{Db, Location, create};
pub use idempotency::StoredRequest;
pub use ledger::{
    AccountBalance, BalanceRow, DEFAULT_KIND, Giver, Holder, Holding, Kind, KindInfo, NewTransfer,
    Original, PurchaseRequest, Receipt, ReceiptParts, Receiver, RequestStatus, TransferQuery,
    TransferType, TransferView,
};
pub use lots::Draw;
pub use names::Names;
pub use orders::{BillingRow, NewOrder, Order, Plan, PlanRow};
pub use outbox::{MailStatus, OutboxMessage, PendingMail};
pub use reports::{LedgerEntry, UsageBy, UsageGroup};
pub use roles::ADMIN_ROLE;
pub use seats::{InvoiceHead, Issued, Line, SeatPrice, StatusEvent};
pub use sharing::UsageEntry;
pub use users::{ActiveOnly, NewUserRow, User, UserFilter, UserRef, UserStatus};
pub use verify::{Probe, SchemaObject};

use rusqlite::Connection;

/// The open transaction of one command, as the domain sees it: named queries,
/// no SQL.
#[derive(Clone, Copy)]
pub struct Store<'c> {
    conn: sql::Conn<'c>,
}

impl<'c> Store<'c> {
    pub(super) fn new(conn: &'c Connection) -> Self {
        Store {
            conn: sql::Conn::Sqlite(conn),
        }
    }

    pub(super) fn pg(session: &'c pg::Session) -> Self {
        Store {
            conn: sql::Conn::Pg(session),
        }
    }

    /// The transaction, for the store's own modules: statements written
    /// once for every engine.
    fn sql(&self) -> sql::Conn<'c> {
        self.conn
    }

    /// A page cache for commands that read or write much of the file
    /// (16 MiB rather than SQLite's 2 MiB), for the rest of this
    /// connection's life.
    pub fn widen_cache(&self) -> crate::error::Result<()> {
        if let sql::Conn::Sqlite(c) = self.sql() {
            c.pragma_update(None, "cache_size", -16384)?;
        }
        Ok(())
    }

    /// Whether SQLite rolled the command's transaction back under it (a
    /// full disk, an I/O error): a long command checks before each row.
    pub fn transaction_lost(&self) -> bool {
        match self.conn {
            sql::Conn::Sqlite(c) => c.is_autocommit(),
            // The server ends a failed transaction itself: every later
            // statement of it fails, and the command with it.
            sql::Conn::Pg(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    /// Every SQL statement and every rusqlite type lives in `src/store/`:
    /// the domain holds rules only, and the front end neither.
    #[test]
    fn only_the_store_has_sql() {
        fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).expect("a source directory") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    files(&path, out);
                } else if !path.starts_with(concat!(env!("CARGO_MANIFEST_DIR"), "/src/store")) {
                    out.push(path);
                }
            }
        }
        let mut sources = Vec::new();
        files(
            concat!(env!("CARGO_MANIFEST_DIR"), "/src").as_ref(),
            &mut sources,
        );
        assert!(sources.len() > 30, "the sources were found");
        let mut offenders = Vec::new();
        for path in sources {
            let text = std::fs::read_to_string(&path).expect("a source file");
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                let sql = [
                    "rusqlite",
                    "SELECT ",
                    "INSERT INTO",
                    "UPDATE ",
                    "DELETE FROM",
                ]
                .iter()
                .any(|w| code.contains(w));
                if sql {
                    offenders.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
        assert!(
            offenders.is_empty(),
            "SQL outside the store:\n{}",
            offenders.join("\n")
        );
    }
}
