//! TLS to the server: the test server has a certificate for `localhost`
//! signed by an authority of the run (`common::pg`), and a role that it
//! refuses without TLS, so that a command that works as that role was
//! encrypted.

use crate::common::{Env, INIT, check_json_error, pg};

/// The organization's URL as the TLS-only role, on `host`, with `query`.
fn url(env: &Env, host: &str, query: &str) -> String {
    let base = env.server().url().replace(
        &format!("{}@127.0.0.1", pg::ROLE),
        &format!("{}@{host}", pg::TLS_ROLE),
    );
    format!("{base}?{query}")
}

fn run(env: &Env, db: &str, extra: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut envs = vec![("TALLY_DB", db)];
    envs.extend_from_slice(extra);
    env.run_env(&envs, args)
}

fn ok(out: &std::process::Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn require_encrypts_and_disable_is_refused_by_a_server_that_wants_tls() {
    let env = Env::on_server();
    env.json(&INIT);
    let list = ["--json", "user", "list"];
    let users = ok(&run(
        &env,
        &url(&env, "127.0.0.1", "sslmode=require"),
        &[],
        &list,
    ));
    assert_eq!(users["users"][0]["handle"], "alice");
    // The default, prefer, takes TLS when the server offers it.
    ok(&run(&env, &url(&env, "127.0.0.1", ""), &[], &list));
    // So does PGSSLMODE, when the URL says nothing.
    ok(&run(
        &env,
        &url(&env, "127.0.0.1", ""),
        &[("PGSSLMODE", "require")],
        &list,
    ));
    let out = run(&env, &url(&env, "127.0.0.1", "sslmode=disable"), &[], &list);
    let e = check_json_error(&list, &out, 4, "database_unusable");
    assert!(
        e["message"].as_str().unwrap().contains("refused the login"),
        "{e}"
    );
}

#[test]
fn verify_full_checks_the_authority_and_the_name() {
    let env = Env::on_server();
    env.json(&INIT);
    let ca = pg::server().ca.to_str().unwrap().to_string();
    let list = ["--json", "user", "list"];
    ok(&run(
        &env,
        &url(
            &env,
            "localhost",
            &format!("sslmode=verify-full&sslrootcert={ca}"),
        ),
        &[],
        &list,
    ));
    // The certificate names localhost, not 127.0.0.1: verify-full refuses,
    // verify-ca (the authority alone) accepts.
    let out = run(
        &env,
        &url(
            &env,
            "127.0.0.1",
            &format!("sslmode=verify-full&sslrootcert={ca}"),
        ),
        &[],
        &list,
    );
    let e = check_json_error(&list, &out, 4, "database_unusable");
    assert!(e["message"].as_str().unwrap().contains("TLS"), "{e}");
    assert!(e["hint"].as_str().unwrap().contains("sslrootcert"), "{e}");
    ok(&run(
        &env,
        &url(&env, "127.0.0.1", "sslmode=verify-ca"),
        &[("PGSSLROOTCERT", &ca)],
        &list,
    ));
    // Another authority's roots: refused.
    let other = env.dir.path().join("other-ca.pem");
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    std::fs::write(&other, params.self_signed(&key).unwrap().pem()).unwrap();
    let out = run(
        &env,
        &url(
            &env,
            "localhost",
            &format!("sslmode=verify-full&sslrootcert={}", other.display()),
        ),
        &[],
        &list,
    );
    check_json_error(&list, &out, 4, "database_unusable");
    // sslmode=require with an authority checks it, as libpq does.
    let out = run(
        &env,
        &url(
            &env,
            "127.0.0.1",
            &format!("sslmode=require&sslrootcert={}", other.display()),
        ),
        &[],
        &list,
    );
    check_json_error(&list, &out, 4, "database_unusable");
}

#[test]
fn bad_tls_settings_are_input_errors_with_a_hint() {
    let env = Env::on_server();
    env.json(&INIT);
    let list = ["--json", "user", "list"];
    let out = run(&env, &url(&env, "127.0.0.1", "sslmode=bogus"), &[], &list);
    let e = check_json_error(&list, &out, 2, "invalid_input");
    assert!(e["hint"].as_str().unwrap().contains("verify-full"), "{e}");
    let out = run(
        &env,
        &url(&env, "127.0.0.1", ""),
        &[("PGSSLMODE", "verify-full")],
        &list,
    );
    let e = check_json_error(&list, &out, 2, "invalid_input");
    assert!(e["hint"].as_str().unwrap().contains("sslrootcert"), "{e}");
    let missing = env.dir.path().join("missing.pem");
    let out = run(
        &env,
        &url(
            &env,
            "127.0.0.1",
            &format!("sslmode=verify-ca&sslrootcert={}", missing.display()),
        ),
        &[],
        &list,
    );
    let e = check_json_error(&list, &out, 2, "invalid_input");
    assert!(
        e["message"].as_str().unwrap().contains("missing.pem"),
        "{e}"
    );
    let empty = env.dir.path().join("empty.pem");
    std::fs::write(&empty, "not a certificate\n").unwrap();
    let out = run(
        &env,
        &url(
            &env,
            "127.0.0.1",
            &format!("sslmode=verify-ca&sslrootcert={}", empty.display()),
        ),
        &[],
        &list,
    );
    check_json_error(&list, &out, 2, "invalid_input");
}
