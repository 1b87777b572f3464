//! Seat billing: the price of one active user for one month, and invoices per
//! calendar month (UTC) computed from every user's status history.
//!
//! A user is billed for each day of the month on which they were active at
//! any moment, pro rata: `round_half_up(price_minor * days / days_in_month)`,
//! in integer arithmetic. An issued invoice is stored with its lines and never
//! recomputed; a month that has not ended is only a projection.

use std::fmt;

use crate::store::{InvoiceHead, StatusEvent};
pub use crate::store::{Issued, Line, SeatPrice};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Serialize;
use serde_json::json;

use super::money::check_currency;
use super::refusal::Refusal;
use super::{Action, Ctx, Price, fmt_time};
use crate::error::{Code, Error, Result};

const DAY: i64 = 86_400;

/// A calendar month in UTC, written `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    year: i16,
    month: i8,
}

impl Period {
    /// Strictly `YYYY-MM`: four digits, a dash, a month from 01 to 12.
    pub fn parse(s: &str) -> Result<Period> {
        let bad = || {
            Error::invalid(format!("'{}' is not a month", s.escape_debug()))
                .hint("give the month as YYYY-MM, such as 2026-02")
        };
        let b = s.as_bytes();
        if b.len() != 7
            || b[4] != b'-'
            || !b[..4].iter().all(u8::is_ascii_digit)
            || !b[5..].iter().all(u8::is_ascii_digit)
        {
            return Err(bad());
        }
        let year: i16 = s[..4].parse().map_err(|_| bad())?;
        let month: i8 = s[5..].parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Period { year, month })
    }

    /// The month that contains `t`.
    pub fn containing(t: Timestamp) -> Period {
        let d = t.to_zoned(TimeZone::UTC).date();
        Period {
            year: d.year(),
            month: d.month(),
        }
    }

    fn first_day(self) -> Date {
        Date::new(self.year, self.month, 1).expect("a parsed period is a valid date")
    }

    pub fn days(self) -> i64 {
        i64::from(self.first_day().days_in_month())
    }

    /// The first second of the month, in Unix seconds.
    pub fn start(self) -> i64 {
        self.first_day()
            .to_zoned(TimeZone::UTC)
            .expect("every period's first day is in jiff's range")
            .timestamp()
            .as_second()
    }

    /// The first second after the month, in Unix seconds (kept as seconds so
    /// that December 9999 needs no date past jiff's range).
    pub fn end(self) -> i64 {
        self.start() + self.days() * DAY
    }

    /// A month has ended once `now` is at or past its end.
    pub fn has_ended(self, now: Timestamp) -> bool {
        now.as_second() >= self.end()
    }

    /// The month's first second and the first second after it, as stored
    /// times: the bounds of a query over the month.
    pub fn bounds(self) -> (String, String) {
        let text = |s: i64| {
            Timestamp::from_second(s)
                .map(fmt_time)
                .unwrap_or_else(|_| s.to_string())
        };
        (text(self.start()), text(self.end()))
    }

    fn end_text(self) -> String {
        Timestamp::from_second(self.end())
            .map(fmt_time)
            .unwrap_or_else(|_| format!("the end of {self}"))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A stretch of time during which a user was active: `[from, until)` in Unix
/// seconds; `until` is `None` while they still are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub from: i64,
    pub until: Option<i64>,
}

/// A user's active intervals from their status events in order: from an
/// `active` event until the next event that is not `active`.
///
/// Events come in the order they were recorded. A clock that stepped back
/// (or a `TALLY_NOW` earlier than the last change) cannot reorder them: an
/// event's time is taken as no earlier than the one before it.
pub fn active_intervals(events: &[(i64, &str)]) -> Vec<Interval> {
    let mut out = Vec::new();
    let mut since: Option<i64> = None;
    let mut last = i64::MIN;
    for &(at, status) in events {
        let at = at.max(last);
        last = at;
        match (status == "active", since) {
            (true, None) => since = Some(at),
            (false, Some(from)) => {
                out.push(Interval {
                    from,
                    until: Some(at),
                });
                since = None;
            }
            _ => {}
        }
    }
    if let Some(from) = since {
        out.push(Interval { from, until: None });
    }
    out
}

/// The days of `period` on which the user was active at any moment. An
/// interval still open counts to the end of the month (a projection, for a
/// month that has not ended). Intervals are half-open, so a user deactivated
/// at midnight is not billed for the day that starts then. Times are kept to
/// the second, so a user activated and deactivated within the same second was
/// active for part of that second: it counts as one second, and bills its day.
pub fn seat_days(intervals: &[Interval], period: Period) -> i64 {
    let (start, end) = (period.start(), period.end());
    let mut billed = vec![false; period.days() as usize];
    for i in intervals {
        let from = i.from.max(start);
        let until = i.until.map_or(end, |u| u.max(i.from + 1)).min(end);
        if from >= until {
            continue;
        }
        let first = (from - start).div_euclid(DAY);
        let past_last = (until - start + DAY - 1).div_euclid(DAY);
        for day in first..past_last {
            billed[day as usize] = true;
        }
    }
    billed.iter().filter(|b| **b).count() as i64
}

/// `round_half_up(price_minor * days / days_in_month)` without floats; i128
/// so that no price that fits in an i64 can overflow.
pub fn seat_amount(price_minor: i64, days: i64, days_in_month: i64) -> i64 {
    assert!(price_minor >= 0 && (0..=days_in_month).contains(&days) && days_in_month > 0);
    let n = i128::from(price_minor) * i128::from(days);
    let d = i128::from(days_in_month);
    let rounded = (2 * n + d) / (2 * d);
    // Never more than price_minor, which is an i64.
    i64::try_from(rounded).expect("a share of a price fits the price")
}

pub(crate) fn current_price(ctx: &Ctx) -> Result<SeatPrice> {
    (ctx.store.seat_price()?).ok_or_else(|| Refusal::NoSeatPrice.into())
}

/// Sets the price of one active user for one month. Earlier prices stay in
/// the history; issued invoices keep the price they were issued with.
pub fn set_price(ctx: &Ctx, price: &Price, currency: &str) -> Result<SeatPrice> {
    ctx.authorize(Action::BillingSetPrice, None)?;
    let price_minor = price.minor(currency, check_currency(currency)?)?;
    let previous = match current_price(ctx) {
        Ok(p) => Some(p),
        Err(e) if e.code == Code::NotConfigured => None,
        Err(e) => return Err(e),
    };
    ctx.store.insert_seat_price(&SeatPrice {
        price_minor,
        currency: currency.into(),
        set_at: ctx.now_str(),
    })?;
    ctx.audit(
        Action::BillingSetPrice,
        None,
        json!({
            "price_minor": price_minor,
            "currency": currency,
            "previous": previous.map(|p| json!({"price_minor": p.price_minor, "currency": p.currency})),
        }),
    )?;
    Ok(SeatPrice {
        price_minor,
        currency: currency.into(),
        set_at: ctx.now_str(),
    })
}

/// Where an invoice stands; shown to people, not part of the JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// The month has not ended: active users are counted to its end.
    Projection { ends_at: String },
    /// The month has ended but its invoice has not been issued.
    Unissued,
    /// Stored and final; `now` when this command issued it.
    Issued { at: String, now: bool },
}

/// An invoice as known before its lines: shown above them. Its JSON is
/// `{"period","currency","lines":[..],"total_minor","issued"}`, the lines
/// written as they are computed or read.
#[derive(Debug, Clone)]
pub struct Invoice {
    pub period: String,
    pub currency: String,
    /// The decimal places its amounts are written with (see
    /// [`super::money::places`]).
    pub places: u32,
    pub issued: bool,
    pub price_minor: i64,
    pub days_in_month: i64,
    pub standing: Standing,
}

/// What an invoice's lines add up to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub lines: i64,
    pub total_minor: i64,
    /// Of the lines, those of service accounts: shown, not billed.
    pub service_lines: i64,
}

/// A user as a line of an invoice: their handle, and whether they are a
/// service account (shown, not billed).
type Billed = (String, bool);

/// Each user's line of a month, by handle, as the status history and
/// `price` make it now, given to `row` one user at a time; their totals.
fn each_line(
    ctx: &Ctx,
    period: Period,
    price: &SeatPrice,
    mut row: impl FnMut(Line) -> Result<()>,
) -> Result<Totals> {
    each_seat(ctx, period, price, |line, _| row(line))
}

/// [`each_line`], each line given with the user's active intervals that
/// overlap the month (as recorded: not cut to the month).
pub(crate) fn each_seat(
    ctx: &Ctx,
    period: Period,
    price: &SeatPrice,
    mut row: impl FnMut(Line, Vec<Interval>) -> Result<()>,
) -> Result<Totals> {
    let days_in_month = period.days();
    let mut totals = Totals::default();
    let mut bill = |(handle, service): (String, bool), events: &[(i64, String)]| -> Result<()> {
        let events: Vec<(i64, &str)> = events.iter().map(|(t, s)| (*t, s.as_str())).collect();
        let intervals = active_intervals(&events);
        let days = seat_days(&intervals, period);
        if days == 0 {
            return Ok(());
        }
        // A service account takes no seat: its line says so, for nothing.
        let amount_minor = if service {
            totals.service_lines += 1;
            0
        } else {
            seat_amount(price.price_minor, days, days_in_month)
        };
        totals.total_minor = (totals.total_minor.checked_add(amount_minor)).ok_or_else(|| {
            Refusal::SeatTotalTooLarge {
                period: period.to_string(),
            }
        })?;
        totals.lines += 1;
        let (start, end) = (period.start(), period.end());
        let overlapping = intervals
            .into_iter()
            .filter(|i| i.from < end && i.until.is_none_or(|u| u.max(i.from + 1) > start))
            .collect();
        row(
            Line {
                handle,
                days,
                amount_minor,
                service,
            },
            overlapping,
        )
    };
    // The events arrive user by user: one user's are held at a time.
    let mut current: Option<(Billed, Vec<(i64, String)>)> = None;
    ctx.store.each_status_event(
        |StatusEvent {
             handle,
             status,
             at,
             service,
         }| {
            let Ok(t) = at.parse::<Timestamp>() else {
                return Err(Refusal::UnreadableStatusTime { handle, at }.into());
            };
            match &mut current {
                Some(((h, _), events)) if *h == handle => events.push((t.as_second(), status)),
                _ => {
                    if let Some((h, events)) = current.take() {
                        bill(h, &events)?;
                    }
                    current = Some(((handle, service), vec![(t.as_second(), status)]));
                }
            }
            Ok(())
        },
    )?;
    if let Some((h, events)) = current {
        bill(h, &events)?;
    }
    Ok(totals)
}

/// Shows the invoice of `period`: `start` is given what is known before the
/// lines, `row` each line. The stored invoice once issued, else computed
/// with the current price. `issued_now` is the time when this command
/// issued it (in a dry run, when it would have).
pub fn invoice<S>(
    ctx: &Ctx,
    period: Period,
    issued_now: Option<&str>,
    start: impl FnOnce(&Invoice) -> Result<S>,
    mut row: impl FnMut(&mut S, Line) -> Result<()>,
) -> Result<(S, Invoice, Totals)> {
    ctx.authorize(Action::BillingInvoice, None)?;
    let key = period.to_string();
    if let Some(head) = ctx.store.invoice_head(&key)? {
        let inv = Invoice {
            period: key.clone(),
            places: super::money::places(&head.currency, head.minor_digits),
            currency: head.currency,
            issued: true,
            price_minor: head.price_minor,
            days_in_month: period.days(),
            standing: Standing::Issued {
                at: head.issued_at,
                now: issued_now.is_some(),
            },
        };
        let mut state = start(&inv)?;
        let (mut lines, mut service_lines) = (0, 0);
        ctx.store.each_invoice_line(&key, |l| {
            lines += 1;
            service_lines += i64::from(l.service);
            row(&mut state, l)
        })?;
        let totals = Totals {
            lines,
            total_minor: head.total_minor,
            service_lines,
        };
        return Ok((state, inv, totals));
    }
    let price = current_price(ctx)?;
    let standing = match issued_now {
        Some(at) => Standing::Issued {
            at: at.to_string(),
            now: true,
        },
        None if period.has_ended(ctx.now) => Standing::Unissued,
        None => Standing::Projection {
            ends_at: period.end_text(),
        },
    };
    let inv = Invoice {
        period: key,
        places: super::money::exponent(&price.currency),
        currency: price.currency.clone(),
        issued: issued_now.is_some(),
        price_minor: price.price_minor,
        days_in_month: period.days(),
        standing,
    };
    let mut state = start(&inv)?;
    let totals = each_line(ctx, period, &price, |l| row(&mut state, l))?;
    Ok((state, inv, totals))
}

/// Issues the invoice of a month that has ended, for good: its lines are
/// computed once for the total, then again as they are stored. The time
/// it was issued, or `None` if it already was.
pub fn issue(ctx: &Ctx, period: Period) -> Result<Option<String>> {
    ctx.authorize(Action::BillingInvoice, None)?;
    let key = period.to_string();
    if ctx.store.invoice_head(&key)?.is_some() {
        return Ok(None);
    }
    let price = current_price(ctx)?;
    if !period.has_ended(ctx.now) {
        return Err(Refusal::PeriodOpen {
            period: key,
            ends: period.end_text(),
        }
        .into());
    }
    let totals = each_line(ctx, period, &price, |_| Ok(()))?;
    let now = ctx.now_str();
    ctx.store.insert_invoice(
        &key,
        &InvoiceHead {
            minor_digits: None,
            currency: price.currency.clone(),
            price_minor: price.price_minor,
            total_minor: totals.total_minor,
            issued_at: now.clone(),
        },
        totals.lines,
    )?;
    let stored = each_line(ctx, period, &price, |l| {
        ctx.store.insert_invoice_line(&key, &l)
    })?;
    debug_assert_eq!(stored, totals);
    ctx.audit(
        Action::BillingInvoice,
        Some(&key),
        json!({
            "issued": true,
            "currency": price.currency,
            "price_minor": price.price_minor,
            "total_minor": totals.total_minor,
            "lines": totals.lines,
        }),
    )?;
    Ok(Some(now))
}

#[derive(Debug, Serialize)]
pub struct Status {
    pub active_users: i64,
    pub seat_price_minor: i64,
    pub currency: String,
    pub period: String,
    pub projected_total_minor: i64,
}

pub fn status(ctx: &Ctx) -> Result<Status> {
    ctx.authorize(Action::BillingStatus, None)?;
    let price = current_price(ctx)?;
    let period = Period::containing(ctx.now);
    let projected = match ctx.store.invoice_head(&period.to_string())? {
        Some(head) => head.total_minor,
        None => each_line(ctx, period, &price, |_| Ok(()))?.total_minor,
    };
    let active_users = ctx.store.count_active_users()?;
    Ok(Status {
        active_users,
        seat_price_minor: price.price_minor,
        currency: price.currency,
        period: period.to_string(),
        projected_total_minor: projected,
    })
}

/// The issued invoices, newest month first.
pub fn issued(ctx: &Ctx) -> Result<Vec<Issued>> {
    ctx.authorize(Action::BillingInvoices, None)?;
    ctx.store.issued_invoices()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> i64 {
        s.parse::<Timestamp>().unwrap().as_second()
    }

    fn p(s: &str) -> Period {
        Period::parse(s).unwrap()
    }

    fn days(intervals: &[(&str, Option<&str>)], period: &str) -> i64 {
        let iv: Vec<Interval> = intervals
            .iter()
            .map(|(from, until)| Interval {
                from: t(from),
                until: until.map(t),
            })
            .collect();
        seat_days(&iv, p(period))
    }

    #[test]
    fn periods_parse_strictly() {
        assert_eq!(p("2026-02").to_string(), "2026-02");
        assert_eq!(p("0999-12").to_string(), "0999-12");
        for bad in [
            "2026-13",
            "2026-00",
            "26-01",
            "2026-1",
            "2026-001",
            "2026/01",
            "2026-1a",
            "x",
            "",
            " 2026-01",
            "2026-01 ",
            "+026-01",
            "2026–01",
        ] {
            let e = Period::parse(bad).unwrap_err();
            assert_eq!(e.code, Code::InvalidInput, "{bad}");
        }
    }

    #[test]
    fn month_lengths() {
        assert_eq!(p("2026-02").days(), 28);
        assert_eq!(p("2028-02").days(), 29);
        assert_eq!(p("2100-02").days(), 28);
        assert_eq!(p("2000-02").days(), 29);
        assert_eq!(p("2026-04").days(), 30);
        assert_eq!(p("2026-01").days(), 31);
        assert_eq!(p("2026-12").end(), t("2027-01-01T00:00:00Z"));
        assert_eq!(p("2026-03").start(), t("2026-03-01T00:00:00Z"));
        // The last month jiff knows still has an end, in seconds.
        assert_eq!(p("9999-12").days(), 31);
        assert!(p("9999-12").end() > p("9999-12").start());
    }

    #[test]
    fn whole_months_of_every_length() {
        for (period, n) in [
            ("2026-02", 28),
            ("2028-02", 29),
            ("2026-04", 30),
            ("2026-01", 31),
        ] {
            assert_eq!(
                days(&[("2020-01-01T00:00:00Z", None)], period),
                n,
                "{period}"
            );
            // Active for exactly the month.
            let start = fmt_time(Timestamp::from_second(p(period).start()).unwrap());
            let end = fmt_time(Timestamp::from_second(p(period).end()).unwrap());
            assert_eq!(days(&[(&start, Some(&end))], period), n, "{period}");
            // A whole month of the price, whatever its length.
            assert_eq!(seat_amount(1000, n, n), 1000);
        }
    }

    #[test]
    fn a_clock_that_steps_back_does_not_reorder_events() {
        // Added at 100, deactivated with a clock reading 50: active for no
        // time, not from 50 on.
        assert_eq!(
            active_intervals(&[(100, "active"), (50, "deactivated")]),
            [Interval {
                from: 100,
                until: Some(100)
            }]
        );
    }

    #[test]
    fn intervals_from_events() {
        let ev = [
            (10, "deactivated"),
            (20, "active"),
            (25, "active"),
            (30, "deactivated"),
            (40, "deactivated"),
            (50, "active"),
        ];
        assert_eq!(
            active_intervals(&ev),
            vec![
                Interval {
                    from: 20,
                    until: Some(30)
                },
                Interval {
                    from: 50,
                    until: None
                },
            ]
        );
        let ev = [(10, "active"), (20, "deleted")];
        assert_eq!(
            active_intervals(&ev),
            vec![Interval {
                from: 10,
                until: Some(20)
            }]
        );
        assert!(active_intervals(&[(10, "deactivated")]).is_empty());
    }

    #[test]
    fn days_with_intervals() {
        // 3 March 10:00 to 5 March 09:00: days 3, 4 and 5.
        assert_eq!(
            days(
                &[("2026-03-03T10:00:00Z", Some("2026-03-05T09:00:00Z"))],
                "2026-03"
            ),
            3
        );
        // Deactivated and reactivated on the same day: that day counts once.
        assert_eq!(
            days(
                &[
                    ("2026-03-03T10:00:00Z", Some("2026-03-10T09:00:00Z")),
                    ("2026-03-10T15:00:00Z", Some("2026-03-12T00:00:00Z")),
                ],
                "2026-03"
            ),
            9
        );
        // Deactivated at midnight: the day that starts then is not billed.
        assert_eq!(
            days(
                &[("2026-03-01T00:00:00Z", Some("2026-03-02T00:00:00Z"))],
                "2026-03"
            ),
            1
        );
        // Across months: only the days inside the period.
        assert_eq!(
            days(
                &[("2026-02-27T12:00:00Z", Some("2026-03-02T12:00:00Z"))],
                "2026-02"
            ),
            2
        );
        assert_eq!(
            days(
                &[("2026-02-27T12:00:00Z", Some("2026-03-02T12:00:00Z"))],
                "2026-03"
            ),
            2
        );
        // Still active: counted to the end of the month (a projection).
        assert_eq!(days(&[("2026-03-15T12:00:00Z", None)], "2026-03"), 17);
        // Before or after the period: nothing.
        assert_eq!(
            days(
                &[("2026-01-01T00:00:00Z", Some("2026-02-01T00:00:00Z"))],
                "2026-03"
            ),
            0
        );
        assert_eq!(days(&[("2026-04-01T00:00:00Z", None)], "2026-03"), 0);
        // Activated and deactivated within one second: active for a moment,
        // so the day is billed.
        assert_eq!(
            days(
                &[("2026-03-03T10:00:00Z", Some("2026-03-03T10:00:00Z"))],
                "2026-03"
            ),
            1
        );
        // ... but not when that second is the last of the month before.
        assert_eq!(
            days(
                &[("2026-02-28T23:59:59Z", Some("2026-02-28T23:59:59Z"))],
                "2026-03"
            ),
            0
        );
    }

    #[test]
    fn one_second_counts_the_day() {
        assert_eq!(
            days(
                &[("2026-03-31T23:59:59Z", Some("2026-04-01T00:00:00Z"))],
                "2026-03"
            ),
            1
        );
        assert_eq!(
            days(
                &[("2026-03-31T23:59:59Z", Some("2026-04-01T00:00:00Z"))],
                "2026-04"
            ),
            0
        );
        assert_eq!(
            days(
                &[("2026-03-10T00:00:00Z", Some("2026-03-10T00:00:01Z"))],
                "2026-03"
            ),
            1
        );
    }

    #[test]
    fn rounding_is_half_up() {
        assert_eq!(seat_amount(1000, 1, 30), 33); // 33.33
        assert_eq!(seat_amount(100, 15, 30), 50); // exactly 50
        assert_eq!(seat_amount(1, 15, 30), 1); // 0.5 rounds up
        assert_eq!(seat_amount(10, 7, 28), 3); // 2.5 rounds up
        assert_eq!(seat_amount(45, 1, 30), 2); // 1.5 rounds up
        assert_eq!(seat_amount(1000, 2, 31), 65); // 64.52
        assert_eq!(seat_amount(1000, 1, 29), 34); // 34.48
        assert_eq!(seat_amount(999, 14, 28), 500); // 499.5 rounds up
        assert_eq!(seat_amount(0, 31, 31), 0);
        assert_eq!(seat_amount(1000, 0, 31), 0);
        // The largest price cannot overflow.
        assert_eq!(seat_amount(i64::MAX, 31, 31), i64::MAX);
        assert_eq!(seat_amount(i64::MAX, 30, 31), 8_925_843_906_633_654_007);
    }
}
