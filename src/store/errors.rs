//! What SQLite's errors and schema.sql's trigger messages mean, as tally's
//! error codes: kept next to the schema they depend on.

use crate::error::{Code, Error};

/// `SQLITE_CONSTRAINT_COMMITHOOK`: a commit refused by the commit hook.
const SQLITE_CONSTRAINT_COMMITHOOK: std::ffi::c_int = 531;

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode as C;
        if let rusqlite::Error::SqliteFailure(f, msg) = &e {
            match f.code {
                C::DatabaseBusy | C::DatabaseLocked => {
                    return Error::new(Code::Busy, "the database stayed locked by another process")
                        .hint("try again, or raise TALLY_BUSY_TIMEOUT (milliseconds)");
                }
                C::NotADatabase | C::DatabaseCorrupt => {
                    return Error::new(
                        Code::DatabaseUnusable,
                        format!("the database is unusable: {e}"),
                    )
                    .hint(
                        "restore it with `tally restore BACKUP`; never copy a backup over it \
                         with cp while a -wal or -shm file lies beside it",
                    );
                }
                C::DiskFull | C::SystemIoFailure => return Error::storage(&e),
                C::ConstraintViolation if f.extended_code == SQLITE_CONSTRAINT_COMMITHOOK => {
                    // The transaction was lost under the command (SQLite rolls
                    // back on a full disk or an I/O error) and a statement ran
                    // after it: the commit hook refused to let it commit alone.
                    return Error::storage(&e);
                }
                C::ReadOnly | C::CannotOpen | C::PermissionDenied => {
                    return Error::new(
                        Code::DatabaseUnusable,
                        format!("the database cannot be written: {e}"),
                    )
                    .hint("check the file's permissions and the free disk space");
                }
                C::ConstraintViolation => {
                    return refused_by_schema(&msg.clone().unwrap_or_else(|| e.to_string()));
                }
                _ => {}
            }
        }
        internal(&e)
    }
}

/// A trigger or CHECK of the schema (either engine's) caught what the domain
/// should have: still a refusal, never a crash. The triggers of rules 3, 4
/// and the role rules raise their error code as the message.
pub(super) fn refused_by_schema(message: &str) -> Error {
    // A second reversal of one transfer, written at the same time as the
    // first (SQLite names the column, a server the index).
    if message.contains("transfers.reverses") || message.contains("transfers_reversed_once") {
        return Error::new(
            Code::AlreadyReversed,
            "the transfer was reversed by another command at the same time",
        )
        .hint("a transfer is reversed once; `tally credits history` shows the reversal");
    }
    let code = match message {
        "is_admin" => Code::IsAdmin,
        "last_admin" => Code::LastAdmin,
        "inactive_user" => Code::InactiveUser,
        "role_in_use" => Code::RoleInUse,
        _ => Code::InvalidInput,
    };
    Error::new(code, format!("refused by the database: {message}"))
}

/// An engine error tally never expects: a bug.
pub(super) fn internal(detail: &dyn std::fmt::Display) -> Error {
    Error::new(Code::Internal, format!("database error: {detail}"))
        .hint("this is a bug in tally; please report it with the command that caused it")
}

/// A column holding what tally never writes there.
pub(super) fn unreadable(column: &str, why: &str) -> Error {
    internal(&format_args!("the column {column} holds {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_reversal_refused_by_either_engines_index_is_already_reversed() {
        for message in [
            "UNIQUE constraint failed: transfers.reverses",
            "duplicate key value violates unique constraint \"transfers_reversed_once\"",
        ] {
            let e = refused_by_schema(message);
            assert_eq!(e.code, Code::AlreadyReversed, "{message}");
            assert!(e.hint.is_some());
        }
        assert_eq!(
            refused_by_schema("UNIQUE constraint failed: users.handle").code,
            Code::InvalidInput
        );
    }
}
