//! The double-entry ledger: credit kinds, accounts, immutable transfers.
//!
//! Per kind there is a company account, an account for each user who has
//! held credits, and two outside accounts: `vendor`, which purchased credits
//! come from (so it runs negative), and `consumed`, which used credits go to.
//! Every kind therefore sums to zero. Balances are columns kept by a trigger
//! in the same statement as the transfer, so reading one is one indexed row.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::not_found;
use super::refusal::{Refusal, Thing};
use super::users::{self, UserRef};
use super::{Action, Amount, Ctx, check_name_syntax, check_no_control, fmt_time, idempotency};
use crate::error::{Code, Error, Result, RowError};
pub use crate::store::Holding;
use crate::store::{
    AccountBalance, BalanceRow, Draw, Giver, Receipt, ReceiptParts, Receiver, Store,
};

pub const COMPANY: &str = "company";

use crate::store::NewTransfer;
pub use crate::store::{DEFAULT_KIND, Holder, Kind, KindInfo, RequestStatus, TransferType};

pub fn kind(store: &Store, name: &str) -> Result<Kind> {
    store
        .kind(name)?
        .ok_or_else(|| not_found(Thing::CreditKind, name))
}

pub fn list_kinds(ctx: &Ctx) -> Result<Vec<KindInfo>> {
    ctx.authorize(Action::KindList, None)?;
    ctx.store.kinds()
}

pub fn add_kind(ctx: &Ctx, name: &str) -> Result<KindInfo> {
    ctx.authorize(Action::KindAdd, None)?;
    check_name_syntax(name, "credit kind", 32)?;
    if ctx.store.kind(name)?.is_some() {
        return Err(Refusal::KindExists { name: name.into() }.into());
    }
    let k = ctx.store.insert_kind(name, &ctx.now_str())?;
    ctx.store.account(k.id, Holder::Company)?;
    ctx.audit(Action::KindAdd, Some(name), json!({}))?;
    Ok(KindInfo {
        name: name.to_string(),
        company_balance: 0,
        created_at: ctx.now_str(),
    })
}

/// `company` or a user, as named on the command line.
#[derive(Debug, Clone)]
pub enum Party {
    Company,
    User(UserRef),
}

impl Party {
    pub fn name(&self) -> &str {
        match self {
            Party::Company => COMPANY,
            Party::User(u) => &u.handle,
        }
    }

    pub fn holder(&self) -> Holder {
        match self {
            Party::Company => Holder::Company,
            Party::User(u) => Holder::User(u.id),
        }
    }
}

pub fn party(store: &Store, name: &str) -> Result<Party> {
    if name == COMPANY {
        Ok(Party::Company)
    } else {
        Ok(Party::User(users::find(store, name)?))
    }
}

/// Rule 5: credits are not moved to, from, or for a user who is not active;
/// nor a service account, which takes no part in credits at all.
pub fn require_credit_party(p: &Party) -> Result<()> {
    if let Party::User(u) = p
        && u.service
    {
        return Err(Refusal::ServiceAccount {
            handle: u.handle.clone(),
        }
        .into());
    }
    if let Party::User(u) = p
        && !u.is_active()
    {
        return Err(Refusal::InactiveParty {
            handle: u.handle.clone(),
            status: u.status,
        }
        .into());
    }
    Ok(())
}

/// Credits are not given to a credit user, who could never use them: they
/// consume their owner's.
pub fn refuse_credit_user(store: &Store, p: &Party) -> Result<()> {
    if let Party::User(u) = p
        && let Some(owner) = u.credit_owner_id
    {
        return Err(Refusal::ToCreditUser {
            handle: u.handle.clone(),
            owner: store.user_ref_by_id(owner)?.handle,
        }
        .into());
    }
    Ok(())
}

/// One movement of credits, as the domain asks for it.
pub struct Posting<'a> {
    pub kind: &'a Kind,
    pub debit: i64,
    pub credit: i64,
    pub amount: i64,
    pub kind_of_transfer: TransferType,
    /// Who consumed or bought, when not the holder of the account.
    pub user_id: Option<i64>,
    pub memo: Option<&'a str>,
    /// When the credits it brings from outside expire (a topup, an order).
    pub expires: Option<&'a str>,
}

/// Writes one transfer. Refuses a balance below zero (rule 1) and any sum
/// past what a 64-bit balance holds: never wrapped, never turned into a float.
pub fn post(ctx: &Ctx, p: &Posting) -> Result<(i64, i64, i64)> {
    post_at(&ctx.store, &ctx.actor.handle, &ctx.now_str(), p, None)
}

/// `debit_name` names the sender in the refusal (a handle or `company`).
pub fn post_at(
    store: &Store,
    actor: &str,
    at: &str,
    p: &Posting,
    debit_name: Option<&str>,
) -> Result<(i64, i64, i64)> {
    // What can be spent: expired credits move only with a whole balance.
    let spendable_at = Some(at).filter(|_| !p.kind_of_transfer.moves_whole_balance());
    let debit = store.account_balance(p.debit, spendable_at)?;
    let credit = store.account_balance(p.credit, spendable_at)?;
    let (from_after, to_after) = check_posting(p, debit_name, &debit, credit.balance)?;
    let id = store.insert_transfer(&NewTransfer {
        kind_id: p.kind.id,
        debit: p.debit,
        credit: p.credit,
        amount: p.amount,
        transfer_type: p.kind_of_transfer,
        user_id: p.user_id,
        actor,
        memo: p.memo,
        at,
        reverses: None,
        draw: p.expires.map_or(Draw::Spend, Draw::Expiring),
    })?;
    Ok((id, from_after, to_after))
}

/// Rule 1 and the bounds of a 64-bit balance, against both sides' balances
/// as they are now: the balances after the posting.
fn check_posting(
    p: &Posting,
    debit_name: Option<&str>,
    debit: &AccountBalance,
    credit_balance: i64,
) -> Result<(i64, i64)> {
    let debit_balance = debit.balance;
    let from_after = debit_balance.checked_sub(p.amount);
    if !debit.is_vendor() && debit_balance < p.amount {
        let who = debit_name.unwrap_or(&debit.holder);
        return Err(Refusal::InsufficientCredits {
            holder: who.into(),
            is_company: who == COMPANY,
            balance: debit_balance,
            kind: p.kind.name.clone(),
            amount: p.amount,
            expired: debit.expired,
        }
        .into());
    }
    // The vendor's balance is minus everything of the kind held inside the
    // organization: keeping it at -i64::MAX or above keeps that total, and so
    // every sum of balances (`verify`, `credits balance`), within 64 bits.
    let from_after = from_after.filter(|b| *b >= -i64::MAX);
    let (Some(from_after), Some(to_after)) = (from_after, credit_balance.checked_add(p.amount))
    else {
        return Err(Error::invalid(format!(
            "moving {} {} would take a balance, or all the {1} held, past the largest number tally keeps",
            p.amount, p.kind.name
        ))
        .hint("move a smaller amount"));
    };
    Ok((from_after, to_after))
}

pub fn check_memo(memo: Option<&str>) -> Result<()> {
    if let Some(m) = memo {
        check_no_control(m, "memo")?;
        if m.chars().count() > 500 {
            return Err(Error::invalid("a memo is at most 500 characters").hint("shorten the memo"));
        }
    }
    Ok(())
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Assigned {
    pub id: i64,
    pub from: String,
    pub to: String,
    pub kind: String,
    pub amount: i64,
    pub from_balance: i64,
    pub to_balance: i64,
    pub replayed: bool,
}

#[derive(Debug, Clone)]
pub struct Assign {
    pub from: String,
    pub to: String,
    pub amount: Amount,
    pub kind: String,
    pub memo: Option<String>,
    pub idempotency_key: Option<String>,
}

impl Assign {
    fn request(&self) -> serde_json::Value {
        json!({"from": self.from, "to": self.to, "amount": self.amount, "kind": self.kind, "memo": self.memo})
    }
}

/// Checks what can be checked without the database.
pub fn check_assign(a: &Assign) -> Result<()> {
    if a.from == a.to {
        return Err(
            Error::invalid(format!("'{}' is both the sender and the receiver", a.from))
                .hint("name two different accounts"),
        );
    }
    check_memo(a.memo.as_deref())?;
    if let Some(k) = &a.idempotency_key {
        idempotency::check_key(k)?;
    }
    Ok(())
}

/// Moves credits company→user, user→company or user→user, and queues a
/// "credits received" mail to a receiving user.
pub fn assign(ctx: &Ctx, a: &Assign) -> Result<Assigned> {
    ctx.authorize(Action::CreditsAssign, None)?;
    let at = ctx.now_str();
    let mut planned = match plan_assign(&ctx.store, a, &mut Resolver::new(ctx.now_str()))? {
        Applied::Replayed(done) => return Ok(done),
        Applied::Planned(planned) => planned,
    };
    let id = (ctx.store).insert_transfer(&planned.transfer(&ctx.actor.handle, &at))?;
    planned.written(&ctx.store, id, &at)?;
    let Planned { done, from, to, .. } = *planned;
    if let Party::User(u) = &to
        && let person = ctx.store.person(u.id)?
        && let Some(email) = person.email
    {
        let receiver = Receiver {
            user_id: u.id,
            email,
            first_name: person.first_name,
        };
        let giver = match &from {
            Party::Company => Giver::Company,
            Party::User(f) => {
                let p = ctx.store.person(f.id)?;
                Giver::User(format!("{} {}", p.first_name, p.last_name))
            }
        };
        let receipt = Receipt {
            kind: done.kind.clone(),
            amount: a.amount.get(),
            balance: done.to_balance,
            givers: vec![giver],
            memos: a.memo.iter().cloned().collect(),
        };
        let org = ctx.store.organization_name()?;
        mail_received(&ctx.store, &org, &receiver, &[receipt], &at)?;
    }
    ctx.audit(
        Action::CreditsAssign,
        Some(&done.to),
        json!({"transfer": done.id, "from": done.from, "to": done.to, "kind": done.kind, "amount": a.amount, "memo": a.memo}),
    )?;
    Ok(done)
}

/// Kinds, parties, accounts and balances looked up once per command: an
/// import resolves each name once for the whole file, and reads each
/// account's balance once, keeping it as its own transfers change it (it
/// holds the write lock, so nothing else does).
#[derive(Default)]
struct Resolver {
    kinds: HashMap<String, Kind>,
    parties: HashMap<String, Party>,
    accounts: HashMap<(i64, Holder), i64>,
    balances: HashMap<i64, AccountBalance>,
    /// The command's time: credits expired by then are not spendable.
    at: String,
}

impl Resolver {
    fn new(at: String) -> Resolver {
        Resolver {
            at,
            ..Resolver::default()
        }
    }

    /// Forgets what it found once it holds more than 65,536 names (a few
    /// MiB), so that an import to a million users keeps the memory of fewer.
    fn bound(&mut self) {
        if self.parties.len() + self.accounts.len() + self.balances.len() > 65_536 {
            self.parties.clear();
            self.accounts.clear();
            self.balances.clear();
        }
    }

    fn kind(&mut self, store: &Store, name: &str) -> Result<Kind> {
        if !self.kinds.contains_key(name) {
            self.kinds.insert(name.to_string(), kind(store, name)?);
        }
        Ok(self.kinds[name].clone())
    }

    fn party(&mut self, store: &Store, name: &str) -> Result<Party> {
        if !self.parties.contains_key(name) {
            self.parties.insert(name.to_string(), party(store, name)?);
        }
        Ok(self.parties[name].clone())
    }

    fn account(&mut self, store: &Store, kind_id: i64, holder: Holder) -> Result<i64> {
        if let Some(id) = self.accounts.get(&(kind_id, holder)) {
            return Ok(*id);
        }
        let (id, balance) = store.account_and_balance(kind_id, holder, &self.at)?;
        self.accounts.insert((kind_id, holder), id);
        self.balances.insert(id, balance);
        Ok(id)
    }

    /// [`check_posting`] with the balances read once per account, and
    /// kept as they will be once the posting is written.
    fn check(
        &mut self,
        store: &Store,
        p: &Posting,
        debit_name: Option<&str>,
    ) -> Result<(i64, i64)> {
        for id in [p.debit, p.credit] {
            if let std::collections::hash_map::Entry::Vacant(e) = self.balances.entry(id) {
                e.insert(store.account_balance(id, Some(&self.at))?);
            }
        }
        let credit = self.balances[&p.credit].balance;
        let (from, to) = check_posting(p, debit_name, &self.balances[&p.debit], credit)?;
        self.balances
            .entry(p.debit)
            .and_modify(|b| b.balance = from);
        self.balances.entry(p.credit).and_modify(|b| b.balance = to);
        Ok((from, to))
    }
}

enum Applied {
    /// The idempotency key was used before with the same arguments.
    Replayed(Assigned),
    /// A new transfer, checked and not yet written.
    Planned(Box<Planned>),
}

/// A `credits assign` checked against the balances as its earlier ones
/// leave them, its transfer not yet written: an import writes many in one
/// statement.
struct Planned {
    kind_id: i64,
    debit: i64,
    credit: i64,
    memo: Option<String>,
    /// What the command answers; its id once the transfer is written.
    done: Assigned,
    from: Party,
    to: Party,
    /// The idempotency key and the request it stands for.
    key: Option<(String, serde_json::Value)>,
}

impl Planned {
    fn transfer<'a>(&'a self, actor: &'a str, at: &'a str) -> NewTransfer<'a> {
        NewTransfer {
            kind_id: self.kind_id,
            debit: self.debit,
            credit: self.credit,
            amount: self.done.amount,
            transfer_type: TransferType::Assign,
            user_id: None,
            actor,
            memo: self.memo.as_deref(),
            at,
            reverses: None,
            draw: Draw::Spend,
        }
    }

    /// Its transfer was written as `id`: the answer is kept with its key.
    fn written(&mut self, store: &Store, id: i64, at: &str) -> Result<()> {
        self.done.id = id;
        if let Some((key, request)) = &self.key {
            let response = serde_json::to_value(&self.done)?;
            idempotency::store(store, Some(key), "credits assign", request, &response, at)?;
        }
        Ok(())
    }
}

/// The one path of every `credits assign`, alone or as a row of an import:
/// the arguments, a replayed key, rules 1 and 5, no credits to a credit
/// user.
fn plan_assign(store: &Store, a: &Assign, r: &mut Resolver) -> Result<Applied> {
    check_assign(a)?;
    let key = a.idempotency_key.as_deref();
    let request = key.map(|_| a.request());
    if let Some(request) = &request
        && let Some(done) = idempotency::replay(store, key, "credits assign", request)?
    {
        return Ok(Applied::Replayed(serde_json::from_value(done)?));
    }
    let kind = r.kind(store, &a.kind)?;
    let (from, to) = (r.party(store, &a.from)?, r.party(store, &a.to)?);
    require_credit_party(&from)?;
    require_credit_party(&to)?;
    refuse_credit_user(store, &to)?;
    let posting = Posting {
        kind: &kind,
        debit: r.account(store, kind.id, from.holder())?,
        credit: r.account(store, kind.id, to.holder())?,
        amount: a.amount.get(),
        kind_of_transfer: TransferType::Assign,
        user_id: None,
        memo: a.memo.as_deref(),
        expires: None,
    };
    let (from_balance, to_balance) = r.check(store, &posting, Some(from.name()))?;
    let done = Assigned {
        id: 0,
        from: from.name().to_string(),
        to: to.name().to_string(),
        kind: kind.name.clone(),
        amount: a.amount.get(),
        from_balance,
        to_balance,
        replayed: false,
    };
    Ok(Applied::Planned(Box::new(Planned {
        kind_id: kind.id,
        debit: posting.debit,
        credit: posting.credit,
        memo: a.memo.clone(),
        done,
        from,
        to,
        key: key.map(str::to_string).zip(request),
    })))
}

/// The command a sweep's idempotency key is kept under: its answer lists
/// transfers, where an assign's is one (`verify` reads both).
const SWEEP: &str = "credits assign --all";

/// `credits assign --all` (one kind) or `--all-kinds`: whatever the sender
/// holds, read and moved in the command's one transaction.
#[derive(Debug, Clone)]
pub struct Sweep {
    pub from: String,
    pub to: String,
    /// The kind to move all of; `None` for every kind the sender holds.
    pub kind: Option<String>,
    pub memo: Option<String>,
    pub idempotency_key: Option<String>,
}

impl Sweep {
    fn request(&self) -> serde_json::Value {
        json!({"from": self.from, "to": self.to, "all": self.kind.as_deref().unwrap_or("all-kinds"), "memo": self.memo})
    }
}

/// What a sweep moved: a transfer per kind that held anything, none when
/// the sender held nothing.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Swept {
    pub from: String,
    pub to: String,
    /// The kind swept; `None` for every kind.
    pub kind: Option<String>,
    pub transfers: Vec<Assigned>,
    pub replayed: bool,
}

/// Moves a whole balance (of one kind, or of every kind) from one account to
/// another. The balances are read in the transaction that moves them, so a
/// concurrent `credits use` either comes first and is not swept, or comes
/// after and finds nothing: no credit is lost or moved twice. Holding
/// nothing is not an error: nothing moves, and the answer says so.
pub fn sweep(ctx: &Ctx, s: &Sweep) -> Result<Swept> {
    ctx.authorize(Action::CreditsAssign, None)?;
    if s.from == s.to {
        return Err(
            Error::invalid(format!("'{}' is both the sender and the receiver", s.from))
                .hint("name two different accounts"),
        );
    }
    check_memo(s.memo.as_deref())?;
    let key = s.idempotency_key.as_deref();
    if let Some(k) = key {
        idempotency::check_key(k)?;
    }
    let request = s.request();
    if let Some(done) = idempotency::replay(&ctx.store, key, SWEEP, &request)? {
        let mut done: Swept = serde_json::from_value(done)?;
        for t in &mut done.transfers {
            t.replayed = true;
        }
        return Ok(done);
    }
    let store = &ctx.store;
    let (from, to) = (party(store, &s.from)?, party(store, &s.to)?);
    require_credit_party(&from)?;
    require_credit_party(&to)?;
    refuse_credit_user(store, &to)?;
    let holdings = match &s.kind {
        Some(k) => {
            let k = kind(store, k)?;
            store
                .holdings(from.holder())?
                .into_iter()
                .filter(|h| h.kind.id == k.id)
                .collect()
        }
        None => store.holdings(from.holder())?,
    };
    let at = ctx.now_str();
    let mut transfers = Vec::new();
    for h in holdings {
        // What can be spent: credits that expired stay for `credits expire`.
        let amount = store.account_balance(h.account_id, Some(&at))?.balance;
        if amount == 0 {
            continue;
        }
        let posting = Posting {
            kind: &h.kind,
            debit: h.account_id,
            credit: store.account(h.kind.id, to.holder())?,
            amount,
            kind_of_transfer: TransferType::Assign,
            user_id: None,
            memo: s.memo.as_deref(),
            expires: None,
        };
        let (id, from_balance, to_balance) =
            post_at(store, &ctx.actor.handle, &at, &posting, Some(from.name()))?;
        transfers.push(Assigned {
            id,
            from: from.name().to_string(),
            to: to.name().to_string(),
            kind: h.kind.name.clone(),
            amount,
            from_balance,
            to_balance,
            replayed: false,
        });
    }
    if let Party::User(u) = &to
        && !transfers.is_empty()
        && let person = store.person(u.id)?
        && let Some(email) = person.email
    {
        let receiver = Receiver {
            user_id: u.id,
            email,
            first_name: person.first_name,
        };
        let giver = match &from {
            Party::Company => Giver::Company,
            Party::User(f) => {
                let p = store.person(f.id)?;
                Giver::User(format!("{} {}", p.first_name, p.last_name))
            }
        };
        let receipts: Vec<Receipt> = (transfers.iter())
            .map(|t| Receipt {
                kind: t.kind.clone(),
                amount: t.amount,
                balance: t.to_balance,
                givers: vec![giver.clone()],
                memos: s.memo.iter().cloned().collect(),
            })
            .collect();
        let org = store.organization_name()?;
        mail_received(store, &org, &receiver, &receipts, &at)?;
    }
    let done = Swept {
        from: from.name().to_string(),
        to: to.name().to_string(),
        kind: s.kind.clone(),
        transfers,
        replayed: false,
    };
    if !done.transfers.is_empty() {
        let moved: Vec<serde_json::Value> = (done.transfers.iter())
            .map(|t| json!({"transfer": t.id, "kind": t.kind, "amount": t.amount}))
            .collect();
        ctx.audit(
            Action::CreditsAssign,
            Some(&done.to),
            json!({"from": done.from, "to": done.to, "all": true, "transfers": moved, "memo": s.memo}),
        )?;
    }
    let response = serde_json::to_value(&done)?;
    idempotency::store(store, key, SWEEP, &request, &response, &at)?;
    Ok(done)
}

/// "1 credit", "2 credits": a kind named with a plural `s` loses it for one
/// (`credits`, `emails`), other names stay as they are (`sms`).
pub fn count_of(amount: i64, kind: &str) -> String {
    let singular = kind.len() > 3 && kind.ends_with('s') && !kind.ends_with("ss");
    if amount == 1 && singular {
        format!("1 {}", &kind[..kind.len() - 1])
    } else {
        format!("{amount} {kind}")
    }
}

/// One "credits received" mail to a user: every kind they received, who gave
/// it (the organization's name for the company account, a user's name
/// otherwise), the memo, and their balance now.
fn mail_received(
    store: &Store,
    org: &str,
    to: &Receiver,
    receipts: &[Receipt],
    at: &str,
) -> Result<()> {
    let mut body = format!("Hello {},\n\n", to.first_name);
    for g in receipts {
        let givers: Vec<&str> = (g.givers.iter())
            .map(|giver| match giver {
                Giver::Company => org,
                Giver::User(name) => name,
            })
            .collect();
        let at_org = if g.givers.iter().all(|h| *h == Giver::Company) {
            String::new()
        } else {
            format!(" at {org}")
        };
        body.push_str(&format!(
            "{} gave you {}{at_org}.\n",
            givers.join(", "),
            count_of(g.amount, &g.kind)
        ));
        for memo in &g.memos {
            body.push_str(&format!("Memo: {memo}\n"));
        }
        body.push_str(&format!(
            "Your {} balance is now {}.\n\n",
            g.kind, g.balance
        ));
    }
    body.push_str("They are yours to use now.\n");
    let what: Vec<String> = (receipts.iter())
        .map(|g| count_of(g.amount, &g.kind))
        .collect();
    store.queue_mail(
        Some(to.user_id),
        &to.email,
        &format!("You received {}", what.join(" and ")),
        &body,
        at,
    )?;
    Ok(())
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ToppedUp {
    /// The transfer; `None` when a `--to-balance` top-up found enough.
    pub id: Option<i64>,
    pub kind: String,
    pub amount: i64,
    pub company_balance: i64,
    /// The level asked for with `--to-balance`.
    pub to_balance: Option<i64>,
    /// When the credits added expire; `None`: never.
    pub expires_at: Option<String>,
    pub reference: Option<String>,
    pub request: Option<i64>,
    pub replayed: bool,
}

/// How much a top-up adds.
#[derive(Debug, Clone, Copy)]
pub enum TopupAmount {
    /// This many.
    Exactly(Amount),
    /// What the company account lacks of this level; nothing if it holds as
    /// much already.
    ToBalance(Amount),
}

#[derive(Debug, Clone)]
pub struct Topup {
    pub amount: TopupAmount,
    pub kind: String,
    pub reference: Option<String>,
    pub request: Option<i64>,
    pub idempotency_key: Option<String>,
    /// When the credits bought expire; `None`: never.
    pub expires: Option<jiff::Timestamp>,
}

impl Topup {
    fn request(&self) -> serde_json::Value {
        let (amount, to_balance) = match self.amount {
            TopupAmount::Exactly(a) => (Some(a.get()), None),
            TopupAmount::ToBalance(n) => (None, Some(n.get())),
        };
        let mut request = json!({"amount": amount, "to_balance": to_balance, "kind": self.kind,
                                 "reference": self.reference, "request": self.request});
        // Only when given: a key stored by an earlier tally still matches.
        if let Some(t) = self.expires {
            request["expires"] = fmt_time(t).into();
        }
        request
    }
}

/// An expiry given on the command line: a time to come.
pub fn check_expiry(ctx: &Ctx, expires: jiff::Timestamp) -> Result<String> {
    let text = fmt_time(expires);
    if text <= ctx.now_str() {
        return Err(Error::invalid(format!(
            "credits that expire at {text} would have expired already"
        ))
        .hint("give a later time: a date (YYYY-MM-DD, its start in UTC) or an RFC 3339 time"));
    }
    Ok(text)
}

/// Purchased credits into the company account, an amount or up to a level;
/// `request` marks that purchase request fulfilled. The company's balance is
/// read in the transaction that adds to it, so two top-ups to one level at
/// once add what it lacks once.
pub fn top_up(ctx: &Ctx, t: &Topup) -> Result<ToppedUp> {
    ctx.authorize(Action::CreditsTopup, None)?;
    let reference = t.reference.as_deref();
    check_memo(reference)?;
    let expires = t.expires.map(|e| check_expiry(ctx, e)).transpose()?;
    if let (TopupAmount::ToBalance(_), Some(_)) = (t.amount, t.request) {
        return Err(
            Error::invalid("--to-balance does not fulfil a purchase request")
                .hint("give the amount bought: `tally credits topup AMOUNT --request ID`"),
        );
    }
    let key = t.idempotency_key.as_deref();
    if let Some(k) = key {
        idempotency::check_key(k)?;
    }
    let request_args = t.request();
    if let Some(done) = idempotency::replay(&ctx.store, key, "credits topup", &request_args)? {
        return Ok(serde_json::from_value(done)?);
    }
    let kind = kind(&ctx.store, &t.kind)?;
    if let Some(req) = t.request {
        let open = ctx.store.purchase_request_state(req)?;
        match open {
            None => {
                return Err(not_found(Thing::PurchaseRequest, &req.to_string()));
            }
            Some((RequestStatus::Fulfilled, _)) => {
                return Err(Refusal::RequestFulfilled { id: req }.into());
            }
            Some((RequestStatus::Cancelled, _)) => {
                return Err(Refusal::RequestCancelled { id: req }.into());
            }
            Some((_, k)) if k != kind.id => {
                return Err(Error::invalid(format!(
                    "purchase request {req} is for another kind of credits"
                ))
                .hint("give the request's kind with --kind"));
            }
            _ => {}
        }
    }
    let company = ctx.store.account(kind.id, Holder::Company)?;
    let (amount, to_balance) = match t.amount {
        TopupAmount::Exactly(a) => (a.get(), None),
        TopupAmount::ToBalance(level) => {
            let held = ctx
                .store
                .account_balance(company, Some(&ctx.now_str()))?
                .balance;
            (level.get().saturating_sub(held).max(0), Some(level.get()))
        }
    };
    let (id, company_balance) = if amount == 0 {
        (
            None,
            ctx.store
                .account_balance(company, Some(&ctx.now_str()))?
                .balance,
        )
    } else {
        let posting = Posting {
            kind: &kind,
            debit: ctx.store.account(kind.id, Holder::Vendor)?,
            credit: company,
            amount,
            kind_of_transfer: TransferType::Topup,
            user_id: None,
            memo: reference,
            expires: expires.as_deref(),
        };
        let (id, _, company_balance) = post(ctx, &posting)?;
        if let Some(req) = t.request {
            ctx.store.fulfil_purchase_request(req, id, &ctx.now_str())?;
        }
        ctx.audit(
            Action::CreditsTopup,
            Some(COMPANY),
            json!({"transfer": id, "kind": kind.name, "amount": amount, "to_balance": to_balance,
                   "expires_at": expires, "reference": reference, "request": t.request}),
        )?;
        (Some(id), company_balance)
    };
    let done = ToppedUp {
        id,
        kind: kind.name,
        amount,
        company_balance,
        to_balance,
        expires_at: expires.filter(|_| amount > 0),
        reference: t.reference.clone(),
        request: t.request,
        replayed: false,
    };
    let response = serde_json::to_value(&done)?;
    idempotency::store(
        &ctx.store,
        key,
        "credits topup",
        &request_args,
        &response,
        &ctx.now_str(),
    )?;
    Ok(done)
}

#[derive(Debug, Serialize)]
pub struct Balance {
    pub account: String,
    pub kind: String,
    pub balance: i64,
    /// Of the balance, the credits that expire next (0 when none do), and
    /// when: now, not at `--at`.
    pub expiring: i64,
    pub expires_at: Option<String>,
}

/// Balances of one account (every kind, zero where it holds none), or of the
/// company and every user with an account, given to `row` one at a time
/// after `start`. `at` replays the ledger up to then: the transfers of one
/// account through its indexes, or the whole ledger once for every account.
pub fn balances<S>(
    ctx: &Ctx,
    account: Option<&str>,
    kind_name: Option<&str>,
    at: Option<jiff::Timestamp>,
    start: impl FnOnce() -> Result<S>,
    mut row: impl FnMut(&mut S, Balance) -> Result<()>,
) -> Result<S> {
    ctx.authorize(Action::CreditsBalance, account.filter(|a| *a != COMPANY))?;
    let kind_id = kind_name
        .map(|k| kind(&ctx.store, k))
        .transpose()?
        .map(|k| k.id);
    let at = at.map(fmt_time);
    // One account's rows, read now; every account's, streamed below.
    let one = match account {
        Some(a) => {
            let user_id = match party(&ctx.store, a)? {
                Party::Company => None,
                Party::User(u) => Some(u.id),
            };
            Some(ctx.store.account_balances(a, user_id, kind_id)?)
        }
        None => None,
    };
    // Every account at a time: the ledger replayed once, before any row.
    let nets = match (&one, &at) {
        (None, Some(t)) => Some(ctx.store.replayed_nets(Some(t))?),
        _ => None,
    };
    let mut state = start()?;
    let mut emit = |b: BalanceRow| -> Result<()> {
        // The balance column, or the ledger replayed up to `at`.
        let balance = match (&at, b.account_id, &nets) {
            (Some(at), Some(id), Some(nets)) => in_range(id, at, nets.get(id))?,
            (Some(at), Some(id), None) => balance_at(&ctx.store, id, at)?,
            _ => b.balance,
        };
        row(
            &mut state,
            Balance {
                account: b.account,
                kind: b.kind,
                balance,
                // Lots are kept as they are now, not replayed.
                expiring: if at.is_some() { 0 } else { b.expiring },
                expires_at: b.expires_at.filter(|_| at.is_none()),
            },
        )
    };
    match one {
        Some(rows) => rows.into_iter().try_for_each(&mut emit)?,
        None => ctx.store.each_balance(kind_id, &mut emit)?,
    }
    Ok(state)
}

/// An account's balance replayed from the ledger up to `at`.
fn balance_at(store: &Store, account_id: i64, at: &str) -> Result<i64> {
    in_range(account_id, at, store.replayed_net(account_id, at)?)
}

/// A replayed net as a balance, or the refusal of a ledger that overflows.
fn in_range(account_id: i64, at: &str, net: i128) -> Result<i64> {
    i64::try_from(net).map_err(|_| {
        Refusal::LedgerOverflow {
            account: account_id,
            at: at.into(),
            net,
        }
        .into()
    })
}

pub use crate::store::{TransferQuery, TransferView};

/// Transfers, newest first, given to `row` one at a time after `start`: all
/// of them, or those of one account; `span` is since (inclusive) and until.
pub fn history<S>(
    ctx: &Ctx,
    account: Option<&str>,
    kind_name: Option<&str>,
    span: (Option<jiff::Timestamp>, Option<jiff::Timestamp>),
    limit: Option<u32>,
    start: impl FnOnce() -> Result<S>,
    mut row: impl FnMut(&mut S, TransferView) -> Result<()>,
) -> Result<S> {
    ctx.authorize(Action::CreditsHistory, account.filter(|a| *a != COMPANY))?;
    let kind_id = kind_name
        .map(|k| kind(&ctx.store, k))
        .transpose()?
        .map(|k| k.id);
    let holder = account
        .map(|a| party(&ctx.store, a))
        .transpose()?
        .map(|p| p.holder());
    let query = TransferQuery {
        kind_id,
        holder,
        limit,
        since: span.0.map(fmt_time),
        until: span.1.map(fmt_time),
    };
    let mut state = start()?;
    ctx.store.each_transfer(&query, |t| row(&mut state, t))?;
    Ok(state)
}

pub use crate::store::PurchaseRequest;

/// Records a purchase request and queues a mail to the `support-email` setting.
pub fn request(
    ctx: &Ctx,
    quantity: Amount,
    kind_name: &str,
    message: Option<&str>,
) -> Result<PurchaseRequest> {
    let quantity = quantity.get();
    ctx.authorize(Action::CreditsRequest, None)?;
    if let Some(m) = message {
        if m.chars().count() > 2000 {
            return Err(Error::invalid("the message is at most 2000 characters").hint("shorten it"));
        }
        if m.chars().any(|c| c.is_control() && c != '\n') {
            return Err(
                Error::invalid("the message contains control characters").hint("remove them")
            );
        }
    }
    let kind = kind(&ctx.store, kind_name)?;
    let Some(support) = ctx.setting("support-email")? else {
        return Err(Refusal::NoSupportEmail.into());
    };
    let id = ctx.store.insert_purchase_request(
        kind.id,
        quantity,
        message,
        &ctx.actor.handle,
        &ctx.now_str(),
    )?;
    let org = ctx.store.organization_name()?;
    let email = ctx
        .store
        .person_by_handle(&ctx.actor.handle)?
        .and_then(|p| p.email)
        .map(|e| format!(" <{e}>"))
        .unwrap_or_default();
    ctx.store.queue_mail(
        None,
        &support,
        &format!("Request to purchase {quantity} {}: {org}", kind.name),
        &format!(
            "{org} asks to purchase {quantity} {}.\n\nRequested by: {}{email}\nRequest: {id}\n\n{}\n",
            kind.name,
            ctx.actor.handle,
            message.unwrap_or("")
        ),
        &ctx.now_str(),
    )?;
    ctx.audit(
        Action::CreditsRequest,
        Some(&kind.name),
        json!({"request": id, "quantity": quantity, "message": message}),
    )?;
    Ok(PurchaseRequest {
        id,
        kind: kind.name,
        quantity,
        message: message.map(str::to_string),
        requested_by: ctx.actor.handle.clone(),
        status: RequestStatus::Open,
        created_at: ctx.now_str(),
        fulfilled_at: None,
        cancelled_at: None,
    })
}

/// A cancelled purchase request, and whether this command cancelled it.
#[derive(Debug, Serialize)]
pub struct CancelledRequest {
    #[serde(flatten)]
    pub request: PurchaseRequest,
    /// False when it was cancelled before: nothing changed.
    #[serde(skip)]
    pub changed: bool,
}

/// Cancels an open purchase request and, when a `support-email` is set,
/// queues a mail telling the vendor. Cancelling a cancelled request again
/// changes nothing and succeeds, so that a retry is safe; a fulfilled one
/// is refused, as is fulfilling a cancelled one.
pub fn cancel_request(ctx: &Ctx, id: i64) -> Result<CancelledRequest> {
    ctx.authorize(Action::CreditsRequestCancel, None)?;
    let Some(request) = ctx.store.purchase_request(id)? else {
        return Err(not_found(Thing::PurchaseRequest, &id.to_string()));
    };
    match request.status {
        RequestStatus::Cancelled => {
            return Ok(CancelledRequest {
                request,
                changed: false,
            });
        }
        RequestStatus::Fulfilled => return Err(Refusal::RequestFulfilled { id }.into()),
        RequestStatus::Open => {}
    }
    let at = ctx.now_str();
    ctx.store.cancel_purchase_request(id, &at)?;
    if let Some(support) = ctx.setting("support-email")? {
        let org = ctx.store.organization_name()?;
        ctx.store.queue_mail(
            None,
            &support,
            &format!(
                "Request to purchase {} {} cancelled: {org}",
                request.quantity, request.kind
            ),
            &format!(
                "{org} cancels its request {id} to purchase {} {}: please do not fulfil it.\n\nCancelled by: {}\n",
                request.quantity, request.kind, ctx.actor.handle
            ),
            &at,
        )?;
    }
    ctx.audit(
        Action::CreditsRequestCancel,
        Some(&id.to_string()),
        json!({"request": id, "kind": request.kind, "quantity": request.quantity}),
    )?;
    Ok(CancelledRequest {
        request: PurchaseRequest {
            status: RequestStatus::Cancelled,
            cancelled_at: Some(at),
            ..request
        },
        changed: true,
    })
}

/// The purchase requests of one status, or all of them; newest first.
pub fn requests(ctx: &Ctx, status: Option<RequestStatus>) -> Result<Vec<PurchaseRequest>> {
    ctx.authorize(Action::CreditsRequests, None)?;
    ctx.store.purchase_requests(status)
}

/// What the interactive `credits assign` offers: the company and every active
/// user who holds their own credits, each with their balance of `kind`.
pub fn assign_choices(ctx: &Ctx, kind_name: &str) -> Result<Vec<(String, i64)>> {
    ctx.authorize(Action::CreditsAssign, None)?;
    let kind = kind(&ctx.store, kind_name)?;
    ctx.store.assign_choices(kind.id)
}

/// One row of a credits import, already split; `line` is its line in the file.
pub struct ImportRow {
    pub line: u64,
    pub assign: Assign,
}

#[derive(Debug, Serialize)]
pub struct KindTotal {
    pub kind: String,
    pub amount: i64,
}

#[derive(Debug, Serialize)]
pub struct Imported {
    pub rows: usize,
    pub transfers: usize,
    /// Rows whose idempotency key had already been applied: a count, named
    /// apart from every other command's `replayed`, which is a yes or no.
    pub replayed_rows: usize,
    pub totals: Vec<KindTotal>,
}

/// Applies every row or none. Every row is checked against the balances as
/// the earlier rows leave them; every bad row is reported, with those that
/// could not even be read. The rows come one at a time and are not kept:
/// the memory is the same for ten rows and for millions. `progress` is told
/// how many rows are done, now and then.
/// One "credits received" mail goes to each receiving user, summing their
/// rows: the import's transfers are read back from the ledger for it, user
/// by user.
pub fn import(
    ctx: &Ctx,
    rows: impl Iterator<Item = Result<std::result::Result<ImportRow, RowError>>>,
    progress: &dyn Fn(usize),
) -> Result<Imported> {
    ctx.authorize(Action::CreditsImport, None)?;
    ctx.store.widen_cache()?;
    let at = ctx.now_str();
    let last_before = ctx.store.last_transfer_id()?;
    let mut resolver = Resolver::new(ctx.now_str());
    let mut errors = Vec::new();
    let mut sums = ImportSums::default();
    // Each idempotency key's line, by a 64-bit hash of the key: two keys of
    // one file share a hash once in 10^7 files of a million keys.
    let mut keys_in_file: HashMap<u64, u64> = HashMap::new();
    let mut count = 0;
    // Checked rows whose transfers are written together, a page at a time.
    let mut batch: Vec<Planned> = Vec::with_capacity(IMPORT_BATCH);
    let flush = |batch: &mut Vec<Planned>| -> Result<()> {
        let transfers: Vec<NewTransfer> = (batch.iter())
            .map(|p| p.transfer(&ctx.actor.handle, &at))
            .collect();
        let ids = ctx.store.insert_transfers(&transfers)?;
        drop(transfers);
        for (planned, id) in batch.iter_mut().zip(ids) {
            planned.written(&ctx.store, id, &at)?;
        }
        batch.clear();
        Ok(())
    };
    for row in rows {
        let row = match row? {
            Ok(row) => row,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        count += 1;
        if count % IMPORT_BATCH == 0 {
            // The balances the resolver keeps are those of the written
            // transfers and the batch: written first, then forgotten.
            flush(&mut batch)?;
            progress(count);
            resolver.bound();
        }
        ctx.still_in_transaction()?;
        let a = &row.assign;
        let mut attempt = || -> Result<()> {
            if let Some(k) = &a.idempotency_key
                && let Some(first) = keys_in_file.insert(key_hash(k), row.line)
            {
                return Err(Error::new(
                    Code::IdempotencyConflict,
                    format!("the idempotency key '{k}' is also on line {first}"),
                ));
            }
            match plan_assign(&ctx.store, a, &mut resolver)? {
                Applied::Replayed(_) => sums.replayed += 1,
                Applied::Planned(planned) => {
                    sums.add(a, &planned.done.kind)?;
                    batch.push(*planned);
                }
            }
            Ok(())
        };
        match attempt() {
            Ok(()) => {}
            // A refused row is reported and the next one tried; a failure of
            // the disk, the lock or the file ends the command, all rolled back.
            Err(e) if e.code.is_refusal() => errors.push(e.at_line(row.line)),
            Err(e) => return Err(e),
        }
    }
    progress(count);
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(Error::rows(errors, "the credits file"));
    }
    flush(&mut batch)?;
    let org = ctx.store.organization_name()?;
    ctx.store
        .each_receipt(last_before, sums.parts, |to, receipts| {
            mail_received(&ctx.store, &org, &to, &receipts, &at)
        })?;
    let done = Imported {
        rows: count,
        transfers: sums.transfers,
        replayed_rows: sums.replayed,
        totals: (sums.totals.into_iter())
            .map(|(kind, amount)| KindTotal { kind, amount })
            .collect(),
    };
    // A header with no rows is a nightly job with nothing to do that day.
    if count > 0 {
        ctx.audit(
            Action::CreditsImport,
            None,
            json!({"rows": done.rows, "transfers": done.transfers, "replayed_rows": done.replayed_rows, "totals": done.totals}),
        )?;
    }
    Ok(done)
}

/// How many rows of an import are written in one statement.
const IMPORT_BATCH: usize = 1024;

/// A key's hash, the same in every run.
fn key_hash(key: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    key.hash(&mut h);
    h.finish()
}

/// What an import has done so far: its counts and its totals per kind.
#[derive(Default)]
struct ImportSums {
    transfers: usize,
    replayed: usize,
    totals: BTreeMap<String, i64>,
    /// Which of the mails' parts the import has: a giver other than the
    /// company, a memo. Most imports have neither, and skip reading them.
    parts: ReceiptParts,
}

impl ImportSums {
    fn add(&mut self, a: &Assign, kind: &str) -> Result<()> {
        self.parts.givers |= a.from != COMPANY;
        self.parts.memos |= a.memo.is_some();
        let amount = a.amount.get();
        // The same credits may go back and forth in one file, so these
        // sums can pass what a balance holds: refused, never wrapped.
        let too_much = || {
            Error::invalid(format!(
                "the file moves more {kind} in all than tally can count"
            ))
            .hint("split the file into smaller imports")
        };
        let total = self.totals.entry(kind.to_string()).or_insert(0);
        *total = total.checked_add(amount).ok_or_else(too_much)?;
        self.transfers += 1;
        Ok(())
    }
}
