//! Plans, personal billing information, orders and the overview. A credit
//! user pays with their own billing information; the credits go to their owner.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::ledger::{self, Holder, Party, Posting, TransferType};
use super::setup::DEFAULT_KIND;
use super::sharing::{group_ids, owner_of, subject};
use super::{Action, Ctx, check_no_control, idempotency, users};
use crate::error::{Code, Error, Result};
use crate::store::UserStatus;

/// ISO 4217-shaped: three upper-case letters.
pub fn check_currency(c: &str) -> Result<()> {
    if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Error::invalid(format!("'{c}' is not a currency code"))
            .hint("give an ISO 4217 code such as USD, EUR or GBP"));
    }
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct Plan {
    pub name: String,
    pub kind: String,
    pub credits: i64,
    pub price_minor: i64,
    pub currency: String,
    pub created_at: String,
}

struct PlanRow {
    id: i64,
    kind_id: i64,
    kind: String,
    credits: i64,
    price_minor: i64,
    currency: String,
}

fn find_plan(conn: &Connection, name: &str) -> Result<PlanRow> {
    conn.prepare_cached(
        "SELECT p.id, p.kind_id, k.name, p.credits, p.price_minor, p.currency FROM plans p
         JOIN credit_kinds k ON k.id = p.kind_id WHERE p.name = ?1 AND p.removed_at IS NULL",
    )?
    .query_row([name], |r| {
        Ok(PlanRow {
            id: r.get(0)?,
            kind_id: r.get(1)?,
            kind: r.get(2)?,
            credits: r.get(3)?,
            price_minor: r.get(4)?,
            currency: r.get(5)?,
        })
    })
    .optional()?
    .ok_or_else(|| Error::not_found("plan", name))
}

pub fn add_plan(
    ctx: &Ctx,
    name: &str,
    credits: i64,
    price_minor: i64,
    kind: &str,
    currency: &str,
) -> Result<Plan> {
    ctx.authorize(Action::PlanAdd, None)?;
    if name.trim().is_empty() || name.chars().count() > 64 {
        return Err(
            Error::invalid("a plan name is 1 to 64 characters").hint("e.g. starter, pro-1000")
        );
    }
    check_no_control(name, "plan name")?;
    check_currency(currency)?;
    let kind = ledger::kind(&ctx.store, kind)?;
    if find_plan(ctx.conn, name).is_ok() {
        return Err(
            Error::new(Code::AlreadyExists, format!("the plan '{name}' exists"))
                .hint("remove it first to redefine it; past orders keep the old terms"),
        );
    }
    ctx.conn.execute(
        "INSERT INTO plans (name, kind_id, credits, price_minor, currency, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![name, kind.id, credits, price_minor, currency, ctx.now_str()],
    )?;
    ctx.audit(
        Action::PlanAdd,
        Some(name),
        json!({"kind": kind.name, "credits": credits, "price_minor": price_minor, "currency": currency}),
    )?;
    Ok(Plan {
        name: name.into(),
        kind: kind.name,
        credits,
        price_minor,
        currency: currency.into(),
        created_at: ctx.now_str(),
    })
}

/// A removed plan can no longer be bought; past orders keep it.
pub fn remove_plan(ctx: &Ctx, name: &str) -> Result<()> {
    ctx.authorize(Action::PlanRemove, None)?;
    let plan = find_plan(ctx.conn, name)?;
    ctx.conn.execute(
        "UPDATE plans SET removed_at = ?1 WHERE id = ?2",
        params![ctx.now_str(), plan.id],
    )?;
    ctx.audit(Action::PlanRemove, Some(name), json!({}))?;
    Ok(())
}

pub fn list_plans(ctx: &Ctx) -> Result<Vec<Plan>> {
    ctx.authorize(Action::PlanList, None)?;
    let mut stmt = ctx.conn.prepare(
        "SELECT p.name, k.name, p.credits, p.price_minor, p.currency, p.created_at FROM plans p
         JOIN credit_kinds k ON k.id = p.kind_id WHERE p.removed_at IS NULL ORDER BY p.name",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Plan {
            name: r.get(0)?,
            kind: r.get(1)?,
            credits: r.get(2)?,
            price_minor: r.get(3)?,
            currency: r.get(4)?,
            created_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[derive(Debug, Serialize)]
pub struct BillingInfo {
    pub handle: String,
    pub name: String,
    pub address: String,
    pub tax_id: Option<String>,
    pub updated_at: String,
}

fn check_billing_text(s: &str, what: &str, max: usize) -> Result<()> {
    if s.trim().is_empty() || s.chars().count() > max {
        return Err(
            Error::invalid(format!("the {what} must be 1 to {max} characters"))
                .hint(format!("give the {what}")),
        );
    }
    check_no_control(s, what)
}

/// Rule 8: billing information is personal; only the user or `manage-billing`.
pub fn set_billing_info(
    ctx: &Ctx,
    handle: &str,
    name: &str,
    address: &str,
    tax_id: Option<&str>,
) -> Result<BillingInfo> {
    ctx.authorize(Action::BillingInfoSet, Some(handle))?;
    check_billing_text(name, "billing name", 200)?;
    check_billing_text(address, "billing address", 500)?;
    if let Some(t) = tax_id {
        check_billing_text(t, "tax id", 64)?;
    }
    let u = users::find(&ctx.store, handle)?;
    if u.status == UserStatus::Deleted {
        return Err(
            Error::new(Code::InactiveUser, format!("'{handle}' is deleted"))
                .hint(users::reactivate_hint(&u)),
        );
    }
    ctx.conn.execute(
        "INSERT INTO billing_info (user_id, name, address, tax_id, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, address = excluded.address,
           tax_id = excluded.tax_id, updated_at = excluded.updated_at",
        params![u.id, name, address, tax_id, ctx.now_str()],
    )?;
    ctx.audit(Action::BillingInfoSet, Some(handle), json!({}))?;
    Ok(BillingInfo {
        handle: handle.into(),
        name: name.into(),
        address: address.into(),
        tax_id: tax_id.map(str::to_string),
        updated_at: ctx.now_str(),
    })
}

fn billing_info(conn: &Connection, user_id: i64, handle: &str) -> Result<Option<BillingInfo>> {
    Ok(conn
        .prepare_cached(
            "SELECT name, address, tax_id, updated_at FROM billing_info WHERE user_id = ?1",
        )?
        .query_row([user_id], |r| {
            Ok(BillingInfo {
                handle: handle.to_string(),
                name: r.get(0)?,
                address: r.get(1)?,
                tax_id: r.get(2)?,
                updated_at: r.get(3)?,
            })
        })
        .optional()?)
}

fn no_billing_info(handle: &str) -> Error {
    Error::new(
        Code::NoBillingInfo,
        format!("'{handle}' has no billing information"),
    )
    .hint(format!(
        "set it: `tally billing-info set {handle} --name NAME --address ADDRESS`"
    ))
}

pub fn show_billing_info(ctx: &Ctx, handle: &str) -> Result<BillingInfo> {
    ctx.authorize(Action::BillingInfoShow, Some(handle))?;
    let u = users::find(&ctx.store, handle)?;
    billing_info(ctx.conn, u.id, handle)?.ok_or_else(|| no_billing_info(handle))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Order {
    pub id: i64,
    pub buyer: String,
    pub owner: String,
    pub plan: String,
    pub quantity: i64,
    pub kind: String,
    pub credits: i64,
    pub price_minor: i64,
    pub currency: String,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Placed {
    #[serde(flatten)]
    pub order: Order,
    pub owner_balance: i64,
    pub replayed: bool,
}

/// `buyer` buys `quantity` of a plan with their own billing information; the
/// credits go to their credit owner (rule 8).
pub fn place(
    ctx: &Ctx,
    buyer: &str,
    plan_name: &str,
    quantity: i64,
    key: Option<&str>,
) -> Result<Placed> {
    ctx.authorize(Action::OrderPlace, Some(buyer))?;
    let request = json!({"buyer": buyer, "plan": plan_name, "quantity": quantity});
    if let Some(done) = idempotency::replay(&ctx.store, key, "order place", &request)? {
        return Ok(serde_json::from_value(done)?);
    }
    let u = users::find(&ctx.store, buyer)?;
    ledger::require_active(&Party::User(u.clone()))?;
    let owner = owner_of(&ctx.store, &u)?;
    ledger::require_active(&Party::User(owner.clone()))?;
    let plan = find_plan(ctx.conn, plan_name)?;
    let info = billing_info(ctx.conn, u.id, buyer)?.ok_or_else(|| no_billing_info(buyer))?;
    let too_large = || {
        Error::invalid(format!(
            "{quantity} of '{plan_name}' is more than tally can count"
        ))
        .hint("order a smaller quantity")
    };
    let credits = plan.credits.checked_mul(quantity).ok_or_else(too_large)?;
    let price_minor = plan
        .price_minor
        .checked_mul(quantity)
        .ok_or_else(too_large)?;
    let kind = ledger::Kind {
        id: plan.kind_id,
        name: plan.kind.clone(),
    };
    let posting = Posting {
        kind: &kind,
        debit: ledger::account_id(&ctx.store, kind.id, Holder::Vendor)?,
        credit: ledger::account_id(&ctx.store, kind.id, Holder::User(owner.id))?,
        amount: credits,
        kind_of_transfer: TransferType::Order,
        user_id: Some(u.id),
        memo: Some(plan_name),
    };
    let (transfer, _, owner_balance) = ledger::post(ctx, &posting)?;
    ctx.conn.execute(
        "INSERT INTO orders (buyer_id, owner_id, plan_id, quantity, kind_id, credits, price_minor, currency,
                             billing_name, billing_address, billing_tax_id, transfer_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            u.id, owner.id, plan.id, quantity, kind.id, credits, price_minor, plan.currency,
            info.name, info.address, info.tax_id, transfer, ctx.now_str()
        ],
    )?;
    let order = Order {
        id: ctx.conn.last_insert_rowid(),
        buyer: buyer.into(),
        owner: owner.handle.clone(),
        plan: plan_name.into(),
        quantity,
        kind: kind.name.clone(),
        credits,
        price_minor,
        currency: plan.currency.clone(),
        created_at: ctx.now_str(),
    };
    let done = Placed {
        order,
        owner_balance,
        replayed: false,
    };
    ctx.audit(
        Action::OrderPlace,
        Some(buyer),
        json!({"order": done.order.id, "owner": owner.handle, "plan": plan_name, "quantity": quantity,
               "credits": credits, "price_minor": price_minor, "currency": plan.currency}),
    )?;
    idempotency::store(
        &ctx.store,
        key,
        "order place",
        &request,
        &serde_json::to_value(&done)?,
        &ctx.now_str(),
    )?;
    Ok(done)
}

/// Orders of the owner and of every credit user of the owner, newest first.
fn group_orders(conn: &Connection, owner_id: i64) -> Result<Vec<Order>> {
    let ids = serde_json::to_string(&group_ids(conn, owner_id)?)?;
    let mut stmt = conn.prepare(
        "SELECT o.id, b.handle, w.handle, p.name, o.quantity, k.name, o.credits, o.price_minor, o.currency, o.created_at
         FROM orders o JOIN users b ON b.id = o.buyer_id JOIN users w ON w.id = o.owner_id
         JOIN plans p ON p.id = o.plan_id JOIN credit_kinds k ON k.id = o.kind_id
         WHERE o.owner_id = ?1 OR o.buyer_id IN (SELECT value FROM json_each(?2))
         ORDER BY o.id DESC",
    )?;
    let rows = stmt.query_map(params![owner_id, ids], |r| {
        Ok(Order {
            id: r.get(0)?,
            buyer: r.get(1)?,
            owner: r.get(2)?,
            plan: r.get(3)?,
            quantity: r.get(4)?,
            kind: r.get(5)?,
            credits: r.get(6)?,
            price_minor: r.get(7)?,
            currency: r.get(8)?,
            created_at: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[derive(Debug, Serialize)]
pub struct History {
    pub owner: String,
    pub orders: Vec<Order>,
}

pub fn history(ctx: &Ctx, user: Option<&str>) -> Result<History> {
    let user = subject(ctx, user);
    ctx.authorize(Action::OrderHistory, Some(user))?;
    let owner = owner_of(&ctx.store, &users::find(&ctx.store, user)?)?;
    Ok(History {
        orders: group_orders(ctx.conn, owner.id)?,
        owner: owner.handle,
    })
}

#[derive(Debug, Serialize)]
pub struct KindBalance {
    pub kind: String,
    pub balance: i64,
}

#[derive(Debug, Serialize)]
pub struct Overview {
    pub user: String,
    pub owner: String,
    pub balances: Vec<KindBalance>,
    pub orders: Vec<Order>,
}

/// Whose credits `user` uses, that owner's balance in every kind, and the
/// owner's plans (the group's orders).
pub fn overview(ctx: &Ctx, user: Option<&str>) -> Result<Overview> {
    let user = subject(ctx, user);
    ctx.authorize(Action::Overview, Some(user))?;
    let owner = owner_of(&ctx.store, &users::find(&ctx.store, user)?)?;
    let mut stmt = ctx.conn.prepare(
        "SELECT k.name, coalesce(a.balance, 0) FROM credit_kinds k
         LEFT JOIN accounts a ON a.kind_id = k.id AND a.holder = 'user' AND a.user_id = ?1
         ORDER BY k.name <> ?2, k.name",
    )?;
    let balances = stmt
        .query_map(params![owner.id, DEFAULT_KIND], |r| {
            Ok(KindBalance {
                kind: r.get(0)?,
                balance: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Overview {
        user: user.into(),
        orders: group_orders(ctx.conn, owner.id)?,
        owner: owner.handle,
        balances,
    })
}
