-- tally schema, version 4: a hash chain over everything that must never change.
--
-- Passwords are kept apart first: each hash tally sets is recorded as its
-- SHA-256 (never the hash itself), so that a hash replaced behind tally's
-- back no longer matches the last one tally set. The records are chained.
CREATE TABLE password_sets (
    id      INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    digest  TEXT NOT NULL CHECK (length(digest) = 64 AND digest NOT GLOB '*[^0-9a-f]*')
);
CREATE INDEX password_sets_user ON password_sets(user_id, id);
CREATE TRIGGER password_sets_no_update BEFORE UPDATE ON password_sets
BEGIN SELECT RAISE(ABORT, 'password records are append-only'); END;
CREATE TRIGGER password_sets_no_delete BEFORE DELETE ON password_sets
BEGIN SELECT RAISE(ABORT, 'password records are append-only'); END;
CREATE TRIGGER password_sets_no_replace BEFORE INSERT ON password_sets
WHEN NEW.id <> -1 AND EXISTS (SELECT 1 FROM password_sets WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'password records are append-only'); END;
--
-- Each write transaction that adds transfers, audit rows, status events,
-- orders, password records, idempotency keys or invoices ends with one
-- entry of the chain:
-- the SHA-256 of the previous entry's hash and of everything the
-- transaction added, in a canonical encoding (tally computes it; SQL
-- cannot). Rows with ids are covered by their ids: an entry holds, per
-- table, the highest id covered so far. Idempotency keys and invoices,
-- which have no ids, hold the position of the entry that covers them; those
-- that were there before the chain are covered by its first entry. `tally
-- verify` recomputes every entry; `tally verify --anchor` prints the last
-- one, to keep elsewhere.
CREATE TABLE chain (
    position     INTEGER PRIMARY KEY CHECK (position >= 1),
    transfers_to INTEGER NOT NULL CHECK (transfers_to >= 0),
    audit_to     INTEGER NOT NULL CHECK (audit_to >= 0),
    statuses_to  INTEGER NOT NULL CHECK (statuses_to >= 0),
    orders_to    INTEGER NOT NULL CHECK (orders_to >= 0),
    passwords_to INTEGER NOT NULL CHECK (passwords_to >= 0),
    hash         TEXT NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*')
);
CREATE TRIGGER chain_no_update BEFORE UPDATE ON chain
BEGIN SELECT RAISE(ABORT, 'the chain is append-only'); END;
CREATE TRIGGER chain_no_delete BEFORE DELETE ON chain
BEGIN SELECT RAISE(ABORT, 'the chain is append-only'); END;
CREATE TRIGGER chain_no_replace BEFORE INSERT ON chain
WHEN EXISTS (SELECT 1 FROM chain WHERE position = NEW.position)
BEGIN SELECT RAISE(ABORT, 'the chain is append-only'); END;

ALTER TABLE idempotency_keys ADD COLUMN chain_position INTEGER;
CREATE INDEX idempotency_keys_chain ON idempotency_keys(chain_position);
ALTER TABLE invoices ADD COLUMN chain_position INTEGER;
