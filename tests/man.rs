//! `tally man`: one man page per command, written where `man` finds them,
//! each rendering cleanly with man-db; the pages kept in man/ are what the
//! binary writes.
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;

/// man-db's `man` with this home and PATH, and nothing else of the host's
/// environment (no MANPATH), its output plain text.
fn man(home: &Path, path: &str, args: &[&str]) -> std::process::Output {
    Command::new("man")
        .env_clear()
        .env("HOME", home)
        .env("PATH", path)
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("MANWIDTH", "200")
        .env("LANG", "C.UTF-8")
        .args(args)
        .output()
        .expect("man-db's man is needed for these tests (Debian: apt-get install man-db)")
}

/// The pages in `dir`, by file name.
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `tally man DIR` with a PATH on which `manpath` is found.
fn write_to(env: &Env, dir: &Path) -> serde_json::Value {
    let out = env
        .cmd()
        .env("PATH", "/usr/bin:/bin")
        .args(["--json", "man"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The pages in man/ are what `tally man` writes, no more and no fewer.
/// `SNAPSHOTS=overwrite cargo test` rewrites them.
#[test]
fn the_pages_in_the_repository_are_fresh() {
    let env = Env::empty();
    let dir = env.dir.path().join("pages");
    let written = write_to(&env, &dir);
    let names = files(&dir);
    assert!(names.len() > 60, "{names:?}");
    assert_eq!(written["pages"].as_array().unwrap().len(), names.len());
    for name in &names {
        let page = std::fs::read(dir.join(name)).unwrap();
        assert_file_eq(page, &format!("man/{name}"));
    }
    let kept = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let stale: Vec<String> = files(&kept)
        .into_iter()
        .filter(|n| !names.contains(n))
        .collect();
    if std::env::var("SNAPSHOTS").is_ok_and(|s| s == "overwrite") {
        for name in &stale {
            std::fs::remove_file(kept.join(name)).unwrap();
        }
    } else {
        assert!(
            stale.is_empty(),
            "man/ has pages tally no longer writes: {stale:?}; update with SNAPSHOTS=overwrite"
        );
    }
}

/// After `tally man`, with ~/.local/bin on the PATH as man-db expects,
/// `man tally` and `man tally-user-add` find the pages.
#[test]
fn after_one_command_man_finds_every_page() {
    let env = Env::empty();
    let home = env.dir.path();
    std::fs::create_dir_all(home.join(".local/bin")).unwrap();
    let path = format!("{}:/usr/bin:/bin", home.join(".local/bin").display());
    let out = env.cmd().env("PATH", &path).arg("man").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = home.join(".local/share/man/man1");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with(&format!(
            "wrote {} man pages to {}\n",
            files(&dir).len(),
            dir.display()
        )),
        "{stdout}"
    );
    assert!(stdout.contains("man tally-user-add"), "{stdout}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let found = man(home, &path, &["-w", "tally", "tally-user-add"]);
    assert_eq!(
        String::from_utf8_lossy(&found.stdout),
        format!(
            "{}\n{}\n",
            dir.join("tally.1").display(),
            dir.join("tally-user-add.1").display()
        ),
        "{}",
        String::from_utf8_lossy(&found.stderr)
    );
    // The page of a verb carries its options and the examples of its help.
    let page = man(home, &path, &["tally-credits-assign"]);
    let text = String::from_utf8_lossy(&page.stdout);
    assert!(
        page.status.success(),
        "{}",
        String::from_utf8_lossy(&page.stderr)
    );
    for says in [
        "tally-credits-assign - ",
        "--idempotency-key <KEY>",
        "EXAMPLES",
        "tally credits assign --from company --to bob 50\n",
        "SEE ALSO",
        "tally-credits(1), tally(1)",
    ] {
        assert!(text.contains(says), "{says:?} not in:\n{text}");
    }
    // The top page's own sections.
    let top = man(home, &path, &["tally"]);
    let text = String::from_utf8_lossy(&top.stdout);
    for says in [
        "EXIT STATUS",
        "busy: the database stayed locked past TALLY_BUSY_TIMEOUT; retry",
        "ENVIRONMENT",
        "TALLY_SYSTEM_CONFIG",
        "FILES",
        "/etc/tally/config.toml",
        "EXAMPLES",
        "tally-user(1)",
    ] {
        assert!(text.contains(says), "{says:?} not in:\n{text}");
    }
    assert!(!text.contains("EXTRA"), "{text}");

    // Run again, it replaces the pages, readable by everyone.
    env.cmd()
        .env("PATH", &path)
        .args(["-q", "man"])
        .assert()
        .success()
        .stdout("");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir.join("tally.1"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o644);
}

/// Every page renders with man-db and groff without a warning.
#[test]
fn every_page_renders_without_warnings() {
    let env = Env::empty();
    let dir = env.dir.path().join("man1");
    write_to(&env, &dir);
    for name in files(&dir) {
        let file: PathBuf = dir.join(&name);
        let out = man(
            env.dir.path(),
            "/usr/bin:/bin",
            &["--warnings", "-E", "UTF-8", "-l", file.to_str().unwrap()],
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && stderr.is_empty(),
            "{name}: {stderr}"
        );
        let text = String::from_utf8_lossy(&out.stdout);
        let command = name.trim_end_matches(".1");
        assert!(
            text.contains(&format!("NAME\n       {command} - ")),
            "{name}:\n{text}"
        );
    }
}

#[test]
fn xdg_data_home_is_the_default_and_a_dry_run_writes_nothing() {
    let env = Env::empty();
    let data = env.dir.path().join("data");
    let out = env
        .cmd()
        .env("XDG_DATA_HOME", &data)
        .env("PATH", "/usr/bin:/bin")
        .args(["--json", "--dry-run", "man"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["dir"], data.join("man/man1").display().to_string());
    assert!(
        v["pages"]
            .as_array()
            .unwrap()
            .contains(&"tally-user-add.1".into())
    );
    assert!(!data.exists(), "a dry run wrote {}", data.display());

    let out = env
        .cmd()
        .env("XDG_DATA_HOME", &data)
        .env("PATH", "/usr/bin:/bin")
        .arg("man")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(data.join("man/man1/tally-credits-assign.1").exists());
    // Nothing puts that directory on man's path: tally says how to.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "note: man does not look in {}; add `export MANPATH=\"{}:\"`",
            data.join("man").display(),
            data.join("man").display()
        )),
        "{stderr}"
    );
    let v = write_to(&env, &data.join("man/man1"));
    assert_eq!(v["searched_by_man"], false);
}

#[test]
fn a_directory_that_cannot_be_written_is_refused_with_a_hint() {
    let env = Env::empty();
    let file = env.dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    for dir in [file.clone(), file.join("man1")] {
        let out = env
            .cmd()
            .args(["--json", "man"])
            .arg(&dir)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", dir.display());
        let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
        assert_eq!(v["error"]["code"], "invalid_input");
        assert!(
            v["error"]["message"]
                .as_str()
                .unwrap()
                .contains("cannot write the man pages")
        );
        assert!(
            v["error"]["hint"]
                .as_str()
                .unwrap()
                .contains("tally man DIR")
        );
    }
    // Neither HOME nor XDG_DATA_HOME: no default directory.
    let out = env.cmd().env_remove("HOME").args(["man"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("hint: name one: `tally man DIR`"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}
