//! Idempotency keys: the request and the response of a write, under its key.

use super::Store;
use super::sql::params;
use crate::error::Result;

/// What a key was stored with.
pub struct StoredRequest {
    pub command: String,
    /// JSON of the arguments that matter.
    pub request: String,
    /// JSON of the result.
    pub response: String,
}

impl Store<'_> {
    pub fn idempotency_key(&self, key: &str) -> Result<Option<StoredRequest>> {
        self.sql().opt(
            "SELECT command, request, response FROM idempotency_keys WHERE key = ?1",
            params![key],
            |r| Ok(from_row!(r => StoredRequest { command, request, response })),
        )
    }

    pub fn store_idempotency_key(&self, key: &str, stored: &StoredRequest, at: &str) -> Result<()> {
        self.sql().exec(
            // The chain's entry that this transaction ends with covers it.
            &format!(
                "INSERT INTO idempotency_keys (key, command, request, response, created_at, chain_position)
                 VALUES (?1, ?2, ?3, ?4, ?5, {})",
                super::chain::NEXT_ENTRY
            ),
            params![key, &stored.command, &stored.request, &stored.response, at],
        )?;
        Ok(())
    }
}
