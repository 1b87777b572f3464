-- Server schema version 5: a hash chain over everything that must never
-- change (the file's schema version 4 says how it works).
CREATE TABLE chain (
    position     BIGINT PRIMARY KEY CHECK (position >= 1),
    transfers_to BIGINT NOT NULL CHECK (transfers_to >= 0),
    audit_to     BIGINT NOT NULL CHECK (audit_to >= 0),
    statuses_to  BIGINT NOT NULL CHECK (statuses_to >= 0),
    orders_to    BIGINT NOT NULL CHECK (orders_to >= 0),
    hash         TEXT NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE TRIGGER chain_no_update BEFORE UPDATE ON chain FOR EACH ROW
EXECUTE FUNCTION tally_refuse('the chain is append-only');
CREATE TRIGGER chain_no_delete BEFORE DELETE ON chain FOR EACH ROW
EXECUTE FUNCTION tally_refuse('the chain is append-only');
CREATE TRIGGER chain_no_truncate BEFORE TRUNCATE ON chain
EXECUTE FUNCTION tally_refuse('the chain is append-only');

ALTER TABLE idempotency_keys ADD COLUMN chain_position BIGINT;
CREATE INDEX idempotency_keys_chain ON idempotency_keys(chain_position);
ALTER TABLE invoices ADD COLUMN chain_position BIGINT;
