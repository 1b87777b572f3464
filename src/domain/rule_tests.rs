//! The rules, checked in-process against an in-memory store: closer to each
//! rule than a run of the binary, and fast. The tests in `tests/` check the
//! same refusals end to end, with their exit codes and hints.

use std::sync::LazyLock;

use jiff::Timestamp;

use super::ledger::{self, Assign, DEFAULT_KIND};
use super::users::{self, NewUser, Password, Status};
use super::{Amount, Ctx, Refusal, roles, setup, sharing};
use crate::error::Result;
use crate::store::{ADMIN_ROLE, Db, UserStatus};

static TESTER: LazyLock<String> = LazyLock::new(|| "tester".into());

fn person(handle: &str) -> NewUser {
    NewUser {
        handle: handle.into(),
        first_name: "First".into(),
        last_name: "Last".into(),
        email: Some(format!("{handle}@acme.test")),
        service: false,
        active: true,
        roles: vec![],
        password: Password::generate().expect("a password"),
    }
}

/// Runs `f` as `alice`, the first administrator of a new organization held
/// in memory, with bob, carol and dan added and 100 credits topped up.
fn in_org<T>(f: impl FnOnce(&Ctx) -> Result<T>) -> Result<T> {
    let now: Timestamp = "2026-03-15T12:00:00Z".parse().expect("a time");
    Db::in_memory()?.write(true, |store| {
        let mut alice = person("alice");
        alice.roles = vec![ADMIN_ROLE.into()];
        setup::init(&store, now, "tester", "Acme", alice)?;
        let ctx = Ctx::new(store, None, now, &TESTER)?;
        for handle in ["bob", "carol", "dan"] {
            users::add(&ctx, &person(handle))?;
        }
        ledger::top_up(
            &ctx,
            &ledger::Topup {
                amount: ledger::TopupAmount::Exactly(Amount::parse("100", "amount")?),
                kind: DEFAULT_KIND.into(),
                reference: None,
                request: None,
                idempotency_key: None,
                expires: None,
            },
        )?;
        f(&ctx)
    })
}

fn assign(ctx: &Ctx, from: &str, to: &str, amount: i64) -> Result<ledger::Assigned> {
    ledger::assign(
        ctx,
        &Assign {
            from: from.into(),
            to: to.into(),
            amount: Amount::parse(&amount.to_string(), "amount")?,
            kind: DEFAULT_KIND.into(),
            memo: None,
            idempotency_key: None,
        },
    )
}

/// The facts of a refusal, which the rules give and the edge words.
fn refused<T: std::fmt::Debug>(r: Result<T>) -> Refusal {
    let e = r.expect_err("a refusal");
    e.refusal
        .clone()
        .unwrap_or_else(|| panic!("not a rule's refusal: {e:?}"))
}

fn s(v: &str) -> String {
    v.to_string()
}

#[test]
fn rule_1_a_balance_never_goes_below_zero() -> Result<()> {
    in_org(|ctx| {
        assert_eq!(
            refused(assign(ctx, "company", "bob", 101)),
            Refusal::InsufficientCredits {
                holder: s("company"),
                is_company: true,
                balance: 100,
                kind: s(DEFAULT_KIND),
                amount: 101,
                expired: 0
            }
        );
        assert_eq!(assign(ctx, "company", "bob", 100)?.to_balance, 100);
        assert!(matches!(
            refused(assign(ctx, "bob", "carol", 101)),
            Refusal::InsufficientCredits {
                balance: 100,
                is_company: false,
                ..
            }
        ));
        Ok(())
    })
}

#[test]
fn rule_2_a_user_with_credits_is_not_deactivated() -> Result<()> {
    in_org(|ctx| {
        assign(ctx, "company", "bob", 5)?;
        assert_eq!(
            refused(users::set_status(ctx, "bob", Status::Deactivated)),
            Refusal::HasCredits {
                handle: s("bob"),
                balances: vec![(s(DEFAULT_KIND), 5)],
                expired: vec![]
            }
        );
        assign(ctx, "bob", "company", 5)?;
        assert!(users::set_status(ctx, "bob", Status::Deactivated)?.changed);
        Ok(())
    })
}

#[test]
fn rules_3_and_4_administrators() -> Result<()> {
    in_org(|ctx| {
        assert_eq!(
            refused(users::set_status(ctx, "alice", Status::Deactivated)),
            Refusal::IsAdmin { handle: s("alice") }
        );
        assert_eq!(
            refused(roles::revoke(ctx, "alice", ADMIN_ROLE)),
            Refusal::LastAdmin { handle: s("alice") }
        );
        assert!(roles::grant(ctx, "bob", ADMIN_ROLE)?);
        assert!(roles::revoke(ctx, "alice", ADMIN_ROLE)?);
        Ok(())
    })
}

#[test]
fn rule_5_credits_do_not_move_to_an_inactive_user() -> Result<()> {
    in_org(|ctx| {
        users::set_status(ctx, "dan", Status::Deactivated)?;
        assert_eq!(
            refused(assign(ctx, "company", "dan", 1)),
            Refusal::InactiveParty {
                handle: s("dan"),
                status: UserStatus::Deactivated
            }
        );
        users::set_status(ctx, "dan", Status::Deleted)?;
        assert_eq!(
            refused(users::set_status(ctx, "dan", Status::Active)),
            Refusal::DeletedIsFinal { handle: s("dan") }
        );
        Ok(())
    })
}

#[test]
fn rules_6_and_7_one_level_of_credit_sharing() -> Result<()> {
    in_org(|ctx| {
        sharing::set(ctx, "carol", "bob", false)?;
        // bob has a credit user: he cannot become one; carol cannot own credits.
        assert_eq!(
            refused(sharing::set(ctx, "bob", "dan", false)),
            Refusal::SharesWithOthers {
                user: s("bob"),
                owner: s("dan"),
                credit_users: vec![s("carol")]
            }
        );
        assert_eq!(
            refused(sharing::set(ctx, "dan", "carol", false)),
            Refusal::OwnerUsesAnother {
                user: s("dan"),
                owner: s("carol"),
                current: s("bob")
            }
        );
        assert_eq!(
            refused(assign(ctx, "company", "carol", 1)),
            Refusal::ToCreditUser {
                handle: s("carol"),
                owner: s("bob")
            }
        );
        // An owner with an active credit user is not deactivated.
        assert_eq!(
            refused(users::set_status(ctx, "bob", Status::Deactivated)),
            Refusal::HasCreditUsers {
                handle: s("bob"),
                credit_users: vec![s("carol")]
            }
        );
        // A balance moves only when asked to.
        assign(ctx, "company", "dan", 3)?;
        assert_eq!(
            refused(sharing::set(ctx, "dan", "bob", false)),
            Refusal::HasCreditsToShare {
                user: s("dan"),
                owner: s("bob"),
                balances: vec![(s(DEFAULT_KIND), 3)]
            }
        );
        assert_eq!(sharing::set(ctx, "dan", "bob", true)?.moved[0].amount, 3);
        Ok(())
    })
}
