//! Prices in a currency: ISO 4217 codes and each currency's own number of
//! decimal places (its exponent), so that a price is stored as an integer of
//! that currency's minor unit: 1500 JPY is 1500, 12.345 BHD is 12345, 8.50
//! USD is 850.

use iso_currency::{Currency, Flag};

use crate::error::{Error, Result};

/// The number of decimal places of values stored in a currency that ISO
/// 4217 does not give one for: codes that an earlier tally let through
/// (any three upper-case letters) were stored with two.
const STORED_FALLBACK: u32 = 2;

/// A currency that a new price may be given in: a current ISO 4217 code with
/// a minor unit. Returns its exponent.
pub fn check_currency(code: &str) -> Result<u32> {
    let examples = "give an ISO 4217 code such as USD, EUR, GBP, JPY or BHD";
    let well_formed = code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase());
    let Some(currency) = well_formed.then(|| Currency::from_code(code)).flatten() else {
        return Err(Error::invalid(format!(
            "'{}' is not an ISO 4217 currency code",
            code.escape_debug()
        ))
        .hint(examples));
    };
    if let Some(Flag::Superseded(by)) = currency
        .flags()
        .into_iter()
        .find(|f| matches!(f, Flag::Superseded(_)))
    {
        return Err(Error::invalid(format!(
            "{code} ({}) was replaced by {} in ISO 4217",
            currency.name(),
            by.code()
        ))
        .hint(format!("give the current code, --currency {}", by.code())));
    }
    match currency.exponent() {
        Some(e) => Ok(u32::from(e)),
        None => Err(Error::invalid(format!(
            "{code} ({}) has no minor unit in ISO 4217: it is not a currency that prices are given in",
            currency.name()
        ))
        .hint(examples)),
    }
}

/// The exponent of a currency as stored: ISO 4217's, or two for a code that
/// an earlier tally stored and ISO 4217 gives none for.
pub fn exponent(code: &str) -> u32 {
    Currency::from_code(code)
        .and_then(Currency::exponent)
        .map_or(STORED_FALLBACK, u32::from)
}

/// A price as typed: a decimal number, not yet in any currency's minor unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Price {
    whole: i64,
    /// The digits after the point, as typed.
    frac: String,
    text: String,
}

impl Price {
    /// A whole number or a decimal with a point: `8`, `8.5`, `12.345`.
    pub fn parse(s: &str) -> Result<Price> {
        let bad = || {
            Error::invalid(format!("'{}' is not a valid price", s.escape_debug())).hint(
                "give a number with a point for decimals, such as 8, 8.50 or 1500 (no sign, no thousands separator)",
            )
        };
        let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
        if whole.is_empty()
            || (s.contains('.') && frac.is_empty())
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        let whole: i64 = whole.parse().map_err(|_| too_large(s))?;
        Ok(Price {
            whole,
            frac: frac.to_string(),
            text: s.to_string(),
        })
    }

    /// This price in minor units of `code`, whose exponent is `exponent`:
    /// refused if it has more decimal places than the currency has.
    pub fn minor(&self, code: &str, exponent: u32) -> Result<i64> {
        let places = self.frac.len();
        if places > exponent as usize {
            let (message, hint) = match exponent {
                0 => (
                    format!("'{}' has decimals, but {code} has no minor unit", self.text),
                    format!("give a whole number of {code}, such as 1500"),
                ),
                n => (
                    format!(
                        "'{}' has {places} decimal places, but {code} has {n}",
                        self.text
                    ),
                    format!(
                        "give at most {n} decimal place{} for {code}, such as {}",
                        if n == 1 { "" } else { "s" },
                        fmt_minor(12345, code)
                    ),
                ),
            };
            return Err(Error::invalid(message).hint(hint));
        }
        let scale = 10i64.pow(exponent);
        let frac: i64 = if self.frac.is_empty() {
            0
        } else {
            let f: i64 = self.frac.parse().map_err(|_| too_large(&self.text))?;
            f * 10i64.pow(exponent - places as u32)
        };
        self.whole
            .checked_mul(scale)
            .and_then(|w| w.checked_add(frac))
            .ok_or_else(|| too_large(&self.text))
    }
}

fn too_large(s: &str) -> Error {
    Error::invalid(format!("the price '{}' is too large", s.escape_debug()))
        .hint("give a smaller price: at most 9223372036854775807 of the currency's minor unit")
}

/// The decimal places a stored amount was written with: `stored` for an
/// order or invoice that an earlier tally wrote with two places in a
/// currency whose exponent is not two, else the currency's own.
pub fn places(code: &str, stored: Option<i64>) -> u32 {
    stored
        .and_then(|d| u32::try_from(d).ok())
        .unwrap_or_else(|| exponent(code))
}

/// Minor units of `code` as a decimal with the currency's own number of
/// places: `1500` (JPY), `12.345` (BHD), `8.50` (USD).
pub fn fmt_minor(minor: i64, code: &str) -> String {
    fmt_places(minor, exponent(code))
}

/// Minor units as a decimal with `places` places.
pub fn fmt_places(minor: i64, places: u32) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let m = minor.unsigned_abs();
    if places == 0 {
        return format!("{sign}{m}");
    }
    let scale = 10u64.pow(places);
    format!(
        "{sign}{}.{:0width$}",
        m / scale,
        m % scale,
        width = places as usize
    )
}

/// `12.34 USD`, `1500 JPY`.
pub fn money(minor: i64, code: &str) -> String {
    format!("{} {code}", fmt_minor(minor, code))
}

/// [`money`] with `places` places: an amount stored as [`places`] says.
pub fn money_places(minor: i64, code: &str, places: u32) -> String {
    format!("{} {code}", fmt_places(minor, places))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minor(price: &str, code: &str) -> Result<i64> {
        Price::parse(price)?.minor(code, check_currency(code)?)
    }

    #[test]
    fn each_currency_has_its_own_places() {
        assert_eq!(minor("8", "USD").unwrap(), 800);
        assert_eq!(minor("8.5", "USD").unwrap(), 850);
        assert_eq!(minor("0.99", "EUR").unwrap(), 99);
        assert_eq!(minor("1500", "JPY").unwrap(), 1500);
        assert_eq!(minor("12.345", "BHD").unwrap(), 12345);
        assert_eq!(minor("12.3", "BHD").unwrap(), 12300);
        assert_eq!(minor("1.2345", "CLF").unwrap(), 12345);
        for (bad, code) in [("8.555", "USD"), ("1500.5", "JPY"), ("1.2345", "BHD")] {
            assert!(minor(bad, code).is_err(), "{bad} {code}");
        }
        assert!(minor("92233720368547759", "USD").is_err());
        assert_eq!(
            minor("9223372036854775807", "JPY").unwrap(),
            9223372036854775807
        );
    }

    #[test]
    fn prices_are_decimals() {
        for bad in [
            "", "8.", ".5", "-1", "+1", "1e3", "1,5", "8.5.0", " 8", "８",
        ] {
            assert!(Price::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_current_codes_with_a_minor_unit() {
        for bad in ["XYZ", "usd", "US", "USDX", "XAU", "XXX", "XTS", "HRK", ""] {
            assert!(check_currency(bad).is_err(), "{bad}");
        }
        assert_eq!(check_currency("JPY").unwrap(), 0);
        assert_eq!(check_currency("KWD").unwrap(), 3);
    }

    #[test]
    fn formats_in_each_currency() {
        assert_eq!(fmt_minor(805, "USD"), "8.05");
        assert_eq!(fmt_minor(1500, "JPY"), "1500");
        assert_eq!(fmt_minor(12345, "BHD"), "12.345");
        assert_eq!(fmt_minor(5, "BHD"), "0.005");
        assert_eq!(fmt_minor(-805, "EUR"), "-8.05");
        // Stored by an earlier tally in a code outside ISO 4217: two places.
        assert_eq!(fmt_minor(805, "XYZ"), "8.05");
        assert_eq!(money(1500, "JPY"), "1500 JPY");
    }
}
