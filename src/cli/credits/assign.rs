//! `credits assign`: with its arguments, or as the help page's dialogue.

use clap::Args;

use super::KindArg;
use crate::cli::{App, complete, prompt};
use crate::domain::Amount;
use crate::domain::ledger::{self, Assign, COMPANY, Sweep};
use crate::error::{Code, Error, Result};
use crate::output::Block;

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// Sender: company or a user's handle
    #[arg(long, value_name = "company|HANDLE", add = complete::account())]
    pub from: Option<String>,
    /// Receiver: company or a user's handle
    #[arg(long, value_name = "company|HANDLE", add = complete::account())]
    pub to: Option<String>,
    /// Whole number of credits to move
    #[arg(value_parser = crate::cli::args::amount)]
    pub amount: Option<Amount>,
    #[command(flatten)]
    pub kind: KindArg,
    /// Move the sender's whole balance of the kind, read and moved at once
    #[arg(long, conflicts_with = "amount")]
    pub all: bool,
    /// Move the sender's whole balance of every kind: a transfer per kind
    #[arg(long, conflicts_with_all = ["amount", "all", "kind"])]
    pub all_kinds: bool,
    /// A note kept with the transfer
    #[arg(long, value_name = "TEXT")]
    pub memo: Option<String>,
    /// Makes a retry safe: the same key returns the first result
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

pub fn run(app: &App, a: AssignArgs) -> Result<()> {
    if a.all || a.all_kinds {
        return sweep(app, a);
    }
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

/// `--all` and `--all-kinds`: the sender's whole balance, one kind or every kind.
fn sweep(app: &App, a: AssignArgs) -> Result<()> {
    let flag = if a.all { "--all" } else { "--all-kinds" };
    let (Some(from), Some(to)) = (a.from, a.to) else {
        return Err(
            Error::invalid(format!("credits assign {flag} needs --from and --to")).hint(format!(
                "e.g. `tally credits assign --from bob --to company {flag}`"
            )),
        );
    };
    let request = Sweep {
        from,
        to,
        kind: a.all.then_some(a.kind.kind),
        memo: a.memo,
        idempotency_key: a.idempotency_key,
    };
    let done = app.write(|ctx| ledger::sweep(ctx, &request))?;
    let note = if done.replayed {
        " (replayed: nothing changed)"
    } else {
        ""
    };
    let mut lines: Vec<Block> = (done.transfers.iter())
        .map(|t| {
            Block::Line(format!(
                "moved {} {} from {} (now {}) to {} (now {}){note}",
                t.amount, t.kind, t.from, t.from_balance, t.to, t.to_balance
            ))
        })
        .collect();
    if lines.is_empty() {
        let what = match &done.kind {
            Some(k) => k.clone(),
            None => "credits of any kind".into(),
        };
        lines.push(Block::Line(format!(
            "{} holds no {what}: nothing moved{note}",
            done.from
        )));
    }
    app.out.print(&done, &lines)
}

/// The help page's dialogue: direction, sender with balance, receiver with
/// balance, amount checked against the balance, confirmation. Only what can
/// be done is offered: a sender holds some of the kind.
fn ask_assign(app: &App, a: &AssignArgs) -> Result<Assign> {
    let kind = a.kind.kind.clone();
    let holders = Holders {
        all: app.read(|ctx| ledger::assign_choices(ctx, &kind))?,
        kind: kind.clone(),
    };
    let users = holders.users(None).len();
    let givers = holders.givers().len();
    let mut directions = Vec::new();
    if holders.balance(COMPANY) > 0 && users > 0 {
        directions.push(Direction::CompanyToUser);
    }
    if givers > 0 {
        directions.push(Direction::UserToCompany);
    }
    if givers > 0 && users > 1 {
        directions.push(Direction::UserToUser);
    }
    if directions.is_empty() {
        let kind_flag = if kind == ledger::DEFAULT_KIND {
            String::new()
        } else {
            format!(" --kind {kind}")
        };
        return Err(Error::new(
            Code::InsufficientCredits,
            format!("no account holds any {kind} to assign"),
        )
        .hint(format!(
            "buy some into the company account first: `tally credits topup AMOUNT{kind_flag}`"
        )));
    }
    let labels: Vec<&str> = directions.iter().map(|d| d.label()).collect();
    let dir = directions[prompt::select("Direction", &labels)?];
    let from = match dir {
        Direction::CompanyToUser => holders.company("Sender"),
        _ => holders.pick("Sender", holders.givers())?,
    };
    let to = match dir {
        Direction::UserToCompany => holders.company("Receiver"),
        _ => holders.pick("Receiver", holders.users(Some(&from)))?,
    };
    let amount = ask_amount(&from, holders.balance(&from), &kind)?;
    if !prompt::confirm(
        &format!("Assign {amount} {kind} from {from} to {to}?"),
        true,
    )? {
        return Err(crate::cli::not_confirmed());
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

#[derive(Debug, Clone, Copy)]
enum Direction {
    CompanyToUser,
    UserToCompany,
    UserToUser,
}

impl Direction {
    fn label(self) -> &'static str {
        match self {
            Direction::CompanyToUser => "From company to user",
            Direction::UserToCompany => "From user to company",
            Direction::UserToUser => "From user to user",
        }
    }
}

/// The accounts one can choose, with their balances of the kind.
struct Holders {
    all: Vec<(String, i64)>,
    kind: String,
}

impl Holders {
    fn balance(&self, name: &str) -> i64 {
        self.all
            .iter()
            .find(|(h, _)| h == name)
            .map_or(0, |(_, b)| *b)
    }

    /// Users who hold some of the kind: those who can give.
    fn givers(&self) -> Vec<&(String, i64)> {
        self.users(None)
            .into_iter()
            .filter(|(_, b)| *b > 0)
            .collect()
    }

    /// Every user, but `except`.
    fn users(&self, except: Option<&str>) -> Vec<&(String, i64)> {
        self.all
            .iter()
            .filter(|(h, _)| h != COMPANY && Some(h.as_str()) != except)
            .collect()
    }

    fn company(&self, role: &str) -> String {
        eprintln!("{role}: company ({} {})", self.balance(COMPANY), self.kind);
        COMPANY.to_string()
    }

    /// One of `choices`, found by typing part of the handle.
    fn pick(&self, role: &str, choices: Vec<&(String, i64)>) -> Result<String> {
        let items: Vec<String> = choices
            .iter()
            .map(|(h, b)| format!("{h} ({b} {})", self.kind))
            .collect();
        let question = format!("{role} (balances in {}; type to filter)", self.kind);
        let i = prompt::pick(&question, &items)?;
        Ok(choices[i].0.clone())
    }
}

/// Asks until the answer is an amount the sender holds.
fn ask_amount(from: &str, available: i64, kind: &str) -> Result<Amount> {
    let amount = prompt::text(
        &format!("Amount of {kind} to assign (at most {available})"),
        |s| match Amount::parse(s, "amount") {
            Ok(n) if n.get() <= available => Ok(()),
            Ok(_) => Err(Error::invalid(format!("{from} has only {available}"))
                .hint("give a smaller amount, or press Esc to cancel")),
            Err(e) => Err(e),
        },
    )?;
    Amount::parse(&amount, "amount")
}
