-- tally schema, version 1.
--
-- Every rule that SQL can hold is held here as well as in the domain code, so
-- that a plain `sqlite3` session cannot break the ledger or the audit log.
-- Times are UTC, RFC 3339 with second precision ('2026-01-31T09:30:00Z'), so
-- that text order is time order.
--
-- CHECKs on hot tables spell value lists as OR chains: SQLite builds a
-- temporary b-tree for every row checked against an IN list of three or more
-- values, which costs a third of a transfer's time.

CREATE TABLE organization (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    default_actor TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    handle          TEXT NOT NULL UNIQUE CHECK (
                        handle <> 'company'
                        AND length(handle) BETWEEN 1 AND 64
                        AND handle NOT GLOB '*[^a-z0-9._-]*'
                        AND substr(handle, 1, 1) GLOB '[a-z0-9]'),
    first_name      TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    last_name       TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
    email           TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'),
    status          TEXT NOT NULL CHECK (status = 'active' OR status = 'deactivated' OR status = 'deleted'),
    password_hash   TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    -- NULL: the user owns their own credits.
    credit_owner_id INTEGER REFERENCES users(id),
    created_at      TEXT NOT NULL,
    CHECK (credit_owner_id IS NULL OR credit_owner_id <> id)
);
CREATE UNIQUE INDEX users_email_live ON users(email COLLATE NOCASE) WHERE status <> 'deleted';
CREATE INDEX users_credit_owner ON users(credit_owner_id) WHERE credit_owner_id IS NOT NULL;

-- Deleted is final.
CREATE TRIGGER users_deleted_is_final BEFORE UPDATE OF status ON users
WHEN OLD.status = 'deleted' AND NEW.status <> 'deleted'
BEGIN SELECT RAISE(ABORT, 'a deleted user stays deleted'); END;
CREATE TRIGGER users_never_removed BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'users are never removed; delete marks them deleted'); END;
CREATE TRIGGER users_handle_fixed BEFORE UPDATE OF handle ON users
WHEN OLD.handle <> NEW.handle
BEGIN SELECT RAISE(ABORT, 'a handle never changes'); END;

-- Every status a user has had, with its time (TALLY_NOW where set, so it is
-- written by tally rather than by a trigger): seat billing is computed from it.
CREATE TABLE user_status_events (
    id      INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    status  TEXT NOT NULL CHECK (status = 'active' OR status = 'deactivated' OR status = 'deleted'),
    at      TEXT NOT NULL
);
CREATE INDEX user_status_events_user ON user_status_events(user_id, at);
CREATE TRIGGER user_status_events_no_update BEFORE UPDATE ON user_status_events
BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END;
CREATE TRIGGER user_status_events_no_delete BEFORE DELETE ON user_status_events
BEGIN SELECT RAISE(ABORT, 'status history is append-only'); END;

CREATE TABLE roles (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (
                   length(name) BETWEEN 1 AND 64
                   AND name NOT GLOB '*[^a-z0-9._-]*'
                   AND substr(name, 1, 1) GLOB '[a-z0-9]'),
    builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE TABLE role_rights (
    role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    "right" TEXT NOT NULL CHECK ("right" IN ('view-users', 'edit-users', 'manage-roles',
                'assign-credits', 'use-credits', 'purchase', 'manage-billing',
                'manage-settings', 'view-audit')),
    PRIMARY KEY (role_id, "right")
) WITHOUT ROWID;
CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id),
    role_id INTEGER NOT NULL REFERENCES roles(id),
    PRIMARY KEY (user_id, role_id)
) WITHOUT ROWID;
CREATE INDEX user_roles_role ON user_roles(role_id);

CREATE TRIGGER roles_builtin_fixed BEFORE UPDATE ON roles WHEN OLD.builtin = 1
BEGIN SELECT RAISE(ABORT, 'a built-in role cannot be changed'); END;
CREATE TRIGGER roles_builtin_kept BEFORE DELETE ON roles WHEN OLD.builtin = 1
BEGIN SELECT RAISE(ABORT, 'a built-in role cannot be removed'); END;
CREATE TRIGGER role_rights_builtin_fixed_del BEFORE DELETE ON role_rights
WHEN (SELECT builtin FROM roles WHERE id = OLD.role_id) = 1
BEGIN SELECT RAISE(ABORT, 'a built-in role cannot be changed'); END;
CREATE TRIGGER roles_held_kept BEFORE DELETE ON roles
WHEN EXISTS (SELECT 1 FROM user_roles WHERE role_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'role_in_use'); END;

-- Rule 3: an administrator is not deactivated or deleted until the role is revoked.
CREATE TRIGGER users_admin_stays_active BEFORE UPDATE OF status ON users
WHEN NEW.status <> 'active' AND EXISTS (
    SELECT 1 FROM user_roles ur JOIN roles r ON r.id = ur.role_id
    WHERE ur.user_id = NEW.id AND r.name = 'administrator')
BEGIN SELECT RAISE(ABORT, 'is_admin'); END;
-- Rule 4: at least one active administrator at all times.
CREATE TRIGGER user_roles_last_admin BEFORE DELETE ON user_roles
WHEN OLD.role_id = (SELECT id FROM roles WHERE name = 'administrator')
 AND NOT EXISTS (
    SELECT 1 FROM user_roles ur JOIN users u ON u.id = ur.user_id
    WHERE ur.role_id = OLD.role_id AND ur.user_id <> OLD.user_id AND u.status = 'active')
BEGIN SELECT RAISE(ABORT, 'last_admin'); END;
-- Only active users are granted roles.
CREATE TRIGGER user_roles_active_only BEFORE INSERT ON user_roles
WHEN (SELECT status FROM users WHERE id = NEW.user_id) <> 'active'
 AND (SELECT name FROM roles WHERE id = NEW.role_id) = 'administrator'
BEGIN SELECT RAISE(ABORT, 'inactive_user'); END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Credits ---------------------------------------------------------------------

CREATE TABLE credit_kinds (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (
                   length(name) BETWEEN 1 AND 32
                   AND name NOT GLOB '*[^a-z0-9._-]*'
                   AND substr(name, 1, 1) GLOB '[a-z0-9]'),
    created_at TEXT NOT NULL
);

-- One account per kind for the company, for each user who has held credits,
-- and for the two outside parties: 'vendor' (purchases come from it, so it is
-- negative) and 'consumed' (consumption goes to it). Per kind the sum of all
-- balances is zero.
CREATE TABLE accounts (
    id      INTEGER PRIMARY KEY,
    kind_id INTEGER NOT NULL REFERENCES credit_kinds(id),
    holder  TEXT NOT NULL CHECK (holder = 'company' OR holder = 'user' OR holder = 'vendor' OR holder = 'consumed'),
    user_id INTEGER REFERENCES users(id),
    balance INTEGER NOT NULL DEFAULT 0,
    CHECK ((holder = 'user') = (user_id IS NOT NULL)),
    CHECK (holder = 'vendor' OR balance >= 0)
);
CREATE UNIQUE INDEX accounts_holder ON accounts(kind_id, holder, ifnull(user_id, 0));
CREATE INDEX accounts_user ON accounts(user_id) WHERE user_id IS NOT NULL;

-- Append-only, double-entry: 'amount' leaves debit_account and enters credit_account.
CREATE TABLE transfers (
    id                INTEGER PRIMARY KEY,
    kind_id           INTEGER NOT NULL REFERENCES credit_kinds(id),
    debit_account_id  INTEGER NOT NULL REFERENCES accounts(id),
    credit_account_id INTEGER NOT NULL REFERENCES accounts(id),
    amount            INTEGER NOT NULL CHECK (amount > 0),
    type              TEXT NOT NULL CHECK (type = 'topup' OR type = 'assign' OR type = 'use'
                                           OR type = 'order' OR type = 'offboard' OR type = 'move'),
    -- Who consumed (type 'use') or bought (type 'order'), when not the account holder.
    user_id           INTEGER REFERENCES users(id),
    actor             TEXT NOT NULL,
    memo              TEXT,
    at                TEXT NOT NULL,
    CHECK (debit_account_id <> credit_account_id)
);
CREATE INDEX transfers_debit ON transfers(debit_account_id, id);
CREATE INDEX transfers_credit ON transfers(credit_account_id, id);
CREATE INDEX transfers_user ON transfers(user_id, at) WHERE user_id IS NOT NULL;
CREATE TRIGGER transfers_no_update BEFORE UPDATE ON transfers
BEGIN SELECT RAISE(ABORT, 'transfers are append-only: fix a mistake with a new transfer'); END;
CREATE TRIGGER transfers_no_delete BEFORE DELETE ON transfers
BEGIN SELECT RAISE(ABORT, 'transfers are append-only: fix a mistake with a new transfer'); END;
CREATE TRIGGER transfers_same_kind BEFORE INSERT ON transfers
WHEN (SELECT kind_id FROM accounts WHERE id = NEW.debit_account_id) <> NEW.kind_id
  OR (SELECT kind_id FROM accounts WHERE id = NEW.credit_account_id) <> NEW.kind_id
BEGIN SELECT RAISE(ABORT, 'a transfer moves one kind between accounts of that kind'); END;
-- Balances follow the ledger in the same statement; the CHECK on accounts
-- refuses a transfer that would take a balance below zero.
CREATE TRIGGER transfers_apply AFTER INSERT ON transfers
BEGIN
    UPDATE accounts SET balance = balance - NEW.amount WHERE id = NEW.debit_account_id;
    UPDATE accounts SET balance = balance + NEW.amount WHERE id = NEW.credit_account_id;
END;
-- A balance changed behind the ledger's back (a plain UPDATE of accounts) is
-- not refused here, which would cost a sixth of every transfer; `tally verify`
-- finds it ("balances equal the ledger").

CREATE TABLE idempotency_keys (
    key        TEXT PRIMARY KEY,
    command    TEXT NOT NULL,
    request    TEXT NOT NULL,
    response   TEXT NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE purchase_requests (
    id           INTEGER PRIMARY KEY,
    kind_id      INTEGER NOT NULL REFERENCES credit_kinds(id),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    message      TEXT,
    requested_by TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'fulfilled')),
    created_at   TEXT NOT NULL,
    fulfilled_at TEXT,
    transfer_id  INTEGER REFERENCES transfers(id)
);

-- Mail -------------------------------------------------------------------------

CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
    attempts   INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at    TEXT
);
CREATE INDEX outbox_pending ON outbox(id) WHERE status = 'pending';
CREATE TRIGGER outbox_sent_is_final BEFORE UPDATE ON outbox
WHEN OLD.status = 'sent'
BEGIN SELECT RAISE(ABORT, 'a sent message is never sent again'); END;

-- Plans, orders, billing information -----------------------------------------

CREATE TABLE plans (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    kind_id     INTEGER NOT NULL REFERENCES credit_kinds(id),
    credits     INTEGER NOT NULL CHECK (credits > 0),
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency    TEXT NOT NULL CHECK (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
    created_at  TEXT NOT NULL,
    removed_at  TEXT
);
CREATE UNIQUE INDEX plans_name_live ON plans(name) WHERE removed_at IS NULL;

CREATE TABLE billing_info (
    user_id    INTEGER PRIMARY KEY REFERENCES users(id),
    name       TEXT NOT NULL,
    address    TEXT NOT NULL,
    tax_id     TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE orders (
    id              INTEGER PRIMARY KEY,
    buyer_id        INTEGER NOT NULL REFERENCES users(id),
    owner_id        INTEGER NOT NULL REFERENCES users(id),
    plan_id         INTEGER NOT NULL REFERENCES plans(id),
    quantity        INTEGER NOT NULL CHECK (quantity > 0),
    kind_id         INTEGER NOT NULL REFERENCES credit_kinds(id),
    credits         INTEGER NOT NULL CHECK (credits > 0),
    price_minor     INTEGER NOT NULL CHECK (price_minor >= 0),
    currency        TEXT NOT NULL,
    billing_name    TEXT NOT NULL,
    billing_address TEXT NOT NULL,
    billing_tax_id  TEXT,
    transfer_id     INTEGER NOT NULL REFERENCES transfers(id),
    created_at      TEXT NOT NULL
);
CREATE INDEX orders_owner ON orders(owner_id, id);
CREATE INDEX orders_buyer ON orders(buyer_id, id);
CREATE TRIGGER orders_no_update BEFORE UPDATE ON orders
BEGIN SELECT RAISE(ABORT, 'orders are never changed'); END;
CREATE TRIGGER orders_no_delete BEFORE DELETE ON orders
BEGIN SELECT RAISE(ABORT, 'orders are never removed'); END;

-- Seat billing -------------------------------------------------------------------

CREATE TABLE seat_prices (
    id          INTEGER PRIMARY KEY,
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency    TEXT NOT NULL CHECK (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
    set_at      TEXT NOT NULL
);

CREATE TABLE invoices (
    period      TEXT PRIMARY KEY CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    currency    TEXT NOT NULL,
    price_minor INTEGER NOT NULL,
    total_minor INTEGER NOT NULL,
    -- How many lines the invoice has: no line can be added once they are in.
    line_count  INTEGER NOT NULL CHECK (line_count >= 0),
    issued_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE invoice_lines (
    period       TEXT NOT NULL REFERENCES invoices(period),
    handle       TEXT NOT NULL,
    days         INTEGER NOT NULL CHECK (days BETWEEN 1 AND 31),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    PRIMARY KEY (period, handle)
) WITHOUT ROWID;
CREATE TRIGGER invoices_no_update BEFORE UPDATE ON invoices
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;
CREATE TRIGGER invoice_lines_complete BEFORE INSERT ON invoice_lines
WHEN (SELECT count(*) FROM invoice_lines WHERE period = NEW.period)
     >= (SELECT line_count FROM invoices WHERE period = NEW.period)
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;
CREATE TRIGGER invoice_lines_no_update BEFORE UPDATE ON invoice_lines
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;
CREATE TRIGGER invoice_lines_no_delete BEFORE DELETE ON invoice_lines
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;

-- Audit ----------------------------------------------------------------------------

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    os_user TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied')),
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_actor ON audit_log(actor, id);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
