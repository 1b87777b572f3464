//! Runs every `console` example of README.md against the real binary, in a
//! fresh directory, so that the README cannot drift from the tool.
//!
//! A `$ ` line is a command; the lines under it are what it prints (stdout
//! then stderr), compared by snapbox: `...` on a line of its own stands for
//! any lines (up to the first line that matches the one after it), `[..]`
//! within a line for any text. A command whose expected output has an
//! `error:` line must fail; every other command must succeed.

struct Example {
    command: String,
    expected: Vec<String>,
}

fn examples(readme: &str) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    let mut in_console = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_console = line.trim() == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(cmd) = line.strip_prefix("$ ") {
            out.push(Example {
                command: cmd.to_string(),
                expected: Vec::new(),
            });
        } else if let Some(last) = out.last_mut() {
            last.expected.push(line.to_string());
        }
    }
    out
}

/// Lines as text, each ending in a newline.
fn as_text<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    lines.into_iter().map(|l| format!("{l}\n")).collect()
}

/// Asserts that `output` matches the README's `expected` lines with
/// snapbox's two wildcards and nothing else: none of its redactions (not
/// even `[EXE]`) and no `\` to `/`.
fn assert_prints(command: &str, expected: &[String], output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    // snapbox reads a carriage return as a line break: none may be printed.
    assert!(
        lines.iter().all(|l| !l.contains('\r')),
        "README example `{command}` printed a carriage return:\n{output:?}"
    );
    let assert = snapbox::Assert::new()
        .action(snapbox::assert::Action::Verify)
        .normalize_paths(false)
        .redact_with(snapbox::Redactions::new())
        .palette(snapbox::report::Palette::plain());
    let name = format!("`{command}`");
    if let Err(diff) = assert.try_eq(
        Some(&name),
        snapbox::Data::text(as_text(lines)),
        snapbox::Data::text(as_text(expected.iter().map(String::as_str))),
    ) {
        panic!("README example `{command}` does not print what the README says:\n{diff}");
    }
}

#[test]
fn readme_examples_run_as_documented() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let examples = examples(&readme);
    assert!(examples.len() >= 10, "the README lost its examples");
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("tally");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut vars: Vec<(String, String)> = Vec::new();
    for ex in examples {
        if let Some(assign) = ex.command.strip_prefix("export ") {
            let (k, v) = assign.split_once('=').expect("export K=V");
            vars.push((k.to_string(), v.to_string()));
            continue;
        }
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(&ex.command)
            .current_dir(dir.path())
            .env_clear()
            .env("PATH", &path)
            .env("HOME", dir.path())
            .env("USER", "admin")
            .env("TALLY_SYSTEM_CONFIG", dir.path().join("system.toml"))
            .envs(vars.iter().cloned())
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let should_fail = ex.expected.iter().any(|l| l.starts_with("error:"));
        assert_eq!(
            out.status.success(),
            !should_fail,
            "README example `{}` exited {:?}:\n{text}",
            ex.command,
            out.status.code()
        );
        assert_prints(&ex.command, &ex.expected, &text);
    }
}

/// The `sh` block of the README that starts with `first`.
fn sh_block(readme: &str, first: &str) -> String {
    let start = readme
        .find(&format!("```sh\n{first}"))
        .unwrap_or_else(|| panic!("the README has a block starting {first:?}"))
        + "```sh\n".len();
    let end = start + readme[start..].find("```").expect("the block's end");
    readme[start..end].to_string()
}

/// The README's nightly script, as pasted, with its bot user made as the
/// README says: run twice, the second run moves nothing.
#[test]
fn the_readmes_nightly_script_is_safe_to_run_twice() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let script = sh_block(&readme, "#!/bin/sh\n# Nightly");
    let bot = sh_block(&readme, "tally role add nightly");

    let env = crate::common::Env::new();
    crate::common::add_user(&env, "alice2", &[]);
    crate::common::add_user(&env, "bob2", &[]);
    env.ok(&["credits", "topup", "100000"]);
    for line in bot.lines().filter(|l| !l.trim().is_empty()) {
        let args: Vec<&str> = line.split_whitespace().skip(1).collect();
        env.ok(&args);
    }
    // The month the script computes, and that month's export.
    let month = std::process::Command::new("date")
        .arg("+%Y-%m")
        .output()
        .expect("date");
    let month = String::from_utf8_lossy(&month.stdout).trim().to_string();
    let exports = env.dir.path().join("exports");
    std::fs::create_dir_all(&exports).unwrap();
    std::fs::write(
        exports.join(format!("credits-{month}.csv")),
        "from,to,amount\ncompany,alice2,30\ncompany,bob2,5\ncompany,alice2,7\n",
    )
    .unwrap();
    let path_to_script = env.dir.path().join("tally-nightly");
    std::fs::write(&path_to_script, &script).unwrap();

    let bin = assert_cmd::cargo::cargo_bin("tally");
    let run = || {
        let out = std::process::Command::new("sh")
            .arg(&path_to_script)
            .env_clear()
            .env("TALLY_DB", &env.db)
            .env("TALLY_NOW", &env.now)
            .env("TALLY_SYSTEM_CONFIG", env.dir.path().join("system.toml"))
            .env("HOME", env.dir.path())
            .env("USER", "cron")
            .env(
                "PATH",
                format!("{}:/usr/bin:/bin", bin.parent().unwrap().display()),
            )
            .env("EXPORTS", &exports)
            .envs(env.pg.as_ref().map(|p| ("PGPASSWORD", p.password.clone())))
            .output()
            .expect("run the script");
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(out.status.success(), "{stderr}");
        assert!(!stderr.contains("refused"), "{stderr}");
        stderr
    };
    run();
    let after_one = env.dump();
    assert_eq!(
        env.json(&["credits", "balance", "alice2"])[0]["balance"],
        37
    );
    assert_eq!(
        env.json(&["credits", "balance", "alice"])[0]["balance"],
        500
    );
    run();
    assert_eq!(env.dump(), after_one, "the second run moved something");
    // Both runs acted as the bot, and the second import skipped every row.
    let imports: Vec<serde_json::Value> = env
        .audit()
        .into_iter()
        .filter(|a| a["action"] == "credits.import")
        .collect();
    assert_eq!(imports.len(), 2);
    assert_eq!(imports[0]["actor"], "ops-bot");
    assert_eq!(imports[0]["details"]["replayed_rows"], 3);
}
