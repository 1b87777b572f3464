//! Seat billing: the price history, the status events it bills, and the
//! invoices issued for good.

use serde::Serialize;

use super::Store;
use super::sql::params;
use crate::error::Result;

/// One seat price, as set.
#[derive(Debug, Clone, Serialize)]
pub struct SeatPrice {
    pub price_minor: i64,
    pub currency: String,
    pub set_at: String,
}

/// One line of an invoice.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub handle: String,
    pub days: i64,
    pub amount_minor: i64,
    /// A service account's line: shown, never billed (its amount is 0).
    pub service: bool,
}

/// An issued invoice's head.
pub struct InvoiceHead {
    pub currency: String,
    pub price_minor: i64,
    pub total_minor: i64,
    pub issued_at: String,
    /// 2 for an invoice issued with two decimal places in a currency whose
    /// exponent is not two (before amounts took their currency's own).
    pub minor_digits: Option<i64>,
}

/// An issued invoice as `billing invoices` lists it.
#[derive(Debug, Serialize)]
pub struct Issued {
    pub period: String,
    pub currency: String,
    pub total_minor: i64,
    pub lines: i64,
    pub issued_at: String,
    /// As [`InvoiceHead::minor_digits`].
    #[serde(skip)]
    pub minor_digits: Option<i64>,
}

/// One status change of one user, as stored.
pub struct StatusEvent {
    pub handle: String,
    pub status: String,
    pub at: String,
    /// The user is a service account.
    pub service: bool,
}

impl Store<'_> {
    /// The price in force: the latest set.
    pub fn seat_price(&self) -> Result<Option<SeatPrice>> {
        self.sql().opt(
            "SELECT price_minor, currency, set_at FROM seat_prices ORDER BY id DESC LIMIT 1",
            params![],
            |r| Ok(from_row!(r => SeatPrice { price_minor, currency, set_at })),
        )
    }

    pub fn insert_seat_price(&self, p: &SeatPrice) -> Result<()> {
        self.sql().exec(
            "INSERT INTO seat_prices (price_minor, currency, set_at) VALUES (?1, ?2, ?3)",
            params![p.price_minor, &p.currency, &p.set_at],
        )?;
        Ok(())
    }

    pub fn invoice_head(&self, period: &str) -> Result<Option<InvoiceHead>> {
        self.sql().opt(
            "SELECT currency, price_minor, total_minor, issued_at, minor_digits FROM invoices
             WHERE period = ?1",
            params![period],
            |r| Ok(from_row!(r => InvoiceHead { currency, price_minor, total_minor, issued_at, minor_digits })),
        )
    }

    /// An issued invoice's lines, by handle, one at a time.
    pub fn each_invoice_line(
        &self,
        period: &str,
        mut f: impl FnMut(Line) -> Result<()>,
    ) -> Result<()> {
        self.sql().each(
            "SELECT l.handle, l.days, l.amount_minor, u.service FROM invoice_lines l
             JOIN users u ON u.handle = l.handle WHERE l.period = ?1 ORDER BY l.handle",
            params![period],
            |r| f(from_row!(r => Line { handle, days, amount_minor, service })),
        )
    }

    /// Stores an invoice's head, with how many lines will follow.
    pub fn insert_invoice(&self, period: &str, head: &InvoiceHead, lines: i64) -> Result<()> {
        self.sql().exec(
            // The chain's entry that this transaction ends with covers it.
            &format!(
                "INSERT INTO invoices (period, currency, price_minor, total_minor, line_count,
                                       issued_at, chain_position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, {})",
                super::chain::NEXT_ENTRY
            ),
            params![
                period,
                &head.currency,
                head.price_minor,
                head.total_minor,
                lines,
                &head.issued_at
            ],
        )?;
        Ok(())
    }

    /// Stores one line of an invoice whose head is stored.
    pub fn insert_invoice_line(&self, period: &str, l: &Line) -> Result<()> {
        self.sql().exec(
            "INSERT INTO invoice_lines (period, handle, days, amount_minor) VALUES (?1, ?2, ?3, ?4)",
            params![period, &l.handle, l.days, l.amount_minor],
        )?;
        Ok(())
    }

    /// The issued invoices, newest month first.
    pub fn issued_invoices(&self) -> Result<Vec<Issued>> {
        self.sql().all(
            "SELECT i.period, i.currency, i.total_minor, i.issued_at, i.minor_digits,
                    (SELECT count(*) FROM invoice_lines l WHERE l.period = i.period) AS lines
             FROM invoices i ORDER BY i.period DESC",
            params![],
            |r| Ok(from_row!(r => Issued { period, currency, total_minor, lines, issued_at, minor_digits })),
        )
    }

    /// Every user's status events, by handle, each user's in the order
    /// they happened. They are read a page of users at a time, so that
    /// `f` may run statements of its own (on a server, a statement's rows
    /// hold the connection until they are all read).
    pub fn each_status_event(&self, mut f: impl FnMut(StatusEvent) -> Result<()>) -> Result<()> {
        const USERS_PER_PAGE: i64 = 2000;
        let mut after = String::new();
        loop {
            let page = self.sql().all(
                "SELECT u.handle, e.status, e.at, u.service FROM users u
                 JOIN user_status_events e ON e.user_id = u.id
                 WHERE u.handle > ?1 AND u.handle <= (SELECT max(handle) FROM
                       (SELECT handle FROM users WHERE handle > ?1 ORDER BY handle LIMIT ?2) AS p)
                 ORDER BY u.handle, e.id",
                params![&after, USERS_PER_PAGE],
                |r| Ok(from_row!(r => StatusEvent { handle, status, at, service })),
            )?;
            let Some(last) = page.last() else {
                return Ok(());
            };
            after = last.handle.clone();
            for event in page {
                f(event)?;
            }
        }
    }
}
