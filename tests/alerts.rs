//! Low-balance alerts: one mail through the outbox when a balance falls
//! below the threshold, in the transaction that took it there, and again
//! only after the balance has been back at the threshold or above.
use crate::common::*;

/// bob holds 50 credits, the company 50.
fn funded() -> Env {
    let env = Env::new();
    add_user(&env, "bob", &[]);
    env.ok(&["credits", "topup", "100"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "bob", "50",
    ]);
    env
}

/// The low-balance mails of the outbox, oldest first: to, subject, body.
fn alert_mails(env: &Env) -> Vec<(String, String, String)> {
    env.rows(
        "SELECT to_address, subject, body FROM outbox
         WHERE subject LIKE 'Low balance%' ORDER BY id",
    )
    .into_iter()
    .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
    .collect()
}

fn state(env: &Env, account: &str) -> String {
    let list = env.json(&["credits", "alert", "list"]);
    let found = list
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["account"] == account)
        .unwrap_or_else(|| panic!("no alert on {account}: {list}"));
    found["state"].as_str().unwrap().to_string()
}

#[test]
fn an_alert_mails_once_on_crossing_and_again_after_rearming() {
    let env = funded();
    let set = env.json(&["credits", "alert", "set", "bob", "--below", "20"]);
    assert_eq!(set["account"], "bob");
    assert_eq!(set["kind"], "credits");
    assert_eq!(set["below"], 20);
    assert_eq!(set["email"], "bob@acme.test");
    assert_eq!(set["balance"], 50);
    assert_eq!(set["state"], "armed");
    assert!(alert_mails(&env).is_empty());
    // 50 -> 20: at the threshold is not below it.
    env.ok(&["credits", "use", "bob", "30"]);
    assert!(alert_mails(&env).is_empty());
    assert_eq!(state(&env, "bob"), "armed");
    // 20 -> 15: crossed, one mail, in the same transaction as the use.
    env.ok(&["credits", "use", "bob", "5"]);
    let mails = alert_mails(&env);
    assert_eq!(mails.len(), 1, "{mails:?}");
    let (to, subject, body) = &mails[0];
    assert_eq!(to, "bob@acme.test");
    assert_eq!(subject, "Low balance: bob holds 15 credits (below 20)");
    assert!(body.contains("Hello First,"), "{body}");
    assert!(
        body.contains("Your credits balance at Acme (bob) is now 15"),
        "{body}"
    );
    assert!(body.contains("threshold of 20"), "{body}");
    assert_eq!(state(&env, "bob"), "fired");
    // Still below: no more mail, whatever moves.
    env.ok(&["credits", "use", "bob", "5"]);
    env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "5"]);
    assert_eq!(alert_mails(&env).len(), 1);
    // Back at 20 (at N or more) re-arms; falling below again mails again,
    // this time from an assign away from bob.
    env.ok(&["credits", "assign", "--from", "company", "--to", "bob", "5"]);
    assert_eq!(state(&env, "bob"), "armed");
    assert_eq!(alert_mails(&env).len(), 1);
    env.ok(&["credits", "assign", "--from", "bob", "--to", "company", "2"]);
    let mails = alert_mails(&env);
    assert_eq!(mails.len(), 2, "{mails:?}");
    assert_eq!(mails[1].1, "Low balance: bob holds 18 credits (below 20)");
    // A sweep empties the account: still fired, no third mail; topping
    // up re-arms, and a sweep then fires it.
    env.ok(&[
        "credits", "assign", "--from", "bob", "--to", "company", "--all",
    ]);
    assert_eq!(alert_mails(&env).len(), 2);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "bob", "30",
    ]);
    assert_eq!(state(&env, "bob"), "armed");
    env.ok(&[
        "credits", "assign", "--from", "bob", "--to", "company", "--all",
    ]);
    let mails = alert_mails(&env);
    assert_eq!(mails.len(), 3, "{mails:?}");
    assert_eq!(mails[2].1, "Low balance: bob holds 0 credits (below 20)");
    env.ok(&["verify"]);
}

#[test]
fn the_company_alert_goes_to_support_email_or_to_the_address_given() {
    let env = funded();
    // Neither an address nor support-email: refused, nothing written.
    let e = env.refused(
        &["credits", "alert", "set", "company", "--below", "40"],
        1,
        "not_configured",
    );
    assert!(e["hint"].as_str().unwrap().contains("--email"), "{e}");
    env.ok(&["settings", "set", "support-email", "support@vendor.test"]);
    let set = env.json(&["credits", "alert", "set", "company", "--below", "40"]);
    assert_eq!(set["email"], "support@vendor.test");
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "bob", "15",
    ]);
    let mails = alert_mails(&env);
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert_eq!(mails[0].0, "support@vendor.test");
    assert_eq!(
        mails[0].1,
        "Low balance: company holds 35 credits (below 40)"
    );
    assert!(
        mails[0]
            .2
            .contains("The credits balance of the company account of Acme (company) is now 35"),
        "{}",
        mails[0].2
    );
    // Set again with --email: replaces it, armed, and the balance is
    // already below, so it mails at once.
    let set = env.json(&[
        "credits",
        "alert",
        "set",
        "company",
        "--below",
        "40",
        "--email",
        "ops@acme.test",
    ]);
    assert_eq!(set["email"], "ops@acme.test");
    assert_eq!(set["state"], "fired");
    let mails = alert_mails(&env);
    assert_eq!(mails.len(), 2, "{mails:?}");
    assert_eq!(mails[1].0, "ops@acme.test");
    assert_eq!(
        env.json(&["credits", "alert", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let audit = env.audit();
    assert_eq!(audit[0]["action"], "credits.alert.set");
    assert_eq!(audit[0]["target"], "company");
    env.ok(&["verify"]);
}

#[test]
fn a_refused_or_dry_run_write_queues_no_alert() {
    let env = funded();
    env.ok(&["credits", "alert", "set", "bob", "--below", "20"]);
    env.refused(&["credits", "use", "bob", "60"], 1, "insufficient_credits");
    assert!(alert_mails(&env).is_empty());
    let before = env.dump();
    env.ok(&["--dry-run", "credits", "use", "bob", "40"]);
    assert_eq!(before, env.dump());
    assert!(alert_mails(&env).is_empty());
    assert_eq!(state(&env, "bob"), "armed");
    // The same use for real mails.
    env.ok(&["credits", "use", "bob", "40"]);
    assert_eq!(alert_mails(&env).len(), 1);
}

#[test]
fn each_kind_has_its_own_alert_and_remove_lifts_it() {
    let env = funded();
    env.ok(&["credits", "kind", "add", "sms"]);
    env.ok(&["credits", "topup", "10", "--kind", "sms"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "bob", "10", "--kind", "sms",
    ]);
    env.ok(&[
        "credits", "alert", "set", "bob", "--below", "5", "--kind", "sms",
    ]);
    env.ok(&["credits", "alert", "set", "bob", "--below", "20"]);
    env.ok(&["credits", "use", "bob", "6", "--kind", "sms"]);
    let mails = alert_mails(&env);
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert_eq!(mails[0].1, "Low balance: bob holds 4 sms (below 5)");
    let removed = env.json(&["credits", "alert", "remove", "bob"]);
    assert_eq!(removed["below"], 20);
    env.ok(&["credits", "use", "bob", "45"]);
    assert_eq!(alert_mails(&env).len(), 1);
    let left = env.json(&["credits", "alert", "list"]);
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["kind"], "sms");
    assert_eq!(env.audit()[1]["action"], "credits.alert.remove");
}

#[test]
fn offboarding_mails_no_alert_and_a_deactivated_user_gets_none() {
    let env = funded();
    env.ok(&["credits", "alert", "set", "bob", "--below", "20"]);
    // Offboarding takes bob's balance to nothing: a departing user is not
    // mailed about it.
    env.ok(&["user", "offboard", "bob", "--credits-to", "company"]);
    assert!(alert_mails(&env).is_empty());
    assert_eq!(state(&env, "bob"), "armed");
    env.refused(
        &["credits", "alert", "set", "bob", "--below", "10"],
        1,
        "inactive_user",
    );
    env.ok(&["verify"]);
}

#[test]
fn alert_commands_refuse_what_they_cannot_do() {
    let env = funded();
    add_user(&env, "carol", &[]);
    env.ok(&["user", "add", "ops-bot", "--service"]);
    env.refused(
        &["credits", "alert", "set", "nosuch", "--below", "5"],
        1,
        "not_found",
    );
    env.refused(
        &[
            "credits", "alert", "set", "bob", "--below", "5", "--kind", "gold",
        ],
        1,
        "not_found",
    );
    env.refused(
        &["credits", "alert", "set", "ops-bot", "--below", "5"],
        1,
        "service_account",
    );
    let e = env.refused(
        &[
            "credits",
            "alert",
            "set",
            "bob",
            "--below",
            "5",
            "--email",
            "x@acme.test",
        ],
        2,
        "invalid_input",
    );
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("only for the company"),
        "{e}"
    );
    env.refused(
        &["credits", "alert", "set", "bob", "--below", "0"],
        2,
        "invalid_input",
    );
    env.refused(
        &[
            "credits",
            "alert",
            "set",
            "company",
            "--below",
            "5",
            "--email",
            "not-an-address",
        ],
        2,
        "invalid_input",
    );
    env.refused(&["credits", "alert", "remove", "bob"], 1, "not_found");
    refused_as(
        &env,
        "carol",
        &["credits", "alert", "set", "bob", "--below", "5"],
        1,
        "permission_denied",
    );
    refused_as(
        &env,
        "carol",
        &["credits", "alert", "list"],
        1,
        "permission_denied",
    );
    env.ok(&["user", "delete", "carol", "--yes"]);
    env.refused(
        &["credits", "alert", "set", "carol", "--below", "5"],
        1,
        "inactive_user",
    );
    assert!(
        env.json(&["credits", "alert", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_database_from_before_alerts_is_upgraded_and_verifies() {
    let env = funded();
    env.sql(if env.pg.is_some() {
        "DROP TABLE balance_alerts; UPDATE tally_schema SET version = 11"
    } else {
        "DROP TABLE balance_alerts; PRAGMA user_version = 10;"
    });
    env.ok(&["credits", "use", "bob", "5"]);
    env.ok(&["verify"]);
    let version = if env.pg.is_some() {
        env.server().value("SELECT version FROM tally_schema")
    } else {
        env.rows("PRAGMA user_version")[0][0].clone()
    };
    assert_eq!(version, if env.pg.is_some() { "13" } else { "11" });
    env.ok(&["credits", "alert", "set", "bob", "--below", "50"]);
    assert_eq!(alert_mails(&env).len(), 1);
    env.ok(&["verify"]);
}

/// A credit user holds nothing of their own: no alert on them, and one set
/// before they started sharing stays quiet; a clock behind the time an
/// alert was set does not stop the writes that fire it.
#[test]
fn alerts_on_credit_users_and_clocks_behind() {
    let mut env = Env::new();
    add_user(&env, "john", &[]);
    add_user(&env, "peter", &[]);
    env.ok(&["credits", "topup", "100"]);
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "peter", "30",
    ]);
    env.ok(&["credits", "alert", "set", "peter", "--below", "10"]);
    env.ok(&["owner", "set", "peter", "john", "--move-balance"]);
    let low = "SELECT count(*) FROM outbox WHERE subject LIKE 'Low balance%'";
    assert_eq!(
        env.rows(low),
        [["0"]],
        "peter's balance went to john: no mail"
    );
    let e = env.refused(
        &["credits", "alert", "set", "peter", "--below", "5"],
        1,
        "owner_chain",
    );
    assert!(
        e["hint"]
            .as_str()
            .unwrap()
            .contains("credits alert set john"),
        "{e}"
    );

    env.ok(&[
        "credits",
        "alert",
        "set",
        "company",
        "--below",
        "50",
        "--email",
        "ops@acme.test",
    ]);
    // Another host's clock, a day behind the alert.
    env.now = "2026-03-14T12:00:00Z".into();
    env.ok(&[
        "credits", "assign", "--from", "company", "--to", "john", "60",
    ]);
    assert_eq!(env.rows(low), [["1"]]);
    let fired =
        env.rows("SELECT fired_at, set_at FROM balance_alerts WHERE email = 'ops@acme.test'");
    assert_eq!(fired[0][0], fired[0][1], "marked fired when it was set");
}
