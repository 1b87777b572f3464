//! Copying an organization whole, row for row and with its ids, from one
//! database into a new one, whatever the engines: `db copy` moves a file to
//! a server, and `backup` of a server writes a file.
//!
//! The target's schema checks every row as it arrives, as for any write.
//! Into a file, balances are not copied: each account starts at zero and
//! the ledger is replayed in id order through the schema's own trigger, so
//! that the file's balances are what its ledger says. Both engines give a
//! transfer its id when it is written and apply it to its accounts at once,
//! so that the replay meets every balance as it was then and never goes
//! below zero where the original did not.
//!
//! Into a server, the replay would update the company's account once per
//! transfer in one transaction, and PostgreSQL keeps every version of a row
//! a transaction writes: the copy would slow with the square of the ledger.
//! There the balances are copied and the trigger is off for the copy (the
//! new database belongs to this transaction alone); that each transfer moves
//! one kind is then checked in one query, and the caller's `verify` checks
//! that the balances are what the ledger says.

use super::sql::{Conn, Param, Value};
use super::{Store, pg};

/// How much of a table is sent to a server in one COPY.
const BATCH_BYTES: usize = 1 << 20;
use crate::error::Result;

/// Every table of tally's schema, parents before children, with the order
/// their rows are copied in.
const TABLES: &[(&str, &str)] = &[
    ("organization", "id"),
    ("users", "id"),
    ("user_status_events", "id"),
    ("roles", "id"),
    ("role_rights", "role_id, \"right\""),
    ("user_roles", "user_id, role_id"),
    ("settings", "key"),
    ("credit_kinds", "id"),
    ("spending_limits", "user_id, kind_id"),
    ("accounts", "id"),
    ("lots", "account_id, expires_at"),
    ("balance_alerts", "id"),
    ("transfers", "id"),
    ("lot_entries", "transfer_id, expires_at"),
    ("idempotency_keys", "key"),
    ("purchase_requests", "id"),
    ("outbox", "id"),
    ("plans", "id"),
    ("billing_info", "user_id"),
    ("orders", "id"),
    ("password_sets", "id"),
    ("seat_prices", "id"),
    ("invoices", "period"),
    ("invoice_lines", "period, handle"),
    ("audit_log", "id"),
    ("chain", "position"),
];

/// How many rows of each table were copied, in the order of [`TABLES`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct Copied {
    pub table: &'static str,
    pub rows: u64,
}

impl Store<'_> {
    /// How many rows the copy will write: for a progress bar.
    pub fn rows_to_copy(&self) -> Result<u64> {
        let mut total = 0;
        for (table, _) in TABLES {
            let n: i64 =
                self.sql()
                    .one(&format!("SELECT count(*) AS n FROM {table}"), &[], |r| {
                        r.get("n")
                    })?;
            total += n.unsigned_abs();
        }
        Ok(total)
    }

    /// Copies every row of this database into `target`, which holds
    /// tally's schema and nothing else; `progress` hears the number of rows
    /// written so far.
    pub fn copy_into(&self, target: &Store, progress: &dyn Fn(u64)) -> Result<Vec<Copied>> {
        let (from, to) = (self.sql(), target.sql());
        let server = matches!(to, Conn::Pg(_));
        if server {
            to.exec("ALTER TABLE transfers DISABLE TRIGGER transfers_apply", &[])?;
        }
        let mut done = 0u64;
        let mut copied = Vec::with_capacity(TABLES.len());
        for (table, order) in TABLES {
            let mut insert = None;
            let mut names = Vec::new();
            // Into a server, rows go in batches of COPY's text format.
            let mut batch = Vec::new();
            let mut rows = 0u64;
            // A credit owner may have joined after the users who use their
            // credits: owners are set once every user is in.
            let mut owners = Vec::new();
            from.each(
                &format!("SELECT * FROM {table} ORDER BY {order}"),
                &[],
                |r| {
                    if names.is_empty() {
                        names = r.names();
                    }
                    let mut values = Vec::with_capacity(names.len());
                    for (i, name) in names.iter().enumerate() {
                        let value = match (*table, name.as_str()) {
                            ("accounts", "balance") if !server => Value::Int(0),
                            ("users", "credit_owner_id") => {
                                if let Value::Int(owner) = r.at(i)? {
                                    owners.push((r.get::<i64>("id")?, owner));
                                }
                                Value::Null
                            }
                            _ => r.at(i)?,
                        };
                        values.push(value);
                    }
                    let params = values
                        .iter()
                        .map(|v| param(table, v))
                        .collect::<Result<Vec<_>>>()?;
                    match to {
                        Conn::Pg(session) => {
                            for (i, p) in params.iter().enumerate() {
                                if i > 0 {
                                    batch.push(b'\t');
                                }
                                pg::copy_text(&mut batch, p);
                            }
                            batch.push(b'\n');
                            if batch.len() >= BATCH_BYTES {
                                session.copy_rows(table, &names, &batch)?;
                                batch.clear();
                            }
                        }
                        Conn::Sqlite(_) => {
                            let sql = insert.get_or_insert_with(|| insert_sql(table, &names));
                            to.exec(sql, &params)?;
                        }
                    }
                    rows += 1;
                    done += 1;
                    if done.is_multiple_of(1024) {
                        progress(done);
                    }
                    Ok(())
                },
            )?;
            if let Conn::Pg(session) = to
                && !batch.is_empty()
            {
                session.copy_rows(table, &names, &batch)?;
            }
            for (user, owner) in owners {
                to.exec(
                    "UPDATE users SET credit_owner_id = ?1 WHERE id = ?2",
                    &[Param::Int(owner), Param::Int(user)],
                )?;
            }
            copied.push(Copied { table, rows });
        }
        progress(done);
        if server {
            to.exec("ALTER TABLE transfers ENABLE TRIGGER transfers_apply", &[])?;
            let mixed: i64 = to.one(
                "SELECT count(*) AS n FROM transfers t
                 JOIN accounts d ON d.id = t.debit_account_id
                 JOIN accounts c ON c.id = t.credit_account_id
                 WHERE d.kind_id <> t.kind_id OR c.kind_id <> t.kind_id",
                &[],
                |r| r.get("n"),
            )?;
            if mixed > 0 {
                return Err(super::errors::refused_by_schema(
                    "a transfer moves one kind between accounts of that kind",
                ));
            }
            // Ids were given, not drawn: the next one drawn follows them.
            for (table, order) in TABLES {
                if *order == "id" && *table != "organization" {
                    to.each(
                        &format!(
                            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) \
                             FROM {table} HAVING max(id) IS NOT NULL"
                        ),
                        &[],
                        |_| Ok(()),
                    )?;
                }
            }
        }
        Ok(copied)
    }

    /// The tables the database holds that the copy would leave behind:
    /// none, unless the schema grew a table and [`TABLES`] did not.
    pub fn tables_not_copied(&self) -> Result<Vec<String>> {
        let sql = self.sql().pick(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() \
             AND tablename <> 'tally_schema' ORDER BY tablename",
        );
        let names: Vec<String> = self.sql().all(sql, &[], |r| r.get("name"))?;
        Ok(names
            .into_iter()
            .filter(|n| !TABLES.iter().any(|(t, _)| t == n))
            .collect())
    }
}

fn insert_sql(table: &str, names: &[String]) -> String {
    let columns: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    let values: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO {table} ({}) VALUES ({})",
        columns.join(", "),
        values.join(", ")
    )
}

fn param<'v>(table: &str, v: &'v Value) -> Result<Param<'v>> {
    Ok(match v {
        Value::Null => Param::Null,
        Value::Int(i) => Param::Int(*i),
        Value::Text(t) => Param::Text(t),
        Value::Other(what) => {
            return Err(super::errors::internal(&format_args!(
                "{table} holds {what}, which tally never writes"
            )));
        }
    })
}
