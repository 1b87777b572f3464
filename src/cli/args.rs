//! clap value parsers: each argument becomes a typed value as it is parsed,
//! and a refusal keeps its hint (`main` shows it in place of clap's own).

use jiff::Timestamp;

use crate::domain::seats::Period;
use crate::domain::{Amount, Price};
use crate::error::Result;

pub fn amount(s: &str) -> Result<Amount> {
    Amount::parse(s, "amount")
}

pub fn level(s: &str) -> Result<Amount> {
    Amount::parse(s, "balance to top up to")
}

pub fn quantity(s: &str) -> Result<Amount> {
    Amount::parse(s, "quantity")
}

pub fn credits(s: &str) -> Result<Amount> {
    Amount::parse(s, "number of credits")
}

pub fn price(s: &str) -> Result<Price> {
    Price::parse(s)
}

pub fn period(s: &str) -> Result<Period> {
    Period::parse(s)
}

/// RFC 3339 with an offset, or a bare date (00:00 UTC).
pub fn time(s: &str) -> Result<Timestamp> {
    crate::domain::parse_time(s)
}
