//! What the model-based tests share: running a step and checking it did
//! what the model predicted, and reading the balances to compare.
use std::collections::BTreeMap;
use std::fmt::Debug;
use std::process::Output;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use crate::common::Env;

/// Runs `--json ARGS` for the step `op`: it succeeds when the model
/// predicts no refusal, else fails with the code the model predicts.
/// Returns what it printed.
pub fn runs_as_predicted(
    env: &Env,
    args: &[String],
    expected: Option<&str>,
    op: &dyn Debug,
) -> Result<Output, TestCaseError> {
    let mut all = vec!["--json"];
    all.extend(args.iter().map(String::as_str));
    let out = env.run(&all);
    match expected {
        None => prop_assert!(
            out.status.success(),
            "{op:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Some(code) => {
            prop_assert!(
                !out.status.success(),
                "{op:?} succeeded but the model expected {code}"
            );
            let err: serde_json::Value = serde_json::from_slice(&out.stderr).expect("a JSON error");
            prop_assert_eq!(err["error"]["code"].as_str(), Some(code), "{:?}", op);
        }
    }
    Ok(out)
}

/// Every account's balance as `credits balance` lists them (the default
/// kind), by account.
pub fn balances(env: &Env) -> BTreeMap<String, i64> {
    env.json(&["credits", "balance"])
        .as_array()
        .expect("an array")
        .iter()
        .map(|b| {
            (
                b["account"].as_str().expect("a name").to_string(),
                b["balance"].as_i64().expect("a number"),
            )
        })
        .collect()
}
