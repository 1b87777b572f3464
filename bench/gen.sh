#!/usr/bin/env bash
# Builds a large tally database directly in tally's schema, for the scale
# benchmark: USERS users (one in twenty deactivated, the rest active with a
# credits account) and TRANSFERS transfers (seven assigns from the company to
# a user for every three uses by a user who received credits in the same
# block), one a few seconds apart through 2026, each with its audit row and
# each assign with its (sent) mail. The schema's own triggers apply every
# transfer to the balances, so that `tally verify` passes on the result.
#
# Usage: bench/gen.sh USERS TRANSFERS FILE   (needs sqlite3; TALLY = the binary)
set -euo pipefail
users=$1 transfers=$2 file=$3
T=${TALLY:-target/release/tally}
rm -f "$file" "$file-wal" "$file-shm"
TALLY_NOW=2026-01-01T00:00:00Z "$T" --db "$file" -q init --company Big \
  --admin admin --first Ada --last Admin --email admin@big.test > /dev/null
TALLY_NOW=2026-01-01T00:00:00Z "$T" --db "$file" -q billing set-price 8
sqlite3 "$file" <<SQL
PRAGMA synchronous = OFF;
PRAGMA cache_size = -1000000;
PRAGMA foreign_keys = ON;
BEGIN;
-- Users u1..uN, created through January; every twentieth deactivated in June.
INSERT INTO users (id, handle, first_name, last_name, email, status, password_hash, created_at)
SELECT value + 1, 'u' || value, 'First' || value, 'Last' || value, 'u' || value || '@big.test',
       CASE WHEN value % 20 = 0 THEN 'deactivated' ELSE 'active' END,
       (SELECT password_hash FROM users WHERE id = 1),
       strftime('%Y-%m-%dT%H:%M:%SZ', 1767225600 + value % 2592000, 'unixepoch')
FROM generate_series(1, $users);
INSERT INTO user_status_events (user_id, status, at)
SELECT id, 'active', created_at FROM users WHERE id > 1;
INSERT INTO user_status_events (user_id, status, at)
SELECT id, 'deactivated', '2026-06-15T12:00:00Z' FROM users WHERE status = 'deactivated';
-- The outside parties and one credits account per active user, in user order.
INSERT INTO accounts (kind_id, holder, user_id, balance) VALUES (1, 'vendor', NULL, 0), (1, 'consumed', NULL, 0);
INSERT INTO accounts (kind_id, holder, user_id, balance)
SELECT 1, 'user', id, 0 FROM users WHERE id > 1 AND status = 'active' ORDER BY id;
-- One top-up that covers every assign.
INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type, actor, memo, at)
VALUES (1, (SELECT id FROM accounts WHERE holder = 'vendor'), 1, 100000000000, 'topup', 'admin', NULL, '2026-01-01T00:00:00Z');
COMMIT;
SQL

# The transfers in chunks, each followed by its audit rows and the mail of
# its assigns, so that the three tables' pages interleave in the file as they
# do when commands write them one transfer at a time.
chunk=100000
{
  echo "PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA foreign_keys = ON;"
  echo "CREATE TEMP TABLE acct (n INTEGER PRIMARY KEY, id INTEGER NOT NULL, handle TEXT NOT NULL, email TEXT NOT NULL);"
  echo "INSERT INTO acct SELECT row_number() OVER (ORDER BY a.id) - 1, a.id, u.handle, u.email FROM accounts a JOIN users u ON u.id = a.user_id WHERE a.holder = 'user';"
  for ((first = 0; first < transfers - 1; first += chunk)); do
    last=$(( first + chunk < transfers - 1 ? first + chunk : transfers - 1 ))
    cat <<SQL
BEGIN;
-- Blocks of ten: seven assigns of 2 to consecutive accounts, then three uses
-- of 1 by the first three of them.
INSERT INTO transfers (kind_id, debit_account_id, credit_account_id, amount, type, user_id, actor, memo, at)
SELECT 1,
       CASE WHEN j < 7 THEN 1 ELSE (SELECT id FROM acct WHERE n = (b * 7 + j - 7) % (SELECT count(*) FROM acct)) END,
       CASE WHEN j < 7 THEN (SELECT id FROM acct WHERE n = (b * 7 + j) % (SELECT count(*) FROM acct))
            ELSE (SELECT id FROM accounts WHERE holder = 'consumed') END,
       CASE WHEN j < 7 THEN 2 ELSE 1 END,
       CASE WHEN j < 7 THEN 'assign' ELSE 'use' END,
       NULL, 'admin', NULL,
       strftime('%Y-%m-%dT%H:%M:%SZ', 1767225601 + (b * 10 + j) * 3, 'unixepoch')
FROM (SELECT value AS i, value / 10 AS b, value % 10 AS j FROM generate_series($first, $last - 1))
ORDER BY i;
INSERT INTO audit_log (at, actor, os_user, action, target, outcome, details)
SELECT t.at, 'admin', 'bench', 'credits.' || t.type, u.handle, 'ok',
       json_object('amount', t.amount,
                   'from', CASE WHEN t.type = 'assign' THEN 'company' ELSE NULL END,
                   'kind', 'credits', 'memo', NULL,
                   CASE WHEN t.type = 'assign' THEN 'to' ELSE 'owner' END, u.handle,
                   'transfer', t.id)
FROM transfers t JOIN accounts a ON a.id = CASE WHEN t.type = 'assign' THEN t.credit_account_id ELSE t.debit_account_id END
JOIN users u ON u.id = a.user_id
WHERE t.id > $first + 1 AND t.id <= $last + 1 ORDER BY t.id;
INSERT INTO outbox (user_id, to_address, subject, body, status, attempts, created_at, sent_at)
SELECT u.id, u.email, 'You received 2 credits',
       'Hello ' || u.first_name || ',' || char(10) || char(10) || 'Big gave you 2 credits.' || char(10),
       'sent', 1, t.at, t.at
FROM transfers t JOIN accounts a ON a.id = t.credit_account_id JOIN users u ON u.id = a.user_id
WHERE t.type = 'assign' AND t.id > $first + 1 AND t.id <= $last + 1 ORDER BY t.id;
COMMIT;
SQL
  done
  echo "PRAGMA wal_checkpoint(TRUNCATE);"
} | sqlite3 "$file" > /dev/null
