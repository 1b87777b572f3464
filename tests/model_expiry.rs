//! A property test of credits that expire: random top-ups (some expiring),
//! assigns, uses, the clock moving on and `credits expire` run through the
//! real binary and through a small model of the lots. After every step the
//! balances and each account's lots agree with the model, and `verify`
//! holds.
use crate::common::*;
use crate::model_support::{balances, runs_as_predicted};

use std::collections::BTreeMap;

use proptest::prelude::*;

const USERS: [&str; 2] = ["u0", "u1"];

/// Day 0 is 2026-03-01; expiries and the clock are whole days.
fn day(d: u32) -> String {
    let t: jiff::Timestamp = "2026-03-01T00:00:00Z".parse().unwrap();
    let t = t
        .checked_add(jiff::SignedDuration::from_hours(24 * i64::from(d)))
        .unwrap();
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[derive(Debug, Clone)]
enum Op {
    /// An amount, and the day it expires (none: never).
    Topup(i64, Option<u32>),
    Assign {
        from: usize,
        to: usize,
        amount: i64,
    },
    Use {
        user: usize,
        amount: i64,
    },
    /// The clock moves on this many days.
    Wait(u32),
    Expire,
}

/// Party 0 is the company, 1.. are USERS.
fn party(i: usize) -> &'static str {
    if i == 0 { "company" } else { USERS[i - 1] }
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (1i64..100, proptest::option::weighted(0.8, 1u32..12))
            .prop_map(|(n, e)| Op::Topup(n, e)),
        // Mostly from the company, which the top-ups fill.
        2 => (1usize..3, 1i64..80).prop_map(|(to, amount)| Op::Assign { from: 0, to, amount }),
        1 => (0usize..3, 0usize..3, 1i64..60).prop_map(|(from, to, amount)| Op::Assign {
            from,
            to,
            amount
        }),
        2 => (1usize..3, 1i64..40).prop_map(|(user, amount)| Op::Use { user, amount }),
        1 => (1u32..5).prop_map(Op::Wait),
        1 => Just(Op::Expire),
    ]
}

/// What a party holds: credits that never expire, and lots by expiry day.
#[derive(Default, Clone)]
struct Holding {
    never: i64,
    lots: BTreeMap<u32, i64>,
}

impl Holding {
    fn total(&self) -> i64 {
        self.never + self.lots.values().sum::<i64>()
    }

    /// What can be spent on `today`: lots that expire later, and the rest.
    fn spendable(&self, today: u32) -> i64 {
        self.never + self.lots.range(today + 1..).map(|(_, n)| n).sum::<i64>()
    }

    /// Takes `amount`: lots not expired, earliest first, then the rest.
    /// What it took of each expiry.
    fn take(&mut self, amount: i64, today: u32) -> Vec<(u32, i64)> {
        let mut left = amount;
        let mut taken = Vec::new();
        for (d, n) in self.lots.range_mut(today + 1..) {
            let k = (*n).min(left);
            if k > 0 {
                *n -= k;
                left -= k;
                taken.push((*d, k));
            }
        }
        self.lots.retain(|_, n| *n > 0);
        assert!(
            self.never >= left,
            "the model spends only what can be spent"
        );
        self.never -= left;
        taken
    }

    fn add(&mut self, taken: &[(u32, i64)], amount: i64) {
        let lots: i64 = taken.iter().map(|(_, n)| n).sum();
        for (d, n) in taken {
            *self.lots.entry(*d).or_default() += n;
        }
        self.never += amount - lots;
    }
}

#[derive(Default)]
struct Model {
    today: u32,
    held: BTreeMap<&'static str, Holding>,
}

impl Model {
    fn of(&mut self, p: &'static str) -> &mut Holding {
        self.held.entry(p).or_default()
    }

    fn apply(&mut self, op: &Op) -> Option<&'static str> {
        let today = self.today;
        match *op {
            Op::Topup(n, expires) => {
                match expires {
                    Some(d) => *self.of("company").lots.entry(today + d).or_default() += n,
                    None => self.of("company").never += n,
                }
                None
            }
            Op::Assign { from, to, amount } => {
                let (f, t) = (party(from), party(to));
                if f == t {
                    return Some("invalid_input");
                }
                if self.of(f).spendable(today) < amount {
                    return Some("insufficient_credits");
                }
                let taken = self.of(f).take(amount, today);
                self.of(t).add(&taken, amount);
                None
            }
            Op::Use { user, amount } => {
                let u = party(user);
                if self.of(u).spendable(today) < amount {
                    return Some("insufficient_credits");
                }
                self.of(u).take(amount, today);
                None
            }
            Op::Wait(d) => {
                self.today += d;
                None
            }
            Op::Expire => {
                for h in self.held.values_mut() {
                    h.lots.retain(|d, _| *d > today);
                }
                None
            }
        }
    }
}

fn args(op: &Op, today: u32) -> Vec<String> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    match *op {
        Op::Topup(n, None) => s(&["credits", "topup", &n.to_string()]),
        Op::Topup(n, Some(d)) => s(&[
            "credits",
            "topup",
            &n.to_string(),
            "--expires",
            &day(today + d),
        ]),
        Op::Assign { from, to, amount } => s(&[
            "credits",
            "assign",
            "--from",
            party(from),
            "--to",
            party(to),
            &amount.to_string(),
        ]),
        Op::Use { user, amount } => s(&["credits", "use", party(user), &amount.to_string()]),
        Op::Wait(_) => Vec::new(),
        Op::Expire => s(&["credits", "expire"]),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn expiring_credits_follow_the_model(ops in proptest::collection::vec(op(), 1..24)) {
        let mut env = Env::new();
        for u in USERS {
            add_user(&env, u, &[]);
        }
        let mut model = Model::default();
        for op in &ops {
            // Noon of the model's day: an expiry at the start of a day has
            // passed by then.
            env.now = day(model.today).replace("T00:", "T12:");
            let a = args(op, model.today);
            let expected = model.apply(op);
            if !a.is_empty() {
                runs_as_predicted(&env, &a, expected, op)?;
            }
            let tool = balances(&env);
            for p in std::iter::once("company").chain(USERS) {
                let h = model.of(p).clone();
                prop_assert_eq!(tool.get(p).copied().unwrap_or(0), h.total(), "balance of {} after {:?}", p, op);
                let lots: Vec<(String, i64)> = env
                    .rows(&format!(
                        "SELECT l.expires_at, l.remaining FROM lots l JOIN accounts a ON a.id = l.account_id
                         LEFT JOIN users u ON u.id = a.user_id
                         WHERE l.remaining > 0 AND coalesce(u.handle, a.holder) = '{p}' ORDER BY 1"
                    ))
                    .into_iter()
                    .map(|r| (r[0].clone(), r[1].parse().unwrap()))
                    .collect();
                let expected: Vec<(String, i64)> = h.lots.iter().map(|(d, n)| (day(*d), *n)).collect();
                prop_assert_eq!(lots, expected, "lots of {} after {:?}", p, op);
            }
        }
        let verify = env.run(&["verify"]);
        prop_assert!(verify.status.success(), "verify failed after {ops:?}: {}", String::from_utf8_lossy(&verify.stdout));
    }
}
