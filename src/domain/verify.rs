//! `tally verify`: the file's integrity and the rules that must always hold.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use super::setup::ADMIN_ROLE;
use crate::error::Result;

#[derive(Debug, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    pub problems: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub ok: bool,
    pub checks: Vec<Check>,
}

/// How a check finds its problems: SQL that returns one line per problem, or
/// the ledger added up in Rust.
enum Probe {
    Sql(String),
    Ledger,
    KindSums,
}

fn strings(conn: &Connection, sql: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Balances against the ledger, and each kind's sum, added up in 128 bits in
/// Rust: an account may receive more than an i64 holds over its lifetime,
/// which SQL's sum() would refuse with an overflow.
fn ledger_problems(conn: &Connection) -> Result<(Vec<String>, Vec<String>)> {
    let mut net: HashMap<i64, i128> = HashMap::new();
    let mut stmt =
        conn.prepare("SELECT debit_account_id, credit_account_id, amount FROM transfers")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (debit, credit, amount): (i64, i64, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
        *net.entry(debit).or_default() -= i128::from(amount);
        *net.entry(credit).or_default() += i128::from(amount);
    }
    let mut stmt = conn.prepare(
        "SELECT a.id, a.holder, u.handle, k.name, a.balance FROM accounts a
         JOIN credit_kinds k ON k.id = a.kind_id LEFT JOIN users u ON u.id = a.user_id ORDER BY a.id",
    )?;
    let mut rows = stmt.query([])?;
    let mut ledger = Vec::new();
    let mut sums: Vec<(String, i128)> = Vec::new();
    while let Some(r) = rows.next()? {
        let (id, holder, handle, kind, balance): (i64, String, Option<String>, String, i64) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
        let expected = net.get(&id).copied().unwrap_or(0);
        if i128::from(balance) != expected {
            let who = handle.map(|h| format!("{holder} {h}")).unwrap_or(holder);
            ledger.push(format!(
                "account {id} ({who}, {kind}) has balance {balance} but the ledger says {expected}"
            ));
        }
        match sums.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, sum)) => *sum += i128::from(balance),
            None => sums.push((kind, i128::from(balance))),
        }
    }
    let sums = sums
        .into_iter()
        .filter(|(_, sum)| *sum != 0)
        .map(|(kind, sum)| format!("kind {kind} sums to {sum}"))
        .collect();
    Ok((ledger, sums))
}

/// How many users and transfers a database holds, for a report on it.
pub fn counts(conn: &Connection) -> Result<(i64, i64)> {
    Ok(conn.query_row(
        "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM transfers)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

pub fn run(conn: &Connection) -> Result<Report> {
    // `rowid` is NULL for a row of a WITHOUT ROWID table (user_roles, settings...).
    let checks: [(&'static str, Probe); 9] = [
        ("integrity", Probe::Sql("SELECT 'integrity: ' || integrity_check FROM pragma_integrity_check WHERE integrity_check <> 'ok'".into())),
        ("foreign keys", Probe::Sql("SELECT coalesce('row ' || rowid || ' of ', 'a row of ') || \"table\" || ' points to a missing row of ' || parent FROM pragma_foreign_key_check".into())),
        ("administrators are active (rule 3)", Probe::Sql(format!(
            "SELECT '''' || u.handle || ''' is ' || u.status || ' but holds {ADMIN_ROLE}'
             FROM user_roles ur JOIN roles r ON r.id = ur.role_id JOIN users u ON u.id = ur.user_id
             WHERE r.name = '{ADMIN_ROLE}' AND u.status <> 'active'"))),
        ("an active administrator exists (rule 4)", Probe::Sql(format!(
            "SELECT 'no active user holds {ADMIN_ROLE}' WHERE NOT EXISTS (
               SELECT 1 FROM user_roles ur JOIN roles r ON r.id = ur.role_id JOIN users u ON u.id = ur.user_id
               WHERE r.name = '{ADMIN_ROLE}' AND u.status = 'active')"))),
        ("balances equal the ledger", Probe::Ledger),
        ("every kind sums to zero", Probe::KindSums),
        ("no balance below zero", Probe::Sql("SELECT 'account ' || id || ' has balance ' || balance FROM accounts
             WHERE holder <> 'vendor' AND balance < 0".into())),
        ("inactive users hold no credits (rule 2)", Probe::Sql("SELECT '''' || u.handle || ''' is ' || u.status || ' but holds ' || a.balance || ' ' || k.name
             FROM accounts a JOIN users u ON u.id = a.user_id JOIN credit_kinds k ON k.id = a.kind_id
             WHERE u.status <> 'active' AND a.balance <> 0".into())),
        ("credit owners are active and own their credits (rules 6, 7)", Probe::Sql("SELECT '''' || u.handle || ''' uses the credits of ''' || o.handle || ''', who is ' ||
               CASE WHEN o.status <> 'active' THEN o.status ELSE 'a credit user too' END
             FROM users u JOIN users o ON o.id = u.credit_owner_id
             WHERE o.status <> 'active' OR o.credit_owner_id IS NOT NULL
             UNION ALL
             SELECT '''' || handle || ''' is ' || status || ' but uses the credits of another user'
             FROM users WHERE credit_owner_id IS NOT NULL AND status <> 'active'
             UNION ALL
             SELECT '''' || u.handle || ''' uses the credits of another user but holds ' || a.balance || ' ' || k.name
             FROM users u JOIN accounts a ON a.user_id = u.id JOIN credit_kinds k ON k.id = a.kind_id
             WHERE u.credit_owner_id IS NOT NULL AND a.balance <> 0".into())),
    ];
    let mut out = Vec::with_capacity(checks.len());
    let (mut ledger, mut sums) = ledger_problems(conn)?;
    for (name, probe) in checks {
        let problems = match probe {
            Probe::Sql(sql) => strings(conn, &sql)?,
            Probe::Ledger => std::mem::take(&mut ledger),
            Probe::KindSums => std::mem::take(&mut sums),
        };
        out.push(Check {
            name,
            ok: problems.is_empty(),
            problems,
        });
    }
    Ok(Report {
        ok: out.iter().all(|c| c.ok),
        checks: out,
    })
}
