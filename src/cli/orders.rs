use clap::{Args, Subcommand};

use super::App;
use super::complete;
use crate::domain::ledger::DEFAULT_KIND;
use crate::domain::money::{fmt_minor, fmt_places, money, money_places, places};
use crate::domain::orders::{self, Order};
use crate::domain::reversal;
use crate::domain::{Amount, Price};
use crate::error::Result;
use crate::output::{Block, Row, table};

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Offer a plan: N credits of a kind for a price
    #[command(
        after_help = "Examples:\n  tally plan add starter --credits 1000 --price 49\n  tally plan add sms-pack --credits 500 --price 12.50 --kind sms --currency EUR\n  tally plan add yearly --credits 12000 --price 99 --valid-days 365"
    )]
    Add(PlanAddArgs),
    /// Stop offering a plan (past orders keep it)
    #[command(after_help = "Example:\n  tally plan remove starter")]
    Remove(NameArg),
    /// List the plans on offer
    #[command(after_help = "Example:\n  tally plan list")]
    List,
}

#[derive(Debug, Args)]
pub struct PlanAddArgs {
    pub name: String,
    /// Credits per unit bought
    #[arg(long, value_name = "N", value_parser = super::args::credits)]
    pub credits: Amount,
    /// Price per unit, with at most as many decimal places as the currency has
    #[arg(long, value_name = "P", value_parser = super::args::price)]
    pub price: Price,
    #[arg(long, value_name = "K", default_value = DEFAULT_KIND, add = complete::kind())]
    pub kind: String,
    /// ISO 4217 currency code: USD, EUR (2 decimal places), JPY (none), BHD (3)...
    #[arg(long, value_name = "CODE", default_value = "USD")]
    pub currency: String,
    /// The credits bought expire N days after the order (default: never)
    #[arg(long, value_name = "N")]
    pub valid_days: Option<i64>,
}

#[derive(Debug, Args)]
pub struct NameArg {
    #[arg(add = complete::plan())]
    pub name: String,
}

#[derive(Debug, Subcommand)]
pub enum BillingInfoCommand {
    /// Set a user's own billing information
    #[command(
        after_help = "Example:\n  tally billing-info set peter --name \"Peter Pan\" --address \"1 Neverland Way\" --tax-id GB123"
    )]
    Set(BillingInfoArgs),
    /// Show a user's billing information (only theirs, or with manage-billing)
    #[command(after_help = "Example:\n  tally --as peter billing-info show peter")]
    Show(HandleArg),
}

#[derive(Debug, Args)]
pub struct BillingInfoArgs {
    #[arg(add = complete::handle())]
    pub handle: String,
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub address: String,
    #[arg(long, value_name = "T")]
    pub tax_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct HandleArg {
    #[arg(add = complete::handle())]
    pub handle: String,
}

#[derive(Debug, Subcommand)]
pub enum OrderCommand {
    /// Buy a plan with HANDLE's billing information; credits go to HANDLE's owner
    #[command(
        after_help = "Examples:\n  tally --as peter order place peter --plan starter\n  tally order place john --plan starter --quantity 3 --idempotency-key po-7731"
    )]
    Place(PlaceArgs),
    /// Orders of HANDLE's owner and of every credit user of that owner
    #[command(after_help = "Examples:\n  tally order history\n  tally order history peter")]
    History(HistoryArgs),
    /// Give an order's credits back to the vendor and mark it cancelled
    #[command(
        after_help = "The order's transfer is reversed (as `credits reverse` does): the order and its\ntransfer stay as they were, and the reversal marks it cancelled. Refunding the\nprice is outside tally.\n\nExamples:\n  tally order cancel 7\n  tally order cancel 7 --memo \"ordered twice\" --idempotency-key cancel-7"
    )]
    Cancel(CancelArgs),
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The order's id (`order history` shows ids)
    #[arg(value_name = "ORDER_ID")]
    pub order: i64,
    /// A note kept with the reversal
    #[arg(long, value_name = "TEXT")]
    pub memo: Option<String>,
    /// Makes a retry safe: the same key returns the first result
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Args)]
pub struct PlaceArgs {
    /// The buyer
    #[arg(add = complete::handle())]
    pub handle: String,
    #[arg(long, value_name = "NAME", add = complete::plan())]
    pub plan: String,
    #[arg(long, value_name = "N", default_value = "1", value_parser = super::args::quantity)]
    pub quantity: Amount,
    /// Makes a retry safe: the same key returns the first order
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// [default: the actor]
    #[arg(add = complete::handle())]
    pub handle: Option<String>,
}

pub fn plan(app: &App, cmd: PlanCommand) -> Result<()> {
    match cmd {
        PlanCommand::Add(a) => {
            let p = app.write(|ctx| {
                orders::add_plan(
                    ctx,
                    &a.name,
                    a.credits,
                    &a.price,
                    &a.kind,
                    &a.currency,
                    a.valid_days,
                )
            })?;
            app.out.print(
                &p,
                &[Block::Line(format!(
                    "added plan '{}': {} {} for {}",
                    p.name,
                    p.credits,
                    p.kind,
                    money(p.price_minor, &p.currency),
                ))],
            )
        }
        PlanCommand::Remove(a) => {
            app.write(|ctx| orders::remove_plan(ctx, &a.name))?;
            app.out.print(
                &serde_json::json!({"removed": a.name}),
                &[Block::Line(format!("removed plan '{}'", a.name))],
            )
        }
        PlanCommand::List => {
            let plans = app.read(orders::list_plans)?;
            app.out.print(&plans, &[table(&plans)])
        }
    }
}

pub fn billing_info(app: &App, cmd: BillingInfoCommand) -> Result<()> {
    let info = match cmd {
        BillingInfoCommand::Set(a) => app.write(|ctx| {
            orders::set_billing_info(ctx, &a.handle, &a.name, &a.address, a.tax_id.as_deref())
        })?,
        BillingInfoCommand::Show(a) => app.read(|ctx| orders::show_billing_info(ctx, &a.handle))?,
    };
    app.out.print(
        &info,
        &[Block::Fields(vec![
            ("handle", info.handle.clone()),
            ("name", info.name.clone()),
            ("address", info.address.clone()),
            ("tax_id", info.tax_id.clone().unwrap_or_default()),
            ("updated_at", info.updated_at.clone()),
        ])],
    )
}

pub fn order_table(orders: &[Order]) -> Block {
    table(orders)
}

pub fn order(app: &App, cmd: OrderCommand) -> Result<()> {
    match cmd {
        OrderCommand::Place(a) => {
            let done = app.write(|ctx| {
                orders::place(
                    ctx,
                    &a.handle,
                    &a.plan,
                    a.quantity,
                    a.idempotency_key.as_deref(),
                )
            })?;
            let o = &done.order;
            let mut line = format!(
                "order {}: {} × '{}' = {} {} for {}, credited to '{}' (now {})",
                o.id,
                o.quantity,
                o.plan,
                o.credits,
                o.kind,
                money_places(
                    o.price_minor,
                    &o.currency,
                    places(&o.currency, o.minor_digits)
                ),
                o.owner,
                done.owner_balance
            );
            if done.replayed {
                line.push_str(" (replayed: nothing changed)");
            }
            app.out.print(&done, &[Block::Line(line)])
        }
        OrderCommand::Cancel(a) => {
            let request = reversal::Cancel {
                order: a.order,
                memo: a.memo,
                idempotency_key: a.idempotency_key,
            };
            let done = app.write(|ctx| reversal::cancel(ctx, &request))?;
            let o = &done.order;
            let mut line = format!(
                "cancelled order {}: {} {} back from '{}' (now {}) to the vendor as transfer {}",
                o.id, o.credits, o.kind, o.owner, done.owner_balance, done.transfer
            );
            if done.replayed {
                line.push_str(" (replayed: nothing changed)");
            }
            app.out.print(&done, &[Block::Line(line)])
        }
        OrderCommand::History(a) => {
            let h = app.read(|ctx| orders::history(ctx, a.handle.as_deref()))?;
            app.out.print(
                &h.orders,
                &[
                    Block::Heading(format!("Orders of '{}' and their credit users", h.owner)),
                    order_table(&h.orders),
                ],
            )
        }
    }
}

impl Row for orders::Plan {
    const HEADER: &'static [&'static str] =
        &["PLAN", "KIND", "CREDITS", "PRICE", "CURRENCY", "VALID"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.kind.clone(),
            self.credits.to_string(),
            fmt_minor(self.price_minor, &self.currency),
            self.currency.clone(),
            match self.valid_days {
                Some(1) => "1 day".into(),
                Some(d) => format!("{d} days"),
                None => String::new(),
            },
        ]
    }
}

impl Row for Order {
    const HEADER: &'static [&'static str] = &[
        "ID",
        "BUYER",
        "OWNER",
        "PLAN",
        "QTY",
        "KIND",
        "CREDITS",
        "PRICE",
        "CURRENCY",
        "AT",
        "CANCELLED",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.buyer.clone(),
            self.owner.clone(),
            self.plan.clone(),
            self.quantity.to_string(),
            self.kind.clone(),
            self.credits.to_string(),
            fmt_places(self.price_minor, places(&self.currency, self.minor_digits)),
            self.currency.clone(),
            self.created_at.clone(),
            self.cancelled_at.clone().unwrap_or_default(),
        ]
    }
}
