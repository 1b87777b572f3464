//! The hash chain over everything that must never change: transfers, the
//! audit log, status events, orders, password records, idempotency keys and
//! issued invoices.
//!
//! Each write transaction that adds any of them ends with one entry: the
//! SHA-256 of the previous entry's hash, of the entry's position and ranges,
//! and of one digest per table over the rows the transaction added, each
//! value in a canonical encoding that is the same on both engines. Rows
//! with ids are covered by id ranges (an entry holds the highest id covered
//! so far of each table); idempotency keys and invoices hold the position
//! of the entry that covers them, and those from before the chain belong to
//! its first entry. The chain is read in windows of entries, one query per
//! table a window, so that checking it takes constant memory.

use sha2::{Digest, Sha256};

use super::Store;
use super::sql::{Row, Value, params};
use crate::error::Result;

/// The tables with ids, in the order their digests enter an entry's hash:
/// the table, the chain's column for its highest id, its columns.
const ID_TABLES: [(&str, &str, &str); 5] = [
    (
        "transfers",
        "transfers_to",
        "id, kind_id, debit_account_id, credit_account_id, amount, type, user_id, actor, memo, at, \
         reverses",
    ),
    (
        "audit_log",
        "audit_to",
        "id, at, actor, os_user, action, target, outcome, details",
    ),
    (
        "user_status_events",
        "statuses_to",
        "id, user_id, status, at",
    ),
    (
        "orders",
        "orders_to",
        "id, buyer_id, owner_id, plan_id, quantity, kind_id, credits, price_minor, currency, \
         billing_name, billing_address, billing_tax_id, transfer_id, created_at",
    ),
    ("password_sets", "passwords_to", "id, user_id, digest"),
];
const TRANSFERS: usize = 0;
const AUDIT: usize = 1;
/// Digests of an entry: one per table with ids, then the keys, then the invoices.
const DIGESTS: usize = ID_TABLES.len() + 2;
const KEYS: usize = ID_TABLES.len();
const INVOICES: usize = ID_TABLES.len() + 1;

/// How many entries are checked at once.
const WINDOW: i64 = 4096;

/// A place in the chain that an operator keeps: an entry's position and hash.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Anchor {
    pub position: i64,
    pub hash: String,
}

impl std::fmt::Display for Anchor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.position, self.hash)
    }
}

/// One entry as stored.
#[derive(Debug, Clone)]
struct Entry {
    position: i64,
    /// The highest id covered so far, per table of [`ID_TABLES`].
    to: [i64; ID_TABLES.len()],
    hash: String,
}

fn entry(r: &Row) -> Result<Entry> {
    let mut to = [0; ID_TABLES.len()];
    for (slot, (_, column, _)) in to.iter_mut().zip(ID_TABLES) {
        *slot = r.get(column)?;
    }
    Ok(Entry {
        position: r.get("position")?,
        to,
        hash: r.get("hash")?,
    })
}

const ENTRY_COLUMNS: &str =
    "position, transfers_to, audit_to, statuses_to, orders_to, passwords_to, hash";

/// What one entry covers, as computed from the rows.
#[derive(Clone)]
struct Covered {
    digests: [Sha256; DIGESTS],
    rows: [u64; DIGESTS],
    /// Audit rows of commands that succeeded.
    audit_ok: u64,
}

impl Covered {
    fn new() -> Covered {
        Covered {
            digests: std::array::from_fn(|_| Sha256::new()),
            rows: [0; DIGESTS],
            audit_ok: 0,
        }
    }

    /// Adds one row of table `t`: its first `columns` columns, in order.
    /// A transfer's last column, `reverses`, and what it moved of credits
    /// that expire (read beside it as `lots`) came after the chain: each is
    /// encoded only when it is set, after a tag of its own, so that every
    /// entry written before them still holds.
    fn add(&mut self, t: usize, r: &Row, columns: usize) -> Result<()> {
        let digest = &mut self.digests[t];
        digest.update([0x10]);
        let always = if t == TRANSFERS { columns - 1 } else { columns };
        for i in 0..always {
            encode_column(digest, r, i)?;
        }
        if always < columns {
            let link = r.at(always)?;
            if !matches!(link, Value::Null) {
                digest.update([0x12]);
                encode(digest, &link)?;
            }
            let lots = r.at(columns)?;
            if !matches!(lots, Value::Null) {
                digest.update([0x13]);
                encode(digest, &lots)?;
            }
        }
        self.rows[t] += 1;
        Ok(())
    }

    /// The entry's hash: the previous one's, the entry's position and
    /// ranges, and each table's digest.
    fn hash(self, prev: &str, position: i64, to: &[i64; ID_TABLES.len()]) -> String {
        let mut h = Sha256::new();
        h.update(b"tally chain 1\n");
        h.update((prev.len() as u64).to_be_bytes());
        h.update(prev.as_bytes());
        h.update(position.to_be_bytes());
        for t in to {
            h.update(t.to_be_bytes());
        }
        for (digest, rows) in self.digests.into_iter().zip(self.rows) {
            h.update(rows.to_be_bytes());
            h.update(digest.finalize());
        }
        hex(&h.finalize())
    }
}

/// One value, self-delimiting: a tag, then a fixed-width number or a
/// length-prefixed text.
fn encode(h: &mut Sha256, v: &Value) -> Result<()> {
    match v {
        Value::Null => encode_cell(h, Cell::Null),
        Value::Int(i) => encode_cell(h, Cell::Int(*i)),
        Value::Text(s) => encode_cell(h, Cell::Text(s.as_bytes())),
        Value::Other(what) => {
            return Err(super::errors::internal(&format_args!(
                "a row of the chain holds {what}, which tally never writes"
            )));
        }
    }
    Ok(())
}

/// Column `i` of a row, encoded as [`encode`] does, without copying it out
/// of a file's row.
fn encode_column(h: &mut Sha256, r: &Row, i: usize) -> Result<()> {
    let Row::Sqlite(row) = r else {
        return encode(h, &r.at(i)?);
    };
    match row.get_ref(i)? {
        rusqlite::types::ValueRef::Null => encode_cell(h, Cell::Null),
        rusqlite::types::ValueRef::Integer(n) => encode_cell(h, Cell::Int(n)),
        rusqlite::types::ValueRef::Text(t) => encode_cell(h, Cell::Text(t)),
        _ => return encode(h, &r.at(i)?),
    }
    Ok(())
}

/// A value as the chain encodes it, borrowed from wherever it was read.
enum Cell<'a> {
    Null,
    Int(i64),
    Text(&'a [u8]),
}

/// The canonical encoding: a tag, then the value (text with its length).
fn encode_cell(h: &mut Sha256, c: Cell) {
    match c {
        Cell::Null => h.update([0]),
        Cell::Int(i) => {
            h.update([1]);
            h.update(i.to_be_bytes());
        }
        Cell::Text(t) => {
            h.update([2]);
            h.update((t.len() as u64).to_be_bytes());
            h.update(t);
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of `text`, in hexadecimal.
pub(super) fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// The position of the entry the open transaction will end with: what an
/// idempotency key or an invoice, which have no ids, hold to be covered.
pub(super) const NEXT_ENTRY: &str = "(SELECT coalesce(max(position), 0) + 1 FROM chain)";

/// What [`Store::check_chain`] finds.
#[derive(Debug, Default)]
pub struct ChainReport {
    pub problems: Vec<String>,
    /// The last entry, when the chain has one.
    pub head: Option<Anchor>,
    /// The stored hash of the anchor's position, when one was given.
    pub at_anchor: Option<String>,
}

/// At most this many broken entries are named one by one.
const NAMED: usize = 10;

impl Store<'_> {
    fn last_entry(&self) -> Result<Option<Entry>> {
        self.sql().opt(
            &format!("SELECT {ENTRY_COLUMNS} FROM chain ORDER BY position DESC LIMIT 1"),
            params![],
            entry,
        )
    }

    /// Ends a write transaction: one entry of the chain over what it added,
    /// none when it added nothing the chain covers.
    pub fn seal(&self) -> Result<()> {
        let last = self.last_entry()?;
        let (position, from, prev) = match &last {
            Some(e) => (e.position + 1, e.to, e.hash.as_str()),
            None => (1, [0; ID_TABLES.len()], ""),
        };
        // What the transaction added, in one statement: each table's
        // highest id, and whether keys or invoices name this entry. Only
        // what grew is read.
        let newest_ids: Vec<String> = ID_TABLES
            .iter()
            .map(|(table, column, _)| {
                format!("(SELECT coalesce(max(id), 0) FROM {table}) AS {column}")
            })
            .collect();
        let (newest, named) = self.sql().one(
            &format!(
                "SELECT {},
                        CASE WHEN EXISTS (SELECT 1 FROM idempotency_keys WHERE chain_position = ?1)
                               OR EXISTS (SELECT 1 FROM invoices WHERE chain_position = ?1)
                             THEN 1 ELSE 0 END AS named",
                newest_ids.join(", ")
            ),
            params![position],
            |r| {
                let mut newest = [0; ID_TABLES.len()];
                for (slot, (_, column, _)) in newest.iter_mut().zip(ID_TABLES) {
                    *slot = r.get(column)?;
                }
                Ok((newest, r.get::<bool>("named")?))
            },
        )?;
        let mut covered = vec![Covered::new()];
        let mut to = from;
        let named = named || position == 1;
        self.cover(position, &from, &newest, &[], named, &mut covered, &mut to)?;
        let covered = covered.pop().expect("one entry");
        if covered.rows.iter().all(|&n| n == 0) {
            return Ok(());
        }
        let hash = covered.hash(prev, position, &to);
        self.sql().exec(
            &format!("INSERT INTO chain ({ENTRY_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
            params![position, to[0], to[1], to[2], to[3], to[4], &hash],
        )?;
        Ok(())
    }

    /// Reads the rows of entries `first..first + covered.len()`: rows with
    /// ids after `from` up to `last_end`, each in the first entry whose
    /// range holds it (`ends`, per entry and table: the entry's highest id);
    /// with `named`, the keys and invoices that hold one of the entries'
    /// positions. `seen` ends as the highest id read of each table, or `from`.
    #[allow(clippy::too_many_arguments)]
    fn cover(
        &self,
        first: i64,
        from: &[i64; ID_TABLES.len()],
        last_end: &[i64; ID_TABLES.len()],
        ends: &[[i64; ID_TABLES.len()]],
        named: bool,
        covered: &mut [Covered],
        seen: &mut [i64; ID_TABLES.len()],
    ) -> Result<()> {
        let sql = self.sql();
        let last = first + covered.len() as i64 - 1;
        for (t, (table, _, columns)) in ID_TABLES.iter().enumerate() {
            if last_end[t] <= from[t] {
                continue;
            }
            let n = columns.split(',').count();
            // A transfer with what it moved of each expiry, as one text:
            // `EXPIRES_AT=AMOUNT,...` in the order of the expiries.
            let lots = if t == TRANSFERS {
                sql.pick(
                    ", (SELECT group_concat(e.expires_at || '=' || e.amount, ',' ORDER BY e.expires_at)
                        FROM lot_entries e WHERE e.transfer_id = transfers.id) AS lots",
                    ", (SELECT string_agg(e.expires_at || '=' || e.amount, ',' ORDER BY e.expires_at COLLATE \"C\")
                        FROM lot_entries e WHERE e.transfer_id = transfers.id) AS lots",
                )
            } else {
                ""
            };
            let mut k = 0;
            sql.each(
                &format!(
                    "SELECT {columns}{lots} FROM {table} WHERE id > ?1 AND id <= ?2 ORDER BY id"
                ),
                params![from[t], last_end[t]],
                |r| {
                    let id: i64 = r.get("id")?;
                    while k + 1 < covered.len() && ends.get(k).is_some_and(|e| id > e[t]) {
                        k += 1;
                    }
                    if t == AUDIT && r.get::<String>("outcome")? == "ok" {
                        covered[k].audit_ok += 1;
                    }
                    covered[k].add(t, r, n)?;
                    seen[t] = seen[t].max(id);
                    Ok(())
                },
            )?;
        }
        if !named {
            return Ok(());
        }
        // Keys and invoices from before the chain are its first entry's.
        let mut keys = |sql_text: &str, p: &[super::sql::Param]| {
            sql.each(sql_text, p, |r| {
                let at: i64 = r.get::<Option<i64>>("chain_position")?.unwrap_or(1);
                covered[(at - first) as usize].add(KEYS, r, 5)
            })
        };
        if first == 1 {
            keys(
                "SELECT key, command, request, response, created_at, chain_position
                 FROM idempotency_keys WHERE chain_position IS NULL ORDER BY key",
                params![],
            )?;
        }
        keys(
            "SELECT key, command, request, response, created_at, chain_position
             FROM idempotency_keys WHERE chain_position BETWEEN ?1 AND ?2
             ORDER BY chain_position, key",
            params![first, last],
        )?;
        let invoices: Vec<(i64, String, Vec<Value>)> = sql.all(
            "SELECT period, currency, price_minor, total_minor, line_count, issued_at,
                    coalesce(chain_position, 1) AS position
             FROM invoices
             WHERE chain_position BETWEEN ?1 AND ?2 OR (?1 = 1 AND chain_position IS NULL)
             ORDER BY position, period",
            params![first, last],
            |r| {
                let values = (0..6).map(|i| r.at(i)).collect::<Result<Vec<_>>>()?;
                Ok((r.get("position")?, r.get("period")?, values))
            },
        )?;
        for (p, period, values) in invoices {
            let c = &mut covered[(p - first) as usize];
            let digest = &mut c.digests[INVOICES];
            digest.update([0x10]);
            for v in &values {
                encode(digest, v)?;
            }
            c.rows[INVOICES] += 1;
            sql.each(
                "SELECT period, handle, days, amount_minor FROM invoice_lines
                 WHERE period = ?1 ORDER BY handle",
                params![&period],
                |r| {
                    let digest = &mut c.digests[INVOICES];
                    digest.update([0x11]);
                    for i in 0..4 {
                        encode_column(digest, r, i)?;
                    }
                    Ok(())
                },
            )?;
        }
        Ok(())
    }

    /// Recomputes every entry of the chain from the rows it covers, and
    /// finds rows that no entry covers; with `anchor`, also whether the
    /// entry at its position still has its hash.
    pub fn check_chain(&self, anchor: Option<&Anchor>) -> Result<ChainReport> {
        let sql = self.sql();
        let mut report = ChainReport::default();
        let mut broken = Vec::new();
        let mut prev_stored = String::new();
        let mut from = [0i64; ID_TABLES.len()];
        let mut after = 0i64;
        loop {
            let entries: Vec<Entry> = sql.all(
                &format!(
                    "SELECT {ENTRY_COLUMNS} FROM chain WHERE position > ?1 ORDER BY position LIMIT ?2"
                ),
                params![after, WINDOW],
                entry,
            )?;
            let Some(last) = entries.last().cloned() else {
                break;
            };
            let first = entries[0].position;
            if first != after + 1 || last.position != after + entries.len() as i64 {
                report.problems.push(format!(
                    "the chain has a gap after entry {after}: entries were removed"
                ));
                return Ok(report);
            }
            let mut covered = vec![Covered::new(); entries.len()];
            let ends: Vec<[i64; ID_TABLES.len()]> = entries.iter().map(|e| e.to).collect();
            let mut seen = from;
            self.cover(first, &from, &last.to, &ends, true, &mut covered, &mut seen)?;
            for (e, c) in entries.iter().zip(covered) {
                if c.rows[TRANSFERS] > 0 && c.audit_ok == 0 {
                    report.problems.push(format!(
                        "entry {} of the chain holds {} transfer(s) but no audit row of a command that made them",
                        e.position, c.rows[TRANSFERS]
                    ));
                }
                let ranges_hold = e.to.iter().zip(from).all(|(to, f)| *to >= f);
                if !ranges_hold || c.hash(&prev_stored, e.position, &e.to) != e.hash {
                    broken.push(e.position);
                }
                if let Some(a) = anchor
                    && a.position == e.position
                {
                    report.at_anchor = Some(e.hash.clone());
                }
                prev_stored = e.hash.clone();
                from = e.to;
            }
            after = last.position;
            report.head = Some(Anchor {
                position: last.position,
                hash: last.hash.clone(),
            });
        }
        if let Some(&first) = broken.first() {
            let more = if broken.len() > NAMED {
                format!(" and {} more", broken.len() - NAMED)
            } else {
                String::new()
            };
            let also = if broken.len() > 1 {
                let named: Vec<String> = broken
                    .iter()
                    .skip(1)
                    .take(NAMED)
                    .map(i64::to_string)
                    .collect();
                format!(
                    "; entries {}{more} do not match their rows either",
                    named.join(", ")
                )
            } else {
                String::new()
            };
            report.problems.push(format!(
                "the chain breaks at entry {first}: what it covers was changed, added or removed \
                 behind tally's back{also}"
            ));
        }
        // Rows past the last entry, and keys or invoices that name an entry
        // that does not exist, were written behind tally's back.
        for (t, (table, _, _)) in ID_TABLES.iter().enumerate() {
            let (n, low, high): (i64, Option<i64>, Option<i64>) = sql.one(
                &format!(
                    "SELECT count(*) AS n, min(id) AS low, max(id) AS high FROM {table}
                     WHERE id > ?1 OR id < 1"
                ),
                params![from[t]],
                |r| Ok((r.get("n")?, r.get("low")?, r.get("high")?)),
            )?;
            if let (true, Some(low), Some(high)) = (n > 0, low, high) {
                report.problems.push(format!(
                    "{n} row(s) of {table} (ids {low} to {high}) are in no entry of the chain: \
                     written behind tally's back"
                ));
            }
        }
        for table in ["idempotency_keys", "invoices"] {
            let n: i64 = sql.one(
                &format!(
                    "SELECT count(*) AS n FROM {table} WHERE chain_position > ?1 OR chain_position < 1"
                ),
                params![after],
                |r| r.get("n"),
            )?;
            if n > 0 {
                report.problems.push(format!(
                    "{n} row(s) of {table} name an entry the chain does not have: written behind tally's back"
                ));
            }
        }
        if let Some(a) = anchor {
            match &report.at_anchor {
                None => report.problems.push(format!(
                    "the chain has no entry {} (the anchor's): it was cut back",
                    a.position
                )),
                Some(h) if *h != a.hash => report.problems.push(format!(
                    "entry {} does not hold the anchor's hash: the history up to it was rewritten",
                    a.position
                )),
                Some(_) => {}
            }
        }
        Ok(report)
    }
}
