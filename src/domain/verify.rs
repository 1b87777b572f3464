//! `tally verify`: the file's integrity and the rules that must always hold.

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

fn strings(conn: &Connection, sql: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn run(conn: &Connection) -> Result<Report> {
    // `rowid` is NULL for a row of a WITHOUT ROWID table (user_roles, settings...).
    let checks: [(&'static str, String); 9] = [
        ("integrity", "SELECT 'integrity: ' || integrity_check FROM pragma_integrity_check WHERE integrity_check <> 'ok'".into()),
        ("foreign keys", "SELECT coalesce('row ' || rowid || ' of ', 'a row of ') || \"table\" || ' points to a missing row of ' || parent FROM pragma_foreign_key_check".into()),
        ("administrators are active (rule 3)", format!(
            "SELECT '''' || u.handle || ''' is ' || u.status || ' but holds {ADMIN_ROLE}'
             FROM user_roles ur JOIN roles r ON r.id = ur.role_id JOIN users u ON u.id = ur.user_id
             WHERE r.name = '{ADMIN_ROLE}' AND u.status <> 'active'")),
        ("an active administrator exists (rule 4)", format!(
            "SELECT 'no active user holds {ADMIN_ROLE}' WHERE NOT EXISTS (
               SELECT 1 FROM user_roles ur JOIN roles r ON r.id = ur.role_id JOIN users u ON u.id = ur.user_id
               WHERE r.name = '{ADMIN_ROLE}' AND u.status = 'active')")),
        ("balances equal the ledger", "SELECT 'account ' || a.id || ' (' || a.holder || coalesce(' ' || u.handle, '') || ', ' || k.name || ') has balance ' || a.balance || ' but the ledger says ' || l.sum
             FROM accounts a JOIN credit_kinds k ON k.id = a.kind_id LEFT JOIN users u ON u.id = a.user_id
             JOIN (SELECT a2.id AS id,
                     coalesce((SELECT sum(amount) FROM transfers WHERE credit_account_id = a2.id), 0)
                   - coalesce((SELECT sum(amount) FROM transfers WHERE debit_account_id = a2.id), 0) AS sum
                   FROM accounts a2) l ON l.id = a.id
             WHERE a.balance <> l.sum".into()),
        ("every kind sums to zero", "SELECT 'kind ' || k.name || ' sums to ' || sum(a.balance) FROM accounts a
             JOIN credit_kinds k ON k.id = a.kind_id GROUP BY k.id HAVING sum(a.balance) <> 0".into()),
        ("no balance below zero", "SELECT 'account ' || id || ' has balance ' || balance FROM accounts
             WHERE holder <> 'vendor' AND balance < 0".into()),
        ("inactive users hold no credits (rule 2)", "SELECT '''' || u.handle || ''' is ' || u.status || ' but holds ' || a.balance || ' ' || k.name
             FROM accounts a JOIN users u ON u.id = a.user_id JOIN credit_kinds k ON k.id = a.kind_id
             WHERE u.status <> 'active' AND a.balance <> 0".into()),
        ("credit owners are active and own their credits (rules 6, 7)", "SELECT '''' || u.handle || ''' uses the credits of ''' || o.handle || ''', who is ' ||
               CASE WHEN o.status <> 'active' THEN o.status ELSE 'a credit user too' END
             FROM users u JOIN users o ON o.id = u.credit_owner_id
             WHERE o.status <> 'active' OR o.credit_owner_id IS NOT NULL
             UNION ALL
             SELECT '''' || handle || ''' is ' || status || ' but uses the credits of another user'
             FROM users WHERE credit_owner_id IS NOT NULL AND status <> 'active'".into()),
    ];
    let mut out = Vec::with_capacity(checks.len());
    for (name, sql) in checks {
        let problems = strings(conn, &sql)?;
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
