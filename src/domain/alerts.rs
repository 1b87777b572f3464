//! Low-balance alerts: a user's or the company's account of a kind mails
//! someone once when its balance falls below a threshold, and again only
//! after it has been back at the threshold or above.
//!
//! Whichever command moved the credits, [`after_write`] runs at the end of
//! its transaction, before the commit: the mail is queued in the outbox
//! with the transfer that crossed, or not at all.

use serde::Serialize;
use serde_json::json;

use super::ledger::{self, COMPANY, Party};
use super::refusal::Thing;
use super::{Action, Ctx, check_email, not_found};
use crate::error::{Error, Result};
use crate::store::{AlertRow, DueAlert, Store};

/// An alert as set or listed.
#[derive(Debug, Serialize)]
pub struct Alert {
    pub account: String,
    pub kind: String,
    pub below: i64,
    /// Where the mail goes: the company alert's address, or the user's.
    pub email: Option<String>,
    pub balance: i64,
    /// `armed` (mails when the balance falls below `below`) or `fired`
    /// (mailed; armed again at `below` or more).
    pub state: &'static str,
    pub set_at: String,
    pub fired_at: Option<String>,
}

impl From<AlertRow> for Alert {
    fn from(r: AlertRow) -> Self {
        Alert {
            account: r.account,
            kind: r.kind,
            below: r.below,
            email: r.email,
            balance: r.balance,
            state: if r.fired_at.is_some() {
                "fired"
            } else {
                "armed"
            },
            set_at: r.set_at,
            fired_at: r.fired_at,
        }
    }
}

/// What `credits alert set` asks for.
pub struct SetAlert<'a> {
    pub account: &'a str,
    pub kind: &'a str,
    pub below: i64,
    /// Only for the company account; else the `support-email` setting.
    pub email: Option<&'a str>,
}

/// Sets the alert on ACCOUNT's balance of a kind, replacing the one it
/// had. A balance already below the threshold mails at once.
pub fn set(ctx: &Ctx, s: &SetAlert) -> Result<Alert> {
    ctx.authorize(Action::CreditsAlertSet, Some(s.account))?;
    if s.below < 1 {
        return Err(Error::invalid(format!(
            "an alert below {} would never fire: balances are 0 or more",
            s.below
        ))
        .hint("give a threshold of 1 or more, e.g. `--below 100`"));
    }
    let party = ledger::party(&ctx.store, s.account)?;
    ledger::require_credit_party(&party)?;
    // A credit user holds nothing of their own: their balance would read
    // below any threshold for good.
    if let Party::User(u) = &party
        && let Some(owner) = u.credit_owner_id
    {
        let owner = ctx.store.user_ref_by_id(owner)?.handle;
        return Err(Error::new(
            crate::error::Code::OwnerChain,
            format!(
                "'{}' uses the credits of '{owner}' and holds none of their own: their balance is not watched",
                u.handle
            ),
        )
        .hint(format!(
            "set the alert on the owner: `tally credits alert set {owner} --below {}`",
            s.below
        )));
    }
    let email = match (&party, s.email) {
        (Party::User(u), Some(_)) => {
            return Err(Error::invalid(format!(
                "--email is only for the company account: '{}' is mailed at their own address",
                u.handle
            ))
            .hint(format!(
                "leave --email out, or change their address: `tally user edit {} --email ADDR`",
                u.handle
            )));
        }
        (Party::User(_), None) => None,
        (Party::Company, Some(e)) => {
            check_email(e)?;
            Some(e.to_string())
        }
        (Party::Company, None) => match ctx.setting("support-email")? {
            Some(e) => Some(e),
            None => {
                return Err(Error::new(
                    crate::error::Code::NotConfigured,
                    "the company account's alert has no address to mail: no --email and no support-email setting",
                )
                .hint(format!(
                    "give one: `tally credits alert set company --below {} --email ops@example.com`, or `tally settings set support-email ADDR`",
                    s.below
                )));
            }
        },
    };
    let kind = ledger::kind(&ctx.store, s.kind)?;
    let account_id = ctx.store.account(kind.id, party.holder())?;
    ctx.store
        .set_balance_alert(account_id, s.below, email.as_deref(), &ctx.now_str())?;
    ctx.audit(
        Action::CreditsAlertSet,
        Some(party.name()),
        json!({"kind": kind.name, "below": s.below, "email": email}),
    )?;
    // A balance already below fires now, in this transaction.
    after_write(ctx)?;
    find(&ctx.store, party.name(), &kind.name)
}

/// Removes the alert on ACCOUNT's balance of a kind.
pub fn remove(ctx: &Ctx, account: &str, kind: &str) -> Result<Alert> {
    ctx.authorize(Action::CreditsAlertRemove, Some(account))?;
    let party = ledger::party(&ctx.store, account)?;
    let kind = ledger::kind(&ctx.store, kind)?;
    let alert = find(&ctx.store, party.name(), &kind.name)?;
    let account_id = ctx.store.account(kind.id, party.holder())?;
    ctx.store.remove_balance_alert(account_id)?;
    ctx.audit(
        Action::CreditsAlertRemove,
        Some(party.name()),
        json!({"kind": kind.name, "below": alert.below}),
    )?;
    Ok(alert)
}

/// Every alert, the company's first, then by user and kind.
pub fn list(ctx: &Ctx) -> Result<Vec<Alert>> {
    ctx.authorize(Action::CreditsAlertList, None)?;
    Ok(ctx
        .store
        .balance_alerts()?
        .into_iter()
        .map(Alert::from)
        .collect())
}

fn find(store: &Store, account: &str, kind: &str) -> Result<Alert> {
    store
        .balance_alerts()?
        .into_iter()
        .find(|a| a.account == account && a.kind == kind)
        .map(Alert::from)
        .ok_or_else(|| not_found(Thing::Alert, &format!("{account}, kind {kind}")))
}

/// Fires the armed alerts whose balance is below their threshold (one
/// mail each, queued in the outbox) and arms again the fired ones whose
/// balance is back at the threshold or above. Run at the end of every
/// write transaction: with no alert due it is one query.
pub fn after_write(ctx: &Ctx) -> Result<()> {
    let due = ctx.store.due_balance_alerts()?;
    if due.is_empty() {
        return Ok(());
    }
    let at = ctx.now_str();
    let org = ctx.store.organization_name()?;
    for a in due {
        // Only active users' alerts are due (the store leaves out the rest).
        let user = match a.user_id {
            Some(id) => {
                let u = ctx.store.user_ref_by_id(id)?;
                let p = ctx.store.person(id)?;
                Some((u.handle, p.first_name, p.email))
            }
            None => None,
        };
        if a.fired {
            ctx.store.mark_balance_alert(a.id, None)?;
            continue;
        }
        let kind = ctx.store.kind_name(a.kind_id)?;
        let to = match &user {
            Some((_, _, email)) => email.clone(),
            None => a.email.clone(),
        };
        if let Some(to) = to {
            let handle = user.as_ref().map(|(h, _, _)| h.as_str());
            let first_name = user.as_ref().map(|(_, f, _)| f.as_str());
            let (subject, body) = mail(&org, &kind, handle, first_name, &a);
            ctx.store.queue_mail(a.user_id, &to, &subject, &body, &at)?;
        }
        ctx.store.mark_balance_alert(a.id, Some(&at))?;
    }
    Ok(())
}

/// The alert's mail: the account, the kind, the balance and the threshold.
fn mail(
    org: &str,
    kind: &str,
    handle: Option<&str>,
    first_name: Option<&str>,
    a: &DueAlert,
) -> (String, String) {
    let account = handle.unwrap_or(COMPANY);
    let subject = format!(
        "Low balance: {account} holds {} (below {})",
        ledger::count_of(a.balance, kind),
        a.below
    );
    let greeting = match first_name {
        Some(name) => format!("Hello {name},\n\n"),
        None => "Hello,\n\n".to_string(),
    };
    let whose = match handle {
        Some(_) => format!("Your {kind} balance at {org}"),
        None => format!("The {kind} balance of the company account of {org}"),
    };
    let body = format!(
        "{greeting}{whose} ({account}) is now {}, below the alert's threshold of {}.\n\n\
         This alert mails once; it mails again after the balance has been back at {} or more.\n",
        a.balance, a.below, a.below
    );
    (subject, body)
}
