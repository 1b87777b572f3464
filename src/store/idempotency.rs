//! Idempotency keys: the request and the response of a write, under its key.

use rusqlite::{OptionalExtension, params};

use super::Store;
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
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT command, request, response FROM idempotency_keys WHERE key = ?1",
            )?
            .query_row([key], |r| {
                Ok(from_row!(r => StoredRequest { command, request, response }))
            })
            .optional()?)
    }

    pub fn store_idempotency_key(&self, key: &str, stored: &StoredRequest, at: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO idempotency_keys (key, command, request, response, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                key,
                stored.command,
                stored.request,
                stored.response,
                at
            ])?;
        Ok(())
    }
}
