#!/usr/bin/env bash
# Benchmarks tally against the sqlite3 shell doing the same SQL on the same file.
# Needs hyperfine and sqlite3 (Debian: apt-get install hyperfine sqlite3).
# Usage: bench/run.sh [user-add]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
T=$PWD/target/release/tally
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TALLY_DB=$work/bench.db
export TALLY_BUSY_TIMEOUT=10000
$T -q init --company Bench --admin admin --first Ada --last Admin --email admin@bench.test
# A precomputed argon2id hash, so that the sqlite3 side does the same writes.
hash=$(sqlite3 "$TALLY_DB" "SELECT password_hash FROM users WHERE handle = 'admin'")
hash=${hash//\$/\\\$}  # the benchmark shell must not expand the hash's '$'

what=${1:-all}
results=$work/results.md

if [[ $what == all || $what == user-add ]]; then
  # tally: validate, hash a fresh random password (argon2id), insert the user,
  # its status event and an audit row, in one BEGIN IMMEDIATE transaction.
  # sqlite3: the same three inserts in one transaction, with the same pragmas.
  hyperfine --shell bash --warmup 3 --min-runs 30 --export-markdown "$work/user-add.md" \
    -n 'tally user add' \
    "h=u\$RANDOM\$RANDOM\$RANDOM; $T -q user add \$h --first F --last L --email \$h@bench.test" \
    -n 'sqlite3 insert' \
    "h=s\$RANDOM\$RANDOM\$RANDOM; sqlite3 $TALLY_DB \"PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; BEGIN IMMEDIATE;
       INSERT INTO users (handle, first_name, last_name, email, status, password_hash, created_at)
         VALUES ('\$h', 'F', 'L', '\$h@bench.test', 'active', '$hash', strftime('%Y-%m-%dT%H:%M:%SZ','now'));
       INSERT INTO user_status_events (user_id, status, at) VALUES (last_insert_rowid(), 'active', strftime('%Y-%m-%dT%H:%M:%SZ','now'));
       INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)
         VALUES (strftime('%Y-%m-%dT%H:%M:%SZ','now'), 'admin', 'bench', 'user.add', '\$h', 'ok', '{}');
       COMMIT;\"" \
    -n 'tally user list' "$T user list >/dev/null"
  cat "$work/user-add.md" >> "$results"
fi

echo
cat "$results"
