-- Server schema version 11: credits that expire (the file's schema version
-- 10 says how they work).
ALTER TABLE accounts DROP CONSTRAINT IF EXISTS accounts_holder_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_holder_check
    CHECK (holder IN ('company', 'user', 'vendor', 'consumed', 'expired'));
ALTER TABLE transfers DROP CONSTRAINT IF EXISTS transfers_type_check;
ALTER TABLE transfers ADD CONSTRAINT transfers_type_check
    CHECK (type IN ('topup', 'assign', 'use', 'order', 'offboard', 'move', 'expire'));

CREATE TABLE IF NOT EXISTS lots (
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    expires_at TEXT NOT NULL,
    remaining  BIGINT NOT NULL CHECK (remaining >= 0),
    PRIMARY KEY (account_id, expires_at)
);
CREATE INDEX IF NOT EXISTS lots_due ON lots(expires_at) WHERE remaining > 0;

CREATE TABLE IF NOT EXISTS lot_entries (
    transfer_id BIGINT NOT NULL REFERENCES transfers(id),
    expires_at  TEXT NOT NULL,
    amount      BIGINT NOT NULL CHECK (amount > 0),
    PRIMARY KEY (transfer_id, expires_at)
);
DROP TRIGGER IF EXISTS lot_entries_no_update ON lot_entries;
CREATE TRIGGER lot_entries_no_update BEFORE UPDATE ON lot_entries FOR EACH ROW
EXECUTE FUNCTION tally_refuse('transfers are append-only: fix a mistake with a new transfer');
DROP TRIGGER IF EXISTS lot_entries_no_delete ON lot_entries;
CREATE TRIGGER lot_entries_no_delete BEFORE DELETE ON lot_entries FOR EACH ROW
EXECUTE FUNCTION tally_refuse('transfers are append-only: fix a mistake with a new transfer');

ALTER TABLE plans ADD COLUMN IF NOT EXISTS valid_days BIGINT CHECK (valid_days BETWEEN 1 AND 36500);
