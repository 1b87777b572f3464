//! Runs every `console` example of README.md against the real binary, in a
//! fresh directory, so that the README cannot drift from the tool.
//!
//! A `$ ` line is a command; the lines under it are what it prints (stdout
//! then stderr), where `...` stands for anything. A command whose expected
//! output has an `error:` line must fail; every other command must succeed.

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

/// Whether `actual` matches `expected`, line by line, `...` matching any run of lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((e, rest)) if e == "..." => (0..=actual.len()).any(|i| matches(rest, &actual[i..])),
        Some((e, rest)) => actual.first().is_some_and(|a| a == e) && matches(rest, &actual[1..]),
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
            .envs(vars.iter().cloned())
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let lines: Vec<&str> = text.lines().collect();
        let should_fail = ex.expected.iter().any(|l| l.starts_with("error:"));
        assert_eq!(
            out.status.success(),
            !should_fail,
            "README example `{}` exited {:?}:\n{text}",
            ex.command,
            out.status.code()
        );
        assert!(
            matches(&ex.expected, &lines),
            "README example `{}` printed:\n{text}\nbut the README says:\n{}",
            ex.command,
            ex.expected.join("\n")
        );
    }
}
