-- tally schema, version 10: credits that expire. A topup or an order may
-- bring credits that expire at a time; they are kept as lots, one per account
-- and expiry, beside the account's balance (a lot is a part of the balance,
-- so the lots of an account never sum past it). Spending takes the
-- earliest-expiring credits that have not expired first, then those that
-- never expire; a transfer of expiring credits keeps their expiry, and
-- `lot_entries` records which expiry each transfer moved. `credits expire`
-- moves what has expired to the kind's 'expired' account with a transfer of
-- type 'expire', so that per kind the balances still sum to zero.
--
-- The 'expired' holder and the 'expire' type widen two CHECKs. Widening a
-- CHECK changes no row, so it is made the way SQLite's "ALTER TABLE" page
-- gives for removing one: the table's text in the schema is rewritten (tally's
-- migration code then bumps the schema's version, so that every connection
-- reads it again). The text matched is not in the rewritten text, so
-- running that part again changes nothing.
-- A file made before the lists were spelled as OR chains holds them as IN
-- lists: those are widened too. tally checks after the migration that both
-- tables take the new values.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
SET sql = replace(replace(sql,
          'OR holder = ''vendor'' OR holder = ''consumed'')',
          'OR holder = ''vendor'' OR holder = ''consumed''
                    OR holder = ''expired'')'),
          '''vendor'', ''consumed''))', '''vendor'', ''consumed'', ''expired''))')
WHERE type = 'table' AND name = 'accounts';
UPDATE sqlite_master
SET sql = replace(replace(sql,
          'OR type = ''offboard'' OR type = ''move'')',
          'OR type = ''offboard'' OR type = ''move''
                                           OR type = ''expire'')'),
          '''offboard'', ''move''))', '''offboard'', ''move'', ''expire''))')
WHERE type = 'table' AND name = 'transfers';
PRAGMA writable_schema = OFF;

-- What an account holds of each expiry; a row is kept at zero once spent.
CREATE TABLE IF NOT EXISTS lots (
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    expires_at TEXT NOT NULL,
    remaining  INTEGER NOT NULL CHECK (remaining >= 0),
    PRIMARY KEY (account_id, expires_at)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lots_due ON lots(expires_at) WHERE remaining > 0;

-- Of a transfer's amount, how much was credits expiring at `expires_at`
-- (the rest never expires). Append-only, as the transfers are.
CREATE TABLE IF NOT EXISTS lot_entries (
    transfer_id INTEGER NOT NULL REFERENCES transfers(id),
    expires_at  TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    PRIMARY KEY (transfer_id, expires_at)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS lot_entries_no_update BEFORE UPDATE ON lot_entries
BEGIN SELECT RAISE(ABORT, 'transfers are append-only: fix a mistake with a new transfer'); END;
CREATE TRIGGER IF NOT EXISTS lot_entries_no_delete BEFORE DELETE ON lot_entries
BEGIN SELECT RAISE(ABORT, 'transfers are append-only: fix a mistake with a new transfer'); END;

-- A plan whose credits expire that many days after the order.
ALTER TABLE plans ADD COLUMN valid_days INTEGER CHECK (valid_days BETWEEN 1 AND 36500);
