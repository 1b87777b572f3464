//! The words of every refusal a rule makes, and the `tally ...` command that
//! would fix it: written once, here at the edge, from the facts the domain
//! gives (`domain::refusal`).

use crate::domain::refusal::{Held, Refusal, Thing};
use crate::store::{ADMIN_ROLE, DEFAULT_KIND, MailStatus, UserStatus};

/// The message and the hint of a refusal. Long by design: one arm per
/// refusal, so that all the words can be read, and reworded, in one place.
pub fn refusal(r: &Refusal) -> (String, String) {
    use Refusal::*;
    match r {
        NotFound { thing, name } => not_found(*thing, name),
        NoSuchActor { handle } => (
            format!("no user '{handle}' to act as"),
            "name an existing user with --as HANDLE or TALLY_AS".into(),
        ),
        ActorInactive { handle, status } => (
            format!("'{handle}' is {status} and can do nothing"),
            "act as an active user with --as HANDLE or TALLY_AS".into(),
        ),
        MissingRights { handle, action, missing } => (
            format!(
                "'{handle}' may not {}: it needs the right{} {}",
                action.replace('.', " "),
                plural(missing.len()),
                missing.join(" and ")
            ),
            "ask an administrator to grant you a role with that right, or act as another user with --as".into(),
        ),
        InactiveParty { handle, status } => (
            format!("'{handle}' is {status}; credits are not moved to or from an inactive user"),
            reactivate(handle, *status),
        ),
        InactiveGrantee { handle, status, role } => (
            format!("'{handle}' is {status} and cannot be given the role '{role}'"),
            reactivate(handle, *status),
        ),
        DeletedIsFinal { handle } => (
            format!("'{handle}' is deleted, and deletion is final"),
            "add a new user with another handle".into(),
        ),
        Deleted { handle } => (
            format!("'{handle}' is deleted"),
            reactivate(handle, UserStatus::Deleted),
        ),
        NothingToOffboard { handle, status } => (
            format!("'{handle}' is {status}"),
            "a deleted user holds nothing and needs no offboarding".into(),
        ),
        InsufficientCredits { holder, balance, kind, amount, expired, .. } if *expired > 0 => (
            format!(
                "{holder} has {balance} {kind} that can be spent ({expired} more have expired) \
                 and cannot give {amount}"
            ),
            format!(
                "move at most {balance}; `tally credits expire` takes the expired {kind} out of \
                 the balance"
            ),
        ),
        InsufficientCredits { holder, is_company, balance, kind, amount, .. } => (
            format!("{holder} has {balance} {kind} and cannot give {amount}"),
            if *is_company {
                format!(
                    "top up the company account first: `tally credits topup {}{}`",
                    amount - balance,
                    kind_flag(kind)
                )
            } else {
                format!("move at most {balance}, or give {holder} more credits first")
            },
        ),
        HasCredits { handle, balances, expired } if !expired.is_empty() => (
            format!(
                "'{handle}' still holds {}, of which {} have expired",
                held(balances),
                held(expired)
            ),
            format!(
                "`tally credits expire` takes out what expired; then move the rest, or use \
                 `tally user offboard {handle} --credits-to company`, which moves it all"
            ),
        ),
        HasCredits { handle, balances, .. } => {
            let commands: Vec<String> = balances
                .iter()
                .map(|(k, b)| {
                    format!("`tally credits assign --from {handle} --to company {b}{}`", kind_flag(k))
                })
                .collect();
            (
                format!("'{handle}' still holds {}", held(balances)),
                format!(
                    "move them first: {}, or use `tally user offboard {handle} --credits-to company`",
                    commands.join(" and ")
                ),
            )
        }
        HasCreditsToShare { user, owner, balances } => (
            format!(
                "'{user}' holds {}, which they could not use as a credit user",
                held(balances)
            ),
            format!("add --move-balance to move it to '{owner}' in the same step"),
        ),
        IsAdmin { handle } => (
            format!("'{handle}' holds the administrator role"),
            format!(
                "revoke it first: `tally role revoke {handle} {ADMIN_ROLE}`, or use `tally user offboard {handle}`"
            ),
        ),
        LastAdmin { handle } => (
            format!("'{handle}' is the last active administrator"),
            format!(
                "make someone else an administrator first: `tally role grant HANDLE {ADMIN_ROLE}`"
            ),
        ),
        HasCreditUsers { handle, credit_users } => (
            format!("'{handle}' shares credits with {}", credit_users.join(", ")),
            format!(
                "give them another owner or their own credits first (`tally owner clear {}`), or use `tally user offboard {handle} --credits-to company --credit-users-to HANDLE`",
                credit_users[0]
            ),
        ),
        OwnerUsesAnother { user, owner, current } => (
            format!("'{owner}' uses the credits of '{current}' and cannot share credits"),
            if current == user {
                // `owner` uses `user`'s credits: the two would swap roles.
                format!(
                    "first make '{owner}' use their own credits: `tally owner clear {owner}`"
                )
            } else {
                format!(
                    "share the credits of '{current}' instead: `tally owner set {user} {current}`"
                )
            },
        ),
        SharesWithOthers { user, owner, credit_users } => (
            format!(
                "'{user}' shares credits with {} and cannot use someone else's",
                credit_users.join(", ")
            ),
            format!("move them first, e.g. `tally owner set {} {owner}`", credit_users[0]),
        ),
        NewOwnerUsesAnother { handle } => (
            format!("'{handle}' uses another user's credits and cannot own credits for others"),
            format!("clear it first: `tally owner clear {handle}`, or name another owner"),
        ),
        ToCreditUser { handle, owner } => (
            format!("'{handle}' uses the credits of '{owner}' and holds none of their own"),
            format!("give the credits to '{owner}', or first `tally owner clear {handle}`"),
        ),
        ServiceAccount { handle } => (
            format!("'{handle}' is a service account: it holds, receives, uses and shares no credits"),
            "move credits to and from people or the company account; a job acting as the service account may still move them between others".into(),
        ),
        HandleTaken { handle } => (
            format!("the handle '{handle}' is taken"),
            "handles are never reused, even after a user is deleted; choose another".into(),
        ),
        EmailTaken { email, holder } => (
            format!("the email {email} is already used by '{holder}'"),
            "every user who is not deleted has their own email".into(),
        ),
        KindExists { name } => (
            format!("the credit kind '{name}' exists"),
            "`tally credits kind list` lists the kinds".into(),
        ),
        RoleExists { name } => (
            format!("the role '{name}' exists"),
            "`tally role list` shows it; remove it first to redefine it".into(),
        ),
        PlanExists { name } => (
            format!("the plan '{name}' exists"),
            "remove it first to redefine it; past orders keep the old terms".into(),
        ),
        RoleInUse { role, holders } => (
            format!("the role '{role}' is held by {}", holders.join(", ")),
            format!("revoke it first: `tally role revoke {} {role}`", holders[0]),
        ),
        LimitReached { user, owner, kind, limit, used, amount, resets } => (
            format!(
                "'{user}' may use {limit} {kind} of '{owner}' a month: {used} used this month, {amount} more asked"
            ),
            format!(
                "the limit resets at {resets}; '{owner}' or an administrator can raise it: `tally owner limit {user} {} --kind {kind}`",
                used + amount
            ),
        ),
        AlreadyReversed { id, by } => (
            format!("transfer {id} was already reversed, by transfer {by}"),
            "a transfer is reversed once; `tally credits history` shows both, and \
             `tally credits assign` moves credits again"
                .into(),
        ),
        OrderCancelled { id, at } => (
            format!("order {id} was already cancelled, at {at}"),
            "an order is cancelled once; `tally order history` shows which are".into(),
        ),
        ReversalOfReversal { id, original } => (
            format!("transfer {id} is itself the reversal of transfer {original}, and a reversal is not reversed"),
            format!("to have what transfer {original} did, make it again as a new transfer (e.g. `tally credits assign`)"),
        ),
        NotReversible { id, kind_of_transfer } if kind_of_transfer == "expire" => (
            format!(
                "transfer {id} took credits out when they expired; an expiry is not reversed"
            ),
            "give the account new credits instead: `tally credits topup AMOUNT [--expires TIME]`, \
             then `tally credits assign`"
                .into(),
        ),
        NotReversible { id, kind_of_transfer } => (
            format!(
                "transfer {id} is of type {kind_of_transfer}, which tally writes itself when a user is \
                 offboarded or starts sharing credits, and is not reversed"
            ),
            "move credits back with `tally credits assign --from ... --to ...`".into(),
        ),
        ReversalUncovered { id, holder, is_company, balance, kind, amount } => (
            format!(
                "{holder} holds {balance} {kind}, less than the {amount} that transfer {id} gave: \
                 it cannot be reversed"
            ),
            if *is_company {
                format!(
                    "top up the company account first: `tally credits topup {}{}`, then reverse",
                    amount - balance,
                    kind_flag(kind)
                )
            } else {
                format!(
                    "give {holder} {} more {kind} first (e.g. `tally credits assign --from company --to {holder} {}{}`), then reverse",
                    amount - balance,
                    amount - balance,
                    kind_flag(kind)
                )
            },
        ),
        RequestFulfilled { id } => (
            format!("purchase request {id} is already fulfilled"),
            "`tally credits requests` lists the open ones".into(),
        ),
        RequestCancelled { id } => (
            format!("purchase request {id} was cancelled"),
            "record the purchase without --request, or ask again: `tally credits request QUANTITY`"
                .into(),
        ),
        NoBillingInfo { handle } => (
            format!("'{handle}' has no billing information"),
            format!("set it: `tally billing-info set {handle} --name NAME --address ADDRESS`"),
        ),
        NoSupportEmail => (
            "no support-email is set to send the request to".into(),
            "set it: `tally settings set support-email support@vendor.example`".into(),
        ),
        NoSeatPrice => (
            "no seat price is set".into(),
            "set the monthly price of one active user first, e.g. `tally billing set-price 8`"
                .into(),
        ),
        SettingUnset { key, example } => (
            format!("the {key} setting is not set"),
            format!("set it: `tally settings set {key} {example}`"),
        ),
        OwnOwner { handle } => (
            format!("'{handle}' cannot be their own credit owner by `owner set`"),
            format!("to use their own credits again: `tally owner clear {handle}`"),
        ),
        BuiltinRole => (
            "the administrator role is built in and cannot be changed or removed".into(),
            "add a role of your own with `tally role add NAME --rights ...`".into(),
        ),
        NotRetryable { id, status } => (
            format!("message {id} is {}, not failed", status.as_str()),
            match status {
                MailStatus::Pending => "it is tried again by the next `tally mail send`",
                MailStatus::Sent => "a sent message is never sent again",
                _ => "a cancelled message is never sent",
            }
            .into(),
        ),
        AlreadySent { id } => (
            format!("message {id} was sent; it cannot be cancelled"),
            "`tally mail list --status pending` lists what can be".into(),
        ),
        PeriodOpen { period, ends } => (
            format!(
                "{period} has not ended (it ends {ends}): its invoice is a projection and cannot be issued yet"
            ),
            format!(
                "run `tally billing invoice --period {period} --issue` once the month is over; `tally billing invoice --period {period}` shows the projection now"
            ),
        ),
        SeatTotalTooLarge { period } => (
            format!("the total of {period} is more than tally can count"),
            "set a smaller seat price with `tally billing set-price`".into(),
        ),
        LedgerOverflow { account, at, net } => (
            format!("the ledger of account {account} up to {at} sums to {net}"),
            "run `tally verify`".into(),
        ),
        UnreadableStatusTime { handle, at } => (
            format!("a status change of '{handle}' has the unreadable time '{at}'"),
            "run `tally verify`; restore the file from a backup if it was damaged".into(),
        ),
    }
}

fn not_found(thing: Thing, name: &str) -> (String, String) {
    let (what, hint) = match thing {
        Thing::User => ("user", "`tally user list --status all` lists every user"),
        Thing::Role => ("role", "`tally role list` lists the roles"),
        Thing::CreditKind => ("credit kind", "`tally credits kind list` lists the kinds"),
        Thing::Plan => ("plan", "`tally plan list` lists the plans"),
        Thing::Order => (
            "order",
            "`tally order history HANDLE` lists a user's orders",
        ),
        Thing::Transfer => (
            "transfer",
            "`tally credits history` lists the transfers with their ids",
        ),
        Thing::PurchaseRequest => (
            "purchase request",
            "`tally credits requests --status all` lists them",
        ),
        Thing::Alert => {
            return (
                format!("no low-balance alert on {name}"),
                "`tally credits alert list` lists the alerts".into(),
            );
        }
        Thing::Message => {
            return (
                format!("no message {name} in the outbox"),
                "`tally mail list` lists the messages and their ids".into(),
            );
        }
    };
    (format!("no {what} '{name}'"), hint.into())
}

fn reactivate(handle: &str, status: UserStatus) -> String {
    if status == UserStatus::Deleted {
        format!("'{handle}' is deleted, and deletion is final: choose an active user")
    } else {
        format!("activate them first: `tally user activate {handle}`")
    }
}

/// ` --kind K`, or nothing for the default kind.
fn kind_flag(kind: &str) -> String {
    if kind == DEFAULT_KIND {
        String::new()
    } else {
        format!(" --kind {kind}")
    }
}

fn held(balances: &[Held]) -> String {
    let each: Vec<String> = balances.iter().map(|(k, b)| format!("{b} {k}")).collect();
    each.join(", ")
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
