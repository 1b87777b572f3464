//! The probes `verify` runs: each returns one line per problem it finds.

use super::sql::params;
use super::{ADMIN_ROLE, Store};
use crate::error::Result;

/// What a probe looks for.
#[derive(Debug, Clone, Copy)]
pub enum Probe {
    /// SQLite's own check of the file.
    Integrity,
    /// SQLite's quick check: pages and records, not the indexes' entries.
    QuickIntegrity,
    ForeignKeys,
    /// Rule 3: nobody who is not active holds administrator.
    AdminsActive,
    /// Rule 4: an active administrator exists.
    AdminExists,
    /// No account but the vendor's below zero (rule 1).
    NoNegativeBalance,
    /// Rule 2: inactive users hold nothing.
    InactiveHoldNothing,
    /// Rules 6 and 7: owners are active and own their credits; credit users
    /// are active and hold nothing.
    CreditOwners,
}

impl Probe {
    /// The probe's query: one row a problem, in its column `problem`.
    fn sql(self) -> &'static str {
        match self {
            Probe::Integrity => {
                "SELECT 'integrity: ' || integrity_check AS problem FROM pragma_integrity_check
                 WHERE integrity_check <> 'ok'"
            }
            Probe::QuickIntegrity => {
                "SELECT 'integrity: ' || quick_check AS problem FROM pragma_quick_check
                 WHERE quick_check <> 'ok'"
            }
            // `rowid` is NULL for a row of a WITHOUT ROWID table (user_roles, settings...).
            Probe::ForeignKeys => {
                "SELECT coalesce('row ' || rowid || ' of ', 'a row of ') || \"table\"
                        || ' points to a missing row of ' || parent AS problem
                 FROM pragma_foreign_key_check"
            }
            Probe::AdminsActive => {
                "SELECT '''' || u.handle || ''' is ' || u.status || ' but holds ' || ?1 AS problem
                 FROM user_roles ur JOIN roles r ON r.id = ur.role_id JOIN users u ON u.id = ur.user_id
                 WHERE r.name = ?1 AND u.status <> 'active'"
            }
            Probe::AdminExists => {
                "SELECT 'no active user holds ' || ?1 AS problem WHERE NOT EXISTS (
                   SELECT 1 FROM user_roles ur JOIN roles r ON r.id = ur.role_id
                   JOIN users u ON u.id = ur.user_id WHERE r.name = ?1 AND u.status = 'active')"
            }
            Probe::NoNegativeBalance => {
                "SELECT 'account ' || id || ' has balance ' || balance AS problem FROM accounts
                 WHERE holder <> 'vendor' AND balance < 0"
            }
            Probe::InactiveHoldNothing => {
                "SELECT '''' || u.handle || ''' is ' || u.status || ' but holds ' || a.balance || ' ' || k.name
                        AS problem
                 FROM accounts a JOIN users u ON u.id = a.user_id JOIN credit_kinds k ON k.id = a.kind_id
                 WHERE u.status <> 'active' AND a.balance <> 0"
            }
            Probe::CreditOwners => {
                "SELECT '''' || u.handle || ''' uses the credits of ''' || o.handle || ''', who is ' ||
                   CASE WHEN o.status <> 'active' THEN o.status ELSE 'a credit user too' END AS problem
                 FROM users u JOIN users o ON o.id = u.credit_owner_id
                 WHERE (o.status <> 'active' OR o.credit_owner_id IS NOT NULL)
                 UNION ALL
                 SELECT '''' || handle || ''' is ' || status || ' but uses the credits of another user'
                 FROM users WHERE credit_owner_id IS NOT NULL AND status <> 'active'
                 UNION ALL
                 SELECT '''' || u.handle || ''' uses the credits of another user but holds '
                        || a.balance || ' ' || k.name
                 FROM users u JOIN accounts a ON a.user_id = u.id JOIN credit_kinds k ON k.id = a.kind_id
                 WHERE u.credit_owner_id IS NOT NULL AND a.balance <> 0"
            }
        }
    }
}

/// A probe that finds nothing.
const NOTHING: &str = "SELECT 'none' AS problem WHERE 1 = 0";

/// One account, for checking its balance against the ledger.
pub struct AccountCheck {
    pub id: i64,
    /// `company`, `vendor`, `consumed`, or `user HANDLE`.
    pub who: String,
    pub kind: String,
    pub balance: i64,
}

impl Store<'_> {
    pub fn probe(&self, p: Probe) -> Result<Vec<String>> {
        let role = match p {
            Probe::AdminsActive | Probe::AdminExists => params![ADMIN_ROLE],
            _ => params![],
        };
        let sql = match p {
            // The server keeps its own pages and foreign keys whole: there
            // is no file for tally to check.
            Probe::Integrity | Probe::QuickIntegrity | Probe::ForeignKeys => {
                self.sql().pick(p.sql(), NOTHING)
            }
            _ => p.sql(),
        };
        self.sql().all(sql, role, |r| r.get("problem"))
    }

    /// Every account, by id, in one pass.
    pub fn for_each_account(&self, mut f: impl FnMut(AccountCheck)) -> Result<()> {
        self.sql().each(
            "SELECT a.id, a.holder, u.handle, k.name AS kind, a.balance FROM accounts a
             JOIN credit_kinds k ON k.id = a.kind_id LEFT JOIN users u ON u.id = a.user_id
             ORDER BY a.id",
            params![],
            |r| {
                let holder: String = r.get("holder")?;
                let handle: Option<String> = r.get("handle")?;
                f(AccountCheck {
                    id: r.get("id")?,
                    who: handle.map(|h| format!("{holder} {h}")).unwrap_or(holder),
                    kind: r.get("kind")?,
                    balance: r.get("balance")?,
                });
                Ok(())
            },
        )
    }

    /// How many users and transfers the database holds.
    pub fn counts(&self) -> Result<(i64, i64)> {
        self.sql().one(
            "SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM transfers) AS transfers",
            params![],
            |r| Ok((r.get("users")?, r.get("transfers")?)),
        )
    }
}
