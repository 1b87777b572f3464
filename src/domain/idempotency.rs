//! Idempotency keys, as Stripe and TigerBeetle keep them: the key is stored with
//! the request's arguments and its result, in the same transaction as the write.

use serde_json::{Map, Value};

use crate::error::{Code, Error, Result};
use crate::store::{Store, StoredRequest};

/// The result stored under `key`, if a write with the same command and the
/// same arguments already succeeded; `idempotency_conflict` if the key was used
/// with anything else. `request` is an object of the arguments that matter.
pub fn replay(
    store: &Store,
    key: Option<&str>,
    command: &str,
    request: &Value,
) -> Result<Option<Value>> {
    let Some(key) = key else { return Ok(None) };
    check_key(key)?;
    let Some(StoredRequest {
        command: stored_command,
        request: stored_request,
        response,
    }) = store.idempotency_key(key)?
    else {
        return Ok(None);
    };
    let conflict = |what: String| {
        Error::new(
            Code::IdempotencyConflict,
            format!("the idempotency key '{key}' was used {what}"),
        )
        .hint("use a new key for a new request; retry with the same arguments to get the first result")
    };
    if stored_command != command {
        return Err(conflict(format!("for `{stored_command}`, not `{command}`")));
    }
    let stored_request: Value = serde_json::from_str(&stored_request)?;
    let empty = Map::new();
    let (old, new) = (
        stored_request.as_object().unwrap_or(&empty),
        request.as_object().unwrap_or(&empty),
    );
    let mut names: Vec<&String> = old.keys().chain(new.keys()).collect();
    names.sort();
    names.dedup();
    for name in names {
        let (a, b) = (
            old.get(name).unwrap_or(&Value::Null),
            new.get(name).unwrap_or(&Value::Null),
        );
        if a != b {
            return Err(conflict(format!(
                "with {name} {a} where this request has {b}"
            )));
        }
    }
    let mut response: Value = serde_json::from_str(&response)?;
    response["replayed"] = Value::Bool(true);
    Ok(Some(response))
}

/// Stores the result of a successful write under its key.
pub fn store(
    store: &Store,
    key: Option<&str>,
    command: &str,
    request: &Value,
    response: &Value,
    at: &str,
) -> Result<()> {
    let Some(key) = key else { return Ok(()) };
    store.store_idempotency_key(
        key,
        &StoredRequest {
            command: command.to_string(),
            request: request.to_string(),
            response: response.to_string(),
        },
        at,
    )
}

pub fn check_key(key: &str) -> Result<()> {
    if key.is_empty() || key.len() > 200 || key.chars().any(char::is_control) {
        return Err(Error::invalid(
            "an idempotency key is 1 to 200 characters without control characters",
        )
        .hint("use e.g. a UUID or `nightly-2026-01-31-alice`"));
    }
    Ok(())
}
