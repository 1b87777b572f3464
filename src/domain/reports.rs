//! Reports for the people who read the organization's numbers (finance):
//! the credits consumed in a month grouped by user, owner, kind or day;
//! every transfer of a period with the balances it left; and each user's
//! seat invoice line with the intervals they were active. All read-only,
//! their rows given one at a time as the database returns them.

use jiff::Timestamp;
use serde::Serialize;

use super::seats::{self, Interval, Period};
use super::{Action, Ctx, fmt_time};
use crate::error::{Error, Result};
pub use crate::store::{LedgerEntry, UsageBy, UsageGroup};

/// The time of Unix second `s`, as tally writes times.
fn time_of(s: i64) -> String {
    Timestamp::from_second(s)
        .map(fmt_time)
        .unwrap_or_else(|_| s.to_string())
}

/// The kind's id, checked to exist, if one is asked for.
fn kind_id(ctx: &Ctx, kind: Option<&str>) -> Result<Option<i64>> {
    Ok(kind
        .map(|k| super::ledger::kind(&ctx.store, k))
        .transpose()?
        .map(|k| k.id))
}

/// The credits consumed in `period` (UTC), grouped by `by` and kind, given
/// to `row` one group at a time after `start`; their total.
pub fn usage<S>(
    ctx: &Ctx,
    period: Period,
    by: UsageBy,
    kind: Option<&str>,
    start: impl FnOnce() -> Result<S>,
    mut row: impl FnMut(&mut S, UsageGroup) -> Result<()>,
) -> Result<(S, i64)> {
    ctx.authorize(Action::ReportUsage, None)?;
    let kind_id = kind_id(ctx, kind)?;
    let (since, until) = period.bounds();
    let mut state = start()?;
    let mut total: i64 = 0;
    ctx.store
        .each_usage_group(by, kind_id, &since, &until, |g| {
            total = total.saturating_add(g.amount);
            row(&mut state, g)
        })?;
    Ok((state, total))
}

/// Every transfer from `since` (inclusive) to `until`, oldest first, with
/// each side's balance right after it.
pub fn ledger<S>(
    ctx: &Ctx,
    since: Timestamp,
    until: Timestamp,
    kind: Option<&str>,
    start: impl FnOnce() -> Result<S>,
    mut row: impl FnMut(&mut S, LedgerEntry) -> Result<()>,
) -> Result<S> {
    ctx.authorize(Action::ReportLedger, None)?;
    if since >= until {
        return Err(Error::invalid(format!(
            "--since {} is not before --until {}",
            fmt_time(since),
            fmt_time(until)
        ))
        .hint(
            "give a period that starts before it ends, e.g. --since 2026-03-01 --until 2026-04-01",
        ));
    }
    let kind_id = kind_id(ctx, kind)?;
    let mut state = start()?;
    ctx.store
        .each_ledger_entry(kind_id, &fmt_time(since), &fmt_time(until), |e| {
            row(&mut state, e)
        })?;
    Ok(state)
}

/// A stretch of time a user was active, as times; `until` is `None` while
/// they still are.
#[derive(Debug, Clone, Serialize)]
pub struct Active {
    pub from: String,
    pub until: Option<String>,
}

/// A user's seat line of a month, with the intervals behind it.
#[derive(Debug, Serialize)]
pub struct SeatLine {
    pub handle: String,
    pub days: i64,
    pub amount_minor: i64,
    /// A service account: shown, not billed.
    pub service: bool,
    /// The intervals during which they were active that overlap the month.
    pub active: Vec<Active>,
}

/// What is known of a seat report before its lines.
#[derive(Debug, Clone)]
pub struct SeatsHead {
    pub period: String,
    pub currency: String,
    pub places: u32,
    pub price_minor: i64,
    /// The month's invoice has been issued: its price is the one used.
    pub issued: bool,
}

/// Each user's seat line of `period`, with their active intervals, given to
/// `row` one user at a time after `start`: computed from the status history
/// with the price of the issued invoice, else the current price (as
/// `billing invoice` computes it); the total.
pub fn seats<S>(
    ctx: &Ctx,
    period: Period,
    start: impl FnOnce(&SeatsHead) -> Result<S>,
    mut row: impl FnMut(&mut S, SeatLine) -> Result<()>,
) -> Result<(S, SeatsHead, seats::Totals)> {
    ctx.authorize(Action::ReportSeats, None)?;
    let key = period.to_string();
    let (price, head) = match ctx.store.invoice_head(&key)? {
        Some(h) => {
            let places = super::money::places(&h.currency, h.minor_digits);
            let price = seats::SeatPrice {
                price_minor: h.price_minor,
                currency: h.currency.clone(),
                set_at: h.issued_at,
            };
            (price, (places, true))
        }
        None => {
            let price = seats::current_price(ctx)?;
            let places = super::money::exponent(&price.currency);
            (price, (places, false))
        }
    };
    let head = SeatsHead {
        period: key,
        currency: price.currency.clone(),
        places: head.0,
        price_minor: price.price_minor,
        issued: head.1,
    };
    let mut state = start(&head)?;
    let totals = seats::each_seat(ctx, period, &price, |line, intervals: Vec<Interval>| {
        let active = intervals
            .iter()
            .map(|i| Active {
                from: time_of(i.from),
                until: i.until.map(time_of),
            })
            .collect();
        row(
            &mut state,
            SeatLine {
                handle: line.handle,
                days: line.days,
                amount_minor: line.amount_minor,
                service: line.service,
                active,
            },
        )
    })?;
    Ok((state, head, totals))
}
