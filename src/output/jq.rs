//! `--jq EXPR`: the command's JSON filtered by a jq expression, with jaq,
//! so that a host needs no `jq`. As gh prints it: each output value on its
//! own line, strings raw, other values as compact JSON.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;

use crate::error::{Code, Error, Result};

/// A compiled jq filter.
pub struct Jq {
    filter: jaq_core::Filter<data::JustLut<Val>>,
}

const HINT: &str = "--jq takes a jq filter, e.g. '.[].handle' or '.active_users' (see the jq manual); quote it for the shell";

impl Jq {
    /// Parses and compiles `code`: a bad expression is a usage error that
    /// names what the parser expected and where.
    pub fn compile(code: &str) -> Result<Jq> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let modules = loader
            .load(&arena, File { code, path: () })
            .map_err(|errs| {
                let mut said = Vec::new();
                for (_, e) in errs {
                    match e {
                        jaq_core::load::Error::Io(v) => {
                            said.extend(v.into_iter().map(|(path, m)| format!("{path}: {m}")));
                        }
                        jaq_core::load::Error::Lex(v) => said.extend(
                            v.into_iter()
                                .map(|(want, at)| expected(code, want.as_str(), at)),
                        ),
                        jaq_core::load::Error::Parse(v) => said.extend(
                            v.into_iter()
                                .map(|(want, at)| expected(code, want.as_str(), at)),
                        ),
                    }
                }
                bad(code, &said)
            })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errs| {
                let said: Vec<String> = errs
                    .into_iter()
                    .flat_map(|(_, v)| v)
                    .map(|(name, undefined)| match undefined {
                        jaq_core::compile::Undefined::Filter(arity) => {
                            format!("undefined filter `{name}/{arity}`")
                        }
                        other => format!("undefined {} `{name}`", other.as_str()),
                    })
                    .collect();
                bad(code, &said)
            })?;
        Ok(Jq { filter })
    }

    /// The filter's output for one JSON text: a line per value.
    pub fn run(&self, json: &str) -> Result<String> {
        let input = jaq_json::read::parse_single(json.as_bytes()).map_err(|e| {
            Error::new(
                Code::Internal,
                format!("--jq: tally's own JSON did not parse: {e}"),
            )
        })?;
        let ctx = Ctx::<data::JustLut<Val>>::new(&self.filter.lut, Vars::new([]));
        let mut out = String::new();
        for value in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            match value {
                Ok(Val::TStr(s) | Val::BStr(s)) => out.push_str(&String::from_utf8_lossy(&s)),
                Ok(v) => out.push_str(&v.to_string()),
                Err(e) => {
                    return Err(
                        Error::invalid(format!("--jq: the filter failed: {e}")).hint(
                            "the command itself succeeded (any change it made is kept); only the \
                         filter failed: try it on the command's --json output",
                        ),
                    );
                }
            }
            out.push('\n');
        }
        Ok(out)
    }
}

/// `expected X at column N`, from the part of `code` left where the parser stopped.
fn expected(code: &str, what: &str, at: &str) -> String {
    if at.is_empty() {
        return format!("expected {what} at the end");
    }
    let start = jaq_core::load::span(code, at).start;
    let column = code[..start].chars().count() + 1;
    let near: String = at.chars().take(12).collect();
    format!("expected {what} at column {column} (near `{near}`)")
}

fn bad(code: &str, said: &[String]) -> Error {
    let why = if said.is_empty() {
        "it is not a jq filter".to_string()
    } else {
        said.join("; ")
    };
    Error::invalid(format!(
        "--jq '{code}' is not a filter tally can run: {why}"
    ))
    .hint(HINT)
}
