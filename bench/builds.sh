#!/usr/bin/env bash
# Two builds of tally side by side, each on its own file (a newer schema is
# not opened by an older tally): `credits assign` and `credits import` of
# 5,000 and 50,000 rows, hyperfine medians and callgrind instruction counts
# (and of `credits use`),
# which the machine's noise does not move. Needs hyperfine and valgrind
# (Debian: apt-get install hyperfine valgrind).
#
# Usage: bench/builds.sh OLD_TALLY NEW_TALLY
#   e.g. git worktree add /tmp/old v0.1 && (cd /tmp/old && cargo build --release)
#        bench/builds.sh /tmp/old/target/release/tally target/release/tally
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,12p' "$0"; exit 2; }
old=$(realpath "$1"); new=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for side in old new; do
  bin=$old; [ $side = new ] && bin=$new
  export TALLY_DB=$work/$side.db
  $bin -q init --company Bench --admin admin --first Ada --last Admin --email admin@bench.test >/dev/null
  for i in $(seq 0 9); do
    $bin -q user add "u$i" --first F --last L --email "u$i@bench.test" >/dev/null
  done
  $bin -q credits topup 4000000000000
  $bin -q credits assign --from company --to u9 1000000
  cp "$work/$side.db" "$work/$side-fresh.db"
done
unset TALLY_DB
for n in 5000 50000; do
  python3 -c "
import sys
print('from,to,amount')
for i in range(int(sys.argv[1])): print(f'company,u{i % 10},{1 + i % 5}')" $n > "$work/rows$n.csv"
done

median() {
  python3 -c "
import json, sys
for r in json.load(open(sys.argv[1]))['results']:
    print(f\"  {r['command']:8} median {r['median'] * 1000:9.2f} ms  user {r['user'] * 1000:8.2f} ms\")" "$1"
}

echo "credits assign --from company --to u0 1, 300 runs each:"
hyperfine -N --warmup 30 --runs 300 --export-json "$work/assign.json" \
  -n old "env TALLY_DB=$work/old.db $old -q credits assign --from company --to u0 1" \
  -n new "env TALLY_DB=$work/new.db $new -q credits assign --from company --to u0 1" >/dev/null
median "$work/assign.json"

echo "credits import, 50,000 rows, 20 runs each:"
hyperfine -N --warmup 2 --runs 20 --export-json "$work/import.json" \
  -n old --prepare "sh -c 'rm -f $work/oi.db*; cp $work/old-fresh.db $work/oi.db'" \
  "env TALLY_DB=$work/oi.db $old -q credits import $work/rows50000.csv" \
  -n new --prepare "sh -c 'rm -f $work/ni.db*; cp $work/new-fresh.db $work/ni.db'" \
  "env TALLY_DB=$work/ni.db $new -q credits import $work/rows50000.csv" >/dev/null
median "$work/import.json"

instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 |
    sed -n 's/.*refs: *//p'
}
echo "callgrind instructions (old, new):"
for side in old new; do
  bin=$old; [ $side = new ] && bin=$new
  cp "$work/$side-fresh.db" "$work/c$side.db"
  echo "  assign $side: $(TALLY_DB=$work/c$side.db instructions $bin -q credits assign --from company --to u0 1)"
  echo "  use $side: $(TALLY_DB=$work/c$side.db instructions $bin -q credits use u9 1)"
  rm -f "$work/c$side.db"*; cp "$work/$side-fresh.db" "$work/c$side.db"
  echo "  import 5,000 rows $side: $(TALLY_DB=$work/c$side.db instructions $bin -q credits import "$work/rows5000.csv")"
done
