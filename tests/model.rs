//! A property test: random sequences of topups, assigns, reversals,
//! deactivations and activations run through the real binary and through a
//! small in-memory model of the rules. After every step the two agree, and
//! `verify` holds. A second model covers spending limits in a sharing
//! group: random limits set and lifted, uses and orders by the owner and
//! the credit users, and months passing.
use crate::common::*;
use crate::model_support::{balances, runs_as_predicted};

use std::collections::BTreeMap;

use proptest::prelude::*;

const USERS: [&str; 3] = ["u0", "u1", "u2"];

#[derive(Debug, Clone)]
enum Op {
    Topup(i64),
    Assign {
        from: usize,
        to: usize,
        amount: i64,
    },
    Deactivate(usize),
    Activate(usize),
    /// `credits reverse` of the transfer at this index (modulo how many
    /// there are; the first transfer's id when there is none yet).
    Reverse(usize),
}

/// Party 0 is the company, 1.. are USERS.
fn party(i: usize) -> &'static str {
    if i == 0 { "company" } else { USERS[i - 1] }
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (1i64..200).prop_map(Op::Topup),
        (0usize..4, 0usize..4, 1i64..80).prop_map(|(from, to, amount)| Op::Assign {
            from,
            to,
            amount
        }),
        (1usize..4).prop_map(Op::Deactivate),
        (1usize..4).prop_map(Op::Activate),
        (0usize..16).prop_map(Op::Reverse),
    ]
}

/// A transfer as the model keeps it; its id is its index plus one.
struct Transfer {
    /// `vendor` for a topup.
    from: &'static str,
    to: &'static str,
    amount: i64,
    is_reversal: bool,
    reversed: bool,
}

#[derive(Default)]
struct Model {
    balance: BTreeMap<&'static str, i64>,
    inactive: BTreeMap<&'static str, bool>,
    transfers: Vec<Transfer>,
}

impl Model {
    fn bal(&self, p: &str) -> i64 {
        self.balance.get(p).copied().unwrap_or(0)
    }

    fn active(&self, p: &str) -> bool {
        p == "company" || p == "vendor" || !self.inactive.get(p).copied().unwrap_or(false)
    }

    fn record(&mut self, from: &'static str, to: &'static str, amount: i64, is_reversal: bool) {
        self.transfers.push(Transfer {
            from,
            to,
            amount,
            is_reversal,
            reversed: false,
        });
    }

    /// The id `Reverse(k)` names.
    fn reversed_id(&self, k: usize) -> usize {
        if self.transfers.is_empty() {
            1
        } else {
            k % self.transfers.len() + 1
        }
    }

    /// The error code the rules predict, or None when the step succeeds (and is applied).
    fn apply(&mut self, op: &Op) -> Option<&'static str> {
        match *op {
            Op::Topup(n) => {
                *self.balance.entry("company").or_default() += n;
                self.record("vendor", "company", n, false);
                None
            }
            Op::Assign { from, to, amount } => {
                let (f, t) = (party(from), party(to));
                if f == t {
                    return Some("invalid_input");
                }
                if !self.active(f) || !self.active(t) {
                    return Some("inactive_user");
                }
                if self.bal(f) < amount {
                    return Some("insufficient_credits");
                }
                *self.balance.entry(f).or_default() -= amount;
                *self.balance.entry(t).or_default() += amount;
                self.record(f, t, amount, false);
                None
            }
            Op::Deactivate(u) => {
                let h = party(u);
                if self.bal(h) > 0 {
                    return Some("has_credits");
                }
                self.inactive.insert(h, true);
                None
            }
            Op::Activate(u) => {
                self.inactive.insert(party(u), false);
                None
            }
            Op::Reverse(k) => {
                let Some(t) = self.transfers.get(self.reversed_id(k) - 1) else {
                    return Some("not_found");
                };
                // The receiver gives back to the sender.
                let (giver, getter, amount) = (t.to, t.from, t.amount);
                if t.is_reversal {
                    return Some("invalid_input");
                }
                if t.reversed {
                    return Some("already_reversed");
                }
                if !self.active(giver) || !self.active(getter) {
                    return Some("inactive_user");
                }
                if self.bal(giver) < amount {
                    return Some("insufficient_credits");
                }
                let id = self.reversed_id(k) - 1;
                self.transfers[id].reversed = true;
                *self.balance.entry(giver).or_default() -= amount;
                if getter != "vendor" {
                    *self.balance.entry(getter).or_default() += amount;
                }
                self.record(giver, getter, amount, true);
                None
            }
        }
    }
}

fn args(op: &Op, model: &Model) -> Vec<String> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    match *op {
        Op::Reverse(k) => s(&["credits", "reverse", &model.reversed_id(k).to_string()]),
        Op::Topup(n) => s(&["credits", "topup", &n.to_string()]),
        Op::Assign { from, to, amount } => s(&[
            "credits",
            "assign",
            "--from",
            party(from),
            "--to",
            party(to),
            &amount.to_string(),
        ]),
        Op::Deactivate(u) => s(&["user", "deactivate", party(u)]),
        Op::Activate(u) => s(&["user", "activate", party(u)]),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn the_tool_follows_the_rules(ops in proptest::collection::vec(op(), 1..14)) {
        let env = Env::new();
        for u in USERS {
            add_user(&env, u, &[]);
        }
        let mut model = Model::default();
        for op in &ops {
            let a = args(op, &model);
            let expected = model.apply(op);
            runs_as_predicted(&env, &a, expected, op)?;
            let tool = balances(&env);
            for p in std::iter::once("company").chain(USERS) {
                prop_assert_eq!(tool.get(p).copied().unwrap_or(0), model.bal(p), "balance of {} after {:?}", p, op);
            }
            let verify = env.run(&["verify"]);
            prop_assert!(verify.status.success(), "verify failed after {op:?}: {}", String::from_utf8_lossy(&verify.stdout));
        }
    }
}

/// Spending limits inside a sharing group: u0 owns the credits, u1 and u2
/// use them; u0 and u1 have billing information, u2 none.
#[derive(Debug, Clone)]
enum LimitOp {
    /// `owner limit USER AMOUNT`, or `--remove` with `None`.
    Limit(usize, Option<i64>),
    /// `credits use USER AMOUNT`.
    Use(usize, i64),
    /// `order place USER --plan pack` (PACK credits).
    Order(usize),
    /// company → u0.
    Fund(i64),
    /// The clock moves to the first second of the next month.
    NextMonth,
}

const PACK: i64 = 20;

fn limit_op() -> impl Strategy<Value = LimitOp> {
    let user = || 0usize..USERS.len();
    prop_oneof![
        3 => (user(), proptest::option::weighted(0.8, 0i64..60))
            .prop_map(|(u, n)| LimitOp::Limit(u, n)),
        5 => (user(), 1i64..30).prop_map(|(u, n)| LimitOp::Use(u, n)),
        2 => user().prop_map(LimitOp::Order),
        1 => (1i64..100).prop_map(LimitOp::Fund),
        1 => Just(LimitOp::NextMonth),
    ]
}

#[derive(Default, Debug)]
struct LimitModel {
    /// u0's balance: everyone's uses draw on it, every order adds to it.
    owner: i64,
    company: i64,
    limit: [Option<i64>; USERS.len()],
    /// Consumed and bought on u0's credits this month, by user.
    spent: [i64; USERS.len()],
    month: u32,
}

impl LimitModel {
    /// The error code the rules predict, or None when the step succeeds
    /// (and is applied). A limit applies to a credit user only, and is
    /// checked before the balance and the billing information.
    fn apply(&mut self, op: &LimitOp) -> Option<&'static str> {
        let past_limit = |m: &Self, u: usize, amount: i64| {
            u != 0 && m.limit[u].is_some_and(|l| m.spent[u] + amount > l)
        };
        match *op {
            LimitOp::Limit(u, n) => {
                self.limit[u] = n;
                None
            }
            LimitOp::Use(u, n) => {
                if past_limit(self, u, n) {
                    return Some("limit_reached");
                }
                if self.owner < n {
                    return Some("insufficient_credits");
                }
                self.owner -= n;
                if u != 0 {
                    self.spent[u] += n;
                }
                None
            }
            LimitOp::Order(u) => {
                if past_limit(self, u, PACK) {
                    return Some("limit_reached");
                }
                if u == 2 {
                    return Some("no_billing_info");
                }
                self.owner += PACK;
                if u != 0 {
                    self.spent[u] += PACK;
                }
                None
            }
            LimitOp::Fund(n) => {
                if self.company < n {
                    return Some("insufficient_credits");
                }
                self.company -= n;
                self.owner += n;
                None
            }
            LimitOp::NextMonth => {
                self.month += 1;
                self.spent = [0; USERS.len()];
                None
            }
        }
    }
}

fn limit_args(op: &LimitOp) -> Vec<String> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    match *op {
        LimitOp::Limit(u, Some(n)) => s(&["owner", "limit", USERS[u], &n.to_string()]),
        LimitOp::Limit(u, None) => s(&["owner", "limit", USERS[u], "--remove"]),
        LimitOp::Use(u, n) => s(&["credits", "use", USERS[u], &n.to_string()]),
        LimitOp::Order(u) => s(&["order", "place", USERS[u], "--plan", "pack"]),
        LimitOp::Fund(n) => s(&[
            "credits",
            "assign",
            "--from",
            "company",
            "--to",
            USERS[0],
            &n.to_string(),
        ]),
        LimitOp::NextMonth => Vec::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn spending_limits_follow_the_rules(ops in proptest::collection::vec(limit_op(), 1..16)) {
        let mut env = Env::new();
        for u in USERS {
            add_user(&env, u, &[]);
        }
        env.ok(&["owner", "set", USERS[1], USERS[0]]);
        env.ok(&["owner", "set", USERS[2], USERS[0]]);
        for u in &USERS[..2] {
            env.ok(&["billing-info", "set", u, "--name", "N", "--address", "1 Road"]);
        }
        env.ok(&["plan", "add", "pack", "--credits", &PACK.to_string(), "--price", "9"]);
        env.ok(&["credits", "topup", "300"]);
        let mut model = LimitModel { company: 300, ..LimitModel::default() };
        for op in &ops {
            let expected = model.apply(op);
            if let LimitOp::NextMonth = op {
                env.now = format!("2026-{:02}-01T00:00:00Z", 3 + model.month);
                continue;
            }
            let out = runs_as_predicted(&env, &limit_args(op), expected, op)?;
            let held = env.json(&["credits", "balance", USERS[0]])[0]["balance"].as_i64().unwrap();
            prop_assert_eq!(held, model.owner, "u0's balance after {:?}", op);
            if let LimitOp::Limit(u, n) = *op {
                // What the tool says was used this month is the model's.
                let set = serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("JSON");
                prop_assert_eq!(set["limit"].as_i64(), n);
                prop_assert_eq!(set["used"].as_i64(), Some(if u == 0 { 0 } else { model.spent[u] }));
            }
        }
        let verify = env.run(&["verify"]);
        prop_assert!(verify.status.success(), "verify failed after {ops:?}: {}", String::from_utf8_lossy(&verify.stdout));
    }
}
