-- tally schema, version 8: a purchase request can be cancelled. A request is
-- open, fulfilled (by a topup) or cancelled, and once fulfilled or cancelled
-- it stays so.
--
-- SQLite cannot change a CHECK in place: the table is rebuilt (the procedure
-- of SQLite's "ALTER TABLE" page, foreign keys off around the transaction,
-- which tally's migration code does and checks before commit). No other
-- table, trigger or index names purchase_requests, so nothing else is made
-- again.
CREATE TABLE purchase_requests_v7 (
    id           INTEGER PRIMARY KEY,
    kind_id      INTEGER NOT NULL REFERENCES credit_kinds(id),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    message      TEXT,
    requested_by TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open'
                 CHECK (status IN ('open', 'fulfilled', 'cancelled')),
    created_at   TEXT NOT NULL,
    fulfilled_at TEXT,
    transfer_id  INTEGER REFERENCES transfers(id),
    cancelled_at TEXT,
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
INSERT INTO purchase_requests_v7 (id, kind_id, quantity, message, requested_by, status,
                                  created_at, fulfilled_at, transfer_id)
SELECT id, kind_id, quantity, message, requested_by, status, created_at, fulfilled_at, transfer_id
FROM purchase_requests;
DROP TABLE purchase_requests;
ALTER TABLE purchase_requests_v7 RENAME TO purchase_requests;

-- A fulfilled or cancelled request is never changed again: not fulfilled
-- once cancelled, not cancelled once fulfilled.
CREATE TRIGGER purchase_requests_closed_stay_closed BEFORE UPDATE ON purchase_requests
WHEN OLD.status <> 'open'
BEGIN SELECT RAISE(ABORT, 'a fulfilled or cancelled purchase request stays so'); END;
