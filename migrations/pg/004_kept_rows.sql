-- Server schema version 4: idempotency keys are kept as they were first
-- answered (a removed key would let a retry apply twice), and TRUNCATE,
-- which skips row triggers, is refused on every table whose rows are never
-- removed. A server has no INSERT OR REPLACE: INSERT ... ON CONFLICT DO
-- UPDATE fires the UPDATE triggers, which already refuse it.
CREATE TRIGGER idempotency_keys_no_update BEFORE UPDATE ON idempotency_keys FOR EACH ROW
EXECUTE FUNCTION tally_refuse('an idempotency key is kept as it was first answered');
CREATE TRIGGER idempotency_keys_no_delete BEFORE DELETE ON idempotency_keys FOR EACH ROW
EXECUTE FUNCTION tally_refuse('an idempotency key is kept as it was first answered');
CREATE TRIGGER idempotency_keys_no_truncate BEFORE TRUNCATE ON idempotency_keys
EXECUTE FUNCTION tally_refuse('an idempotency key is kept as it was first answered');
CREATE TRIGGER users_no_truncate BEFORE TRUNCATE ON users
EXECUTE FUNCTION tally_refuse('users are never removed; delete marks them deleted');
CREATE TRIGGER user_status_events_no_truncate BEFORE TRUNCATE ON user_status_events
EXECUTE FUNCTION tally_refuse('status history is append-only');
CREATE TRIGGER outbox_no_truncate BEFORE TRUNCATE ON outbox
EXECUTE FUNCTION tally_refuse('outbox messages are kept; cancel one instead');
CREATE TRIGGER orders_no_truncate BEFORE TRUNCATE ON orders
EXECUTE FUNCTION tally_refuse('orders are never removed');
CREATE TRIGGER invoices_no_truncate BEFORE TRUNCATE ON invoices
EXECUTE FUNCTION tally_refuse('an issued invoice never changes');
CREATE TRIGGER invoice_lines_no_truncate BEFORE TRUNCATE ON invoice_lines
EXECUTE FUNCTION tally_refuse('an issued invoice never changes');
