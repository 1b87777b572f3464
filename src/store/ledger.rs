//! The ledger: kinds of credits, accounts with their balances, transfers.

use serde::Serialize;

use super::Store;
use super::lots::Draw;
use super::sql::{Column, Param, Row, Value, params};
use crate::error::Result;

/// The kind every organization has from `init`, and the one commands use
/// without `--kind`.
pub const DEFAULT_KIND: &str = "credits";

/// A kind of credits.
#[derive(Debug, Clone)]
pub struct Kind {
    pub id: i64,
    pub name: String,
}

/// A positive balance of one kind in one account.
pub struct Holding {
    pub kind: Kind,
    pub account_id: i64,
    pub balance: i64,
}

impl Store<'_> {
    /// Every positive balance of the company or a user, by kind name: kind
    /// by kind (CROSS JOIN keeps the kinds outside), so that each lookup is
    /// one entry of `accounts_holder`, not a scan of every account.
    pub fn holdings(&self, holder: Holder) -> Result<Vec<Holding>> {
        let (h, user_id) = holder.parts();
        self.sql().all(
            "SELECT k.id AS kind_id, k.name AS kind, a.id AS account_id, a.balance
             FROM credit_kinds k CROSS JOIN accounts a
             WHERE a.kind_id = k.id AND a.holder = ?1 AND ifnull(a.user_id, 0) = ifnull(?2, 0)
               AND a.balance > 0
             ORDER BY k.name",
            params![h, user_id],
            |r| {
                Ok(Holding {
                    kind: Kind {
                        id: r.get("kind_id")?,
                        name: r.get("kind")?,
                    },
                    account_id: r.get("account_id")?,
                    balance: r.get("balance")?,
                })
            },
        )
    }

    /// Every positive balance of a user, by kind name.
    pub fn user_holdings(&self, user_id: i64) -> Result<Vec<Holding>> {
        self.sql().all(
            "SELECT k.id AS kind_id, k.name AS kind, a.id AS account_id, a.balance
             FROM accounts a JOIN credit_kinds k ON k.id = a.kind_id
             WHERE a.user_id = ?1 AND a.balance > 0 ORDER BY k.name",
            params![user_id],
            |r| {
                Ok(Holding {
                    kind: Kind {
                        id: r.get("kind_id")?,
                        name: r.get("kind")?,
                    },
                    account_id: r.get("account_id")?,
                    balance: r.get("balance")?,
                })
            },
        )
    }
}

/// Who holds an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holder {
    Company,
    User(i64),
    /// Where purchased credits come from.
    Vendor,
    /// Where used credits go.
    Consumed,
    /// Where credits go when they expire.
    Expired,
}

impl Holder {
    fn parts(self) -> (&'static str, Option<i64>) {
        match self {
            Holder::Company => ("company", None),
            Holder::User(id) => ("user", Some(id)),
            Holder::Vendor => ("vendor", None),
            Holder::Consumed => ("consumed", None),
            Holder::Expired => ("expired", None),
        }
    }
}

/// Why credits moved (the `type` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferType {
    Topup,
    Assign,
    Use,
    Order,
    Offboard,
    Move,
    /// Expired credits leaving their account (`credits expire`).
    Expire,
}

impl TransferType {
    /// The type as the `type` column holds it.
    /// Whether it moves a whole balance, expired credits too (which keep
    /// their expiry): an offboarding, a balance moved to a new credit owner.
    pub fn moves_whole_balance(self) -> bool {
        matches!(self, TransferType::Offboard | TransferType::Move)
    }

    pub fn parse(s: &str) -> Option<TransferType> {
        [
            TransferType::Topup,
            TransferType::Assign,
            TransferType::Use,
            TransferType::Order,
            TransferType::Offboard,
            TransferType::Move,
            TransferType::Expire,
        ]
        .into_iter()
        .find(|t| t.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            TransferType::Topup => "topup",
            TransferType::Assign => "assign",
            TransferType::Use => "use",
            TransferType::Order => "order",
            TransferType::Offboard => "offboard",
            TransferType::Move => "move",
            TransferType::Expire => "expire",
        }
    }
}

/// A kind with the company's balance of it.
#[derive(Debug, Serialize)]
pub struct KindInfo {
    pub name: String,
    pub company_balance: i64,
    pub created_at: String,
}

/// The two sides of a transfer before it is written.
pub struct AccountBalance {
    /// `company`, `user`, `vendor`, `consumed` or `expired`.
    pub holder: String,
    /// What it can spend: its balance less `expired`.
    pub balance: i64,
    /// Of its balance, the credits that have expired and wait for `credits
    /// expire`.
    pub expired: i64,
}

/// The columns an [`AccountBalance`] is read from, for the account `a` at
/// the time `?1` (NULL: nothing has expired).
const SPENDABLE: &str = "a.holder, a.balance AS stored,
       CAST(coalesce((SELECT sum(remaining) FROM lots
                      WHERE account_id = a.id AND expires_at <= ?1), 0) AS BIGINT) AS expired";

fn account_balance_row(r: &Row) -> Result<AccountBalance> {
    let expired: i64 = r.get("expired")?;
    Ok(AccountBalance {
        holder: r.get("holder")?,
        balance: r.get::<i64>("stored")? - expired,
        expired,
    })
}

impl AccountBalance {
    pub fn is_vendor(&self) -> bool {
        self.holder == "vendor"
    }
}

/// A transfer to write; the schema's trigger keeps the balances.
pub struct NewTransfer<'a> {
    pub kind_id: i64,
    pub debit: i64,
    pub credit: i64,
    pub amount: i64,
    pub transfer_type: TransferType,
    pub user_id: Option<i64>,
    pub actor: &'a str,
    pub memo: Option<&'a str>,
    pub at: &'a str,
    /// The transfer this one reverses.
    pub reverses: Option<i64>,
    /// Which credits it moves, as to when they expire.
    pub draw: Draw<'a>,
}

/// A balance as `credits balance` shows it, with the account behind it
/// (none where the account was never made).
pub struct BalanceRow {
    pub account: String,
    pub kind: String,
    pub account_id: Option<i64>,
    pub balance: i64,
    /// When the credits that expire next do, and how many they are.
    pub expires_at: Option<String>,
    pub expiring: i64,
}

/// Which transfers `credits history` shows.
pub struct TransferQuery {
    pub kind_id: Option<i64>,
    pub holder: Option<Holder>,
    pub limit: Option<u32>,
    /// From this time on (RFC 3339 text).
    pub since: Option<String>,
    /// Before this time.
    pub until: Option<String>,
}

/// A transfer as `credits history` shows it.
#[derive(Debug, Serialize)]
pub struct TransferView {
    pub id: i64,
    pub at: String,
    #[serde(rename = "type")]
    pub kind_of_transfer: String,
    pub kind: String,
    pub from: String,
    pub to: String,
    pub amount: i64,
    pub user: Option<String>,
    pub actor: String,
    pub memo: Option<String>,
    /// The transfer this one reverses.
    pub reverses: Option<i64>,
    /// The transfer that reverses this one.
    pub reversed_by: Option<i64>,
}

/// A transfer as `credits reverse` reads it: what it moved, between which
/// accounts, and whether it was reversed or is itself a reversal.
pub struct Original {
    pub id: i64,
    pub kind: Kind,
    pub debit: i64,
    pub credit: i64,
    pub amount: i64,
    pub transfer_type: String,
    pub user_id: Option<i64>,
    pub reverses: Option<i64>,
    pub reversed_by: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct PurchaseRequest {
    pub id: i64,
    pub kind: String,
    pub quantity: i64,
    pub message: Option<String>,
    pub requested_by: String,
    pub status: RequestStatus,
    pub created_at: String,
    pub fulfilled_at: Option<String>,
    pub cancelled_at: Option<String>,
}

/// A purchase request is open until a topup fulfils it or it is cancelled;
/// then it stays so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RequestStatus {
    Open,
    Fulfilled,
    Cancelled,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Open => "open",
            RequestStatus::Fulfilled => "fulfilled",
            RequestStatus::Cancelled => "cancelled",
        }
    }
}

impl Column for RequestStatus {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match String::from_value(v)?.as_str() {
            "open" => Ok(RequestStatus::Open),
            "fulfilled" => Ok(RequestStatus::Fulfilled),
            "cancelled" => Ok(RequestStatus::Cancelled),
            other => Err(format!("the unknown request status '{other}'")),
        }
    }
}

fn kind_row(r: &Row) -> Result<Kind> {
    Ok(from_row!(r => Kind { id, name }))
}

impl Store<'_> {
    pub fn kind(&self, name: &str) -> Result<Option<Kind>> {
        self.sql().opt(
            "SELECT id, name FROM credit_kinds WHERE name = ?1",
            params![name],
            kind_row,
        )
    }

    /// Every kind, by name.
    pub fn kinds(&self) -> Result<Vec<KindInfo>> {
        self.sql().all(
            "SELECT k.name, coalesce(a.balance, 0) AS company_balance, k.created_at
             FROM credit_kinds k
             LEFT JOIN accounts a ON a.kind_id = k.id AND a.holder = 'company' ORDER BY k.name",
            params![],
            |r| Ok(from_row!(r => KindInfo { name, company_balance, created_at })),
        )
    }

    pub fn insert_kind(&self, name: &str, at: &str) -> Result<Kind> {
        let id = self.sql().insert(
            "INSERT INTO credit_kinds (name, created_at) VALUES (?1, ?2) RETURNING id",
            params![name, at],
        )?;
        Ok(Kind {
            id,
            name: name.to_string(),
        })
    }

    /// The account of `holder` in a kind, made on first use.
    pub fn account(&self, kind_id: i64, holder: Holder) -> Result<i64> {
        let (h, user_id) = holder.parts();
        let found = self.sql().opt(
            "SELECT id FROM accounts
             WHERE kind_id = ?1 AND holder = ?2 AND ifnull(user_id, 0) = ifnull(?3, 0)",
            params![kind_id, h, user_id],
            |r| r.get::<i64>("id"),
        )?;
        match found {
            Some(id) => Ok(id),
            None => self.new_account(kind_id, holder),
        }
    }

    /// Makes the account of `holder` in a kind; its id.
    fn new_account(&self, kind_id: i64, holder: Holder) -> Result<i64> {
        let (h, user_id) = holder.parts();
        self.sql().insert(
            "INSERT INTO accounts (kind_id, holder, user_id) VALUES (?1, ?2, ?3) RETURNING id",
            params![kind_id, h, user_id],
        )
    }

    /// [`Store::account`] with what it can spend at `at`, in the same
    /// statement (see [`Store::account_balance`]).
    pub fn account_and_balance(
        &self,
        kind_id: i64,
        holder: Holder,
        at: &str,
    ) -> Result<(i64, AccountBalance)> {
        let (h, user_id) = holder.parts();
        let found = self.sql().opt(
            &format!(
                "SELECT a.id, {SPENDABLE} FROM accounts a
                 WHERE kind_id = ?2 AND holder = ?3 AND ifnull(user_id, 0) = ifnull(?4, 0)"
            ),
            params![at, kind_id, h, user_id],
            |r| Ok((r.get::<i64>("id")?, account_balance_row(r)?)),
        )?;
        if let Some(found) = found {
            return Ok(found);
        }
        let id = self.new_account(kind_id, holder)?;
        Ok((
            id,
            AccountBalance {
                holder: h.to_string(),
                balance: 0,
                expired: 0,
            },
        ))
    }

    /// An account's holder and what it can spend at `at`: its balance less
    /// the credits that have expired by then and wait for `credits expire`
    /// (with `None`, its whole balance).
    pub fn account_balance(&self, account_id: i64, at: Option<&str>) -> Result<AccountBalance> {
        self.sql().one(
            &format!("SELECT {SPENDABLE} FROM accounts a WHERE a.id = ?2"),
            params![at, account_id],
            account_balance_row,
        )
    }

    /// Writes a transfer; returns its id.
    pub fn insert_transfer(&self, t: &NewTransfer) -> Result<i64> {
        Ok(self.insert_transfers(std::slice::from_ref(t))?[0])
    }

    /// Writes transfers in one statement; their ids, in the order given.
    /// On a server the balances follow the ledger once per statement, so a
    /// batch changes a busy account's balance row once, not once a row.
    pub fn insert_transfers(&self, ts: &[NewTransfer]) -> Result<Vec<i64>> {
        const COLUMNS: usize = 10;
        if ts.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = String::from(
            "INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type,
                                    user_id, actor, memo, at, reverses) VALUES ",
        );
        let mut params: Vec<Param> = Vec::with_capacity(ts.len() * COLUMNS);
        for (i, t) in ts.iter().enumerate() {
            let n = i * COLUMNS;
            sql.push_str(if i == 0 { "(" } else { ", (" });
            for c in 1..=COLUMNS {
                sql.push_str(&format!(
                    "?{}{}",
                    n + c,
                    if c < COLUMNS { ", " } else { ")" }
                ));
            }
            params.extend_from_slice(params![
                t.kind_id,
                t.debit,
                t.credit,
                t.amount,
                t.transfer_type.as_str(),
                t.user_id,
                t.actor,
                t.memo,
                t.at,
                t.reverses
            ]);
        }
        sql.push_str(" RETURNING id");
        // Ids are given row by row in the order of the rows; the rows of
        // RETURNING may come in any order.
        let mut ids = self.sql().all(&sql, &params, |r| r.get::<i64>("id"))?;
        ids.sort_unstable();
        self.move_lots(ts, &ids)?;
        Ok(ids)
    }

    /// The balances of one account, every kind (or one), zero where the
    /// account was never made. `user_id` `None` is the company.
    pub fn account_balances(
        &self,
        account: &str,
        user_id: Option<i64>,
        kind_id: Option<i64>,
    ) -> Result<Vec<BalanceRow>> {
        self.sql().all(
            &format!(
                "SELECT CAST(?3 AS TEXT) AS account, k.name AS kind, a.id AS account_id,
                    coalesce(a.balance, 0) AS balance, {NEXT_LOT}
             FROM credit_kinds k LEFT JOIN accounts a ON a.kind_id = k.id
                  AND a.holder = CASE WHEN CAST(?1 AS BIGINT) IS NULL THEN 'company' ELSE 'user' END
                  AND ifnull(a.user_id, 0) = ifnull(?1, 0)
             WHERE (CAST(?2 AS BIGINT) IS NULL OR k.id = ?2) ORDER BY k.name"
            ),
            params![user_id, kind_id, account],
            balance_row,
        )
    }

    /// The company's balances and every user's account, company first,
    /// one at a time.
    pub fn each_balance(
        &self,
        kind_id: Option<i64>,
        mut f: impl FnMut(BalanceRow) -> Result<()>,
    ) -> Result<()> {
        self.sql().each(
            &format!("SELECT coalesce(u.handle, 'company') AS account, k.name AS kind, a.id AS account_id,
                    a.balance, {NEXT_LOT}
             FROM accounts a JOIN credit_kinds k ON k.id = a.kind_id
             LEFT JOIN users u ON u.id = a.user_id
             WHERE a.holder IN ('company', 'user') AND (CAST(?1 AS BIGINT) IS NULL OR k.id = ?1)
             ORDER BY a.holder <> 'company', u.handle, k.name"),
            params![kind_id],
            |r| f(balance_row(r)?),
        )
    }

    /// What the transfers up to `at` (all of them without) moved into each
    /// account, less what they moved out: one pass over the ledger.
    pub fn replayed_nets(&self, at: Option<&str>) -> Result<Nets> {
        let (count, top): (i64, i64) = self.sql().one(
            "SELECT count(*) AS n, coalesce(max(id), 0) AS top FROM accounts",
            params![],
            |r| Ok((r.get("n")?, r.get("top")?)),
        )?;
        // Account ids are dense unless someone chose them by hand: a vector
        // indexed by id then, else a map.
        let mut nets = Nets {
            dense: if top <= 2 * count + 1024 {
                vec![0; usize::try_from(top).unwrap_or(0) + 1]
            } else {
                Vec::new()
            },
            sparse: std::collections::HashMap::new(),
        };
        self.sql().each(
            "SELECT debit_account_id, credit_account_id, amount FROM transfers
             WHERE CAST(?1 AS TEXT) IS NULL OR at <= ?1",
            params![at],
            |r| {
                let amount = i128::from(r.get::<i64>("amount")?);
                *nets.entry(r.get("debit_account_id")?) -= amount;
                *nets.entry(r.get("credit_account_id")?) += amount;
                Ok(())
            },
        )?;
        Ok(nets)
    }

    /// What the transfers up to `at` moved into an account, less what they
    /// moved out, in 128 bits: what an account received in all may pass what
    /// a 64-bit number holds (SQL `sum()` would fail) though its balance never does.
    pub fn replayed_net(&self, account_id: i64, at: &str) -> Result<i128> {
        let mut net: i128 = 0;
        for (sql, sign) in [
            (
                "SELECT amount FROM transfers WHERE credit_account_id = ?1 AND at <= ?2",
                1i128,
            ),
            (
                "SELECT amount FROM transfers WHERE debit_account_id = ?1 AND at <= ?2",
                -1,
            ),
        ] {
            self.sql().each(sql, params![account_id, at], |r| {
                net += sign * i128::from(r.get::<i64>("amount")?);
                Ok(())
            })?;
        }
        Ok(net)
    }

    /// The newest transfer's id; 0 for an empty ledger.
    pub fn last_transfer_id(&self) -> Result<i64> {
        self.sql().one(
            "SELECT coalesce(max(id), 0) AS id FROM transfers",
            params![],
            |r| r.get("id"),
        )
    }

    /// The credits each user received by assign in the transfers after
    /// `after`, given to `f` a user at a time (by id), their receipts by
    /// kind then transfer, with what their mail needs: the receiver's
    /// address and name, their balance now, the givers' names. A temporary
    /// table sorts them, so that a million receivers take no memory here;
    /// it is read a page of users at a time, so that `f` may run statements
    /// of its own.
    pub fn each_receipt(
        &self,
        after: i64,
        parts: ReceiptParts,
        mut f: impl FnMut(Receiver, Vec<Receipt>) -> Result<()>,
    ) -> Result<()> {
        let sql = self.sql();
        sql.exec(
            sql.pick(
                "CREATE TEMP TABLE IF NOT EXISTS receipts (user_id INTEGER NOT NULL, kind TEXT NOT NULL,
                   transfer_id INTEGER NOT NULL, account_id INTEGER NOT NULL, amount INTEGER NOT NULL,
                   PRIMARY KEY (user_id, kind, transfer_id)) WITHOUT ROWID",
                "CREATE TEMP TABLE IF NOT EXISTS receipts (user_id BIGINT NOT NULL, kind TEXT NOT NULL,
                   transfer_id BIGINT NOT NULL, account_id BIGINT NOT NULL, amount BIGINT NOT NULL,
                   PRIMARY KEY (user_id, kind, transfer_id))",
            ),
            params![],
        )?;
        sql.exec("DELETE FROM receipts", params![])?;
        sql.exec(
            "INSERT INTO receipts (user_id, kind, transfer_id, account_id, amount)
             SELECT a.user_id, k.name, t.id, a.id, t.amount FROM transfers t
             JOIN accounts a ON a.id = t.credit_account_id JOIN credit_kinds k ON k.id = t.kind_id
             WHERE t.id > ?1 AND t.type = 'assign' AND a.holder = 'user'",
            params![after],
        )?;
        const USERS_PER_PAGE: i64 = 1000;
        // The receipts of the next page of users.
        const PAGE: &str = "r.user_id > ?1 AND r.user_id <= (SELECT max(user_id) FROM
                (SELECT DISTINCT user_id FROM receipts WHERE user_id > ?1
                 ORDER BY user_id LIMIT ?2) AS p)";
        // Each (user, kind) once, with the sum, the balance and the receiver.
        let amounts = format!(
            "SELECT g.user_id, g.kind, g.amount, a.balance, u.email, u.first_name
             FROM (SELECT r.user_id, r.kind, CAST(sum(r.amount) AS BIGINT) AS amount,
                          min(r.account_id) AS account_id
                   FROM receipts r WHERE {PAGE} GROUP BY r.user_id, r.kind) AS g
             JOIN accounts a ON a.id = g.account_id JOIN users u ON u.id = g.user_id
             ORDER BY g.user_id, g.kind"
        );
        // `{what}` of each (user, kind), grouped as asked, in the order of
        // the first transfer of each.
        let page_sql = |what: &str, group: &str| {
            format!(
                "SELECT r.user_id, r.kind, {what} FROM receipts r JOIN transfers t ON t.id = r.transfer_id
                 JOIN accounts d ON d.id = t.debit_account_id
                 WHERE {PAGE}
                 GROUP BY r.user_id, r.kind{group} ORDER BY r.user_id, r.kind, min(r.transfer_id)"
            )
        };
        let givers = page_sql(
            "d.holder, CASE d.holder WHEN 'user' THEN
                 (SELECT first_name || ' ' || last_name FROM users WHERE id = d.user_id) END AS name",
            ", d.holder, d.user_id",
        );
        let memos = page_sql("t.memo", ", t.memo");
        let mut last_user = 0;
        loop {
            let mut page: Vec<(Receiver, Receipt)> =
                sql.all(&amounts, params![last_user, USERS_PER_PAGE], |r| {
                    Ok((
                        Receiver {
                            user_id: r.get("user_id")?,
                            email: r.get("email")?,
                            first_name: r.get("first_name")?,
                        },
                        Receipt {
                            kind: r.get("kind")?,
                            amount: r.get("amount")?,
                            balance: r.get("balance")?,
                            givers: Vec::new(),
                            memos: Vec::new(),
                        },
                    ))
                })?;
            let Some((last, _)) = page.last() else {
                return Ok(());
            };
            let next_user = last.user_id;
            // Each giver and memo to its receipt: both lists are in the
            // page's order, user then kind.
            let page_params = params![last_user, USERS_PER_PAGE];
            if parts.givers {
                self.attach(&givers, page_params, &mut page, |g, r| {
                    g.givers.push(match r.get::<Option<String>>("name")? {
                        Some(name) => Giver::User(name),
                        None => Giver::Company,
                    });
                    Ok(())
                })?;
            } else {
                for (_, g) in &mut page {
                    g.givers.push(Giver::Company);
                }
            }
            if parts.memos {
                self.attach(&memos, page_params, &mut page, |g, r| {
                    g.memos.extend(r.get::<Option<String>>("memo")?);
                    Ok(())
                })?;
            }
            last_user = next_user;
            let mut group: Vec<Receipt> = Vec::new();
            let mut to: Option<Receiver> = None;
            for (receiver, receipt) in page {
                if to.as_ref().is_some_and(|t| t.user_id != receiver.user_id) {
                    f(to.take().expect("checked"), std::mem::take(&mut group))?;
                }
                if to.is_none() {
                    to = Some(receiver);
                }
                group.push(receipt);
            }
            if let Some(t) = to {
                f(t, group)?;
            }
        }
    }

    /// Runs `sql`, whose rows come in the order of `page` (user, then kind)
    /// and name their user and kind, and gives each row to its receipt.
    fn attach(
        &self,
        sql: &str,
        params: &[Param],
        page: &mut [(Receiver, Receipt)],
        mut add: impl FnMut(&mut Receipt, &Row) -> Result<()>,
    ) -> Result<()> {
        let mut i = 0;
        self.sql().each(sql, params, |r| {
            let (user, kind): (i64, String) = (r.get("user_id")?, r.get("kind")?);
            while page
                .get(i)
                .is_some_and(|(u, g)| (u.user_id, g.kind.as_str()) != (user, kind.as_str()))
            {
                i += 1;
            }
            match page.get_mut(i) {
                Some((_, g)) => add(g, r),
                None => Ok(()),
            }
        })
    }

    /// Transfers, newest first, given to `f` one at a time: all of them,
    /// or those of one holder; `since` inclusive, `until` exclusive.
    ///
    /// For a holder, its accounts are found first and each side of each
    /// account's index (`transfers_debit`, `transfers_credit`) is read
    /// newest first a page at a time; the sides are merged by id and only
    /// the merged rows read. Filtering the joined accounts instead reads
    /// the whole ledger.
    pub fn each_transfer(
        &self,
        q: &TransferQuery,
        mut f: impl FnMut(TransferView) -> Result<()>,
    ) -> Result<()> {
        let limit = q.limit.map(i64::from).unwrap_or(i64::MAX);
        let Some(holder) = q.holder else {
            return self.transfer_views(
                "WHERE (CAST(?1 AS BIGINT) IS NULL OR t.kind_id = ?1)
                   AND (CAST(?3 AS TEXT) IS NULL OR t.at >= ?3)
                   AND (CAST(?4 AS TEXT) IS NULL OR t.at < ?4)
                 ORDER BY t.id DESC LIMIT ?2",
                params![q.kind_id, limit, q.since.as_deref(), q.until.as_deref()],
                f,
            );
        };
        let (h, user_id) = holder.parts();
        // Kind by kind (CROSS JOIN keeps the kinds outside), so that each
        // lookup is one entry of `accounts_holder`, not a scan of accounts.
        let accounts: Vec<i64> = self.sql().all(
            "SELECT a.id FROM credit_kinds k CROSS JOIN accounts a
             WHERE a.kind_id = k.id AND a.holder = ?1 AND ifnull(a.user_id, 0) = ifnull(?2, 0)
               AND (CAST(?3 AS BIGINT) IS NULL OR k.id = ?3)",
            params![h, user_id, q.kind_id],
            |r| r.get("id"),
        )?;
        const PAGE: i64 = 512;
        // Each side: its statement, its account, the ids read and not yet
        // merged (newest last), the oldest id read, and whether it is done.
        struct Side {
            sql: &'static str,
            account: i64,
            ids: Vec<i64>,
            before: i64,
            done: bool,
        }
        let mut sides: Vec<Side> = Vec::new();
        for account in accounts {
            for sql in [
                "SELECT id FROM transfers WHERE debit_account_id = ?1 AND id < ?2
                   AND (CAST(?4 AS TEXT) IS NULL OR at >= ?4) AND (CAST(?5 AS TEXT) IS NULL OR at < ?5)
                 ORDER BY id DESC LIMIT ?3",
                "SELECT id FROM transfers WHERE credit_account_id = ?1 AND id < ?2
                   AND (CAST(?4 AS TEXT) IS NULL OR at >= ?4) AND (CAST(?5 AS TEXT) IS NULL OR at < ?5)
                 ORDER BY id DESC LIMIT ?3",
            ] {
                sides.push(Side {
                    sql,
                    account,
                    ids: Vec::new(),
                    before: i64::MAX,
                    done: false,
                });
            }
        }
        let mut left = limit;
        let mut last = i64::MAX;
        while left > 0 {
            let mut batch: Vec<i64> = Vec::new();
            while batch.len() < PAGE as usize && left > 0 {
                // No side is read further than the rows still wanted.
                let page_len = PAGE.min(left.saturating_add(1));
                for side in sides.iter_mut().filter(|s| s.ids.is_empty() && !s.done) {
                    let mut page = self.sql().all(
                        side.sql,
                        params![
                            side.account,
                            side.before,
                            page_len,
                            q.since.as_deref(),
                            q.until.as_deref()
                        ],
                        |r| r.get::<i64>("id"),
                    )?;
                    side.done = (page.len() as i64) < page_len;
                    if let Some(oldest) = page.last() {
                        side.before = *oldest;
                    }
                    page.reverse();
                    side.ids = page;
                }
                // The newest id at the head of any side.
                let Some(side) = sides
                    .iter_mut()
                    .filter(|s| !s.ids.is_empty())
                    .max_by_key(|s| s.ids.last().copied())
                else {
                    break;
                };
                let id = side.ids.pop().unwrap_or(0);
                if id != last {
                    batch.push(id);
                    left -= 1;
                    last = id;
                }
            }
            if batch.is_empty() {
                break;
            }
            let ids = serde_json::to_string(&batch)?;
            self.transfer_views(
                "WHERE t.id IN (SELECT value FROM json_each(?1)) ORDER BY t.id DESC",
                params![&ids],
                &mut f,
            )?;
        }
        Ok(())
    }

    /// Transfers as history shows them, chosen and ordered by `filter`.
    fn transfer_views(
        &self,
        filter: &str,
        params: &[Param],
        mut f: impl FnMut(TransferView) -> Result<()>,
    ) -> Result<()> {
        self.sql().each(
            &format!(
                "SELECT t.id, t.at, t.type, k.name AS kind, t.amount, t.actor, t.memo, t.reverses,
                    (SELECT r.id FROM transfers r WHERE r.reverses = t.id) AS reversed_by,
                    CASE d.holder WHEN 'user' THEN (SELECT handle FROM users WHERE id = d.user_id)
                                  ELSE d.holder END AS sender,
                    CASE c.holder WHEN 'user' THEN (SELECT handle FROM users WHERE id = c.user_id)
                                  ELSE c.holder END AS receiver,
                    (SELECT handle FROM users WHERE id = t.user_id) AS by_user
             FROM transfers t JOIN credit_kinds k ON k.id = t.kind_id
             JOIN accounts d ON d.id = t.debit_account_id JOIN accounts c ON c.id = t.credit_account_id
             {filter}"
            ),
            params,
            |r| {
                f(TransferView {
                    id: r.get("id")?,
                    at: r.get("at")?,
                    kind_of_transfer: r.get("type")?,
                    kind: r.get("kind")?,
                    from: r.get("sender")?,
                    to: r.get("receiver")?,
                    amount: r.get("amount")?,
                    user: r.get("by_user")?,
                    actor: r.get("actor")?,
                    memo: r.get("memo")?,
                    reverses: r.get("reverses")?,
                    reversed_by: r.get("reversed_by")?,
                })
            },
        )
    }

    /// One transfer, for `credits reverse`.
    pub fn original(&self, id: i64) -> Result<Option<Original>> {
        self.sql().opt(
            "SELECT t.id, t.kind_id, k.name AS kind, t.debit_account_id, t.credit_account_id,
                    t.amount, t.type, t.user_id, t.reverses,
                    (SELECT r.id FROM transfers r WHERE r.reverses = t.id) AS reversed_by
             FROM transfers t JOIN credit_kinds k ON k.id = t.kind_id WHERE t.id = ?1",
            params![id],
            |r| {
                Ok(Original {
                    id: r.get("id")?,
                    kind: Kind {
                        id: r.get("kind_id")?,
                        name: r.get("kind")?,
                    },
                    debit: r.get("debit_account_id")?,
                    credit: r.get("credit_account_id")?,
                    amount: r.get("amount")?,
                    transfer_type: r.get("type")?,
                    user_id: r.get("user_id")?,
                    reverses: r.get("reverses")?,
                    reversed_by: r.get("reversed_by")?,
                })
            },
        )
    }

    /// Who holds an account: `company`, `vendor`, `consumed`, or the
    /// user's id and handle.
    pub fn account_holder(&self, account_id: i64) -> Result<(String, Option<i64>)> {
        self.sql().one(
            "SELECT CASE a.holder WHEN 'user' THEN u.handle ELSE a.holder END AS name, a.user_id
             FROM accounts a LEFT JOIN users u ON u.id = a.user_id WHERE a.id = ?1",
            params![account_id],
            |r| Ok((r.get("name")?, r.get("user_id")?)),
        )
    }

    /// The company and every active user who holds their own credits, each
    /// with their balance of a kind.
    pub fn assign_choices(&self, kind_id: i64) -> Result<Vec<(String, i64)>> {
        self.sql().all(
            "SELECT 'company' AS holder, coalesce((SELECT balance FROM accounts
                                         WHERE kind_id = ?1 AND holder = 'company'), 0) AS balance
             UNION ALL
             SELECT * FROM (SELECT u.handle AS holder, coalesce(a.balance, 0) AS balance FROM users u
               LEFT JOIN accounts a ON a.user_id = u.id AND a.kind_id = ?1
               WHERE u.status = 'active' AND u.credit_owner_id IS NULL ORDER BY u.handle) AS active",
            params![kind_id],
            |r| Ok((r.get("holder")?, r.get("balance")?)),
        )
    }

    /// A purchase request's status and kind.
    pub fn purchase_request_state(&self, id: i64) -> Result<Option<(RequestStatus, i64)>> {
        self.sql().opt(
            "SELECT status, kind_id FROM purchase_requests WHERE id = ?1",
            params![id],
            |r| Ok((r.get("status")?, r.get("kind_id")?)),
        )
    }

    pub fn fulfil_purchase_request(&self, id: i64, transfer_id: i64, at: &str) -> Result<()> {
        self.sql().exec(
            "UPDATE purchase_requests SET status = 'fulfilled', fulfilled_at = ?1, transfer_id = ?2
             WHERE id = ?3",
            params![at, transfer_id, id],
        )?;
        Ok(())
    }

    pub fn insert_purchase_request(
        &self,
        kind_id: i64,
        quantity: i64,
        message: Option<&str>,
        by: &str,
        at: &str,
    ) -> Result<i64> {
        self.sql().insert(
            "INSERT INTO purchase_requests (kind_id, quantity, message, requested_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
            params![kind_id, quantity, message, by, at],
        )
    }

    /// Newest first; every request when `status` is `None`.
    pub fn purchase_requests(&self, status: Option<RequestStatus>) -> Result<Vec<PurchaseRequest>> {
        self.sql().all(
            "SELECT p.id, k.name AS kind, p.quantity, p.message, p.requested_by, p.status,
                    p.created_at, p.fulfilled_at, p.cancelled_at
             FROM purchase_requests p JOIN credit_kinds k ON k.id = p.kind_id
             WHERE CAST(?1 AS TEXT) IS NULL OR p.status = ?1 ORDER BY p.id DESC",
            params![status.map(RequestStatus::as_str)],
            purchase_request_row,
        )
    }

    /// One purchase request.
    pub fn purchase_request(&self, id: i64) -> Result<Option<PurchaseRequest>> {
        self.sql().opt(
            "SELECT p.id, k.name AS kind, p.quantity, p.message, p.requested_by, p.status,
                    p.created_at, p.fulfilled_at, p.cancelled_at
             FROM purchase_requests p JOIN credit_kinds k ON k.id = p.kind_id WHERE p.id = ?1",
            params![id],
            purchase_request_row,
        )
    }

    /// Marks an open purchase request cancelled.
    pub fn cancel_purchase_request(&self, id: i64, at: &str) -> Result<()> {
        self.sql().exec(
            "UPDATE purchase_requests SET status = 'cancelled', cancelled_at = ?1
             WHERE id = ?2 AND status = 'open'",
            params![at, id],
        )?;
        Ok(())
    }
}

/// Who a "credits received" mail goes to.
pub struct Receiver {
    pub user_id: i64,
    pub email: String,
    pub first_name: String,
}

/// What [`Store::each_receipt`] reads besides the sums: the givers (else
/// every receipt is from the company) and the memos (else there are none).
#[derive(Debug, Clone, Copy, Default)]
pub struct ReceiptParts {
    pub givers: bool,
    pub memos: bool,
}

/// Who gave credits, as a mail names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Giver {
    /// The company account, named by the organization's name.
    Company,
    /// A user, by first and last name.
    User(String),
}

/// Credits of one kind that a user received, for their mail.
pub struct Receipt {
    pub kind: String,
    /// In all; never more than the import's total of the kind.
    pub amount: i64,
    /// The receiver's balance of the kind now.
    pub balance: i64,
    /// In the order they first gave.
    pub givers: Vec<Giver>,
    /// The memos, each once, in the order they first came.
    pub memos: Vec<String>,
}

/// Each account's net of a replayed ledger: see [`Store::replayed_nets`].
pub struct Nets {
    dense: Vec<i128>,
    sparse: std::collections::HashMap<i64, i128>,
}

impl Nets {
    fn entry(&mut self, account: i64) -> &mut i128 {
        match usize::try_from(account) {
            Ok(i) if i < self.dense.len() => &mut self.dense[i],
            _ => self.sparse.entry(account).or_insert(0),
        }
    }

    /// The net of an account; 0 if no transfer touched it.
    pub fn get(&self, account: i64) -> i128 {
        match usize::try_from(account) {
            Ok(i) if i < self.dense.len() => self.dense[i],
            _ => self.sparse.get(&account).copied().unwrap_or(0),
        }
    }
}

fn balance_row(r: &Row) -> Result<BalanceRow> {
    Ok(from_row!(r => BalanceRow { account, kind, account_id, balance, expires_at, expiring }))
}

/// The columns of a balance row for the credits that expire next:
/// `expires_at` (NULL when none do) and `expiring`.
const NEXT_LOT: &str =
    "(SELECT l.expires_at FROM lots l WHERE l.account_id = a.id AND l.remaining > 0
          ORDER BY l.expires_at LIMIT 1) AS expires_at,
         coalesce((SELECT l.remaining FROM lots l WHERE l.account_id = a.id AND l.remaining > 0
                   ORDER BY l.expires_at LIMIT 1), 0) AS expiring";

fn purchase_request_row(r: &Row) -> Result<PurchaseRequest> {
    Ok(from_row!(r => PurchaseRequest {
        id, kind, quantity, message, requested_by, status, created_at, fulfilled_at, cancelled_at
    }))
}
