use std::io::IsTerminal;

use clap::{Args, Subcommand, ValueEnum};

use super::{App, complete, csv_input, prompt_error};
use crate::domain::Amount;
use crate::domain::ledger::DEFAULT_KIND;
use crate::domain::ledger::{self, Assign, COMPANY};
use crate::error::{Code, Error, Result, RowError};
use crate::output::{Block, Row, table};

#[derive(Debug, Subcommand)]
pub enum CreditsCommand {
    /// Add or list credit kinds
    #[command(subcommand)]
    Kind(KindCommand),
    /// Put purchased credits into the company account
    #[command(
        after_help = "Examples:\n  tally credits topup 1000 --reference INV-2026-001\n  tally credits topup 500 --request 3"
    )]
    Topup(TopupArgs),
    /// Move credits: company→user, user→company or user→user
    #[command(
        after_help = "With no arguments on a terminal, it asks for the direction, the sender,\nthe receiver and the amount, then confirms.\n\nExamples:\n  tally credits assign --from company --to bob 50\n  tally credits assign --from bob --to company 20 --memo \"unused\"\n  tally credits assign --from bob --to carol 10 --idempotency-key nightly-2026-03-01-bob\n  tally credits assign"
    )]
    Assign(AssignArgs),
    /// Apply a CSV file of transfers: all rows or none
    #[command(
        after_help = "The header is from,to,amount[,kind][,memo][,idempotency_key].\n\nExamples:\n  tally credits import monthly.csv\n  tally credits import monthly.csv --dry-run\n  generate-rows | tally credits import -"
    )]
    Import(ImportArgs),
    /// Show balances: one account, or the company and every user
    #[command(
        after_help = "Examples:\n  tally credits balance\n  tally credits balance bob\n  tally credits balance company --kind sms\n  tally credits balance bob --at 2026-01-31T23:59:59Z"
    )]
    Balance(BalanceArgs),
    /// Show transfers, newest first
    #[command(
        after_help = "Examples:\n  tally credits history --limit 20\n  tally credits history bob --kind credits"
    )]
    History(HistoryArgs),
    /// Ask the vendor for more credits (mailed to the support-email setting)
    #[command(
        after_help = "Example:\n  tally credits request 5000 --message \"for the spring campaign\""
    )]
    Request(RequestArgs),
    /// Consume credits: HANDLE uses their credit owner's balance
    #[command(
        name = "use",
        after_help = "Examples:\n  tally credits use peter 3 --memo \"campaign 12\"\n  tally --as peter credits use peter 1 --idempotency-key send-8812"
    )]
    Use(super::usage::UseArgs),
    /// Consumption of HANDLE's owner and of every credit user of that owner
    #[command(
        after_help = "Examples:\n  tally credits usage\n  tally credits usage peter --since 2026-03-01 --until 2026-04-01"
    )]
    Usage(super::usage::UsageArgs),
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
    #[arg(value_parser = super::args::amount)]
    pub amount: Amount,
    #[command(flatten)]
    pub kind: KindArg,
    /// The vendor's reference (invoice, order number)
    #[arg(long, value_name = "TEXT")]
    pub reference: Option<String>,
    /// Mark this purchase request fulfilled
    #[arg(long, value_name = "ID")]
    pub request: Option<i64>,
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// Sender: company or a user's handle
    #[arg(long, value_name = "company|HANDLE", add = complete::account())]
    pub from: Option<String>,
    /// Receiver: company or a user's handle
    #[arg(long, value_name = "company|HANDLE", add = complete::account())]
    pub to: Option<String>,
    /// Whole number of credits to move
    #[arg(value_parser = super::args::amount)]
    pub amount: Option<Amount>,
    #[command(flatten)]
    pub kind: KindArg,
    /// A note kept with the transfer
    #[arg(long, value_name = "TEXT")]
    pub memo: Option<String>,
    /// Makes a retry safe: the same key returns the first result
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, or - for standard input
    pub file: String,
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
    #[arg(long, value_name = "TIME", value_parser = super::args::time)]
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
}

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// Whole number of credits wanted
    #[arg(value_parser = super::args::quantity)]
    pub quantity: Amount,
    #[command(flatten)]
    pub kind: KindArg,
    /// A message for the vendor
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RequestStatus {
    Open,
    Fulfilled,
    All,
}

#[derive(Debug, Args)]
pub struct RequestsArgs {
    #[arg(long, value_enum, default_value = "open")]
    pub status: RequestStatus,
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
            let done = app.write(|ctx| {
                ledger::topup(
                    ctx,
                    a.amount,
                    &a.kind.kind,
                    a.reference.as_deref(),
                    a.request,
                )
            })?;
            app.out.print(
                &done,
                &[Block::Line(format!(
                    "added {} {} to the company account; balance {}",
                    done.amount, done.kind, done.company_balance
                ))],
            )
        }
        CreditsCommand::Assign(a) => assign(app, a),
        CreditsCommand::Use(a) => super::usage::consume(app, a),
        CreditsCommand::Usage(a) => super::usage::usage(app, a),
        CreditsCommand::Import(a) => import(app, a),
        CreditsCommand::Balance(a) => {
            let rows = app
                .read(|ctx| ledger::balances(ctx, a.account.as_deref(), a.kind.as_deref(), a.at))?;
            app.out.print(&rows, &[table(&rows)])
        }
        CreditsCommand::History(a) => {
            let rows = app.read(|ctx| {
                ledger::history(ctx, a.account.as_deref(), a.kind.as_deref(), a.limit)
            })?;
            app.out.print(&rows, &[table(&rows)])
        }
        CreditsCommand::Request(a) => {
            let req = app.write(|ctx| {
                ledger::request(ctx, a.quantity, &a.kind.kind, a.message.as_deref())
            })?;
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
                RequestStatus::Open => "open",
                RequestStatus::Fulfilled => "fulfilled",
                RequestStatus::All => "all",
            };
            let list = app.read(|ctx| ledger::requests(ctx, status))?;
            app.out.print(&list, &[table(&list)])
        }
    }
}

fn assign(app: &App, a: AssignArgs) -> Result<()> {
    let request = match (&a.from, &a.to, &a.amount) {
        (Some(from), Some(to), Some(amount)) => Assign {
            from: from.clone(),
            to: to.clone(),
            amount: *amount,
            kind: a.kind.kind.clone(),
            memo: a.memo.clone(),
            idempotency_key: a.idempotency_key.clone(),
        },
        _ if app.interactive && a.from.is_none() && a.to.is_none() && a.amount.is_none() => {
            ask_assign(app, &a)?
        }
        _ => {
            return Err(Error::invalid("credits assign needs --from, --to and AMOUNT")
                .hint("e.g. `tally credits assign --from company --to bob 50`; on a terminal, give no arguments to be asked"));
        }
    };
    let done = app.write(|ctx| ledger::assign(ctx, &request))?;
    let note = if done.replayed {
        " (replayed: nothing changed)"
    } else {
        ""
    };
    app.out.print(
        &done,
        &[Block::Line(format!(
            "moved {} {} from {} (now {}) to {} (now {}){note}",
            done.amount, done.kind, done.from, done.from_balance, done.to, done.to_balance
        ))],
    )
}

/// The help page's dialogue: direction, sender with balance, receiver with
/// balance, amount checked against the balance, confirmation.
fn ask_assign(app: &App, a: &AssignArgs) -> Result<Assign> {
    use dialoguer::{Confirm, Input, Select};
    let kind = a.kind.kind.clone();
    let holders = app.read(|ctx| ledger::assign_choices(ctx, &kind))?;
    let balance = |name: &str| {
        holders
            .iter()
            .find(|(h, _)| h == name)
            .map(|(_, b)| *b)
            .unwrap_or(0)
    };
    let directions = [
        "From company to user",
        "From user to company",
        "From user to user",
    ];
    let dir = Select::new()
        .with_prompt("Direction")
        .items(directions)
        .default(0)
        .interact()
        .map_err(prompt_error)?;
    let pick = |prompt: &str, exclude: Option<&str>| -> Result<String> {
        let names: Vec<&String> = holders
            .iter()
            .map(|(h, _)| h)
            .filter(|h| h.as_str() != COMPANY && Some(h.as_str()) != exclude)
            .collect();
        if names.is_empty() {
            return Err(
                Error::new(Code::NotFound, "there is no active user to choose")
                    .hint("add one with `tally user add`"),
            );
        }
        let items: Vec<String> = names
            .iter()
            .map(|h| format!("{h} (balance {})", balance(h)))
            .collect();
        let i = Select::new()
            .with_prompt(prompt)
            .items(&items)
            .default(0)
            .interact()
            .map_err(prompt_error)?;
        Ok(names[i].clone())
    };
    let from = if dir == 0 {
        eprintln!("Sender: company (balance {})", balance(COMPANY));
        COMPANY.to_string()
    } else {
        pick("Sender", None)?
    };
    let to = if dir == 1 {
        eprintln!("Receiver: company (balance {})", balance(COMPANY));
        COMPANY.to_string()
    } else {
        pick("Receiver", Some(&from))?
    };
    let available = balance(&from);
    let amount: String = Input::new()
        .with_prompt(format!("Credits to be assigned (at most {available})"))
        .validate_with(|s: &String| -> std::result::Result<(), String> {
            match Amount::parse(s, "amount") {
                Ok(n) if n.get() <= available => Ok(()),
                Ok(_) => Err(format!("{from} has only {available}")),
                Err(e) => Err(e.message.clone()),
            }
        })
        .interact_text()
        .map_err(prompt_error)?;
    let amount = Amount::parse(&amount, "amount")?;
    let ok = Confirm::new()
        .with_prompt(format!("Assign {amount} {kind} from {from} to {to}?"))
        .default(true)
        .interact()
        .map_err(prompt_error)?;
    if !ok {
        return Err(super::not_confirmed());
    }
    Ok(Assign {
        from,
        to,
        amount,
        kind,
        memo: a.memo.clone(),
        idempotency_key: a.idempotency_key.clone(),
    })
}

/// Splits a credits CSV into rows, and the malformed rows' errors with their lines.
pub(super) fn parse_credits_csv(text: &str) -> Result<(Vec<ledger::ImportRow>, Vec<RowError>)> {
    let csv = csv_input::parse(
        text,
        &["from", "to", "amount"],
        &["kind", "memo", "idempotency_key"],
        csv::Trim::All,
    )?;
    let mut rows = Vec::with_capacity(csv.records.len());
    let mut errors = Vec::new();
    for (line, record) in &csv.records {
        let opt =
            |column: &str| Some(csv.get(record, column).to_string()).filter(|s| !s.is_empty());
        match Amount::parse(csv.get(record, "amount"), "amount") {
            Ok(amount) => rows.push(ledger::ImportRow {
                line: *line,
                assign: Assign {
                    from: csv.get(record, "from").to_string(),
                    to: csv.get(record, "to").to_string(),
                    amount,
                    kind: opt("kind").unwrap_or_else(|| DEFAULT_KIND.to_string()),
                    memo: opt("memo"),
                    idempotency_key: opt("idempotency_key"),
                },
            }),
            Err(e) => errors.push(e.at_line(*line)),
        }
    }
    errors.extend(csv.errors);
    Ok((rows, errors))
}

fn import(app: &App, a: ImportArgs) -> Result<()> {
    let text = csv_input::read_input(&a.file)?;
    let (rows, bad_rows) = parse_credits_csv(&text)?;
    let bar = if std::io::stderr().is_terminal() && !app.global.quiet {
        let bar = indicatif::ProgressBar::new(rows.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} rows {per_sec}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let result =
        app.write(|ctx| ledger::import(ctx, &rows, bad_rows.clone(), &|n| bar.set_position(n)));
    bar.finish_and_clear();
    let done = result?;
    let totals: Vec<String> = done
        .totals
        .iter()
        .map(|t| format!("{} {}", t.amount, t.kind))
        .collect();
    let verb = if app.global.dry_run {
        "would move"
    } else {
        "moved"
    };
    let mut line = format!(
        "{verb} {} in {} transfer{} from {} row{}",
        if totals.is_empty() {
            "nothing".to_string()
        } else {
            totals.join(", ")
        },
        done.transfers,
        if done.transfers == 1 { "" } else { "s" },
        done.rows,
        if done.rows == 1 { "" } else { "s" },
    );
    if done.replayed > 0 {
        line.push_str(&format!(" ({} already applied, skipped)", done.replayed));
    }
    app.out.print(&done, &[Block::Line(line)])
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

impl Row for ledger::Balance {
    const HEADER: &'static [&'static str] = &["ACCOUNT", "KIND", "BALANCE"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.account.clone(),
            self.kind.clone(),
            self.balance.to_string(),
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
            self.memo.clone().unwrap_or_default(),
        ]
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
            self.status.clone(),
            self.requested_by.clone(),
            self.created_at.clone(),
            self.message.clone().unwrap_or_default(),
        ]
    }
}
