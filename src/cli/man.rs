//! The man pages: `tally.1` and one page per command (`tally-user.1`,
//! `tally-user-add.1`, ...), rendered from the command line by clap_mangen,
//! and `tally man [DIR]`, which writes them where `man` finds them.
//!
//! Each command's `--help` text after its options ("Examples:", and on the
//! top page "Exit status:", "Environment:", "Configuration files:") becomes
//! the page's EXAMPLES, EXIT STATUS, ENVIRONMENT and FILES sections; the
//! text above its first heading joins the DESCRIPTION.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory};
use clap_mangen::roff::{Roff, bold, roman};
use serde::Serialize;

use super::{App, Cli};
use crate::error::{Code, Error, Result};
use crate::output::Block;

#[derive(Debug, Args)]
#[command(
    after_help = "Writes tally.1 and one page per command: tally-user.1, tally-user-add.1,\ntally-credits-assign.1, ... Without DIR they go to $XDG_DATA_HOME/man/man1\n(else ~/.local/share/man/man1), where man looks when ~/.local/bin is on the\nPATH; when man does not look there, tally says how to make it look.\nPages already there are replaced.\n\nExamples:\n  tally man\n  sudo tally man /usr/local/share/man/man1\n  tally man --dry-run"
)]
pub struct ManArgs {
    /// Directory to write the pages into [default: $XDG_DATA_HOME/man/man1]
    #[arg(value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

/// The date on every page: a fixed one, so that the pages are the same
/// whenever they are made.
const DATE: &str = "2026";

/// One man page: its command's name (`tally-user-add`) and its roff text.
pub struct Page {
    pub name: String,
    pub roff: Vec<u8>,
}

impl Page {
    pub fn file_name(&self) -> String {
        format!("{}.1", self.name)
    }
}

/// Every page: the top one first, then each command's, depth first.
pub fn pages() -> Vec<Page> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut Vec::new(), &mut out);
    out
}

fn walk(cmd: &clap::Command, parents: &mut Vec<String>, out: &mut Vec<Page>) {
    out.push(Page {
        name: page_name(cmd).to_string(),
        roff: render(cmd, parents),
    });
    parents.push(page_name(cmd).to_string());
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        walk(sub, parents, out);
    }
    parents.pop();
}

/// `tally-user-add`: clap names a subcommand after its parents.
fn page_name(cmd: &clap::Command) -> &str {
    cmd.get_display_name().unwrap_or_else(|| cmd.get_name())
}

/// The sections of a command's text after its options.
#[derive(Debug, Default, PartialEq)]
pub struct Extra {
    /// Prose above the first heading, for the DESCRIPTION.
    pub notes: String,
    /// Command lines under "Example:" or "Examples:", without their indent.
    pub examples: Vec<String>,
    /// `(code, meaning)` under "Exit status:".
    pub exit_status: Vec<(String, String)>,
    /// `(variable, meaning)` under "Environment:".
    pub environment: Vec<(String, String)>,
    /// The prose under "Configuration files:".
    pub files: String,
}

#[derive(Clone, Copy)]
enum Heading {
    Examples,
    ExitStatus,
    Environment,
    Files,
}

fn heading(line: &str) -> Option<Heading> {
    match line {
        "Example:" | "Examples:" => Some(Heading::Examples),
        "Exit status:" => Some(Heading::ExitStatus),
        "Environment:" => Some(Heading::Environment),
        "Configuration files:" => Some(Heading::Files),
        _ => None,
    }
}

/// The text after a command's options, read into its sections: a heading
/// is one of the known ones alone on an unindented line.
pub fn extra(cmd: &clap::Command) -> Extra {
    let text = cmd
        .get_after_long_help()
        .or_else(|| cmd.get_after_help())
        .map(|t| t.to_string())
        .unwrap_or_default();
    let mut out = Extra::default();
    let mut notes: Vec<&str> = Vec::new();
    let mut files: Vec<&str> = Vec::new();
    let mut under: Option<Heading> = None;
    for line in text.lines() {
        if let Some(h) = heading(line.trim_end()) {
            under = Some(h);
            continue;
        }
        match under {
            None => notes.push(line),
            Some(Heading::Examples) => {
                if !line.trim().is_empty() {
                    out.examples.push(line.trim().to_string());
                }
            }
            Some(Heading::ExitStatus) => definition(line, &mut out.exit_status),
            Some(Heading::Environment) => definition(line, &mut out.environment),
            Some(Heading::Files) => files.push(line.trim()),
        }
    }
    out.notes = notes.join("\n").trim().to_string();
    out.files = files.join("\n").trim().to_string();
    out
}

/// One line of a two-column list: `  TERM  meaning` starts an item (the term
/// ends at the first run of two spaces); a line indented further goes on
/// with the previous item's meaning.
fn definition(line: &str, items: &mut Vec<(String, String)>) {
    let text = line.trim();
    if text.is_empty() {
        return;
    }
    let indent = line.len() - line.trim_start().len();
    if indent <= 2
        && let Some((term, meaning)) = text.split_once("  ")
    {
        items.push((term.trim().to_string(), meaning.trim().to_string()));
        return;
    }
    match items.last_mut() {
        Some((_, meaning)) => {
            meaning.push(' ');
            meaning.push_str(text);
        }
        None => items.push((text.to_string(), String::new())),
    }
}

/// A command's page: clap_mangen's NAME, SYNOPSIS, DESCRIPTION (with the
/// notes of its help), OPTIONS and SUBCOMMANDS, then the sections of its
/// help text and SEE ALSO.
fn render(cmd: &clap::Command, parents: &[String]) -> Vec<u8> {
    let extra = extra(cmd);
    let mut base = cmd
        .clone()
        .after_help(None::<&str>)
        .after_long_help(None::<&str>)
        .version(None::<&str>)
        .long_version(None::<&str>);
    if !extra.notes.is_empty() {
        let about = cmd
            .get_long_about()
            .or_else(|| cmd.get_about())
            .map(|a| a.to_string())
            .unwrap_or_default();
        base = base.long_about(format!("{about}\n\n{}", extra.notes));
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(base)
        .date(DATE)
        .source(concat!("tally ", env!("CARGO_PKG_VERSION")))
        .render(&mut page)
        .expect("rendering into memory cannot fail");

    let mut roff = Roff::new();
    if !extra.exit_status.is_empty() {
        roff.control("SH", ["EXIT STATUS"]);
        list(&mut roff, &extra.exit_status);
    }
    if !extra.environment.is_empty() {
        roff.control("SH", ["ENVIRONMENT"]);
        list(&mut roff, &extra.environment);
    }
    if !extra.files.is_empty() {
        roff.control("SH", ["FILES"]);
        for line in extra.files.lines() {
            roff.text([roman(line)]);
        }
    }
    if !extra.examples.is_empty() {
        roff.control("SH", ["EXAMPLES"]);
        roff.control("nf", []);
        roff.control("RS", ["4"]);
        for line in &extra.examples {
            roff.text([roman(line.as_str())]);
        }
        roff.control("RE", []);
        roff.control("fi", []);
    }
    if !parents.is_empty() {
        roff.control("SH", ["SEE ALSO"]);
        let see: Vec<String> = parents.iter().rev().map(|p| format!("{p}(1)")).collect();
        roff.text([roman(see.join(", "))]);
    }
    // Each rendering starts with the same preamble, which the page has already.
    let more = roff.render();
    let preamble = Roff::new().render();
    page.extend_from_slice(more.strip_prefix(&preamble).unwrap_or(&more).as_bytes());
    page
}

fn list(roff: &mut Roff, items: &[(String, String)]) {
    for (term, meaning) in items {
        roff.control("TP", []);
        roff.text([bold(term.as_str())]);
        roff.text([roman(meaning.as_str())]);
    }
}

/// What `tally man` did.
#[derive(Serialize)]
struct Written {
    dir: String,
    pages: Vec<String>,
    searched_by_man: bool,
}

pub fn run(app: &App, a: ManArgs) -> Result<()> {
    let dir = match a.dir {
        Some(d) if d.as_os_str().is_empty() => {
            return Err(Error::invalid("the directory is empty")
                .hint("name a directory, or leave it out for the default"));
        }
        Some(d) => d,
        None => default_dir()?,
    };
    let pages = pages();
    if !app.global.dry_run {
        write_pages(&dir, &pages)?;
    }
    let searched = searched_by_man(&dir);
    let shown = dir.display().to_string();
    let mut lines = vec![Block::Line(format!(
        "{} {} man pages to {shown}",
        if app.global.dry_run {
            "would write"
        } else {
            "wrote"
        },
        pages.len()
    ))];
    if searched {
        lines.push(Block::Line(
            "read them with `man tally`, `man tally-user-add`, ...".into(),
        ));
    } else if !app.global.quiet && !app.global.json {
        let root = dir
            .parent()
            .filter(|_| dir.file_name().is_some_and(|n| n == "man1"))
            .unwrap_or(&dir);
        eprintln!(
            "note: man does not look in {}; add `export MANPATH=\"{}:\"` to your shell's profile (the last colon keeps the system's pages), or read one with `man -l {}`",
            root.display(),
            root.display(),
            dir.join("tally.1").display()
        );
    }
    app.out.print(
        &Written {
            dir: shown,
            pages: pages.iter().map(Page::file_name).collect(),
            searched_by_man: searched,
        },
        &lines,
    )
}

/// `$XDG_DATA_HOME/man/man1`, else `~/.local/share/man/man1`: the user's own
/// pages, where man-db looks when `~/.local/bin` is on the PATH.
fn default_dir() -> Result<PathBuf> {
    let absolute = |var: &str| {
        std::env::var_os(var)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let data = absolute("XDG_DATA_HOME")
        .or_else(|| absolute("HOME").map(|h| h.join(".local/share")))
        .ok_or_else(|| {
            Error::invalid("no directory for man pages: neither XDG_DATA_HOME nor HOME is set")
                .hint("name one: `tally man DIR`")
        })?;
    Ok(data.join("man").join("man1"))
}

/// Writes every page into `dir` (made if missing), each through a
/// temporary file renamed into place, so that `man` never reads half a page.
fn write_pages(dir: &Path, pages: &[Page]) -> Result<()> {
    let failed = |what: String, e: std::io::Error| {
        use std::io::ErrorKind::*;
        let code = match e.kind() {
            PermissionDenied | NotFound | NotADirectory | AlreadyExists | ReadOnlyFilesystem => {
                Code::InvalidInput
            }
            _ => Code::StorageError,
        };
        Error::new(code, format!("cannot write the man pages: {what}: {e}"))
            .hint("name a directory you can write: `tally man DIR` (a system one with sudo)")
    };
    std::fs::create_dir_all(dir).map_err(|e| failed(format!("{}", dir.display()), e))?;
    for page in pages {
        let path = dir.join(page.file_name());
        let mut file = tempfile::NamedTempFile::new_in(dir)
            .map_err(|e| failed(format!("{}", dir.display()), e))?;
        file.write_all(&page.roff)
            .and_then(|_| file.as_file().sync_all())
            .map_err(|e| failed(path.display().to_string(), e))?;
        // Readable by every user, as man pages are (a temporary file is 0600).
        set_readable(file.path()).map_err(|e| failed(path.display().to_string(), e))?;
        file.persist(&path)
            .map_err(|e| failed(path.display().to_string(), e.error))?;
    }
    Ok(())
}

fn set_readable(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
}

/// Whether `man` looks in the directory above `dir` (`.../man` of
/// `.../man/man1`), as man-db's `manpath` says; false when it cannot be asked.
fn searched_by_man(dir: &Path) -> bool {
    let Some(root) = dir
        .parent()
        .filter(|_| dir.file_name().is_some_and(|n| n == "man1"))
    else {
        return false;
    };
    let Ok(out) = std::process::Command::new("manpath")
        .arg("-q")
        .stderr(std::process::Stdio::null())
        .output()
    else {
        return false;
    };
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .split(':')
        .filter(|p| !p.is_empty())
        .any(|p| std::fs::canonicalize(p).is_ok_and(|p| p == root))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every verb's help shows at least one example, and its man page
    /// carries every one of them.
    #[test]
    fn every_verb_has_examples_and_its_page_carries_them() {
        let pages = pages();
        let mut cmd = Cli::command().disable_help_subcommand(true);
        cmd.build();
        fn leaves<'a>(cmd: &'a clap::Command, out: &mut Vec<&'a clap::Command>) {
            if cmd.get_subcommands().next().is_none() {
                out.push(cmd);
            }
            for sub in cmd.get_subcommands() {
                leaves(sub, out);
            }
        }
        let mut verbs = Vec::new();
        leaves(&cmd, &mut verbs);
        assert!(verbs.len() > 40, "{} verbs", verbs.len());
        for verb in std::iter::once(&cmd).chain(verbs) {
            let name = page_name(verb);
            let examples = extra(verb).examples;
            assert!(
                examples.iter().any(|e| e.contains("tally ")),
                "{name}: no example in its help"
            );
            let page = pages
                .iter()
                .find(|p| p.name == name)
                .unwrap_or_else(|| panic!("no man page for {name}"));
            let roff = String::from_utf8(page.roff.clone()).unwrap();
            let section = roff
                .split_once(".SH EXAMPLES\n")
                .unwrap_or_else(|| panic!("{name}: no EXAMPLES section"))
                .1;
            for example in &examples {
                let mut line = Roff::new();
                line.text([roman(example.as_str())]);
                let line = line.render();
                let line = line.strip_prefix(&Roff::new().render()).unwrap();
                assert!(section.contains(line), "{name}: {example} not in {section}");
            }
        }
    }

    #[test]
    fn the_top_page_has_exit_status_environment_files_and_examples() {
        let pages = pages();
        let top = String::from_utf8(pages[0].roff.clone()).unwrap();
        assert_eq!(pages[0].name, "tally");
        let sections: Vec<&str> = top.lines().filter_map(|l| l.strip_prefix(".SH ")).collect();
        assert_eq!(
            sections,
            [
                "NAME",
                "SYNOPSIS",
                "DESCRIPTION",
                "OPTIONS",
                "SUBCOMMANDS",
                "\"EXIT STATUS\"",
                "ENVIRONMENT",
                "FILES",
                "EXAMPLES"
            ]
        );
        assert!(!top.contains("EXTRA"), "{top}");
        // Each code and variable is an item of its list.
        for term in ["0", "101", "TALLY_DB", "TALLY_SYSTEM_CONFIG", "TALLY_NOW"] {
            assert!(
                top.contains(&format!(".TP\n\\fB{term}\\fR\n")),
                "{term} in {top}"
            );
        }
        let sub = pages.iter().find(|p| p.name == "tally-user-add").unwrap();
        let sub = String::from_utf8(sub.roff.clone()).unwrap();
        assert!(
            sub.contains(".SH \"SEE ALSO\"\ntally\\-user(1), tally(1)\n"),
            "{sub}"
        );
    }

    #[test]
    fn help_text_is_read_into_sections() {
        let cmd = clap::Command::new("x").after_help(
            "A note\non two lines.\n\nExit status:\n  0    done\n  4    broken:\n       or worse\n\nEnvironment:\n  A_B, C  one\n\nExamples:\n  x --y\n  x z",
        );
        assert_eq!(
            extra(&cmd),
            Extra {
                notes: "A note\non two lines.".into(),
                examples: vec!["x --y".into(), "x z".into()],
                exit_status: vec![
                    ("0".into(), "done".into()),
                    ("4".into(), "broken: or worse".into())
                ],
                environment: vec![("A_B, C".into(), "one".into())],
                files: String::new(),
            }
        );
    }
}
