//! Why a rule refuses what was asked: the facts, as types. The words, and the
//! `tally ...` commands that would fix each refusal, are written once at the
//! edge (`src/words.rs`), so that another front end can say them its own way.

use crate::error::Code;
use crate::store::{MailStatus, UserStatus};

/// What was looked up by name and is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    User,
    Role,
    CreditKind,
    Plan,
    PurchaseRequest,
    /// A message of the outbox, by id.
    Message,
    /// A transfer of the ledger, by id.
    Transfer,
    /// An order, by id.
    Order,
    /// A low-balance alert, by account and kind ("bob, kind credits").
    Alert,
}

/// A balance: a kind's name and how much of it.
pub type Held = (String, i64);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    NotFound {
        thing: Thing,
        name: String,
    },
    /// `--as`, `TALLY_AS` or the default actor names nobody.
    NoSuchActor {
        handle: String,
    },
    /// The actor is deactivated or deleted: they may do nothing.
    ActorInactive {
        handle: String,
        status: UserStatus,
    },
    /// The actor lacks rights that `action` needs.
    MissingRights {
        handle: String,
        action: &'static str,
        missing: Vec<&'static str>,
    },
    /// Rule 5: credits are not moved to or from a user who is not active.
    InactiveParty {
        handle: String,
        status: UserStatus,
    },
    /// A role cannot be given to a deleted user, nor administrator to an inactive one.
    InactiveGrantee {
        handle: String,
        status: UserStatus,
        role: String,
    },
    DeletedIsFinal {
        handle: String,
    },
    /// Billing information is not kept for a deleted user.
    Deleted {
        handle: String,
    },
    /// Offboarding a deleted user.
    NothingToOffboard {
        handle: String,
        status: UserStatus,
    },
    /// Rule 1: a balance never goes below zero.
    InsufficientCredits {
        holder: String,
        is_company: bool,
        balance: i64,
        kind: String,
        amount: i64,
        /// Credits of the balance that expired and wait for `credits expire`.
        expired: i64,
    },
    /// Rule 2: a user with credits cannot be deactivated.
    HasCredits {
        handle: String,
        balances: Vec<Held>,
        /// Of them, credits that expired and wait for `credits expire`.
        expired: Vec<Held>,
    },
    /// A user with credits would lose the use of them as a credit user.
    HasCreditsToShare {
        user: String,
        owner: String,
        balances: Vec<Held>,
    },
    /// Rule 3: an administrator's role is removed before deactivation.
    IsAdmin {
        handle: String,
    },
    /// Rule 4: at least one active administrator at all times.
    LastAdmin {
        handle: String,
    },
    /// Rule 7: an owner with active credit users cannot leave.
    HasCreditUsers {
        handle: String,
        credit_users: Vec<String>,
    },
    /// Rule 6: an owner uses no one else's credits.
    OwnerUsesAnother {
        user: String,
        owner: String,
        current: String,
    },
    /// Rule 6: a user who shares their credits uses no one else's.
    SharesWithOthers {
        user: String,
        owner: String,
        credit_users: Vec<String>,
    },
    /// Rule 6: a new owner of a group must use their own credits.
    NewOwnerUsesAnother {
        handle: String,
    },
    /// Credits are not given to a credit user: they consume their owner's.
    ToCreditUser {
        handle: String,
        owner: String,
    },
    /// A service account holds, receives, uses and shares no credits.
    ServiceAccount {
        handle: String,
    },
    HandleTaken {
        handle: String,
    },
    EmailTaken {
        email: String,
        holder: String,
    },
    KindExists {
        name: String,
    },
    RoleExists {
        name: String,
    },
    PlanExists {
        name: String,
    },
    RoleInUse {
        role: String,
        holders: Vec<String>,
    },
    RequestFulfilled {
        id: i64,
    },
    /// Fulfilling a cancelled purchase request.
    RequestCancelled {
        id: i64,
    },
    NoBillingInfo {
        handle: String,
    },
    NoSupportEmail,
    NoSeatPrice,
    SettingUnset {
        key: &'static str,
        example: &'static str,
    },
    /// `owner set` naming the user as their own owner.
    OwnOwner {
        handle: String,
    },
    BuiltinRole,
    /// Only a failed message is retried.
    NotRetryable {
        id: i64,
        status: MailStatus,
    },
    AlreadySent {
        id: i64,
    },
    /// A month's invoice is issued once the month is over.
    PeriodOpen {
        period: String,
        ends: String,
    },
    SeatTotalTooLarge {
        period: String,
    },
    /// A transfer is reversed at most once.
    AlreadyReversed {
        id: i64,
        by: i64,
    },
    /// An order is cancelled once.
    OrderCancelled {
        id: i64,
        at: String,
    },
    /// A reversal is not reversed: the transfer it undid is made again instead.
    ReversalOfReversal {
        id: i64,
        original: i64,
    },
    /// Offboarding and credit sharing move credits by rules of their own,
    /// which a reversal would break.
    NotReversible {
        id: i64,
        kind_of_transfer: String,
    },
    /// A credit user's monthly limit on their owner's credits.
    LimitReached {
        user: String,
        owner: String,
        kind: String,
        limit: i64,
        used: i64,
        amount: i64,
        resets: String,
    },
    /// The account that received a transfer no longer holds its amount.
    ReversalUncovered {
        id: i64,
        holder: String,
        is_company: bool,
        balance: i64,
        kind: String,
        amount: i64,
    },
    /// The file holds what tally never writes.
    LedgerOverflow {
        account: i64,
        at: String,
        net: i128,
    },
    UnreadableStatusTime {
        handle: String,
        at: String,
    },
}

impl Refusal {
    pub fn code(&self) -> Code {
        use Refusal::*;
        match self {
            NotFound { .. } | NoSuchActor { .. } => Code::NotFound,
            ActorInactive { .. } | MissingRights { .. } => Code::PermissionDenied,
            InactiveParty { .. }
            | InactiveGrantee { .. }
            | DeletedIsFinal { .. }
            | Deleted { .. }
            | NothingToOffboard { .. } => Code::InactiveUser,
            InsufficientCredits { .. } | ReversalUncovered { .. } => Code::InsufficientCredits,
            AlreadyReversed { .. } | OrderCancelled { .. } => Code::AlreadyReversed,
            LimitReached { .. } => Code::LimitReached,
            HasCredits { .. } | HasCreditsToShare { .. } => Code::HasCredits,
            IsAdmin { .. } => Code::IsAdmin,
            LastAdmin { .. } => Code::LastAdmin,
            HasCreditUsers { .. } => Code::HasCreditUsers,
            OwnerUsesAnother { .. }
            | SharesWithOthers { .. }
            | NewOwnerUsesAnother { .. }
            | ToCreditUser { .. } => Code::OwnerChain,
            HandleTaken { .. }
            | EmailTaken { .. }
            | KindExists { .. }
            | RoleExists { .. }
            | PlanExists { .. }
            | RequestFulfilled { .. }
            | RequestCancelled { .. } => Code::AlreadyExists,
            RoleInUse { .. } => Code::RoleInUse,
            ServiceAccount { .. } => Code::ServiceAccount,
            NoBillingInfo { .. } => Code::NoBillingInfo,
            NoSupportEmail | NoSeatPrice | SettingUnset { .. } => Code::NotConfigured,
            OwnOwner { .. }
            | BuiltinRole
            | NotRetryable { .. }
            | AlreadySent { .. }
            | SeatTotalTooLarge { .. }
            | ReversalOfReversal { .. }
            | NotReversible { .. } => Code::InvalidInput,
            PeriodOpen { .. } => Code::PeriodOpen,
            LedgerOverflow { .. } => Code::Internal,
            UnreadableStatusTime { .. } => Code::DatabaseUnusable,
        }
    }
}
