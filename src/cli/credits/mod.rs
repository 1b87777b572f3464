mod alert;
mod assign;
pub mod import;
mod usage;

use clap::{Args, Subcommand, ValueEnum};

use super::{App, complete};
use crate::domain::Amount;
use crate::domain::ledger::DEFAULT_KIND;
use crate::domain::ledger::{self, RequestStatus};
use crate::domain::reversal;
use crate::error::Result;
use crate::output::{Block, JsonList, Row, table};

#[derive(Debug, Subcommand)]
pub enum CreditsCommand {
    /// Add or list credit kinds
    #[command(subcommand)]
    Kind(KindCommand),
    /// Mail when a balance falls below a threshold: set, list, remove
    #[command(subcommand)]
    Alert(alert::AlertCommand),
    /// Put purchased credits into the company account
    #[command(
        after_help = "--to-balance N adds what the company account lacks of N (nothing when it\nholds N or more), read and added in one transaction.\n\n--expires TIME makes the credits added expire then: they are spent before\ncredits that never expire, keep their expiry when moved, and `credits\nexpire` takes what is left of them out of the accounts.\n\nExamples:\n  tally credits topup 1000 --reference INV-2026-001\n  tally credits topup 500 --request 3\n  tally credits topup --to-balance 5000 --kind sms --idempotency-key refill-2026-03-01\n  tally credits topup 300 --expires 2027-01-01 --reference PROMO-Q4"
    )]
    Topup(TopupArgs),
    /// Move credits: company→user, user→company or user→user
    #[command(
        after_help = "With no arguments on a terminal, it asks for the direction, the sender,\nthe receiver and the amount, then confirms.\n\n--all moves the sender's whole balance of the kind, --all-kinds of every\nkind (a transfer each), read and moved in one transaction. A sender who\nholds nothing is not an error: nothing moves, and the output says so.\n\nExamples:\n  tally credits assign --from company --to bob 50\n  tally credits assign --from bob --to company 20 --memo \"unused\"\n  tally credits assign --from bob --to carol 10 --idempotency-key nightly-2026-03-01-bob\n  tally credits assign --from bob --to company --all\n  tally credits assign --from bob --to company --all-kinds --memo \"leaving\"\n  tally credits assign"
    )]
    Assign(assign::AssignArgs),
    /// Undo a transfer with a new one that moves its credits back
    #[command(
        after_help = "The transfer stays in the ledger, linked to its reversal; history shows both.\nA topup, an assign, a use or an order is reversed once, and only while the\naccount that received it still holds the amount.\n\nExamples:\n  tally credits reverse 12\n  tally credits reverse 12 --memo \"typed 50000 for 500\"\n  tally credits reverse 12 --idempotency-key undo-12"
    )]
    Reverse(ReverseArgs),
    /// Take credits that have expired out of the accounts that hold them
    #[command(
        after_help = "Credits bought with an expiry (`credits topup --expires`, a plan with\n--valid-days) are spent before credits that never expire, earliest first.\nOnce expired they can no longer be spent; this moves them, in the ledger,\nto each kind's `expired` account (a transfer of type `expire` per account\nand expiry), so that balances show what can be spent. Run it from cron:\nrun again, it finds nothing to do.\n\nExamples:\n  tally credits expire\n  tally credits expire --dry-run\n  0 1 * * *  tally --as ops-bot -q credits expire"
    )]
    Expire,
    /// Apply a CSV file of transfers: all rows or none
    #[command(
        after_help = "The header is from,to,amount[,kind][,memo][,idempotency_key].\n\nExamples:\n  tally credits import monthly.csv\n  tally credits import monthly.csv --dry-run\n  generate-rows | tally credits import -"
    )]
    Import(import::ImportArgs),
    /// Show balances: one account, or the company and every user
    #[command(
        after_help = "Examples:\n  tally credits balance\n  tally credits balance bob\n  tally credits balance company --kind sms\n  tally credits balance bob --at 2026-01-31T23:59:59Z"
    )]
    Balance(BalanceArgs),
    /// Show transfers, newest first
    #[command(
        after_help = "Rows are written as they are read: a history of millions of transfers starts at once\nand takes the memory of one.\n\nExamples:\n  tally credits history --limit 20\n  tally credits history bob --kind credits\n  tally credits history company --since 2026-03-01 --until 2026-04-01"
    )]
    History(HistoryArgs),
    /// Ask the vendor for more credits (mailed to the support-email setting)
    #[command(
        args_conflicts_with_subcommands = true,
        subcommand_negates_reqs = true,
        after_help = "A request is open until `credits topup --request ID` fulfils it or\n`credits request cancel ID` cancels it.\n\nExamples:\n  tally credits request 5000 --message \"for the spring campaign\"\n  tally credits request cancel 3"
    )]
    Request(RequestArgs),
    /// Consume credits: HANDLE uses their credit owner's balance
    #[command(
        name = "use",
        after_help = "Examples:\n  tally credits use peter 3 --memo \"campaign 12\"\n  tally --as peter credits use peter 1 --idempotency-key send-8812"
    )]
    Use(usage::UseArgs),
    /// Consumption of HANDLE's owner and of every credit user of that owner
    #[command(
        after_help = "Examples:\n  tally credits usage\n  tally credits usage peter --since 2026-03-01 --until 2026-04-01"
    )]
    Usage(usage::UsageArgs),
    /// List purchase requests
    #[command(
        after_help = "Examples:\n  tally credits requests\n  tally credits requests --status all"
    )]
    Requests(RequestsArgs),
}

#[derive(Debug, Subcommand)]
pub enum KindCommand {
    /// Add a kind of credits (e.g. email, sms)
    #[command(after_help = "Example:\n  tally credits kind add sms")]
    Add(KindName),
    /// List the kinds with the company's balance of each
    #[command(after_help = "Example:\n  tally credits kind list")]
    List,
}

#[derive(Debug, Args)]
pub struct KindName {
    /// [a-z0-9][a-z0-9._-]{0,31}
    pub name: String,
}

#[derive(Debug, Args)]
pub struct KindArg {
    /// The kind of credits
    #[arg(long, value_name = "K", default_value = DEFAULT_KIND, add = complete::kind())]
    pub kind: String,
}

#[derive(Debug, Args)]
pub struct TopupArgs {
    /// Whole number of credits purchased
    #[arg(value_parser = crate::cli::args::amount, required_unless_present = "to_balance")]
    pub amount: Option<Amount>,
    /// Add what the company account lacks of N, nothing if it holds N or more
    #[arg(long, value_name = "N", value_parser = crate::cli::args::level, conflicts_with = "amount")]
    pub to_balance: Option<Amount>,
    #[command(flatten)]
    pub kind: KindArg,
    /// The vendor's reference (invoice, order number)
    #[arg(long, value_name = "TEXT")]
    pub reference: Option<String>,
    /// Mark this purchase request fulfilled
    #[arg(long, value_name = "ID")]
    pub request: Option<i64>,
    /// The credits added expire at TIME (YYYY-MM-DD: its start, UTC; or RFC 3339)
    #[arg(long, value_name = "TIME", value_parser = crate::cli::args::time)]
    pub expires: Option<jiff::Timestamp>,
    /// Makes a retry safe: the same key returns the first result
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReverseArgs {
    /// The id of the transfer to reverse (`credits history` shows ids)
    #[arg(value_name = "TRANSFER_ID")]
    pub transfer: i64,
    /// A note kept with the reversal
    #[arg(long, value_name = "TEXT")]
    pub memo: Option<String>,
    /// Makes a retry safe: the same key returns the first result
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// company or a user's handle [default: the company and every user]
    #[arg(add = complete::account())]
    pub account: Option<String>,
    /// Only this kind
    #[arg(long, value_name = "K", add = complete::kind())]
    pub kind: Option<String>,
    /// The balance as it was at TIME (RFC 3339 or YYYY-MM-DD), replayed from the ledger
    #[arg(long, value_name = "TIME", value_parser = crate::cli::args::time)]
    pub at: Option<jiff::Timestamp>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// company or a user's handle [default: every transfer]
    #[arg(add = complete::account())]
    pub account: Option<String>,
    /// Only this kind
    #[arg(long, value_name = "K", add = complete::kind())]
    pub kind: Option<String>,
    /// At most N transfers
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// From TIME on (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME", value_parser = crate::cli::args::time)]
    pub since: Option<jiff::Timestamp>,
    /// Before TIME (RFC 3339 or YYYY-MM-DD)
    #[arg(long, value_name = "TIME", value_parser = crate::cli::args::time)]
    pub until: Option<jiff::Timestamp>,
}

#[derive(Debug, Args)]
pub struct RequestArgs {
    #[command(subcommand)]
    pub command: Option<RequestCommand>,
    /// Whole number of credits wanted
    #[arg(value_parser = crate::cli::args::quantity, required = true)]
    pub quantity: Option<Amount>,
    #[command(flatten)]
    pub kind: KindArg,
    /// A message for the vendor
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum RequestCommand {
    /// Cancel an open purchase request (the vendor is mailed)
    #[command(
        after_help = "Cancelling a cancelled request again changes nothing; a fulfilled one\ncannot be cancelled, nor a cancelled one fulfilled.\n\nExample:\n  tally credits request cancel 3"
    )]
    Cancel(RequestId),
}

#[derive(Debug, Args)]
pub struct RequestId {
    /// The request's id, as `credits requests` shows it
    pub id: i64,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RequestFilter {
    Open,
    Fulfilled,
    Cancelled,
    All,
}

#[derive(Debug, Args)]
pub struct RequestsArgs {
    #[arg(long, value_enum, default_value = "open")]
    pub status: RequestFilter,
}

pub fn run(app: &App, cmd: CreditsCommand) -> Result<()> {
    match cmd {
        CreditsCommand::Kind(KindCommand::Add(k)) => {
            let info = app.write(|ctx| ledger::add_kind(ctx, &k.name))?;
            app.out.print(
                &info,
                &[Block::Line(format!("added credit kind '{}'", info.name))],
            )
        }
        CreditsCommand::Kind(KindCommand::List) => {
            let kinds = app.read(ledger::list_kinds)?;
            app.out.print(&kinds, &[table(&kinds)])
        }
        CreditsCommand::Topup(a) => {
            let amount = match (a.amount, a.to_balance) {
                (_, Some(level)) => ledger::TopupAmount::ToBalance(level),
                (Some(amount), None) => ledger::TopupAmount::Exactly(amount),
                (None, None) => {
                    return Err(crate::error::Error::invalid(
                        "credits topup needs AMOUNT or --to-balance N",
                    )
                    .hint("e.g. `tally credits topup 1000` or `tally credits topup --to-balance 1000`"));
                }
            };
            let request = ledger::Topup {
                amount,
                kind: a.kind.kind,
                reference: a.reference,
                request: a.request,
                idempotency_key: a.idempotency_key,
                expires: a.expires,
            };
            let done = app.write(|ctx| ledger::top_up(ctx, &request))?;
            let note = if done.replayed {
                " (replayed: nothing changed)"
            } else {
                ""
            };
            let line = match done.to_balance {
                Some(level) if done.amount == 0 => format!(
                    "the company account holds {} {} (at least {level}): nothing added{note}",
                    done.company_balance, done.kind
                ),
                _ => format!(
                    "added {} {} to the company account{}; balance {}{note}",
                    done.amount,
                    done.kind,
                    done.expires_at
                        .as_ref()
                        .map(|e| format!(", expiring at {e}"))
                        .unwrap_or_default(),
                    done.company_balance
                ),
            };
            app.out.print(&done, &[Block::Line(line)])
        }
        CreditsCommand::Assign(a) => assign::run(app, a),
        CreditsCommand::Alert(c) => alert::run(app, c),
        CreditsCommand::Reverse(a) => {
            let request = reversal::Reverse {
                transfer: a.transfer,
                memo: a.memo,
                idempotency_key: a.idempotency_key,
            };
            let done = app.write(|ctx| reversal::reverse(ctx, &request))?;
            let note = if done.replayed {
                " (replayed: nothing changed)"
            } else {
                ""
            };
            app.out.print(
                &done,
                &[Block::Line(format!(
                    "reversed transfer {}: moved {} {} back from {} (now {}) to {} (now {}) as transfer {}{note}",
                    done.reverses,
                    done.amount,
                    done.kind,
                    done.from,
                    done.from_balance,
                    done.to,
                    done.to_balance,
                    done.id
                ))],
            )
        }
        CreditsCommand::Expire => {
            let done = app.write(crate::domain::expiry::expire)?;
            if done.is_empty() {
                return app
                    .out
                    .print(&done, &[Block::Line("nothing has expired".into())]);
            }
            app.out.print(&done, &[table(&done)])
        }
        CreditsCommand::Use(a) => usage::consume(app, a),
        CreditsCommand::Usage(a) => usage::usage(app, a),
        CreditsCommand::Import(a) => import::run(app, a),
        CreditsCommand::Balance(a) => app.read(|ctx| {
            ledger::balances(
                ctx,
                a.account.as_deref(),
                a.kind.as_deref(),
                a.at,
                || app.out.list(&[], JsonList::Array),
                |list, b| list.push(&b),
            )?
            .finish(&[], &[])
        }),
        CreditsCommand::History(a) => app.read(|ctx| {
            ledger::history(
                ctx,
                a.account.as_deref(),
                a.kind.as_deref(),
                (a.since, a.until),
                a.limit,
                || app.out.list(&[], JsonList::Array),
                |list, t| list.push(&t),
            )?
            .finish(&[], &[])
        }),
        CreditsCommand::Request(RequestArgs {
            command: Some(RequestCommand::Cancel(r)),
            ..
        }) => {
            let done = app.write(|ctx| ledger::cancel_request(ctx, r.id))?;
            let line = if done.changed {
                format!(
                    "cancelled request {} ({} {})",
                    r.id, done.request.quantity, done.request.kind
                )
            } else {
                format!("request {} was already cancelled: nothing changed", r.id)
            };
            app.out.print(&done, &[Block::Line(line)])
        }
        CreditsCommand::Request(a) => {
            let Some(quantity) = a.quantity else {
                return Err(
                    crate::error::Error::invalid("credits request needs QUANTITY")
                        .hint("e.g. `tally credits request 5000`"),
                );
            };
            let req = app
                .write(|ctx| ledger::request(ctx, quantity, &a.kind.kind, a.message.as_deref()))?;
            app.out.print(
                &req,
                &[Block::Line(format!(
                    "requested {} {} (request {}); the vendor is mailed by `tally mail send`",
                    req.quantity, req.kind, req.id
                ))],
            )
        }
        CreditsCommand::Requests(a) => {
            let status = match a.status {
                RequestFilter::Open => Some(RequestStatus::Open),
                RequestFilter::Fulfilled => Some(RequestStatus::Fulfilled),
                RequestFilter::Cancelled => Some(RequestStatus::Cancelled),
                RequestFilter::All => None,
            };
            let list = app.read(|ctx| ledger::requests(ctx, status))?;
            app.out.print(&list, &[table(&list)])
        }
    }
}

impl Row for ledger::KindInfo {
    const HEADER: &'static [&'static str] = &["KIND", "COMPANY BALANCE", "CREATED"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.company_balance.to_string(),
            self.created_at.clone(),
        ]
    }
}

impl Row for crate::domain::expiry::Expired {
    const HEADER: &'static [&'static str] =
        &["KIND", "LOTS", "EXPIRED", "FIRST TRANSFER", "LAST TRANSFER"];
    fn cells(&self) -> Vec<String> {
        let id = |t: Option<i64>| t.map(|t| t.to_string()).unwrap_or_default();
        vec![
            self.kind.clone(),
            self.lots.to_string(),
            self.amount.to_string(),
            id(self.first_transfer),
            id(self.last_transfer),
        ]
    }
}

impl Row for ledger::Balance {
    const HEADER: &'static [&'static str] = &["ACCOUNT", "KIND", "BALANCE", "EXPIRES NEXT"];
    fn cells(&self) -> Vec<String> {
        let next = match &self.expires_at {
            Some(at) => format!("{} at {at}", self.expiring),
            None => String::new(),
        };
        vec![
            self.account.clone(),
            self.kind.clone(),
            self.balance.to_string(),
            next,
        ]
    }
}

impl Row for ledger::TransferView {
    const HEADER: &'static [&'static str] = &[
        "ID", "AT", "TYPE", "KIND", "FROM", "TO", "AMOUNT", "ACTOR", "MEMO",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.kind_of_transfer.clone(),
            self.kind.clone(),
            self.from.clone(),
            self.to.clone(),
            self.amount.to_string(),
            self.actor.clone(),
            memo_with_link(self),
        ]
    }
}

/// The memo, after the transfer's link to its reversal if it has one.
fn memo_with_link(t: &ledger::TransferView) -> String {
    let link = match (t.reverses, t.reversed_by) {
        (Some(id), _) => Some(format!("reverses #{id}")),
        (None, Some(id)) => Some(format!("reversed by #{id}")),
        (None, None) => None,
    };
    match (link, &t.memo) {
        (Some(l), Some(m)) => format!("{l}: {m}"),
        (Some(l), None) => l,
        (None, m) => m.clone().unwrap_or_default(),
    }
}

impl Row for ledger::PurchaseRequest {
    const HEADER: &'static [&'static str] = &[
        "ID", "KIND", "QUANTITY", "STATUS", "BY", "CREATED", "MESSAGE",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.kind.clone(),
            self.quantity.to_string(),
            self.status.as_str().into(),
            self.requested_by.clone(),
            self.created_at.clone(),
            self.message.clone().unwrap_or_default(),
        ]
    }
}
