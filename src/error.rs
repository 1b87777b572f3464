//! The one error type of tally: every refusal has a stable code, an exit code
//! and a hint, as SPEC section 5 lists them.

use serde::Serialize;

use crate::domain::refusal::Refusal;

/// A stable, machine-readable error code (SPEC section 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    InvalidInput,
    ConfirmationRequired,
    NotFound,
    AlreadyExists,
    NotInitialized,
    AlreadyInitialized,
    PermissionDenied,
    InsufficientCredits,
    HasCredits,
    IsAdmin,
    LastAdmin,
    InactiveUser,
    OwnerChain,
    ServiceAccount,
    HasCreditUsers,
    IdempotencyConflict,
    /// A transfer is reversed at most once.
    AlreadyReversed,
    LimitReached,
    RoleInUse,
    NoBillingInfo,
    NotConfigured,
    PeriodOpen,
    VerifyFailed,
    DeliveryFailed,
    Busy,
    DatabaseUnusable,
    StorageError,
    /// Esc at a prompt: the user stopped the command; nothing was changed.
    Cancelled,
    Internal,
    /// Not an error code anyone sees: stdout was closed or could not be
    /// written. A closed pipe ends the command successfully.
    OutputClosed,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidInput => "invalid_input",
            Code::ConfirmationRequired => "confirmation_required",
            Code::NotFound => "not_found",
            Code::AlreadyExists => "already_exists",
            Code::NotInitialized => "not_initialized",
            Code::AlreadyInitialized => "already_initialized",
            Code::PermissionDenied => "permission_denied",
            Code::InsufficientCredits => "insufficient_credits",
            Code::HasCredits => "has_credits",
            Code::IsAdmin => "is_admin",
            Code::LastAdmin => "last_admin",
            Code::InactiveUser => "inactive_user",
            Code::OwnerChain => "owner_chain",
            Code::ServiceAccount => "service_account",
            Code::HasCreditUsers => "has_credit_users",
            Code::IdempotencyConflict => "idempotency_conflict",
            Code::AlreadyReversed => "already_reversed",
            Code::LimitReached => "limit_reached",
            Code::RoleInUse => "role_in_use",
            Code::NoBillingInfo => "no_billing_info",
            Code::NotConfigured => "not_configured",
            Code::PeriodOpen => "period_open",
            Code::VerifyFailed => "verify_failed",
            Code::DeliveryFailed => "delivery_failed",
            Code::Busy => "busy",
            Code::DatabaseUnusable => "database_unusable",
            Code::StorageError => "storage_error",
            Code::Cancelled => "cancelled",
            Code::Internal => "internal",
            Code::OutputClosed => "output_closed",
        }
    }

    /// Whether this is a refusal of what was asked (a rule, a permission, bad
    /// input), as opposed to a failure of the machine under it (a lock, a
    /// disk, a damaged file, a bug). A batch reports every refusal and goes
    /// on; any other error ends the whole command at once.
    pub fn is_refusal(self) -> bool {
        !matches!(
            self,
            Code::Busy
                | Code::DatabaseUnusable
                | Code::StorageError
                | Code::Internal
                | Code::OutputClosed
        )
    }

    pub fn exit_code(self) -> i32 {
        match self {
            Code::InvalidInput | Code::ConfirmationRequired => 2,
            Code::Busy => 3,
            Code::DatabaseUnusable | Code::StorageError => 4,
            // As for Ctrl-C (128 + SIGINT): stopped at the terminal.
            Code::Cancelled => 130,
            Code::Internal => 101,
            Code::OutputClosed => 0,
            _ => 1,
        }
    }
}

/// One bad row of a batch (CSV import), reported with its line number.
#[derive(Debug, Clone, Serialize)]
pub struct RowError {
    pub line: u64,
    pub code: Code,
    pub message: String,
}

/// Boxed, so that every `Result` stays one pointer wide on the happy path.
#[derive(Debug, thiserror::Error)]
#[error("{}", .0.message)]
pub struct Error(Box<ErrorInner>);

#[derive(Debug)]
pub struct ErrorInner {
    pub code: Code,
    pub message: String,
    pub hint: Option<String>,
    /// For batches: every bad row.
    pub rows: Vec<RowError>,
    /// For permission refusals: what was attempted, so that it can be audited.
    pub denied: Option<Denied>,
    /// For a rule's refusal: its facts, from which the message and hint were worded.
    pub refusal: Option<Refusal>,
    /// A write that lost a race with another (`busy`), which is worth
    /// running again at once, unlike a lock waited on past the timeout.
    pub lost_race: bool,
}

#[derive(Debug, Clone)]
pub struct Denied {
    pub actor: String,
    pub action: &'static str,
    pub target: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl std::ops::Deref for Error {
    type Target = ErrorInner;
    fn deref(&self) -> &ErrorInner {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorInner {
        &mut self.0
    }
}

impl Error {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Error(Box::new(ErrorInner {
            code,
            message: message.into(),
            hint: None,
            rows: Vec::new(),
            denied: None,
            refusal: None,
            lost_race: false,
        }))
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Error::new(Code::InvalidInput, message)
    }

    /// This error as the refusal of one row of a batch.
    pub fn at_line(self, line: u64) -> RowError {
        let inner = *self.0;
        RowError {
            line,
            code: inner.code,
            message: inner.message,
        }
    }

    pub fn exit_code(&self) -> i32 {
        self.code.exit_code()
    }

    /// A batch refusal, every row listed. A malformed row means the file can
    /// never be applied as it is, so `invalid_input` (exit 2) wins; otherwise
    /// the first bad row decides the code.
    pub fn rows(rows: Vec<RowError>, what: &str) -> Self {
        let code = if rows.iter().any(|r| r.code == Code::InvalidInput) {
            Code::InvalidInput
        } else {
            rows.first().map(|r| r.code).unwrap_or(Code::InvalidInput)
        };
        let mut message = format!(
            "{} bad row{} in {what}; nothing was imported",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        );
        for r in &rows {
            message.push_str(&format!("\n  line {}: {}", r.line, r.message));
        }
        Error(Box::new(ErrorInner {
            code,
            message,
            hint: Some("fix the rows named above and import the whole file again".into()),
            rows,
            denied: None,
            refusal: None,
            lost_race: false,
        }))
    }
}

impl Error {
    /// The disk or the file system refused a write: full, out of quota, or an
    /// I/O error. The transaction is rolled back, so nothing was changed.
    pub fn storage(cause: &dyn std::fmt::Display) -> Self {
        Error::new(
            Code::StorageError,
            format!("the disk refused a write; nothing was changed ({cause})"),
        )
        .hint("free space on the disk that holds the database (df -h), or check the disk for errors (dmesg); then run the command again")
    }
}

impl Error {
    /// An I/O error while `doing` something with a file: the storage failing
    /// is `storage_error`, anything else (a missing directory, a permission)
    /// is bad input.
    pub fn io(e: &std::io::Error, doing: &str) -> Self {
        if is_storage_failure(e) {
            Error::storage(&format_args!("{doing}: {e}"))
        } else {
            Error::invalid(format!("{doing}: {e}"))
                .hint("check that the directory exists and is writable")
        }
    }
}

/// Whether an I/O error is the storage failing (full, out of quota, read-only
/// file system, hardware), rather than a bad path or bad input.
pub fn is_storage_failure(e: &std::io::Error) -> bool {
    use std::io::ErrorKind as K;
    matches!(
        e.kind(),
        K::StorageFull | K::QuotaExceeded | K::ReadOnlyFilesystem | K::FileTooLarge
    ) || e.raw_os_error() == Some(5) // EIO
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if is_storage_failure(&e) {
            Error::storage(&e)
        } else {
            Error::new(Code::InvalidInput, format!("{e}"))
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::new(Code::Internal, format!("JSON error: {e}"))
    }
}

impl From<Refusal> for Error {
    fn from(r: Refusal) -> Self {
        let (message, hint) = crate::words::refusal(&r);
        let mut e = Error::new(r.code(), message).hint(hint);
        e.refusal = Some(r);
        e
    }
}
