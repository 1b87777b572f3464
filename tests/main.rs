//! The one test binary: every module runs the real `tally` binary against a
//! real SQLite file in a temporary directory. `pg_harness` checks the
//! PostgreSQL server that the tests start themselves (`common::pg`).
//! `TALLY_TEST_ENGINE=postgres` puts every test's organization on that
//! server instead, and `engines` runs the whole binary again that way, so
//! that `cargo test` covers both engines.

mod common;
mod ledger_support;

mod alerts;
mod audit;
mod billing;
mod cli;
mod completion;
mod concurrency;
mod config;
mod credits;
mod credits_import;
mod credits_requests;
mod credits_sweep;
mod db_copy;
mod engines;
mod expiry;
mod faults;
mod hostile;
mod import;
mod init;
mod interactive;
mod json_doc;
mod limits;
mod mail;
mod man;
mod model;
mod model_expiry;
mod model_sharing;
mod model_support;
mod offboard;
mod orders;
mod output;
mod permissions;
mod pg_harness;
mod pg_tls;
mod postgres;
mod readme;
mod reports;
mod reversals;
mod roles;
mod service_accounts;
mod sharing;
mod tamper;
mod users;
mod verify_backup;
