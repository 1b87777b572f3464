//! `credits assign`: with its arguments, or as the help page's dialogue.

use clap::Args;

use super::KindArg;
use crate::cli::{App, complete, prompt_error};
use crate::domain::Amount;
use crate::domain::ledger::{self, Assign, COMPANY};
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
    /// A note kept with the transfer
    #[arg(long, value_name = "TEXT")]
    pub memo: Option<String>,
    /// Makes a retry safe: the same key returns the first result
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

pub fn run(app: &App, a: AssignArgs) -> Result<()> {
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
    use dialoguer::{Confirm, Select};
    let kind = a.kind.kind.clone();
    let holders = Holders(app.read(|ctx| ledger::assign_choices(ctx, &kind))?);
    let dir = Select::new()
        .with_prompt("Direction")
        .items([
            "From company to user",
            "From user to company",
            "From user to user",
        ])
        .default(0)
        .interact()
        .map_err(prompt_error)?;
    let from = if dir == 0 {
        holders.company("Sender")
    } else {
        holders.pick("Sender", None)?
    };
    let to = if dir == 1 {
        holders.company("Receiver")
    } else {
        holders.pick("Receiver", Some(&from))?
    };
    let amount = ask_amount(&from, holders.balance(&from))?;
    let ok = Confirm::new()
        .with_prompt(format!("Assign {amount} {kind} from {from} to {to}?"))
        .default(true)
        .interact()
        .map_err(prompt_error)?;
    if !ok {
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

/// The accounts one can choose, with their balances of the kind.
struct Holders(Vec<(String, i64)>);

impl Holders {
    fn balance(&self, name: &str) -> i64 {
        self.0
            .iter()
            .find(|(h, _)| h == name)
            .map_or(0, |(_, b)| *b)
    }

    fn company(&self, role: &str) -> String {
        eprintln!("{role}: company (balance {})", self.balance(COMPANY));
        COMPANY.to_string()
    }

    fn pick(&self, prompt: &str, exclude: Option<&str>) -> Result<String> {
        let names: Vec<&String> = self
            .0
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
            .map(|h| format!("{h} (balance {})", self.balance(h)))
            .collect();
        let i = dialoguer::Select::new()
            .with_prompt(prompt)
            .items(&items)
            .default(0)
            .interact()
            .map_err(prompt_error)?;
        Ok(names[i].clone())
    }
}

/// Asks until the answer is an amount the sender holds.
fn ask_amount(from: &str, available: i64) -> Result<Amount> {
    let amount: String = dialoguer::Input::new()
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
    Amount::parse(&amount, "amount")
}
