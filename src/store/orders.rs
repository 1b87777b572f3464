//! Plans, personal billing information and orders.

use serde::{Deserialize, Serialize};

use super::Store;
use super::sql::{Row, params};
use crate::error::Result;

/// A plan on offer, as `plan list` shows it.
#[derive(Debug, Serialize)]
pub struct Plan {
    pub name: String,
    pub kind: String,
    pub credits: i64,
    pub price_minor: i64,
    pub currency: String,
    /// Its credits expire this many days after the order; null: never.
    pub valid_days: Option<i64>,
    pub created_at: String,
}

/// A plan on offer with its ids, for an order.
pub struct PlanRow {
    pub id: i64,
    pub kind_id: i64,
    pub kind: String,
    pub credits: i64,
    pub price_minor: i64,
    pub currency: String,
    pub valid_days: Option<i64>,
}

/// A user's billing information as stored.
pub struct BillingRow {
    pub name: String,
    pub address: String,
    pub tax_id: Option<String>,
    pub updated_at: String,
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
    /// When the credits bought expire; null: never.
    #[serde(default)]
    pub expires_at: Option<String>,
    /// When `order cancel` (or `credits reverse` of its transfer) gave its
    /// credits back; null while it stands. Orders never change: this is the
    /// time of the reversal of the order's transfer.
    #[serde(default)]
    pub cancelled_at: Option<String>,
    /// 2 for an order written with two decimal places in a currency whose
    /// exponent is not two (before amounts took their currency's own).
    #[serde(skip)]
    pub minor_digits: Option<i64>,
}

/// An order to write, with the billing information as it is now.
pub struct NewOrder<'a> {
    pub buyer_id: i64,
    pub owner_id: i64,
    pub plan: &'a PlanRow,
    pub quantity: i64,
    pub credits: i64,
    pub price_minor: i64,
    pub billing: &'a BillingRow,
    pub transfer_id: i64,
    pub at: &'a str,
}

impl Store<'_> {
    pub fn plan(&self, name: &str) -> Result<Option<PlanRow>> {
        self.sql().opt(
            "SELECT p.id, p.kind_id, k.name AS kind, p.credits, p.price_minor, p.currency,
                    p.valid_days
             FROM plans p JOIN credit_kinds k ON k.id = p.kind_id
             WHERE p.name = ?1 AND p.removed_at IS NULL",
            params![name],
            |r| {
                Ok(from_row!(r => PlanRow {
                    id, kind_id, kind, credits, price_minor, currency, valid_days
                }))
            },
        )
    }

    /// Offers `plan`, of the kind `kind_id`.
    pub fn insert_plan(&self, plan: &Plan, kind_id: i64) -> Result<()> {
        let Plan {
            name,
            credits,
            price_minor,
            currency,
            valid_days,
            created_at: at,
            ..
        } = plan;
        self.sql().exec(
            "INSERT INTO plans (name, kind_id, credits, price_minor, currency, valid_days,
                                created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                name,
                kind_id,
                *credits,
                *price_minor,
                currency,
                *valid_days,
                at
            ],
        )?;
        Ok(())
    }

    pub fn remove_plan(&self, plan_id: i64, at: &str) -> Result<()> {
        self.sql().exec(
            "UPDATE plans SET removed_at = ?1 WHERE id = ?2",
            params![at, plan_id],
        )?;
        Ok(())
    }

    /// The plans on offer, by name.
    pub fn plans(&self) -> Result<Vec<Plan>> {
        self.sql().all(
            "SELECT p.name, k.name AS kind, p.credits, p.price_minor, p.currency, p.valid_days,
                    p.created_at
             FROM plans p JOIN credit_kinds k ON k.id = p.kind_id
             WHERE p.removed_at IS NULL ORDER BY p.name",
            params![],
            |r| {
                Ok(from_row!(r => Plan {
                    name, kind, credits, price_minor, currency, valid_days, created_at
                }))
            },
        )
    }

    pub fn set_billing_info(&self, user_id: i64, b: &BillingRow) -> Result<()> {
        self.sql().exec(
            "INSERT INTO billing_info (user_id, name, address, tax_id, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (user_id) DO UPDATE SET name = excluded.name,
               address = excluded.address, tax_id = excluded.tax_id,
               updated_at = excluded.updated_at",
            params![
                user_id,
                &b.name,
                &b.address,
                b.tax_id.as_deref(),
                &b.updated_at
            ],
        )?;
        Ok(())
    }

    pub fn billing_info(&self, user_id: i64) -> Result<Option<BillingRow>> {
        self.sql().opt(
            "SELECT name, address, tax_id, updated_at FROM billing_info WHERE user_id = ?1",
            params![user_id],
            |r| Ok(from_row!(r => BillingRow { name, address, tax_id, updated_at })),
        )
    }

    /// Writes an order; returns its id.
    pub fn insert_order(&self, o: &NewOrder) -> Result<i64> {
        self.sql().insert(
            "INSERT INTO orders (buyer_id, owner_id, plan_id, quantity, kind_id, credits,
                                 price_minor, currency, billing_name, billing_address,
                                 billing_tax_id, transfer_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
             RETURNING id",
            params![
                o.buyer_id,
                o.owner_id,
                o.plan.id,
                o.quantity,
                o.plan.kind_id,
                o.credits,
                o.price_minor,
                &o.plan.currency,
                &o.billing.name,
                &o.billing.address,
                o.billing.tax_id.as_deref(),
                o.transfer_id,
                o.at
            ],
        )
    }

    /// Orders credited to `owner_id` or bought by one of `group`, newest first.
    pub fn group_orders(&self, owner_id: i64, group: &[i64]) -> Result<Vec<Order>> {
        let ids = serde_json::to_string(group)?;
        self.sql().all(
            &format!(
                "{ORDER_VIEW} WHERE o.owner_id = ?1 OR o.buyer_id IN (SELECT value FROM json_each(?2))
                 ORDER BY o.id DESC"
            ),
            params![owner_id, &ids],
            order_row,
        )
    }

    /// One order, with the id of its transfer.
    pub fn order(&self, id: i64) -> Result<Option<(Order, i64)>> {
        self.sql()
            .opt(&format!("{ORDER_VIEW} WHERE o.id = ?1"), params![id], |r| {
                Ok((order_row(r)?, r.get("transfer_id")?))
            })
    }

    /// A user's balance in every kind, zero where they hold none, `first`
    /// first, then by name.
    pub fn balances_by_kind(&self, user_id: i64, first: &str) -> Result<Vec<(String, i64)>> {
        self.sql().all(
            "SELECT k.name AS kind, coalesce(a.balance, 0) AS balance FROM credit_kinds k
             LEFT JOIN accounts a ON a.kind_id = k.id AND a.holder = 'user' AND a.user_id = ?1
             ORDER BY k.name <> ?2, k.name",
            params![user_id, first],
            |r| Ok((r.get("kind")?, r.get("balance")?)),
        )
    }
}

/// Orders as commands show them; `FROM orders o`.
const ORDER_VIEW: &str = "SELECT o.id, b.handle AS buyer, w.handle AS owner, p.name AS plan,
        o.quantity, k.name AS kind, o.credits, o.price_minor, o.currency, o.created_at,
        o.minor_digits, o.transfer_id,
        (SELECT r.at FROM transfers r WHERE r.reverses = o.transfer_id) AS cancelled_at,
        (SELECT max(e.expires_at) FROM lot_entries e WHERE e.transfer_id = o.transfer_id)
            AS expires_at
     FROM orders o JOIN users b ON b.id = o.buyer_id JOIN users w ON w.id = o.owner_id
     JOIN plans p ON p.id = o.plan_id JOIN credit_kinds k ON k.id = o.kind_id";

fn order_row(r: &Row) -> Result<Order> {
    Ok(from_row!(r => Order {
        id, buyer, owner, plan, quantity, kind, credits, price_minor, currency,
        created_at, expires_at, cancelled_at, minor_digits
    }))
}
