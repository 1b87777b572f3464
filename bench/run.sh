#!/usr/bin/env bash
# Benchmarks tally against the sqlite3 shell doing the same SQL on the same
# file, with hyperfine. Needs hyperfine and sqlite3 (Debian: apt-get install
# hyperfine sqlite3). BENCHMARKS.md explains the figures.
#
# Usage: bench/run.sh [user-add|single|import|large|all|postgres|scale]   (default: all)
#
# `scale` builds a file of 1,000 users and 10,000 transfers and one of
# 1,000,000 users and 10,000,000 transfers (bench/gen.sh; SCALE_USERS and
# SCALE_TRANSFERS change the large one), and prints for each command its time
# on both, the growth, and its peak memory; then credits import against the
# sqlite3 shell inserting the same rows set-wise, and user import on one core
# and on all. The large file takes about 5 GB of disk and a few minutes.
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

# Sets company_acct, u0_acct and u0_id, each asked with the command "$@" SQL
# (the sqlite3 shell or psql).
lookup_ids() {
  company_acct=$("$@" "SELECT id FROM accounts WHERE holder = 'company' AND kind_id = 1")
  u0_acct=$("$@" "SELECT a.id FROM accounts a JOIN users u ON u.id = a.user_id WHERE u.handle = 'u0' AND a.kind_id = 1")
  u0_id=$("$@" "SELECT id FROM users WHERE handle = 'u0'")
}

# The statements that `tally credits assign --from company --to u0 1` runs,
# in its order (the PostgreSQL server's log of the command lists them), for
# either engine's shell: $1 is the engine's schema check, $2 how its write
# transaction begins, $3 its expression of the time now; the ids are
# lookup_ids'.
assign_statements() {
  cat <<SQL
$1
$2;
SELECT default_actor FROM organization;
SELECT id, handle, status, credit_owner_id FROM users WHERE handle = 'admin';
SELECT DISTINCT rr."right" FROM user_roles ur JOIN role_rights rr ON rr.role_id = ur.role_id WHERE ur.user_id = 1;
SELECT id, name FROM credit_kinds WHERE name = 'credits';
SELECT id, handle, status, credit_owner_id FROM users WHERE handle = 'u0';
SELECT id, holder, balance FROM accounts WHERE kind_id = 1 AND holder = 'company' AND ifnull(user_id, 0) = 0;
SELECT id, holder, balance FROM accounts WHERE kind_id = 1 AND holder = 'user' AND ifnull(user_id, 0) = $u0_id;
INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type, user_id, actor, memo, at)
  VALUES (1, $company_acct, $u0_acct, 1, 'assign', NULL, 'admin', NULL, $3) RETURNING id;
SELECT email, first_name, last_name FROM users WHERE id = $u0_id;
SELECT name FROM organization;
INSERT INTO outbox (user_id, to_address, subject, body, created_at)
  VALUES ($u0_id, 'u0@bench.test', 'You received 1 credit', 'Hello F, Bench gave you 1 credit.', $3) RETURNING id;
INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)
  VALUES ($3, 'admin', 'bench', 'credits.assign', 'u0', 'ok', '{}');
COMMIT;
SQL
}

# The statements of `tally credits balance u0`, likewise: $1 the schema
# check, $2 how the read transaction begins, $3 how it ends.
balance_statements() {
  cat <<SQL
$1
$2;
SELECT default_actor FROM organization;
SELECT id, handle, status, credit_owner_id FROM users WHERE handle = 'admin';
SELECT DISTINCT rr."right" FROM user_roles ur JOIN role_rights rr ON rr.role_id = ur.role_id WHERE ur.user_id = 1;
SELECT id, handle, status, credit_owner_id FROM users WHERE handle = 'u0';
SELECT k.name AS kind, a.id, coalesce(a.balance, 0) FROM credit_kinds k LEFT JOIN accounts a
  ON a.kind_id = k.id AND a.holder = 'user' AND ifnull(a.user_id, 0) = $u0_id ORDER BY k.name;
$3;
SQL
}

# On a file, the schema check is two pragmas after tally's own settings.
sqlite_check="PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;
PRAGMA application_id; PRAGMA user_version;"

single() {
  local label=$1
  lookup_ids sqlite3 "$TALLY_DB"
  assign_statements "$sqlite_check" "BEGIN IMMEDIATE" "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')" > "$work/assign.sql"
  balance_statements "$sqlite_check" "BEGIN" "COMMIT" > "$work/balance.sql"
  # Both sides run under the same shell, whose start-up hyperfine subtracts.
  hyperfine --warmup 5 --min-runs 100 --export-markdown "$work/single.md" \
    -n "tally credits assign ($label)" "$T -q credits assign --from company --to u0 1" \
    -n "sqlite3 assign statements ($label)" "sqlite3 $TALLY_DB < $work/assign.sql" \
    -n "tally credits balance u0 ($label)" "$T credits balance u0 > /dev/null" \
    -n "sqlite3 balance statements ($label)" "sqlite3 $TALLY_DB < $work/balance.sql > /dev/null"
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
  lookup_ids "${PSQL[@]}" -A -t -c
  # What tally sends (the server's log_statement=all shows it), as psql
  # scripts: on a server the schema check reads tally_schema.
  pg_check="SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'tally_schema';
SELECT version FROM tally_schema WHERE application = 'tally';"
  pg_now=$(cat <<'SQL'
to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
SQL
)
  assign_statements "$pg_check" "BEGIN ISOLATION LEVEL SERIALIZABLE" "$pg_now" > "$work/assign.psql"
  balance_statements "$pg_check" "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" "ROLLBACK" > "$work/balance.psql"
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
  "${PSQL_ADMIN[@]}" -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" > /dev/null
  # credits import on the server at two sizes: the growth of its time with
  # the rows (each row changes the company's balance and one of ten users').
  echo >> "$results"
  for n in 10000 40000; do
    rows "$n" > "$work/pg-rows-$n.csv"
    secs=$( { TALLY_DB=$PG_URL /usr/bin/time -f %e $T -q credits import "$work/pg-rows-$n.csv"; } 2>&1 | tail -1)
    echo "tally credits import on the server, $n rows: $secs s" >> "$results"
  done
fi

# Seconds and peak memory (KiB) of one run of a command, as "secs kib": the
# time taken around /usr/bin/time, which reports the memory (a process
# forked from Python would report Python's own).
measure() {
  python3 -c '
import subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", sys.argv[1]] + sys.argv[2:],
                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
secs = time.perf_counter() - start
if done.returncode:
    sys.stderr.write(done.stderr.decode())
    sys.exit(1)
print(f"{secs:.4f} {open(sys.argv[1]).read().split()[-1]}")' "$work/kib" "$@"
}

# The median of three runs' seconds, and the largest peak memory, as "secs kib".
median3() {
  local runs=()
  for _ in 1 2 3; do runs+=("$(measure "$@")"); done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p | cut -d' ' -f1 | tr '\n' ' '
  printf '%s\n' "${runs[@]}" | cut -d' ' -f2 | sort -n | tail -1
}

if [[ $what == scale ]]; then
  big_users=${SCALE_USERS:-1000000}
  big_transfers=${SCALE_TRANSFERS:-10000000}
  small=$work/small.db big=$work/big.db
  export TALLY_NOW=2026-11-15T12:00:00Z
  TALLY=$T bench/gen.sh 1000 10000 "$small"
  echo "building $big_users users and $big_transfers transfers..." >&2
  TALLY=$T bench/gen.sh "$big_users" "$big_transfers" "$big"
  {
    echo "### Point commands: 1,000 users / 10,000 transfers against $big_users / $big_transfers"
    echo
  } >> "$results"
  # u5 is active in both files, and given enough to use at every run.
  for f in "$small" "$big"; do $T --db "$f" -q credits assign --from company --to u5 1000000; done
  hyperfine -N --warmup 3 --min-runs 30 --export-json "$work/point.json" \
    -n "balance (small)" "$T --db $small credits balance u5" \
    -n "balance (large)" "$T --db $big credits balance u5" \
    -n "history --limit 20 (small)" "$T --db $small credits history u5 --limit 20" \
    -n "history --limit 20 (large)" "$T --db $big credits history u5 --limit 20" \
    -n "company history --limit 20 (small)" "$T --db $small credits history company --limit 20" \
    -n "company history --limit 20 (large)" "$T --db $big credits history company --limit 20" \
    -n "user show (small)" "$T --db $small user show u5" \
    -n "user show (large)" "$T --db $big user show u5" \
    -n "overview (small)" "$T --db $small overview u5" \
    -n "overview (large)" "$T --db $big overview u5" \
    -n "assign (small)" "$T --db $small -q credits assign --from company --to u5 1" \
    -n "assign (large)" "$T --db $big -q credits assign --from company --to u5 1" \
    -n "use (small)" "$T --db $small -q credits use u5 1" \
    -n "use (large)" "$T --db $big -q credits use u5 1" \
    > /dev/null
  python3 - "$work/point.json" >> "$results" <<'PY'
import json, sys
runs = {r["command"]: r["median"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
print("| command | small, median | large, median | large / small |")
print("|---|---|---|---|")
for name in dict.fromkeys(n.rsplit(" (", 1)[0] for n in runs):
    s, l = runs[f"{name} (small)"], runs[f"{name} (large)"]
    print(f"| `{name}` | {s:.1f} ms | {l:.1f} ms | {l / s:.2f} |")
print()
PY
  {
    echo "### Whole-table commands: seconds (median of 3) and peak memory"
    echo
    echo "| command | small | large | large / small | peak memory, large |"
    echo "|---|---|---|---|---|"
  } >> "$results"
  whole() {
    local name=$1; shift
    read -r s_secs _ < <(median3 "$T" --db "$small" "$@")
    read -r l_secs l_kib < <(median3 "$T" --db "$big" "$@")
    python3 -c "import sys; s, l, k = map(float, sys.argv[1:4]); print(f'| \`{sys.argv[4]}\` | {s * 1000:.0f} ms | {l:.2f} s | {l / s:.0f} | {k / 1024:.1f} MiB |')" \
      "$s_secs" "$l_secs" "$l_kib" "$name" >> "$results"
  }
  whole "user list" user list
  whole "--json user list" --json user list
  whole "credits balance" credits balance
  whole "credits balance --at 2026-06-01" credits balance --at 2026-06-01
  whole "billing invoice --period 2026-06" billing invoice --period 2026-06
  whole "credits history u5 (all)" credits history u5
  whole "verify" verify
  whole "verify --quick" verify --quick
  # The shell's time to the first row and for all of them, on the same query.
  user_sql="SELECT u.handle, u.first_name, u.last_name, u.email, u.status, u.created_at,
    coalesce((SELECT group_concat(name, ',') FROM (SELECT r.name FROM user_roles ur
              JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = u.id ORDER BY r.name) AS n), '') AS roles,
    coalesce((SELECT o.handle FROM users o WHERE o.id = u.credit_owner_id), u.handle) AS credit_owner
    FROM users u WHERE u.status <> 'deleted' ORDER BY u.handle;"
  read -r secs kib < <(median3 sqlite3 "$big" "$user_sql")
  printf '| sqlite3, the user list'"'"'s query (anchor) | | %.2f s | | %d MiB |\n' "$secs" $((kib / 1024)) >> "$results"
  read -r secs kib < <(median3 sqlite3 "$big" "SELECT debit_account_id, credit_account_id, amount FROM transfers WHERE at <= '2026-06-01T00:00:00Z';")
  printf '| sqlite3, the transfers up to 2026-06-01 (anchor of --at) | | %.2f s | | %d MiB |\n' "$secs" $((kib / 1024)) >> "$results"
  first=$( { /usr/bin/time -f "%e" $T --db "$big" user list | head -1 > /dev/null; } 2>&1 | tail -1)
  echo >> "$results"
  echo "tally user list | head -1 on the large file: ${first} s" >> "$results"
  echo >> "$results"

  # credits import: a million rows to nearly every user, against the sqlite3
  # shell inserting the same transfers, mails and audit row set-wise in one
  # transaction on the same schema (the ceiling).
  imp=$work/imp.db
  TALLY=$T bench/gen.sh "$big_users" 100000 "$work/imp-base.db"
  rm -f "$big"*
  for n in 100000 1000000; do
    python3 -c "
import sys
n, users = int(sys.argv[1]), int(sys.argv[2])
print('from,to,amount')
for i in range(n):
    u = (i * 7919) % users + 1
    print(f'company,u{u if u % 20 else 1},{1 + i % 5}')" "$n" "$big_users" > "$work/rows-$n.csv"
    cat > "$work/ceiling-$n.sql" <<SQL
PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;
CREATE TEMP TABLE r ("from" TEXT, "to" TEXT, amount INTEGER);
.import --csv --skip 1 --schema temp $work/rows-$n.csv r
BEGIN IMMEDIATE;
INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type, actor, at)
  SELECT 1, (SELECT id FROM accounts WHERE holder = 'company' AND kind_id = 1), a.id, r.amount,
         'assign', 'admin', '2026-11-15T12:00:00Z'
  FROM temp.r r JOIN users u ON u.handle = r."to" JOIN accounts a ON a.user_id = u.id AND a.kind_id = 1
  ORDER BY r.rowid;
INSERT INTO outbox (user_id, to_address, subject, body, created_at)
  SELECT u.id, u.email, 'You received ' || sum(r.amount) || ' credits',
         'Hello ' || u.first_name || ',' || char(10) || char(10) || 'Big gave you ' || sum(r.amount)
         || ' credits.' || char(10) || 'Your credits balance is now ' || a.balance || '.' || char(10)
         || char(10) || 'They are yours to use now.' || char(10), '2026-11-15T12:00:00Z'
  FROM temp.r r JOIN users u ON u.handle = r."to" JOIN accounts a ON a.user_id = u.id AND a.kind_id = 1
  GROUP BY u.id ORDER BY u.id;
INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)
  VALUES ('2026-11-15T12:00:00Z', 'admin', 'bench', 'credits.import', NULL, 'ok', '{}');
COMMIT;
SQL
  done
  # A program inserting the same rows one by one in one transaction: each
  # row's receiver looked up, its transfer inserted; then one mail per
  # receiver and the audit row.
  cat > "$work/rows.py" <<'PY'
import csv, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA foreign_keys=ON")
con.execute("PRAGMA synchronous=FULL")
con.execute("BEGIN IMMEDIATE")
company = con.execute("SELECT id FROM accounts WHERE holder = 'company' AND kind_id = 1").fetchone()[0]
received = {}
with open(sys.argv[2], newline="") as f:
    rows = csv.reader(f)
    next(rows)
    for _, to, amount in rows:
        account, user, email, first = con.execute(
            "SELECT a.id, u.id, u.email, u.first_name FROM users u JOIN accounts a"
            " ON a.user_id = u.id AND a.kind_id = 1 WHERE u.handle = ?", (to,)).fetchone()
        con.execute(
            "INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type, actor, at)"
            " VALUES (1, ?, ?, ?, 'assign', 'admin', '2026-11-15T12:00:00Z')", (company, account, int(amount)))
        got = received.setdefault(user, [email, first, 0, account])
        got[2] += int(amount)
for user in sorted(received):
    email, first, amount, account = received[user]
    balance = con.execute("SELECT balance FROM accounts WHERE id = ?", (account,)).fetchone()[0]
    con.execute(
        "INSERT INTO outbox (user_id, to_address, subject, body, created_at) VALUES (?, ?, ?, ?, ?)",
        (user, email, f"You received {amount} credits",
         f"Hello {first},\n\nBig gave you {amount} credits.\nYour credits balance is now {balance}.\n\n"
         "They are yours to use now.\n", "2026-11-15T12:00:00Z"))
con.execute(
    "INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)"
    " VALUES ('2026-11-15T12:00:00Z', 'admin', 'bench', 'credits.import', NULL, 'ok', '{}')")
con.execute("COMMIT")
PY
  {
    echo "### credits import into $big_users users: seconds (median of 3) and peak memory"
    echo
    echo "| rows | tally | a program inserting the same rows one by one | tally / program | sqlite3 inserting them set-wise | tally / set-wise | tally's peak memory |"
    echo "|---|---|---|---|---|---|---|"
  } >> "$results"
  for n in 100000 1000000; do
    t_runs=() p_runs=() c_runs=() kib=0
    for _ in 1 2 3; do
      cp "$work/imp-base.db" "$imp"
      read -r secs k < <(measure "$T" --db "$imp" -q credits import "$work/rows-$n.csv")
      t_runs+=("$secs"); ((k > kib)) && kib=$k
      cp "$work/imp-base.db" "$imp"
      read -r secs _ < <(measure python3 "$work/rows.py" "$imp" "$work/rows-$n.csv")
      p_runs+=("$secs")
      cp "$work/imp-base.db" "$imp"
      read -r secs _ < <(measure sqlite3 "$imp" ".read $work/ceiling-$n.sql")
      c_runs+=("$secs")
    done
    python3 -c "
import statistics, sys
t, p, c = (statistics.median(map(float, a.split())) for a in sys.argv[1:4])
print(f'| {int(sys.argv[4]):,} | {t:.2f} s | {p:.2f} s | {t / p:.2f} | {c:.2f} s | {t / c:.2f} | {int(sys.argv[5]) / 1024:.1f} MiB |')" \
      "${t_runs[*]}" "${p_runs[*]}" "${c_runs[*]}" "$n" "$kib" >> "$results"
  done
  rm -f "$work"/imp*.db*
  echo >> "$results"

  # user import: argon2id on one core (taskset) and on all of them.
  python3 -c "
print('handle,first_name,last_name,email')
for i in range(1000):
    print(f'new{i},New,User,new{i}@bench.test')" > "$work/users.csv"
  one=() all=()
  for _ in 1 2 3; do
    cp "$small" "$work/u.db"
    read -r secs _ < <(measure taskset -c 0 "$T" --db "$work/u.db" -q user import "$work/users.csv")
    one+=("$secs")
    cp "$small" "$work/u.db"
    read -r secs kib < <(measure "$T" --db "$work/u.db" -q user import "$work/users.csv")
    all+=("$secs")
  done
  python3 -c "
import statistics, sys
o = statistics.median(map(float, sys.argv[1].split()))
a = statistics.median(map(float, sys.argv[2].split()))
print(f'user import, 1,000 users: {o:.2f} s on one core, {a:.2f} s on {sys.argv[3]} cores ({o / a:.2f}x), peak {int(sys.argv[4]) / 1024:.1f} MiB')" \
    "${one[*]}" "${all[*]}" "$(nproc)" "$kib" >> "$results"
  echo >> "$results"
fi

echo
cat "$results"
