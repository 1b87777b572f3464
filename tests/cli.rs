//! The command line as a whole: completion scripts kept fresh, help, usage errors.
use crate::common::*;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "tally.bash"),
    ("zsh", "_tally"),
    ("fish", "tally.fish"),
    ("elvish", "tally.elv"),
    ("powershell", "_tally.ps1"),
];

/// The scripts in completions/ are what the binary generates.
/// `SNAPSHOTS=overwrite cargo test` rewrites them.
#[test]
fn completion_scripts_are_fresh() {
    let env = Env::empty();
    for (shell, file) in SHELLS {
        let generated = env.ok(&["completions", shell]);
        assert!(generated.contains("tally"), "{shell} script names tally");
        assert_file_eq(generated, &format!("completions/{file}"));
    }
}

#[test]
fn unknown_shell_is_a_usage_error() {
    let env = Env::empty();
    let out = env.run(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn usage_errors_exit_2_and_are_json_with_json() {
    let env = Env::new();
    let out = env.run(&["--json", "user", "add"]);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).expect("JSON error");
    assert_eq!(v["error"]["code"], "invalid_input");
    let out = env.run(&["user", "frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error:"));
}

#[test]
fn help_and_version_succeed_on_stdout() {
    let env = Env::empty();
    let help = env.ok(&["--help"]);
    assert!(help.contains("Examples:"), "{help}");
    assert!(env.ok(&["--version"]).starts_with("tally "));
    let help = env.ok(&["user", "add", "--help"]);
    assert!(help.contains("tally user add bob"), "{help}");
}

#[test]
fn bad_environment_values_are_input_errors() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("TALLY_NOW", "yesterday")
        .args(["--json", "user", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = env
        .cmd()
        .env("TALLY_BUSY_TIMEOUT", "soon")
        .args(["--json", "user", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn json_usage_errors_name_the_missing_or_bad_argument() {
    let env = Env::new();
    for (args, says) in [
        (&["role", "grant"][..], "not provided: <HANDLE>, <ROLE>"),
        (
            &["plan", "add", "x"],
            "not provided: --credits <N>, --price <P>",
        ),
        (
            &["user", "lis"],
            "unrecognized subcommand 'lis' (a similar subcommand exists: 'list')",
        ),
        (
            &["user", "list", "--staus", "all"],
            "a similar argument exists: '--status'",
        ),
    ] {
        let err = env.refused(args, 2, "invalid_input");
        let message = err["message"].as_str().expect("message");
        assert!(message.contains(says), "{args:?}: {message}");
    }
}
