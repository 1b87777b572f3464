//! `tally report ...`: usage grouped over the whole organization, the
//! ledger with running balances, seat lines with active intervals; as JSON,
//! CSV, a chart on a terminal and an HTML page rendered by a browser. Every
//! number is checked against what the test computes from what it ran.
use crate::common::*;

use std::collections::BTreeMap;

use serde_json::Value;

/// One consumption the test made: who, whose credits, kind, amount, day.
struct Use {
    user: &'static str,
    owner: &'static str,
    kind: &'static str,
    amount: i64,
    at: &'static str,
}

/// An organization where bob and carol hold credits, peter and paula use
/// bob's, and consumption happens in February, March and April of two
/// kinds; the uses it made.
fn usage_org() -> (Env, Vec<Use>) {
    let mut env = Env::new();
    env.now = "2026-02-01T09:00:00Z".into();
    for h in ["bob", "carol", "peter", "paula"] {
        add_user(&env, h, &[]);
    }
    env.ok(&["owner", "set", "peter", "bob"]);
    env.ok(&["owner", "set", "paula", "bob"]);
    env.ok(&["credits", "kind", "add", "sms"]);
    env.ok(&["credits", "topup", "10000"]);
    env.ok(&["credits", "topup", "500", "--kind", "sms"]);
    for (to, kind, n) in [
        ("bob", "credits", "3000"),
        ("carol", "credits", "2000"),
        ("bob", "sms", "200"),
        ("carol", "sms", "100"),
    ] {
        env.ok(&[
            "credits", "assign", "--from", "company", "--to", to, n, "--kind", kind,
        ]);
    }
    let uses = vec![
        Use {
            user: "bob",
            owner: "bob",
            kind: "credits",
            amount: 11,
            at: "2026-02-28T23:59:59Z",
        },
        Use {
            user: "bob",
            owner: "bob",
            kind: "credits",
            amount: 7,
            at: "2026-03-01T00:00:00Z",
        },
        Use {
            user: "peter",
            owner: "bob",
            kind: "credits",
            amount: 5,
            at: "2026-03-01T08:00:00Z",
        },
        Use {
            user: "peter",
            owner: "bob",
            kind: "sms",
            amount: 3,
            at: "2026-03-02T10:00:00Z",
        },
        Use {
            user: "paula",
            owner: "bob",
            kind: "credits",
            amount: 13,
            at: "2026-03-02T11:00:00Z",
        },
        Use {
            user: "carol",
            owner: "carol",
            kind: "credits",
            amount: 21,
            at: "2026-03-02T12:00:00Z",
        },
        Use {
            user: "carol",
            owner: "carol",
            kind: "sms",
            amount: 2,
            at: "2026-03-31T23:59:59Z",
        },
        Use {
            user: "bob",
            owner: "bob",
            kind: "credits",
            amount: 17,
            at: "2026-03-31T12:00:00Z",
        },
        Use {
            user: "paula",
            owner: "bob",
            kind: "credits",
            amount: 19,
            at: "2026-04-01T00:00:00Z",
        },
    ];
    for u in &uses {
        env.now = u.at.into();
        let n = u.amount.to_string();
        env.ok(&["credits", "use", u.user, &n, "--kind", u.kind]);
    }
    (env, uses)
}

/// What the report should say: (key, kind) -> (amount, uses), for the uses
/// in March 2026 of `kind` (every kind if `None`).
fn expected(
    uses: &[Use],
    key: impl Fn(&Use) -> String,
    kind: Option<&str>,
) -> BTreeMap<(String, String), (i64, i64)> {
    let mut m = BTreeMap::new();
    for u in uses {
        if !u.at.starts_with("2026-03") || kind.is_some_and(|k| k != u.kind) {
            continue;
        }
        let e = m.entry((key(u), u.kind.to_string())).or_insert((0, 0));
        e.0 += u.amount;
        e.1 += 1;
    }
    m
}

/// The rows of a usage report's JSON, by (key, kind).
fn reported(v: &Value, key: &str) -> BTreeMap<(String, String), (i64, i64)> {
    v["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                (
                    r[key].as_str().expect("key").to_string(),
                    r.get("kind")
                        .map_or(r[key].as_str(), Value::as_str)
                        .expect("kind")
                        .to_string(),
                ),
                (r["amount"].as_i64().unwrap(), r["uses"].as_i64().unwrap()),
            )
        })
        .collect()
}

#[test]
fn usage_is_grouped_by_user_owner_kind_and_day_over_the_whole_month() {
    let (env, uses) = usage_org();
    let by_user = env.json(&["report", "usage", "--period", "2026-03"]);
    assert_eq!(by_user["period"], "2026-03");
    assert_eq!(by_user["by"], "user");
    let want = expected(&uses, |u| u.user.to_string(), None);
    assert_eq!(reported(&by_user, "user"), want);
    let total: i64 = want.values().map(|v| v.0).sum();
    assert_eq!(by_user["total"], total);

    let by_owner = env.json(&["report", "usage", "--period", "2026-03", "--by", "owner"]);
    assert_eq!(
        reported(&by_owner, "owner"),
        expected(&uses, |u| u.owner.to_string(), None)
    );
    let by_kind = env.json(&["report", "usage", "--period", "2026-03", "--by", "kind"]);
    assert_eq!(
        reported(&by_kind, "kind"),
        expected(&uses, |u| u.kind.to_string(), None)
    );
    let by_day = env.json(&["report", "usage", "--period", "2026-03", "--by", "day"]);
    assert_eq!(
        reported(&by_day, "day"),
        expected(&uses, |u| u.at[..10].to_string(), None)
    );
    // One kind only.
    let sms = env.json(&[
        "report", "usage", "--period", "2026-03", "--by", "owner", "--kind", "sms",
    ]);
    let want = expected(&uses, |u| u.owner.to_string(), Some("sms"));
    assert_eq!(reported(&sms, "owner"), want);
    assert_eq!(sms["total"], want.values().map(|v| v.0).sum::<i64>());
    // February holds the one use of its last second.
    let feb = env.json(&["report", "usage", "--period", "2026-02"]);
    assert_eq!(feb["total"], 11);
    // A month with none: no rows, a total of 0.
    let jan = env.json(&["report", "usage", "--period", "2026-01"]);
    assert_eq!(jan["rows"], serde_json::json!([]));
    assert_eq!(jan["total"], 0);
    // A use reversed counts for nothing, nor does its reversal.
    let feb_use = env.json(&["credits", "history"]);
    let id = feb_use
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["type"] == "use" && t["at"].as_str().unwrap().starts_with("2026-02"))
        .map(|t| t["id"].as_i64().unwrap())
        .expect("February's use");
    env.ok(&["credits", "reverse", &id.to_string()]);
    let feb = env.json(&["report", "usage", "--period", "2026-02"]);
    assert_eq!(feb["total"], 0, "{feb}");
}

#[test]
fn usage_as_csv_has_a_header_and_a_row_per_group() {
    let (env, uses) = usage_org();
    let csv = env.ok(&[
        "--format", "csv", "report", "usage", "--period", "2026-03", "--by", "owner",
    ]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("owner,kind,credits,uses"));
    let rows: Vec<&str> = lines.collect();
    let want: Vec<String> = expected(&uses, |u| u.owner.to_string(), None)
        .iter()
        .map(|((k, kind), (a, n))| format!("{k},{kind},{a},{n}"))
        .collect();
    assert_eq!(rows, want);
    // Grouped by kind, the kind is the key and not repeated.
    let tsv = env.ok(&[
        "--format", "tsv", "report", "usage", "--period", "2026-03", "--by", "kind",
    ]);
    let want: Vec<String> = std::iter::once("kind\tcredits\tuses".to_string())
        .chain(
            expected(&uses, |u| u.kind.to_string(), None)
                .iter()
                .map(|((k, _), (a, n))| format!("{k}\t{a}\t{n}")),
        )
        .collect();
    assert_eq!(tsv.lines().collect::<Vec<_>>(), want);
    // --chart in a pipe prints the rows, as without it.
    let piped = env.ok(&["report", "usage", "--period", "2026-03", "--chart"]);
    assert_eq!(
        piped,
        env.ok(&["report", "usage", "--period", "2026-03"]),
        "a chart is drawn on a terminal only"
    );
    assert!(!piped.contains('█'));
}

#[test]
fn reports_refuse_bad_input_and_missing_rights() {
    let (env, _) = usage_org();
    for bad in ["2026-13", "2026-3", "March"] {
        let e = env.refused(&["report", "usage", "--period", bad], 2, "invalid_input");
        assert!(e["message"].as_str().unwrap().contains(bad), "{e}");
    }
    env.refused(
        &["report", "usage", "--period", "2026-03", "--by", "week"],
        2,
        "invalid_input",
    );
    env.refused(
        &["report", "usage", "--period", "2026-03", "--kind", "fax"],
        1,
        "not_found",
    );
    let e = env.refused(
        &[
            "report",
            "ledger",
            "--since",
            "2026-04-01",
            "--until",
            "2026-03-01",
        ],
        2,
        "invalid_input",
    );
    assert!(e["message"].as_str().unwrap().contains("--since"), "{e}");
    env.refused(
        &[
            "report", "usage", "--period", "2026-03", "--html", "--format", "csv",
        ],
        2,
        "invalid_input",
    );
    // bob is no administrator: usage and the ledger need view-audit, seats
    // manage-billing.
    for (args, missing) in [
        (vec!["report", "usage", "--period", "2026-03"], "view-audit"),
        (
            vec![
                "report",
                "ledger",
                "--since",
                "2026-03-01",
                "--until",
                "2026-04-01",
            ],
            "view-audit",
        ),
        (
            vec!["report", "seats", "--period", "2026-03"],
            "manage-billing",
        ),
    ] {
        let mut all = vec!["--as", "bob"];
        all.extend_from_slice(&args);
        let e = env.refused(&all, 1, "permission_denied");
        assert!(e["message"].as_str().unwrap().contains(missing), "{e}");
    }
}

#[test]
fn the_ledger_report_shows_each_sides_balance_after_every_transfer() {
    let (env, _) = usage_org();
    // Every transfer, as credits history shows them (newest first); the
    // test replays them to know each account's balance after each one.
    let mut all: Vec<Value> = env
        .json(&["credits", "history"])
        .as_array()
        .unwrap()
        .clone();
    all.reverse();
    let mut balances: BTreeMap<(String, String), i64> = BTreeMap::new();
    let mut after: BTreeMap<i64, (i64, i64)> = BTreeMap::new();
    for t in &all {
        let kind = t["kind"].as_str().unwrap().to_string();
        let amount = t["amount"].as_i64().unwrap();
        let from = balances
            .entry((t["from"].as_str().unwrap().into(), kind.clone()))
            .or_insert(0);
        *from -= amount;
        let from = *from;
        let to = balances
            .entry((t["to"].as_str().unwrap().into(), kind))
            .or_insert(0);
        *to += amount;
        after.insert(t["id"].as_i64().unwrap(), (from, *to));
    }
    let since = "2026-03-01T00:00:00Z";
    let until = "2026-04-01T00:00:00Z";
    let v = env.json(&["report", "ledger", "--since", since, "--until", until]);
    assert_eq!(v["since"], since);
    assert_eq!(v["until"], until);
    let got = v["transfers"].as_array().unwrap();
    let want: Vec<&Value> = all
        .iter()
        .filter(|t| {
            let at = t["at"].as_str().unwrap();
            at >= since && at < until
        })
        .collect();
    assert_eq!(got.len(), want.len());
    assert!(got.len() >= 7, "{v}");
    for (g, w) in got.iter().zip(&want) {
        for field in ["id", "at", "type", "kind", "from", "to", "amount"] {
            assert_eq!(g[field], w[field], "{field} of {g}");
        }
        let (from, to) = after[&w["id"].as_i64().unwrap()];
        assert_eq!(g["from_balance"], from, "{g}");
        assert_eq!(g["to_balance"], to, "{g}");
    }
    // The last balances are the accounts' balances now where nothing
    // happened since: carol's sms after her last use.
    let carol_sms = env.json(&["credits", "balance", "carol", "--kind", "sms"])[0]["balance"]
        .as_i64()
        .unwrap();
    let last = got
        .iter()
        .rev()
        .find(|t| t["from"] == "carol" && t["kind"] == "sms")
        .unwrap();
    assert_eq!(last["from_balance"], carol_sms);

    // One kind, as CSV: the header, then the same rows of that kind.
    let csv = env.ok(&[
        "--format", "csv", "report", "ledger", "--since", since, "--until", until, "--kind", "sms",
    ]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("id,at,type,kind,from,to,amount,from_balance,to_balance,actor,memo")
    );
    let rows: Vec<Vec<String>> = lines
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    let sms: Vec<&&Value> = want.iter().filter(|t| t["kind"] == "sms").collect();
    assert_eq!(rows.len(), sms.len());
    for (r, w) in rows.iter().zip(sms) {
        let (from, to) = after[&w["id"].as_i64().unwrap()];
        assert_eq!(r[0], w["id"].to_string());
        assert_eq!(r[7], from.to_string());
        assert_eq!(r[8], to.to_string());
    }
}

#[test]
fn the_seat_report_gives_each_line_with_its_active_intervals() {
    let mut env = Env::empty();
    env.now = "2026-03-20T10:00:00Z".into();
    env.ok(&INIT);
    env.ok(&["billing", "set-price", "30"]);
    env.now = "2026-04-05T12:00:00Z".into();
    add_user(&env, "carol", &[]);
    env.now = "2026-04-07T12:00:00Z".into();
    env.ok(&["user", "deactivate", "carol"]);
    env.now = "2026-04-20T06:00:00Z".into();
    env.ok(&["user", "activate", "carol"]);
    env.now = "2026-05-02T00:00:00Z".into();
    let v = env.json(&["report", "seats", "--period", "2026-04"]);
    assert_eq!(v["period"], "2026-04");
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["issued"], false);
    let lines = v["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2, "{v}");
    // alice: active since March, all 30 days at 30.00 = 1.00 a day.
    assert_eq!(lines[0]["handle"], "alice");
    assert_eq!(lines[0]["days"], 30);
    assert_eq!(lines[0]["amount_minor"], 3000);
    assert_eq!(
        lines[0]["active"],
        serde_json::json!([{"from": "2026-03-20T10:00:00Z", "until": null}])
    );
    // carol: the 5th to the 7th (3 days) and the 20th to the 30th (11).
    assert_eq!(lines[1]["handle"], "carol");
    assert_eq!(lines[1]["days"], 3 + 11);
    assert_eq!(lines[1]["amount_minor"], 1400);
    assert_eq!(
        lines[1]["active"],
        serde_json::json!([
            {"from": "2026-04-05T12:00:00Z", "until": "2026-04-07T12:00:00Z"},
            {"from": "2026-04-20T06:00:00Z", "until": null}
        ])
    );
    assert_eq!(v["total_minor"], 3000 + 1400);
    // The same lines as billing invoice computes.
    let inv = env.json(&["billing", "invoice", "--period", "2026-04"]);
    for (l, i) in lines.iter().zip(inv["lines"].as_array().unwrap()) {
        assert_eq!(l["days"], i["days"]);
        assert_eq!(l["amount_minor"], i["amount_minor"]);
    }
    // Issued, then the price changes: the report keeps the invoice's price.
    env.ok(&["billing", "invoice", "--period", "2026-04", "--issue"]);
    env.ok(&["billing", "set-price", "60"]);
    let issued = env.json(&["report", "seats", "--period", "2026-04"]);
    assert_eq!(issued["issued"], true);
    assert_eq!(issued["total_minor"], 4400);
    let csv = env.ok(&["--format", "csv", "report", "seats", "--period", "2026-04"]);
    assert_eq!(
        csv,
        "handle,days,amount,active\n\
         alice,30,30.00,2026-03-20T10:00:00Z/\n\
         carol,14,14.00,2026-04-05T12:00:00Z/2026-04-07T12:00:00Z 2026-04-20T06:00:00Z/\n"
    );
}

#[test]
fn usage_chart_is_drawn_in_blocks_on_a_terminal() {
    use rexpect::session::spawn_command;
    let (env, uses) = usage_org();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("tally"));
    cmd.env_clear()
        .env("TALLY_DB", &env.db)
        .env("TALLY_NOW", &env.now)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .args(["report", "usage", "--period", "2026-03", "--chart"]);
    if let Some(p) = &env.pg {
        cmd.env("PGPASSWORD", &p.password);
    }
    let mut p = spawn_command(cmd, Some(20_000)).expect("spawn on a pty");
    let text = p.exp_eof().expect("the chart, to the end");
    // rexpect reads a byte a character: the bytes back to UTF-8.
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect();
    let text = String::from_utf8(bytes).unwrap().replace('\r', "");
    assert!(text.contains("Credits used in 2026-03 by user"), "{text}");
    // One bar a (user, kind): its label, blocks, its amount; the longest
    // bar is the largest amount's.
    let want = expected(&uses, |u| u.user.to_string(), None);
    let bars: Vec<&str> = text
        .lines()
        .filter(|l| l.contains('█') || l.contains('▏'))
        .collect();
    assert_eq!(bars.len(), want.len(), "{text}");
    let blocks = |l: &str| l.chars().filter(|c| "█▉▊▋▌▍▎▏".contains(*c)).count();
    let max = want.values().map(|v| v.0).max().unwrap();
    for (((user, kind), (amount, _)), line) in want.iter().zip(&bars) {
        assert!(line.starts_with(&format!("{user} {kind}")), "{line}");
        assert!(line.trim_end().ends_with(&format!(" {amount}")), "{line}");
        if *amount == max {
            assert_eq!(blocks(line), bars.iter().map(|l| blocks(l)).max().unwrap());
        }
    }
    let total: i64 = want.values().map(|v| v.0).sum();
    assert!(text.contains(&format!("total: {total} credits")), "{text}");
}

#[test]
fn usage_as_html_renders_in_a_browser_with_its_numbers() {
    let (env, uses) = usage_org();
    let page = env.dir.path().join("usage.html");
    let page_s = page.to_str().unwrap();
    env.ok(&[
        "-o", page_s, "report", "usage", "--period", "2026-03", "--by", "owner", "--html",
    ]);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<svg"), "an inline chart");
    // Self-contained: nothing fetched from anywhere.
    for outside in ["http://", "https://", "src=", "<link", "<script"] {
        assert!(
            !html
                .replace("http://www.w3.org/2000/svg", "")
                .contains(outside),
            "{outside} in the page"
        );
    }
    // Chromium renders the page; the numbers are on it. No chromium fails
    // the test: CI installs Debian's package.
    let out = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--dump-dom",
        ])
        .arg(format!("file://{page_s}"))
        .env("HOME", env.dir.path())
        .output()
        .expect("chromium is needed for this test (Debian's chromium package)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dom = String::from_utf8(out.stdout).unwrap();
    let want = expected(&uses, |u| u.owner.to_string(), None);
    // The table after rendering: a row per group.
    for ((owner, kind), (amount, n)) in &want {
        let row = format!(
            "<tr><td>{owner}</td><td>{kind}</td><td class=\"n\">{amount}</td><td class=\"n\">{n}</td></tr>"
        );
        assert!(dom.contains(&row), "{row} not in {dom}");
        // And a bar in the chart.
        assert!(
            dom.contains(&format!("<title>{owner} {kind}: {amount}</title>")),
            "{dom}"
        );
    }
    let total: i64 = want.values().map(|v| v.0).sum();
    assert!(dom.contains(&format!("Total: {total} credits")), "{dom}");

    // `--format html` is the same page.
    let same = env.ok(&[
        "--format", "html", "report", "usage", "--period", "2026-03", "--by", "owner",
    ]);
    assert_eq!(same, html);
    // Other commands print rows or JSON: refused before anything runs.
    let e = env.refused(&["--format", "html", "user", "list"], 2, "invalid_input");
    assert!(e["hint"].as_str().unwrap().contains("--format csv"), "{e}");
    env.refused(
        &[
            "--format", "html", "credits", "assign", "--from", "company", "--to", "bob", "1",
        ],
        2,
        "invalid_input",
    );
    env.refused(
        &[
            "--format",
            "html",
            "report",
            "ledger",
            "--since",
            "2026-03-01",
            "--until",
            "2026-04-01",
        ],
        2,
        "invalid_input",
    );
}
