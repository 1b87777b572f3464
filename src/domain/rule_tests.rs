//! The rules, checked in-process against an in-memory store: closer to each
//! rule than a run of the binary, and fast. The tests in `tests/` check the
//! same refusals end to end, with their exit codes and hints.

use std::sync::LazyLock;

use jiff::Timestamp;

use super::ledger::{self, Assign, DEFAULT_KIND};
use super::users::{self, NewUser, Password, Status};
use super::{Amount, Ctx, roles, setup, sharing};
use crate::error::{Code, Result};
use crate::store::{self, ADMIN_ROLE, Store};

static TESTER: LazyLock<String> = LazyLock::new(|| "tester".into());

fn person(handle: &str) -> NewUser {
    NewUser {
        handle: handle.into(),
        first_name: "First".into(),
        last_name: "Last".into(),
        email: format!("{handle}@acme.test"),
        active: true,
        roles: vec![],
        password: Password::generate().expect("a password"),
    }
}

/// Runs `f` as `alice`, the first administrator of a new organization held
/// in memory, with bob, carol and dan added and 100 credits topped up.
fn in_org<T>(f: impl FnOnce(&Ctx) -> Result<T>) -> Result<T> {
    let mut conn = store::in_memory()?;
    let now: Timestamp = "2026-03-15T12:00:00Z".parse().expect("a time");
    store::write(&mut conn, true, |tx| {
        let mut alice = person("alice");
        alice.roles = vec![ADMIN_ROLE.into()];
        setup::init(&Store::new(tx), now, "tester", "Acme", alice)?;
        let ctx = Ctx::new(Store::new(tx), None, now, &TESTER)?;
        for handle in ["bob", "carol", "dan"] {
            users::add(&ctx, &person(handle))?;
        }
        ledger::topup(
            &ctx,
            Amount::parse("100", "amount")?,
            DEFAULT_KIND,
            None,
            None,
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

fn code<T: std::fmt::Debug>(r: Result<T>) -> Code {
    r.expect_err("a refusal").code
}

#[test]
fn rule_1_a_balance_never_goes_below_zero() -> Result<()> {
    in_org(|ctx| {
        assert_eq!(
            code(assign(ctx, "company", "bob", 101)),
            Code::InsufficientCredits
        );
        assert_eq!(assign(ctx, "company", "bob", 100)?.to_balance, 100);
        assert_eq!(
            code(assign(ctx, "bob", "carol", 101)),
            Code::InsufficientCredits
        );
        Ok(())
    })
}

#[test]
fn rule_2_a_user_with_credits_is_not_deactivated() -> Result<()> {
    in_org(|ctx| {
        assign(ctx, "company", "bob", 5)?;
        let refused = users::set_status(ctx, "bob", Status::Deactivated).expect_err("refused");
        assert_eq!(refused.code, Code::HasCredits);
        assert!(refused.hint.as_deref().unwrap_or("").contains("--from bob"));
        assign(ctx, "bob", "company", 5)?;
        assert!(users::set_status(ctx, "bob", Status::Deactivated)?.changed);
        Ok(())
    })
}

#[test]
fn rules_3_and_4_administrators() -> Result<()> {
    in_org(|ctx| {
        assert_eq!(
            code(users::set_status(ctx, "alice", Status::Deactivated)),
            Code::IsAdmin
        );
        assert_eq!(
            code(roles::revoke(ctx, "alice", ADMIN_ROLE)),
            Code::LastAdmin
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
        assert_eq!(code(assign(ctx, "company", "dan", 1)), Code::InactiveUser);
        users::set_status(ctx, "dan", Status::Deleted)?;
        // Deleted is final.
        assert_eq!(
            code(users::set_status(ctx, "dan", Status::Active)),
            Code::InactiveUser
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
            code(sharing::set(ctx, "bob", "dan", false)),
            Code::OwnerChain
        );
        assert_eq!(
            code(sharing::set(ctx, "dan", "carol", false)),
            Code::OwnerChain
        );
        assert_eq!(code(assign(ctx, "company", "carol", 1)), Code::OwnerChain);
        // An owner with an active credit user is not deactivated.
        assert_eq!(
            code(users::set_status(ctx, "bob", Status::Deactivated)),
            Code::HasCreditUsers
        );
        // A balance moves only when asked to.
        assign(ctx, "company", "dan", 3)?;
        assert_eq!(
            code(sharing::set(ctx, "dan", "bob", false)),
            Code::HasCredits
        );
        assert_eq!(sharing::set(ctx, "dan", "bob", true)?.moved[0].amount, 3);
        Ok(())
    })
}
