//! Plans, personal billing information, orders and the overview. A credit
//! user pays with their own billing information; the credits go to their owner.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::ledger::DEFAULT_KIND;
use super::ledger::{self, Holder, Party, Posting, TransferType};
use super::money::check_currency;
use super::not_found;
use super::refusal::{Refusal, Thing};
use super::sharing::{owner_of, subject};
use super::{Action, Amount, Ctx, Price, check_no_control, idempotency, users};
use crate::error::{Error, Result};
use crate::store::{BillingRow, NewOrder, PlanRow, Store, UserStatus};
pub use crate::store::{Order, Plan};

fn find_plan(store: &Store, name: &str) -> Result<PlanRow> {
    store
        .plan(name)?
        .ok_or_else(|| not_found(Thing::Plan, name))
}

pub fn add_plan(
    ctx: &Ctx,
    name: &str,
    credits: Amount,
    price: &Price,
    kind: &str,
    currency: &str,
    valid_days: Option<i64>,
) -> Result<Plan> {
    let credits = credits.get();
    ctx.authorize(Action::PlanAdd, None)?;
    if let Some(d) = valid_days.filter(|d| !(1..=36500).contains(d)) {
        return Err(Error::invalid(format!(
            "--valid-days {d}: a plan's credits are valid for 1 to 36500 days"
        ))
        .hint("leave --valid-days out for credits that never expire"));
    }
    if name.trim().is_empty() || name.chars().count() > 64 {
        return Err(
            Error::invalid("a plan name is 1 to 64 characters").hint("e.g. starter, pro-1000")
        );
    }
    check_no_control(name, "plan name")?;
    let price_minor = price.minor(currency, check_currency(currency)?)?;
    let kind = ledger::kind(&ctx.store, kind)?;
    if ctx.store.plan(name)?.is_some() {
        return Err(Refusal::PlanExists { name: name.into() }.into());
    }
    let plan = Plan {
        name: name.into(),
        kind: kind.name,
        credits,
        price_minor,
        currency: currency.into(),
        valid_days,
        created_at: ctx.now_str(),
    };
    ctx.store.insert_plan(&plan, kind.id)?;
    ctx.audit(
        Action::PlanAdd,
        Some(name),
        json!({"kind": plan.kind, "credits": credits, "price_minor": price_minor,
               "currency": currency, "valid_days": valid_days}),
    )?;
    Ok(plan)
}

/// A removed plan can no longer be bought; past orders keep it.
pub fn remove_plan(ctx: &Ctx, name: &str) -> Result<()> {
    ctx.authorize(Action::PlanRemove, None)?;
    let plan = find_plan(&ctx.store, name)?;
    ctx.store.remove_plan(plan.id, &ctx.now_str())?;
    ctx.audit(Action::PlanRemove, Some(name), json!({}))?;
    Ok(())
}

pub fn list_plans(ctx: &Ctx) -> Result<Vec<Plan>> {
    ctx.authorize(Action::PlanList, None)?;
    ctx.store.plans()
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
        return Err(Refusal::Deleted {
            handle: handle.into(),
        }
        .into());
    }
    ctx.store.set_billing_info(
        u.id,
        &BillingRow {
            name: name.into(),
            address: address.into(),
            tax_id: tax_id.map(str::to_string),
            updated_at: ctx.now_str(),
        },
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

fn billing_info(store: &Store, user_id: i64, handle: &str) -> Result<Option<BillingInfo>> {
    Ok(store.billing_info(user_id)?.map(|b| BillingInfo {
        handle: handle.to_string(),
        name: b.name,
        address: b.address,
        tax_id: b.tax_id,
        updated_at: b.updated_at,
    }))
}

fn no_billing_info(handle: &str) -> Error {
    Refusal::NoBillingInfo {
        handle: handle.into(),
    }
    .into()
}

pub fn show_billing_info(ctx: &Ctx, handle: &str) -> Result<BillingInfo> {
    ctx.authorize(Action::BillingInfoShow, Some(handle))?;
    let u = users::find(&ctx.store, handle)?;
    billing_info(&ctx.store, u.id, handle)?.ok_or_else(|| no_billing_info(handle))
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
    quantity: Amount,
    key: Option<&str>,
) -> Result<Placed> {
    let quantity = quantity.get();
    ctx.authorize(Action::OrderPlace, Some(buyer))?;
    let request = json!({"buyer": buyer, "plan": plan_name, "quantity": quantity});
    if let Some(done) = idempotency::replay(&ctx.store, key, "order place", &request)? {
        return Ok(serde_json::from_value(done)?);
    }
    let u = users::find(&ctx.store, buyer)?;
    ledger::require_credit_party(&Party::User(u.clone()))?;
    let owner = owner_of(&ctx.store, &u)?;
    ledger::require_credit_party(&Party::User(owner.clone()))?;
    let plan = find_plan(&ctx.store, plan_name)?;
    let kind = crate::store::Kind {
        id: plan.kind_id,
        name: plan.kind.clone(),
    };
    super::limits::check(
        ctx,
        &u,
        &owner,
        &kind,
        plan.credits.saturating_mul(quantity),
    )?;
    let info = ctx
        .store
        .billing_info(u.id)?
        .ok_or_else(|| no_billing_info(buyer))?;
    let (order, owner_balance) = buy(ctx, &u, &owner, (plan_name, &plan), quantity, &info)?;
    let (credits, price_minor) = (order.credits, order.price_minor);
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

/// Writes the order and its transfer: the vendor's credits to the owner.
fn buy(
    ctx: &Ctx,
    u: &users::UserRef,
    owner: &users::UserRef,
    (plan_name, plan): (&str, &PlanRow),
    quantity: i64,
    info: &BillingRow,
) -> Result<(Order, i64)> {
    let too_large = || {
        Error::invalid(format!(
            "{quantity} of '{}' is more than tally can count",
            plan_name
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
    let expires_at = plan
        .valid_days
        .map(|days| {
            ctx.now
                .checked_add(jiff::SignedDuration::from_hours(days * 24))
                .map(super::fmt_time)
                .map_err(|_| too_large())
        })
        .transpose()?;
    let posting = Posting {
        kind: &kind,
        debit: ctx.store.account(kind.id, Holder::Vendor)?,
        credit: ctx.store.account(kind.id, Holder::User(owner.id))?,
        amount: credits,
        kind_of_transfer: TransferType::Order,
        user_id: Some(u.id),
        memo: Some(plan_name),
        expires: expires_at.as_deref(),
    };
    let (transfer, _, owner_balance) = ledger::post(ctx, &posting)?;
    let id = ctx.store.insert_order(&NewOrder {
        buyer_id: u.id,
        owner_id: owner.id,
        plan,
        quantity,
        credits,
        price_minor,
        billing: info,
        transfer_id: transfer,
        at: &ctx.now_str(),
    })?;
    let order = Order {
        minor_digits: None,
        id,
        buyer: u.handle.clone(),
        owner: owner.handle.clone(),
        plan: plan_name.into(),
        quantity,
        kind: kind.name.clone(),
        credits,
        price_minor,
        currency: plan.currency.clone(),
        created_at: ctx.now_str(),
        expires_at,
        cancelled_at: None,
    };
    Ok((order, owner_balance))
}

/// Orders of the owner and of every credit user of the owner, newest first.
fn group_orders(store: &Store, owner_id: i64) -> Result<Vec<Order>> {
    store.group_orders(owner_id, &store.group_ids(owner_id)?)
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
        orders: group_orders(&ctx.store, owner.id)?,
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
    let balances = ctx
        .store
        .balances_by_kind(owner.id, DEFAULT_KIND)?
        .into_iter()
        .map(|(kind, balance)| KindBalance { kind, balance })
        .collect();
    Ok(Overview {
        user: user.into(),
        orders: group_orders(&ctx.store, owner.id)?,
        owner: owner.handle,
        balances,
    })
}
