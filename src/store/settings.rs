//! The organization's settings: a key and a text value each.

use super::Store;
use super::sql::params;
use crate::error::Result;

impl Store<'_> {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        (self.sql()).opt(
            "SELECT value FROM settings WHERE key = ?1",
            params![key],
            |r| r.get("value"),
        )
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.sql().exec(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    pub fn unset_setting(&self, key: &str) -> Result<()> {
        (self.sql()).exec("DELETE FROM settings WHERE key = ?1", params![key])?;
        Ok(())
    }
}
