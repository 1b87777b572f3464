#!/usr/bin/env bash
# Benchmarks tally against the sqlite3 shell doing the same SQL on the same
# file, with hyperfine. Needs hyperfine and sqlite3 (Debian: apt-get install
# hyperfine sqlite3). BENCHMARKS.md explains the figures.
#
# Usage: bench/run.sh [user-add|single|import|large|all]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
T=$PWD/target/release/tally
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TALLY_DB=$work/bench.db
export TALLY_BUSY_TIMEOUT=10000
what=${1:-all}
results=$work/results.md
: > "$results"

setup() {
  rm -f "$TALLY_DB"*
  $T -q init --company Bench --admin admin --first Ada --last Admin --email admin@bench.test
  for i in $(seq 0 9); do
    $T -q user add "u$i" --first F --last L --email "u$i@bench.test"
  done
  $T -q credits topup 4000000000000
  $T -q credits assign --from company --to u0 1000
}

# N rows of company -> u0..u9 transfers.
rows() {
  python3 -c "
import sys
n = int(sys.argv[1])
print('from,to,amount')
for i in range(n):
    print(f'company,u{i % 10},{1 + i % 5}')" "$1"
}

# The SQL that `tally credits assign --from company --to u0 1` runs, for sqlite3.
assign_sql() {
  local company_acct u0_acct
  company_acct=$(sqlite3 "$TALLY_DB" "SELECT id FROM accounts WHERE holder = 'company' AND kind_id = 1")
  u0_acct=$(sqlite3 "$TALLY_DB" "SELECT a.id FROM accounts a JOIN users u ON u.id = a.user_id WHERE u.handle = 'u0' AND a.kind_id = 1")
  cat <<SQL
PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;
BEGIN IMMEDIATE;
INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type, actor, at)
  VALUES (1, $company_acct, $u0_acct, 1, 'assign', 'admin', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO outbox (to_address, subject, body, created_at)
  VALUES ('u0@bench.test', 'You received 1 credits', 'Hello F, company gave you 1 credits.', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)
  VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'admin', 'bench', 'credits.assign', 'u0', 'ok', '{}');
COMMIT;
SQL
}

balance_sql="SELECT a.balance FROM accounts a JOIN users u ON u.id = a.user_id JOIN credit_kinds k ON k.id = a.kind_id WHERE u.handle = 'u0' AND k.name = 'credits';"

single() {
  local label=$1
  assign_sql > "$work/assign.sql"
  echo "$balance_sql" > "$work/balance.sql"
  # Both sides run under the same shell, whose start-up hyperfine subtracts.
  hyperfine --warmup 5 --min-runs 100 --export-markdown "$work/single.md" \
    -n "tally credits assign ($label)" "$T -q credits assign --from company --to u0 1" \
    -n "sqlite3 assign transaction ($label)" "sqlite3 $TALLY_DB < $work/assign.sql" \
    -n "tally credits balance u0 ($label)" "$T credits balance u0 > /dev/null" \
    -n "sqlite3 balance select ($label)" "sqlite3 $TALLY_DB < $work/balance.sql > /dev/null"
  cat "$work/single.md" >> "$results"
  echo >> "$results"
}

if [[ $what == all || $what == user-add ]]; then
  setup
  # A precomputed argon2id hash, so that the sqlite3 side does the same writes.
  hash=$(sqlite3 "$TALLY_DB" "SELECT password_hash FROM users WHERE handle = 'admin'")
  hash=${hash//\$/\\\$}  # the benchmark shell must not expand the hash's '$'
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
  echo >> "$results"
fi

if [[ $what == all || $what == single ]]; then
  setup
  single "small ledger"
fi

if [[ $what == all || $what == import ]]; then
  setup
  rows 100000 > "$work/rows.csv"
  cp "$TALLY_DB" "$work/base.db"
  hyperfine -N --runs 5 --prepare "cp $work/base.db $TALLY_DB" --export-markdown "$work/import.md" \
    -n 'tally credits import (100,000 rows)' "$T -q credits import $work/rows.csv"
  cat "$work/import.md" >> "$results"
  echo >> "$results"
fi

if [[ $what == all || $what == large ]]; then
  setup
  rows 100000 > "$work/rows.csv"
  for _ in $(seq 10); do $T -q credits import "$work/rows.csv"; done
  echo "transfers in the ledger: $(sqlite3 "$TALLY_DB" 'SELECT count(*) FROM transfers')" >> "$results"
  single "1,000,000 transfers"
fi

echo
cat "$results"
