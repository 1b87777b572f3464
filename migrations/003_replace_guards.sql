-- tally schema, version 3: guards that INSERT OR REPLACE cannot pass.
--
-- REPLACE (and UPDATE OR REPLACE) resolves a conflicting key by deleting the
-- row that holds it, and that delete fires no DELETE trigger: it went round
-- every "never removed" rule of versions 1 and 2. A BEFORE trigger fires
-- before the conflict is resolved, so each table whose rows must never be
-- removed refuses a new row that would take an existing row's key.
--
-- A row whose id SQLite is to choose has NEW.id -1 here: only a row that
-- names its id is looked for.
--
-- Idempotency keys are also never changed or removed now: a removed key
-- would let a retry apply twice.

CREATE TRIGGER users_no_replace BEFORE INSERT ON users
WHEN EXISTS (SELECT 1 FROM users WHERE id = NEW.id OR handle = NEW.handle)
  OR (NEW.status <> 'deleted' AND EXISTS (
        SELECT 1 FROM users WHERE email = NEW.email COLLATE NOCASE AND status <> 'deleted'))
BEGIN SELECT RAISE(ABORT, 'users are never removed; delete marks them deleted'); END;
CREATE TRIGGER users_email_no_replace BEFORE UPDATE OF email, status ON users
WHEN NEW.status <> 'deleted' AND EXISTS (
    SELECT 1 FROM users WHERE email = NEW.email COLLATE NOCASE AND status <> 'deleted'
    AND id <> NEW.id)
BEGIN SELECT RAISE(ABORT, 'users are never removed; delete marks them deleted'); END;

CREATE TRIGGER user_status_events_no_replace BEFORE INSERT ON user_status_events
WHEN NEW.id <> -1 AND EXISTS (SELECT 1 FROM user_status_events WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END;

CREATE TRIGGER roles_builtin_no_replace BEFORE INSERT ON roles
WHEN EXISTS (SELECT 1 FROM roles WHERE builtin = 1 AND (id = NEW.id OR name = NEW.name))
BEGIN SELECT RAISE(ABORT, 'a built-in role cannot be changed'); END;

CREATE TRIGGER accounts_no_replace BEFORE INSERT ON accounts
WHEN EXISTS (SELECT 1 FROM accounts WHERE id = NEW.id
             OR (kind_id = NEW.kind_id AND holder = NEW.holder
                 AND ifnull(user_id, 0) = ifnull(NEW.user_id, 0)))
BEGIN SELECT RAISE(ABORT, 'accounts are never removed'); END;

-- A transfer's guard joins the check it already had before it is written,
-- in one trigger: a second trigger on every transfer costs a twentieth of
-- a large import.
DROP TRIGGER IF EXISTS transfers_same_kind;
CREATE TRIGGER transfers_same_kind BEFORE INSERT ON transfers
BEGIN
    SELECT RAISE(ABORT, 'a transfer moves one kind between accounts of that kind')
    WHERE (SELECT kind_id FROM accounts WHERE id = NEW.debit_account_id) <> NEW.kind_id
       OR (SELECT kind_id FROM accounts WHERE id = NEW.credit_account_id) <> NEW.kind_id;
    SELECT RAISE(ABORT, 'transfers are append-only: fix a mistake with a new transfer')
    WHERE NEW.id <> -1 AND EXISTS (SELECT 1 FROM transfers WHERE id = NEW.id);
END;

CREATE TRIGGER idempotency_keys_no_replace BEFORE INSERT ON idempotency_keys
WHEN EXISTS (SELECT 1 FROM idempotency_keys WHERE key = NEW.key)
BEGIN SELECT RAISE(ABORT, 'an idempotency key is kept as it was first answered'); END;
CREATE TRIGGER idempotency_keys_no_update BEFORE UPDATE ON idempotency_keys
BEGIN SELECT RAISE(ABORT, 'an idempotency key is kept as it was first answered'); END;
CREATE TRIGGER idempotency_keys_no_delete BEFORE DELETE ON idempotency_keys
BEGIN SELECT RAISE(ABORT, 'an idempotency key is kept as it was first answered'); END;

CREATE TRIGGER outbox_no_replace BEFORE INSERT ON outbox
WHEN NEW.id <> -1 AND EXISTS (SELECT 1 FROM outbox WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'outbox messages are kept; cancel one instead'); END;

CREATE TRIGGER orders_no_replace BEFORE INSERT ON orders
WHEN NEW.id <> -1 AND EXISTS (SELECT 1 FROM orders WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'orders are never removed'); END;

CREATE TRIGGER invoices_no_replace BEFORE INSERT ON invoices
WHEN EXISTS (SELECT 1 FROM invoices WHERE period = NEW.period)
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;
CREATE TRIGGER invoice_lines_no_replace BEFORE INSERT ON invoice_lines
WHEN EXISTS (SELECT 1 FROM invoice_lines WHERE period = NEW.period AND handle = NEW.handle)
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;

CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN NEW.id <> -1 AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
