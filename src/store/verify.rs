//! The probes `verify` runs: each returns one line per problem it finds.

use super::sql::params;
use super::{ADMIN_ROLE, Store, sql};
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
    /// Commands without `--actor` act as an active user.
    DefaultActor,
    /// Each user's status is the last one their history records.
    Statuses,
    /// Every idempotency key points at the transfer it made, of its type and
    /// amount, and no two keys at the same one.
    IdempotencyKeys,
    /// Credits that expire: each lot is what its account's transfers brought
    /// of that expiry less what they took, no account holds more in lots
    /// than its balance, no transfer moves more expiring credits than its
    /// amount, and an expiry moves exactly lots that had expired.
    Lots,
}

/// The transfer each idempotency key says it made, with that transfer's
/// type and amount as its request gave them (a reversal's and a top-up's
/// amount is in its answer); a sweep (`credits assign --all`) made one
/// transfer per kind, each listed in its answer with its amount; a `credits
/// topup --to-balance` that found enough made none. `{json}`, `{valid}`,
/// `{swept}` and `{each_swept}` are the
/// engine's.
const KEY_CLAIMS: &str = "WITH k AS (
       SELECT key, command,
              CASE WHEN NOT {valid} THEN NULL
                   WHEN command = 'order place'
                   THEN (SELECT transfer_id FROM orders WHERE id = {json}(response, 'id'))
                   WHEN command = 'order cancel' THEN {json}(response, 'transfer')
                   ELSE {json}(response, 'id') END AS transfer_id,
              CASE WHEN NOT {valid} THEN NULL
                   WHEN command IN ('order place', 'order cancel') THEN {json}(response, 'credits')
                   WHEN command IN ('credits reverse', 'credits topup') THEN {json}(response, 'amount')
                   ELSE {json}(request, 'amount') END AS amount,
              CASE command WHEN 'credits assign' THEN 'assign' WHEN 'credits use' THEN 'use'
                   WHEN 'order place' THEN 'order' WHEN 'credits topup' THEN 'topup'
                   WHEN 'credits reverse' THEN 'reversal'
                   WHEN 'order cancel' THEN 'reversal' END AS type
       FROM idempotency_keys WHERE command <> 'credits assign --all'
         AND NOT (command = 'credits topup' AND {valid} AND {json}(response, 'id') IS NULL
                  AND {json}(response, 'amount') = 0)
       UNION ALL
       SELECT key, command, NULL, NULL, 'assign' FROM idempotency_keys
       WHERE command = 'credits assign --all' AND NOT {valid}
       UNION ALL
       SELECT i.key, i.command, {swept}(id) AS transfer_id, {swept}(amount) AS amount, 'assign'
       FROM idempotency_keys i {each_swept}
       WHERE i.command = 'credits assign --all' AND {valid})
     SELECT 'idempotency key ''' || k.key || ''' (' || k.command || ') ' ||
            CASE WHEN k.type IS NULL THEN 'is of a command that keeps no keys'
                 WHEN k.transfer_id IS NULL THEN 'does not hold the answer tally gave'
                 WHEN t.id IS NULL THEN 'points at transfer ' || k.transfer_id || ', which does not exist'
                 ELSE 'points at transfer ' || t.id || ', which is not the transfer it made' END
            AS problem
     FROM k LEFT JOIN transfers t ON t.id = k.transfer_id
     WHERE k.type IS NULL OR t.id IS NULL OR t.amount <> k.amount
        OR CASE WHEN t.reverses IS NULL THEN t.type ELSE 'reversal' END <> k.type
     UNION ALL
     SELECT 'transfer ' || transfer_id || ' is claimed by ' || count(*) || ' idempotency keys'
     FROM k WHERE transfer_id IS NOT NULL GROUP BY transfer_id HAVING count(*) > 1";

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
            Probe::DefaultActor => {
                "SELECT 'commands without --actor act as ''' || o.default_actor || ''', who is '
                        || coalesce(u.status, 'no user') AS problem
                 FROM organization o LEFT JOIN users u ON u.handle = o.default_actor
                 WHERE u.status IS NULL OR u.status <> 'active'"
            }
            Probe::Statuses => {
                "SELECT '''' || u.handle || ''' is ' || u.status || ' but their history says '
                        || coalesce(e.status, 'nothing') AS problem
                 FROM users u LEFT JOIN user_status_events e ON e.id =
                     (SELECT max(id) FROM user_status_events s WHERE s.user_id = u.id)
                 WHERE coalesce(e.status, '') <> u.status"
            }
            Probe::IdempotencyKeys => NOTHING,
            Probe::Lots => {
                "WITH moves AS (
                   SELECT x.account_id, x.expires_at, sum(x.delta) AS net FROM (
                     SELECT t.credit_account_id AS account_id, e.expires_at, e.amount AS delta
                     FROM lot_entries e JOIN transfers t ON t.id = e.transfer_id
                     UNION ALL
                     SELECT t.debit_account_id, e.expires_at, -e.amount
                     FROM lot_entries e JOIN transfers t ON t.id = e.transfer_id) x
                   JOIN accounts a ON a.id = x.account_id AND a.holder IN ('company', 'user')
                   GROUP BY x.account_id, x.expires_at)
                 SELECT 'account ' || l.account_id || ' holds ' || l.remaining
                        || ' credits expiring at ' || l.expires_at || ' but its transfers say '
                        || coalesce(m.net, 0) AS problem
                 FROM lots l LEFT JOIN moves m
                      ON m.account_id = l.account_id AND m.expires_at = l.expires_at
                 WHERE l.remaining <> coalesce(m.net, 0)
                 UNION ALL
                 SELECT 'account ' || m.account_id || ' was brought ' || m.net
                        || ' credits expiring at ' || m.expires_at || ' but holds no such lot'
                 FROM moves m
                 WHERE m.net <> 0 AND NOT EXISTS (SELECT 1 FROM lots l WHERE
                       l.account_id = m.account_id AND l.expires_at = m.expires_at)
                 UNION ALL
                 SELECT 'account ' || a.id || ' has balance ' || a.balance || ' but '
                        || s.total || ' in credits that expire'
                 FROM accounts a
                 JOIN (SELECT account_id, sum(remaining) AS total FROM lots GROUP BY account_id) s
                      ON s.account_id = a.id
                 WHERE s.total > a.balance
                 UNION ALL
                 SELECT 'transfer ' || t.id || ' moved ' || t.amount || ' but says '
                        || coalesce(e.total, 0) || ' of it expired by ' || coalesce(e.latest, 'no time')
                 FROM transfers t
                 LEFT JOIN (SELECT transfer_id, sum(amount) AS total, max(expires_at) AS latest
                            FROM lot_entries GROUP BY transfer_id) e ON e.transfer_id = t.id
                 WHERE (e.total > t.amount)
                    OR (t.type = 'expire' AND (coalesce(e.total, 0) <> t.amount OR e.latest > t.at))"
            }
        }
    }
}

/// [`KEY_CLAIMS`] for each engine: SQLite's `json_valid` and
/// `json_extract`; on a server, the schema's `tally_jsonb` and
/// `tally_bigint`, which read text that is not JSON, or a field that is not
/// a whole number, as NULL as SQLite does, so that one bad answer is named
/// and the query still runs.
fn key_claims(pg: bool) -> String {
    let (valid, id, credits, amount, given_back, reversal) = if pg {
        (
            "(tally_jsonb(response) IS NOT NULL AND tally_jsonb(request) IS NOT NULL)",
            "tally_bigint(tally_jsonb(response) ->> 'id')",
            "tally_bigint(tally_jsonb(response) ->> 'credits')",
            "tally_bigint(tally_jsonb(request) ->> 'amount')",
            "tally_bigint(tally_jsonb(response) ->> 'amount')",
            "tally_bigint(tally_jsonb(response) ->> 'transfer')",
        )
    } else {
        (
            "(json_valid(response) AND json_valid(request))",
            "json_extract(response, '$.id')",
            "json_extract(response, '$.credits')",
            "json_extract(request, '$.amount')",
            "json_extract(response, '$.amount')",
            "json_extract(response, '$.transfer')",
        )
    };
    let (swept_id, swept_amount, each_swept) = if pg {
        (
            "tally_bigint(swept.value ->> 'id')",
            "tally_bigint(swept.value ->> 'amount')",
            "CROSS JOIN LATERAL jsonb_array_elements(
                 CASE WHEN jsonb_typeof(tally_jsonb(i.response) -> 'transfers') = 'array'
                      THEN tally_jsonb(i.response) -> 'transfers' ELSE '[]'::jsonb END)
             AS swept(value)",
        )
    } else {
        (
            "json_extract(swept.value, '$.id')",
            "json_extract(swept.value, '$.amount')",
            ", json_each(i.response, '$.transfers') AS swept",
        )
    };
    KEY_CLAIMS
        .replace("{swept}(id)", swept_id)
        .replace("{swept}(amount)", swept_amount)
        .replace("{each_swept}", each_swept)
        .replace("{valid}", valid)
        .replace("{json}(response, 'id')", id)
        .replace("{json}(response, 'credits')", credits)
        .replace("{json}(request, 'amount')", amount)
        .replace("{json}(response, 'amount')", given_back)
        .replace("{json}(response, 'transfer')", reversal)
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
        let pg = matches!(self.sql(), sql::Conn::Pg(_));
        let sql = match p {
            // The server keeps its own pages and foreign keys whole: there
            // is no file for tally to check.
            Probe::Integrity | Probe::QuickIntegrity | Probe::ForeignKeys => {
                self.sql().pick(p.sql(), NOTHING).to_string()
            }
            Probe::IdempotencyKeys => key_claims(pg),
            _ => p.sql().to_string(),
        };
        self.sql().all(&sql, role, |r| r.get("problem"))
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

    /// Users whose password hash is not the last one tally set: replaced
    /// behind its back.
    pub fn password_problems(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        self.sql().each(
            "SELECT u.handle, u.password_hash,
                    (SELECT digest FROM password_sets p WHERE p.user_id = u.id
                     ORDER BY p.id DESC LIMIT 1) AS digest
             FROM users u ORDER BY u.id",
            params![],
            |r| {
                let handle: String = r.get("handle")?;
                // A service account has no password, and no record of one.
                let hash: Option<String> = r.get("password_hash")?;
                let digest: Option<String> = r.get("digest")?;
                if digest != hash.as_deref().map(super::chain::sha256_hex) {
                    problems.push(format!(
                        "the password of '{handle}' is not the one tally last set: it was replaced behind tally's back"
                    ));
                }
                Ok(())
            },
        )?;
        Ok(problems)
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

/// One object of the schema (a table, index, trigger, function, constraint
/// or column) as the engine itself describes it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SchemaObject {
    pub kind: String,
    pub name: String,
    pub definition: String,
}

/// The schema's objects in SQLite's own catalog.
const SQLITE_OBJECTS: &str = "SELECT type AS kind, name, sql AS definition FROM sqlite_master
     WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite%' ORDER BY 1, 2";

/// The schema's objects in the server's catalog, in the current schema:
/// each trigger, function body, constraint, index and column. Definitions
/// name tables with their schema only where it is not on the search path,
/// and indexes always: the schema's name is taken out of them.
const PG_OBJECTS: &str = "SELECT kind, name, replace(definition, current_schema() || '.', '') AS definition FROM (
       SELECT 'trigger' AS kind, c.relname || '.' || t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal
       UNION ALL
       SELECT 'function', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', p.prosrc
       FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
       UNION ALL
       SELECT 'constraint', c.relname || '.' || k.conname, pg_get_constraintdef(k.oid)
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
       WHERE c.relnamespace = current_schema()::regnamespace
       UNION ALL
       SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
       UNION ALL
       SELECT 'column', table_name || '.' || column_name,
              data_type || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
              || coalesce(' DEFAULT ' || column_default, '')
              || CASE WHEN is_identity = 'YES' THEN ' IDENTITY' ELSE '' END
       FROM information_schema.columns WHERE table_schema = current_schema()
     ) o ORDER BY 1, 2";

impl Store<'_> {
    /// The schema's objects as this database holds them.
    pub fn schema_objects(&self) -> Result<Vec<SchemaObject>> {
        let sql = self.sql();
        sql.all(sql.pick(SQLITE_OBJECTS, PG_OBJECTS), params![], |r| {
            Ok(SchemaObject {
                kind: r.get("kind")?,
                name: r.get("name")?,
                definition: r.get("definition")?,
            })
        })
    }

    /// The schema's objects as this tally makes them: the schema built
    /// aside (in memory; on a server, in a schema of its own on a second
    /// connection, rolled back) and read back the same way.
    pub fn expected_schema_objects(&self) -> Result<Vec<SchemaObject>> {
        match self.sql() {
            sql::Conn::Sqlite(_) => {
                let conn = super::sqlite::in_memory()?;
                Store::new(&conn).schema_objects()
            }
            sql::Conn::Pg(session) => session.scratch_schema(|s| Store::pg(s).schema_objects()),
        }
    }
}
