//! A property test of credit sharing: random sequences of topups, assigns,
//! owner changes, consumption, deactivations and activations run through the
//! real binary and through a small in-memory model of the rules (1, 2, 5, 6,
//! 7). The model predicts each step's outcome, success or the exact error
//! code, checking in the order the code checks; after every step the
//! balances and the groups agree, and `verify` holds.
use crate::common::*;

use std::collections::BTreeMap;

use proptest::prelude::*;

const USERS: [&str; 4] = ["u0", "u1", "u2", "u3"];

#[derive(Debug, Clone)]
enum Op {
    Topup(i64),
    /// company → user
    Assign(usize, i64),
    OwnerSet {
        user: usize,
        owner: usize,
        move_balance: bool,
    },
    OwnerClear(usize),
    Use(usize, i64),
    Deactivate(usize),
    Activate(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let user = || 0usize..USERS.len();
    prop_oneof![
        2 => (1i64..200).prop_map(Op::Topup),
        3 => (user(), 1i64..80).prop_map(|(u, n)| Op::Assign(u, n)),
        4 => (user(), user(), any::<bool>()).prop_map(|(user, owner, move_balance)| Op::OwnerSet {
            user,
            owner,
            move_balance
        }),
        1 => user().prop_map(Op::OwnerClear),
        3 => (user(), 1i64..40).prop_map(|(u, n)| Op::Use(u, n)),
        2 => user().prop_map(Op::Deactivate),
        1 => user().prop_map(Op::Activate),
    ]
}

#[derive(Default, Debug)]
struct Model {
    company: i64,
    balance: [i64; USERS.len()],
    inactive: [bool; USERS.len()],
    /// None: the user owns their own credits.
    owner: [Option<usize>; USERS.len()],
}

impl Model {
    fn active(&self, u: usize) -> bool {
        !self.inactive[u]
    }

    fn owner_of(&self, u: usize) -> usize {
        self.owner[u].unwrap_or(u)
    }

    fn credit_users(&self, u: usize) -> Vec<usize> {
        (0..USERS.len())
            .filter(|v| self.owner[*v] == Some(u))
            .collect()
    }

    /// The error code the rules predict, or None when the step succeeds (and
    /// is applied to the model).
    fn apply(&mut self, op: &Op) -> Option<&'static str> {
        match *op {
            Op::Topup(n) => {
                self.company += n;
                None
            }
            // ledger::assign: active receiver, then not a credit user, then the balance.
            Op::Assign(u, n) => {
                if !self.active(u) {
                    return Some("inactive_user");
                }
                if self.owner[u].is_some() {
                    return Some("owner_chain");
                }
                if self.company < n {
                    return Some("insufficient_credits");
                }
                self.company -= n;
                self.balance[u] += n;
                None
            }
            // sharing::set, in its order of checks.
            Op::OwnerSet {
                user,
                owner,
                move_balance,
            } => {
                if user == owner {
                    return Some("invalid_input");
                }
                if !self.active(user) || !self.active(owner) {
                    return Some("inactive_user");
                }
                if self.owner[owner].is_some() {
                    return Some("owner_chain");
                }
                if !self.credit_users(user).is_empty() {
                    return Some("owner_chain");
                }
                if self.owner[user] == Some(owner) {
                    return None;
                }
                if self.balance[user] > 0 && !move_balance {
                    return Some("has_credits");
                }
                self.balance[owner] += self.balance[user];
                self.balance[user] = 0;
                self.owner[user] = Some(owner);
                None
            }
            Op::OwnerClear(u) => {
                self.owner[u] = None;
                None
            }
            // sharing::consume: the user active, their owner active, the owner's balance.
            Op::Use(u, n) => {
                if !self.active(u) {
                    return Some("inactive_user");
                }
                let o = self.owner_of(u);
                if !self.active(o) {
                    return Some("inactive_user");
                }
                if self.balance[o] < n {
                    return Some("insufficient_credits");
                }
                self.balance[o] -= n;
                None
            }
            // users::set_status: unchanged if already so; then rules 2 and 7.
            Op::Deactivate(u) => {
                if self.inactive[u] {
                    return None;
                }
                if self.balance[u] > 0 {
                    return Some("has_credits");
                }
                if self.credit_users(u).iter().any(|v| self.active(*v)) {
                    return Some("has_credit_users");
                }
                self.owner[u] = None;
                self.inactive[u] = true;
                None
            }
            Op::Activate(u) => {
                self.inactive[u] = false;
                None
            }
        }
    }

    /// `owner list` as the model has it.
    fn groups(&self) -> serde_json::Value {
        let groups: Vec<serde_json::Value> = (0..USERS.len())
            .filter_map(|o| {
                let users: Vec<&str> = self.credit_users(o).iter().map(|u| USERS[*u]).collect();
                (!users.is_empty())
                    .then(|| serde_json::json!({"owner": USERS[o], "credit_users": users}))
            })
            .collect();
        serde_json::Value::Array(groups)
    }
}

fn args(op: &Op) -> Vec<String> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    match *op {
        Op::Topup(n) => s(&["credits", "topup", &n.to_string()]),
        Op::Assign(u, n) => s(&[
            "credits",
            "assign",
            "--from",
            "company",
            "--to",
            USERS[u],
            &n.to_string(),
        ]),
        Op::OwnerSet {
            user,
            owner,
            move_balance,
        } => {
            let mut a = s(&["owner", "set", USERS[user], USERS[owner]]);
            if move_balance {
                a.push("--move-balance".into());
            }
            a
        }
        Op::OwnerClear(u) => s(&["owner", "clear", USERS[u]]),
        Op::Use(u, n) => s(&["credits", "use", USERS[u], &n.to_string()]),
        Op::Deactivate(u) => s(&["user", "deactivate", USERS[u]]),
        Op::Activate(u) => s(&["user", "activate", USERS[u]]),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn credit_sharing_follows_the_rules(ops in proptest::collection::vec(op(), 1..15)) {
        let env = Env::new();
        for u in USERS {
            add_user(&env, u, &[]);
        }
        // Enough in the company account that assigns, and so consumption, succeed too.
        env.json(&["credits", "topup", "500"]);
        let mut model = Model { company: 500, ..Model::default() };
        for op in &ops {
            let expected = model.apply(op);
            let mut a = vec!["--json".to_string()];
            a.extend(args(op));
            let a: Vec<&str> = a.iter().map(String::as_str).collect();
            let out = env.run(&a);
            match expected {
                None => prop_assert!(
                    out.status.success(),
                    "{op:?} failed: {}\nmodel: {model:?}",
                    String::from_utf8_lossy(&out.stderr)
                ),
                Some(code) => {
                    prop_assert!(
                        !out.status.success(),
                        "{op:?} succeeded but the model expected {code}\nmodel: {model:?}"
                    );
                    let err: serde_json::Value =
                        serde_json::from_slice(&out.stderr).expect("JSON error");
                    prop_assert_eq!(err["error"]["code"].as_str(), Some(code), "{:?}", op);
                }
            }

            let balances = env.json(&["credits", "balance"]);
            let mut tool = BTreeMap::new();
            for b in balances.as_array().expect("array") {
                tool.insert(
                    b["account"].as_str().unwrap().to_string(),
                    b["balance"].as_i64().unwrap(),
                );
            }
            prop_assert_eq!(tool.get("company").copied().unwrap_or(0), model.company, "company after {:?}", op);
            for (i, u) in USERS.iter().enumerate() {
                prop_assert_eq!(
                    tool.get(*u).copied().unwrap_or(0),
                    model.balance[i],
                    "balance of {} after {:?}",
                    u,
                    op
                );
            }
            prop_assert_eq!(env.json(&["owner", "list"]), model.groups(), "groups after {:?}", op);

            let verify = env.run(&["verify"]);
            prop_assert!(
                verify.status.success(),
                "verify failed after {op:?}: {}",
                String::from_utf8_lossy(&verify.stdout)
            );
        }
    }
}
