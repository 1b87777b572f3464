//! docs/json.md, the reference of `--json` output, is checked against the
//! real binary so that it cannot drift from the tool.
//!
//! A `### \`tally ...\`` heading is a command line (`VAR=value` before
//! `tally` sets a variable for that command alone). The ```` ```json ````
//! block that follows it, or follows a run of such headings, is its output:
//! the test runs every command line in the document's order, with
//! `--json`, against one database it starts empty, and compares the real
//! output's shape with the example's: the same keys in the same order, of
//! the same JSON types, an array's first element standing for the rest. A
//! ```` ```csv NAME ```` block is a file that the commands read. A command
//! must succeed, unless the text under its heading says that it
//! "exits N (`code`)": then it must fail so, and still print its report.
//! `127.0.0.1:2525` in a command line is the address of a mail server that
//! the test runs; it accepts every message but those to an address that
//! contains "refuse", which it refuses for good.
//!
//! Every command that prints JSON must be in the document: the commands
//! are read from `tally --help` at every level, and the few that print
//! something else are listed here, and checked to print no JSON.

use std::fmt;
use std::net::TcpListener;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::common::*;

/// Commands that print no JSON, even with `--json`, and how to run them.
const NOT_JSON: &[&[&str]] = &[&["completions", "bash"]];

/// A JSON value with its object keys in the order they were written
/// (serde_json's own `Value` sorts them).
#[derive(Debug, Clone)]
enum Json {
    Null,
    Bool,
    Integer,
    Float,
    String,
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool => "a boolean",
            Json::Integer => "an integer",
            Json::Float => "a fractional number",
            Json::String => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Json;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Json, E> {
                Ok(Json::Bool)
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Json, E> {
                Ok(Json::Integer)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Json, E> {
                Ok(Json::Integer)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Json, E> {
                Ok(Json::Float)
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Json, E> {
                Ok(Json::String)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Json::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
                let mut fields = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Json>()? {
                    fields.push((k, v));
                }
                Ok(Json::Object(fields))
            }
        }
        d.deserialize_any(V)
    }
}

/// Where `real` differs in shape from the document's `doc`, one line each.
fn differences(at: &str, doc: &Json, real: &Json, out: &mut Vec<String>) {
    match (doc, real) {
        (Json::Object(d), Json::Object(r)) => {
            let dk: Vec<&str> = d.iter().map(|(k, _)| k.as_str()).collect();
            let rk: Vec<&str> = r.iter().map(|(k, _)| k.as_str()).collect();
            if dk != rk {
                out.push(format!(
                    "{at}: the document's keys are {dk:?}, the output's {rk:?}"
                ));
            }
            for (k, dv) in d {
                if let Some((_, rv)) = r.iter().find(|(rk, _)| rk == k) {
                    differences(&format!("{at}.{k}"), dv, rv, out);
                }
            }
        }
        (Json::Array(d), Json::Array(r)) => match (d.first(), r.first()) {
            (Some(dv), Some(rv)) => differences(&format!("{at}[0]"), dv, rv, out),
            (None, None) => {}
            (Some(_), None) => out.push(format!(
                "{at}: the document shows an element, the output's array is empty"
            )),
            (None, Some(_)) => out.push(format!(
                "{at}: the document's array is empty, the output's elements are not shown"
            )),
        },
        _ if doc.type_name() == real.type_name() => {}
        _ => out.push(format!(
            "{at}: the document has {}, the output {}",
            doc.type_name(),
            real.type_name()
        )),
    }
}

/// A command line of the document, with its example output.
struct Entry {
    line: usize,
    text: String,
    /// `VAR=value` words before `tally`.
    vars: Vec<(String, String)>,
    /// The words after `tally`.
    args: Vec<String>,
    /// The text between the heading and the example.
    prose: String,
    example: Option<(Json, String)>,
}

struct Doc {
    entries: Vec<Entry>,
    files: Vec<(String, String)>,
}

/// Words as a POSIX shell splits them, for the quoting the document uses:
/// single and double quotes, no escapes, no expansions.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_default().push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                word.get_or_insert_default();
            }
            (None, c) if c.is_whitespace() => out.extend(word.take()),
            (None, c) => word.get_or_insert_default().push(c),
        }
    }
    assert!(quote.is_none(), "unbalanced quote in `{line}`");
    out.extend(word);
    out
}

fn parse(doc: &str) -> Doc {
    let mut entries: Vec<Entry> = Vec::new();
    let mut files = Vec::new();
    // Headings waiting for their example.
    let mut waiting: Vec<usize> = Vec::new();
    let mut lines = doc.lines().enumerate();
    while let Some((i, line)) = lines.next() {
        if line.starts_with('#') {
            let command = line
                .strip_prefix("### `")
                .and_then(|l| l.strip_suffix('`'))
                .filter(|l| l.starts_with("tally ") || l.contains(" tally "));
            match command {
                Some(text) => {
                    let all = words(text);
                    let at = all
                        .iter()
                        .position(|w| w == "tally")
                        .unwrap_or_else(|| panic!("line {}: no `tally` in {text}", i + 1));
                    let vars = all[..at]
                        .iter()
                        .map(|w| {
                            let (k, v) = w.split_once('=').unwrap_or_else(|| {
                                panic!("line {}: `{w}` before tally is not VAR=value", i + 1)
                            });
                            (k.to_string(), v.to_string())
                        })
                        .collect();
                    // A heading after prose starts a new run of headings.
                    if waiting
                        .last()
                        .is_some_and(|&e| !entries[e].prose.trim().is_empty())
                    {
                        panic!(
                            "line {}: `{}` has text but no example before the next heading",
                            i + 1,
                            entries[*waiting.last().unwrap()].text
                        );
                    }
                    waiting.push(entries.len());
                    entries.push(Entry {
                        line: i + 1,
                        text: text.to_string(),
                        vars,
                        args: all[at + 1..].to_vec(),
                        prose: String::new(),
                        example: None,
                    });
                }
                None => {
                    if let Some(&e) = waiting.last() {
                        panic!(
                            "line {}: `{}` has no example before this heading",
                            i + 1,
                            entries[e].text
                        );
                    }
                }
            }
            continue;
        }
        if let Some(info) = line.strip_prefix("```") {
            let info = info.trim();
            let mut body = String::new();
            for (_, l) in lines.by_ref() {
                if l.starts_with("```") {
                    break;
                }
                body.push_str(l);
                body.push('\n');
            }
            if info == "json" {
                assert!(
                    !waiting.is_empty(),
                    "line {}: a JSON example under no command heading",
                    i + 1
                );
                let shape: Json = serde_json::from_str(&body)
                    .unwrap_or_else(|e| panic!("line {}: the example is not JSON: {e}", i + 1));
                for e in waiting.drain(..) {
                    entries[e].example = Some((shape.clone(), body.clone()));
                }
            } else if let Some(name) = info.strip_prefix("csv ") {
                files.push((name.trim().to_string(), body));
            }
            continue;
        }
        if let Some(&e) = waiting.last() {
            entries[e].prose.push_str(line);
            entries[e].prose.push('\n');
        }
    }
    if let Some(&e) = waiting.last() {
        panic!("`{}` has no example", entries[e].text);
    }
    Doc { entries, files }
}

/// The commands of `tally PATH --help`, `help` aside.
fn subcommands(env: &Env, path: &[String]) -> Vec<String> {
    let mut args = path.to_vec();
    args.push("--help".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let help = env.ok(&args);
    help.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        // A description that goes on is indented further.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect()
}

/// Whether a command with subcommands also runs something itself (`credits
/// request QUANTITY` beside `credits request cancel ID`): its first usage
/// line is not only a choice of subcommand.
fn runs_itself(env: &Env, path: &[String]) -> bool {
    let mut args = path.to_vec();
    args.push("--help".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let help = env.ok(&args);
    help.lines()
        .find_map(|l| l.strip_prefix("Usage: "))
        .is_some_and(|usage| !usage.ends_with("<COMMAND>"))
}

/// Every command that runs something: the leaves of the tree of commands,
/// and the commands with subcommands that also run something themselves.
fn verbs(env: &Env, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let subs = subcommands(env, path);
    if subs.is_empty() || runs_itself(env, path) {
        out.push(path.clone());
    }
    if subs.is_empty() {
        return;
    }
    for sub in subs {
        path.push(sub);
        verbs(env, path, out);
        path.pop();
    }
}

/// A mail server that accepts every message, but refuses for good the
/// recipients whose address contains "refuse".
#[derive(Clone)]
struct Relay;

impl mailin_embedded::Handler for Relay {
    fn rcpt(&mut self, to: &str) -> mailin_embedded::Response {
        if to.contains("refuse") {
            mailin_embedded::response::NO_MAILBOX
        } else {
            mailin_embedded::response::OK
        }
    }
}

fn start_relay() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut server = mailin_embedded::Server::new(Relay);
    server
        .with_name("relay.test")
        .with_ssl(mailin_embedded::SslConfig::None)
        .unwrap()
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    port
}

/// Whether a command line of the document runs `verb`.
fn documents(doc: &Doc, verb: &[String]) -> bool {
    doc.entries
        .iter()
        .any(|e| e.args.len() >= verb.len() && e.args[..verb.len()] == *verb)
}

/// The commands, of `all`, that print JSON and that no command line of the
/// document runs.
fn undocumented(doc: &Doc, all: &[Vec<String>]) -> Vec<String> {
    all.iter()
        .filter(|v| !documents(doc, v))
        .filter(|v| {
            !NOT_JSON
                .iter()
                .any(|n| n.len() >= v.len() && n[..v.len()] == v[..])
        })
        .map(|v| v.join(" "))
        .collect()
}

/// `exits N (`code`)` in a command's text: the failure it documents.
fn documented_failure(prose: &str) -> Option<(i32, String)> {
    let at = prose.find("exits ")?;
    let rest = &prose[at + "exits ".len()..];
    let (code, rest) = rest.split_once(" (`")?;
    let (name, _) = rest.split_once("`)")?;
    Some((code.parse().ok()?, name.to_string()))
}

#[test]
fn the_json_reference_matches_every_command() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md");
    let text = std::fs::read_to_string(path).expect("docs/json.md");
    let doc = parse(&text);
    assert!(doc.entries.len() > 40, "{} commands", doc.entries.len());

    // Every command that prints JSON is in the document; the others print none.
    let env = Env::on_file();
    let mut all = Vec::new();
    verbs(&env, &mut Vec::new(), &mut all);
    assert!(all.len() > 50, "{all:?}");
    let missing = undocumented(&doc, &all);
    assert!(
        missing.is_empty(),
        "commands that print JSON but are not in docs/json.md: {missing:?}"
    );
    for args in NOT_JSON {
        let mut with = vec!["--json"];
        with.extend_from_slice(args);
        let out = env.ok(&with);
        assert!(
            serde_json::from_str::<serde_json::Value>(&out).is_err(),
            "`tally {}` prints JSON: document it in docs/json.md",
            args.join(" ")
        );
        assert!(
            !documents(&doc, &[args[0].to_string()]),
            "`tally {}` prints no JSON but is in docs/json.md",
            args[0]
        );
    }

    // Every command line, in order, on one database.
    for (name, body) in &doc.files {
        std::fs::write(env.dir.path().join(name), body).unwrap();
    }
    let relay = format!("127.0.0.1:{}", start_relay());
    let mut wrong = Vec::new();
    for entry in &doc.entries {
        let verb = all
            .iter()
            .filter(|v| entry.args.len() >= v.len() && entry.args[..v.len()] == v[..])
            .max_by_key(|v| v.len());
        assert!(
            verb.is_some(),
            "docs/json.md line {}: `{}` names no command of tally",
            entry.line,
            entry.text
        );
        let args: Vec<String> = entry
            .args
            .iter()
            .map(|a| a.replace("127.0.0.1:2525", &relay))
            .collect();
        let out = env
            .cmd()
            .envs(entry.vars.iter().cloned())
            .arg("--json")
            .args(&args)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let context = format!(
            "docs/json.md line {}: `{}`\nstdout: {stdout}\nstderr: {stderr}",
            entry.line, entry.text
        );
        match documented_failure(&entry.prose) {
            None => assert!(out.status.success(), "failed: {context}"),
            Some((exit, code)) => {
                assert_eq!(out.status.code(), Some(exit), "{context}");
                let err: serde_json::Value = serde_json::from_str(&stderr)
                    .unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {context}"));
                assert_eq!(err["error"]["code"], code.as_str(), "{context}");
            }
        }
        let real: Json = serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {context}"));
        let (example, _) = entry.example.as_ref().expect("every entry has an example");
        let mut found = Vec::new();
        differences("$", example, &real, &mut found);
        if !found.is_empty() {
            wrong.push(format!(
                "docs/json.md line {}: `{}`:\n  {}\nthe real output:\n{stdout}",
                entry.line,
                entry.text,
                found.join("\n  ")
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_different_shape_is_found() {
    let shape = |s: &str| serde_json::from_str::<Json>(s).unwrap();
    let mut found = Vec::new();
    let doc = shape(r#"{"a": 1, "b": [{"c": "x"}], "d": null}"#);
    differences(
        "",
        &doc,
        &shape(r#"{"a": 2, "b": [{"c": "y"}, {}], "d": null}"#),
        &mut found,
    );
    assert!(found.is_empty(), "{found:?}");
    for (real, says) in [
        (
            r#"{"b": [{"c": "x"}], "a": 1, "d": null}"#,
            r#"keys are ["a", "b", "d"], the output's ["b", "a", "d"]"#,
        ),
        (
            r#"{"a": 1.5, "b": [{"c": "x"}], "d": null}"#,
            ".a: the document has an integer, the output a fractional number",
        ),
        (
            r#"{"a": 1, "b": [{"c": 1}], "d": null}"#,
            ".b[0].c: the document has a string, the output an integer",
        ),
        (
            r#"{"a": 1, "b": [], "d": null}"#,
            ".b: the document shows an element",
        ),
        (
            r#"{"a": 1, "b": [{"c": "x"}], "d": "x"}"#,
            ".d: the document has null, the output a string",
        ),
        (
            r#"{"a": 1, "b": [{"c": "x", "e": 1}], "d": null}"#,
            r#".b[0]: the document's keys are ["c"], the output's ["c", "e"]"#,
        ),
    ] {
        let mut found = Vec::new();
        differences("", &doc, &shape(real), &mut found);
        assert!(
            found.len() == 1 && found[0].contains(says),
            "{real}: {found:?}"
        );
    }
}

#[test]
fn headings_and_examples_are_read_in_order() {
    let doc = parse(
        "# T\n\n### `tally a b 'c d'`\n### `TALLY_NOW=x tally e`\n\nIt exits 1 (`busy`).\n\n```json\n[1]\n```\n\n```csv f.csv\nx,y\n```\n\n## Next\n",
    );
    assert_eq!(doc.entries.len(), 2);
    assert_eq!(doc.entries[0].args, ["a", "b", "c d"]);
    assert_eq!(
        doc.entries[1].vars,
        [("TALLY_NOW".to_string(), "x".to_string())]
    );
    assert!(doc.entries.iter().all(|e| e.example.is_some()));
    assert_eq!(
        documented_failure(&doc.entries[1].prose),
        Some((1, "busy".into()))
    );
    assert_eq!(doc.files, [("f.csv".to_string(), "x,y\n".to_string())]);
    let lost = std::panic::catch_unwind(|| parse("### `tally a`\n\n## Next\n```json\n1\n```\n"));
    assert!(lost.is_err(), "a command without its example is refused");
}

/// A command left out of the document is found, and `completions` needs
/// no entry.
#[test]
fn a_command_missing_from_the_document_is_found() {
    let env = Env::on_file();
    let mut all = Vec::new();
    verbs(&env, &mut Vec::new(), &mut all);
    for verb in [
        &["user", "list"][..],
        &["credits", "kind", "add"],
        &["man"],
        &["audit"],
    ] {
        assert!(all.iter().any(|v| v == verb), "{verb:?} in {all:?}");
    }
    let doc = parse("### `tally user list --status all`\n\n```json\n{}\n```\n");
    let missing = undocumented(&doc, &all);
    assert!(!missing.contains(&"user list".to_string()), "{missing:?}");
    assert!(missing.contains(&"user add".to_string()), "{missing:?}");
    assert!(
        missing.contains(&"credits kind add".to_string()),
        "{missing:?}"
    );
    assert!(!missing.contains(&"completions".to_string()), "{missing:?}");
    assert_eq!(missing.len(), all.len() - 2);
}
