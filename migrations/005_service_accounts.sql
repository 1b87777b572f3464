-- tally schema, version 5: service accounts, users that are not people (a
-- cron job's actor). They have no password, need no email, take no seat,
-- and hold, receive and share no credits.
--
-- SQLite cannot relax a NOT NULL in place: the users table is rebuilt (the
-- procedure of SQLite's "ALTER TABLE" page, foreign keys off around the
-- transaction, which tally's migration code does and checks before commit),
-- then its indexes and triggers are made again. The legacy rename leaves the
-- other tables' triggers and references, which name "users", as they are.
PRAGMA legacy_alter_table = ON;
CREATE TABLE users_v5 (
    id              INTEGER PRIMARY KEY,
    handle          TEXT NOT NULL UNIQUE CHECK (
                        handle <> 'company'
                        AND length(handle) BETWEEN 1 AND 64
                        AND handle NOT GLOB '*[^a-z0-9._-]*'
                        AND substr(handle, 1, 1) GLOB '[a-z0-9]'),
    first_name      TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    last_name       TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
    -- NULL only for a service account that was given none.
    email           TEXT CHECK (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'),
    status          TEXT NOT NULL CHECK (status = 'active' OR status = 'deactivated' OR status = 'deleted'),
    -- A person always has a password, a service account never.
    password_hash   TEXT CHECK (password_hash LIKE '$argon2id$%'),
    -- NULL: the user owns their own credits.
    credit_owner_id INTEGER REFERENCES users(id),
    created_at      TEXT NOT NULL,
    service         INTEGER NOT NULL DEFAULT 0 CHECK (service = 0 OR service = 1),
    CHECK (credit_owner_id IS NULL OR credit_owner_id <> id),
    CHECK (service = 1 OR email IS NOT NULL),
    CHECK ((service = 1) = (password_hash IS NULL)),
    CHECK (service = 0 OR credit_owner_id IS NULL)
);
INSERT INTO users_v5 (id, handle, first_name, last_name, email, status, password_hash,
                      credit_owner_id, created_at)
SELECT id, handle, first_name, last_name, email, status, password_hash, credit_owner_id, created_at
FROM users;
DROP TABLE users;
ALTER TABLE users_v5 RENAME TO users;
PRAGMA legacy_alter_table = OFF;

CREATE UNIQUE INDEX users_email_live ON users(email COLLATE NOCASE) WHERE status <> 'deleted';
CREATE INDEX users_credit_owner ON users(credit_owner_id) WHERE credit_owner_id IS NOT NULL;
CREATE TRIGGER users_deleted_is_final BEFORE UPDATE OF status ON users
WHEN OLD.status = 'deleted' AND NEW.status <> 'deleted'
BEGIN SELECT RAISE(ABORT, 'a deleted user stays deleted'); END;
CREATE TRIGGER users_never_removed BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'users are never removed; delete marks them deleted'); END;
CREATE TRIGGER users_handle_fixed BEFORE UPDATE OF handle ON users
WHEN OLD.handle <> NEW.handle
BEGIN SELECT RAISE(ABORT, 'a handle never changes'); END;
CREATE TRIGGER users_admin_stays_active BEFORE UPDATE OF status ON users
WHEN NEW.status <> 'active' AND EXISTS (
    SELECT 1 FROM user_roles ur JOIN roles r ON r.id = ur.role_id
    WHERE ur.user_id = NEW.id AND r.name = 'administrator')
BEGIN SELECT RAISE(ABORT, 'is_admin'); END;
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

-- What a user is never changes.
CREATE TRIGGER users_service_fixed BEFORE UPDATE OF service ON users
WHEN OLD.service <> NEW.service
BEGIN SELECT RAISE(ABORT, 'a user stays a person or a service account'); END;
-- A service account is nobody's credit owner, and holds no credits.
CREATE TRIGGER users_owner_is_a_person BEFORE UPDATE OF credit_owner_id ON users
WHEN NEW.credit_owner_id IS NOT NULL
 AND (SELECT service FROM users WHERE id = NEW.credit_owner_id) = 1
BEGIN SELECT RAISE(ABORT, 'a service account takes no part in credit sharing'); END;
CREATE TRIGGER accounts_of_people BEFORE INSERT ON accounts
WHEN NEW.user_id IS NOT NULL AND (SELECT service FROM users WHERE id = NEW.user_id) = 1
BEGIN SELECT RAISE(ABORT, 'a service account holds no credits'); END;
