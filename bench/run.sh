#!/usr/bin/env bash
# Benchmarks tally against the sqlite3 shell doing the same SQL on the same
# file, with hyperfine. Needs hyperfine and sqlite3 (Debian: apt-get install
# hyperfine sqlite3). BENCHMARKS.md explains the figures.
#
# Usage: bench/run.sh [user-add|single|import|large|all|postgres]   (default: all)
#
# `postgres` starts a throwaway PostgreSQL cluster (Debian's postgresql
# package; as nobody when run as root), with a password login over TCP on
# 127.0.0.1 and fsync on, and compares tally on it with psql running the
# same SQL in one connection.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
T=$PWD/target/release/tally
work=$(mktemp -d)
pg_stop=:
trap '$pg_stop; rm -rf "$work"' EXIT
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

# A cluster of our own for the server benchmarks; sets PG_URL and PGPASSWORD.
pg_start() {
  local bindir as=()
  bindir=$(pg_config --bindir 2>/dev/null || true)
  if [[ ! -x $bindir/initdb ]]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  mkdir -p "$work/pg"
  if [[ $(id -u) == 0 ]]; then
    chmod 755 "$work"
    chown nobody "$work/pg"
    as=(runuser -u nobody --)
  fi
  echo bench > "$work/pg/pw"
  "${as[@]}" "$bindir/initdb" -D "$work/pg/data" -U postgres --pwfile="$work/pg/pw" \
    --auth-local=trust --auth-host=scram-sha-256 > /dev/null
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${as[@]}" "$bindir/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
    -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1" start > /dev/null
  pg_stop="${as[*]} $bindir/pg_ctl -D $work/pg/data -m fast stop"
  "$bindir/psql" -X -q -h "$work/pg" -p "$port" -U postgres \
    -c "CREATE ROLE bench LOGIN PASSWORD 'bench'" -c "CREATE DATABASE bench OWNER bench"
  export PGPASSWORD=bench
  PG_URL=postgres://bench@127.0.0.1:$port/bench
  PSQL=("$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U bench -d bench)
  PSQL_ADMIN=("$bindir/psql" -X -q -h "$work/pg" -p "$port" -U postgres)
}

if [[ $what == postgres ]]; then
  pg_start
  TALLY_DB=$PG_URL setup
  company_acct=$("${PSQL[@]}" -A -t -c "SELECT id FROM accounts WHERE holder = 'company' AND kind_id = 1")
  u0_acct=$("${PSQL[@]}" -A -t -c "SELECT a.id FROM accounts a JOIN users u ON u.id = a.user_id WHERE u.handle = 'u0' AND a.kind_id = 1")
  u0_id=$("${PSQL[@]}" -A -t -c "SELECT id FROM users WHERE handle = 'u0'")
  # What tally sends for `credits assign --from company --to u0 1` (the
  # server's log_statement=all shows it), as one psql script: the schema
  # check, the actor and its rights, the accounts, the transfer (whose
  # trigger moves the balances), the mail and the audit row.
  cat > "$work/assign.psql" <<SQL
SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'tally_schema';
SELECT version FROM tally_schema WHERE application = 'tally';
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT default_actor FROM organization;
SELECT id, handle, status, credit_owner_id FROM users WHERE handle = 'admin';
SELECT DISTINCT rr."right" FROM user_roles ur JOIN role_rights rr ON rr.role_id = ur.role_id WHERE ur.user_id = 1;
SELECT id, name FROM credit_kinds WHERE name = 'credits';
SELECT id, handle, status, credit_owner_id FROM users WHERE handle = 'u0';
SELECT id FROM accounts WHERE kind_id = 1 AND holder = 'company' AND ifnull(user_id, 0) = 0;
SELECT id FROM accounts WHERE kind_id = 1 AND holder = 'user' AND ifnull(user_id, 0) = $u0_id;
SELECT holder, balance FROM accounts WHERE id = $company_acct;
SELECT holder, balance FROM accounts WHERE id = $u0_acct;
INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type, user_id, actor, memo, at)
  VALUES (1, $company_acct, $u0_acct, 1, 'assign', NULL, 'admin', NULL, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) RETURNING id;
SELECT email, first_name, last_name FROM users WHERE id = $u0_id;
SELECT name FROM organization;
SELECT a.balance FROM accounts a JOIN credit_kinds k ON k.id = a.kind_id WHERE a.user_id = $u0_id AND k.name = 'credits';
INSERT INTO outbox (user_id, to_address, subject, body, created_at)
  VALUES ($u0_id, 'u0@bench.test', 'You received 1 credit', 'Hello F, Bench gave you 1 credit.', '2026-11-22T00:00:00Z') RETURNING id;
INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)
  VALUES ('2026-11-22T00:00:00Z', 'admin', 'bench', 'credits.assign', 'u0', 'ok', '{}');
COMMIT;
SQL
  cat > "$work/balance.psql" <<SQL
SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'tally_schema';
SELECT version FROM tally_schema WHERE application = 'tally';
BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;
SELECT default_actor FROM organization;
SELECT id, handle, status, credit_owner_id FROM users WHERE handle = 'admin';
SELECT DISTINCT rr."right" FROM user_roles ur JOIN role_rights rr ON rr.role_id = ur.role_id WHERE ur.user_id = 1;
SELECT id, handle, status, credit_owner_id FROM users WHERE handle = 'u0';
SELECT k.name AS kind, a.id, coalesce(a.balance, 0) FROM credit_kinds k LEFT JOIN accounts a
  ON a.kind_id = k.id AND a.holder = 'user' AND ifnull(a.user_id, 0) = $u0_id ORDER BY k.name;
ROLLBACK;
SQL
  TALLY_DB=$PG_URL hyperfine -N --warmup 5 --min-runs 100 --export-markdown "$work/postgres.md" \
    --export-json "$work/postgres.json" \
    -n 'psql SELECT 1 (connection alone)' "${PSQL[*]} -c 'SELECT 1'" \
    -n 'tally credits assign (server)' "$T -q credits assign --from company --to u0 1" \
    -n 'psql assign script (server)' "${PSQL[*]} -f $work/assign.psql" \
    -n 'tally credits balance u0 (server)' "$T credits balance u0" \
    -n 'psql balance script (server)' "${PSQL[*]} -f $work/balance.psql"
  cat "$work/postgres.md" >> "$results"
  # Medians, which the machine's noise moves less than means.
  python3 - "$work/postgres.json" >> "$results" <<'PY'
import json, sys
runs = {r["command"]: r["median"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
print()
for name, ms in runs.items():
    print(f"median {ms:6.1f} ms  {name}")
for tally, psql in [("assign", "assign"), ("balance u0", "balance")]:
    t = runs[f"tally credits {tally} (server)"]
    p = runs[f"psql {psql} script (server)"]
    print(f"tally credits {tally} / psql {psql} script: {t / p:.2f}")
PY
  echo >> "$results"
  # Statements and round trips of one assign, from the server's own log.
  "${PSQL_ADMIN[@]}" -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" > /dev/null
  lines=$(wc -l < "$work/pg/log")
  TALLY_DB=$PG_URL $T -q credits assign --from company --to u0 1
  sleep 0.5
  echo "statements of one tally credits assign: $(tail -n +$((lines + 1)) "$work/pg/log" | grep -c -E 'LOG:  (execute|statement)')" >> "$results"
fi

echo
cat "$results"
