-- tally schema, version 11: low-balance alerts. An alert watches one
-- account (a user's or the company's, of one kind): when its balance falls
-- below `below` while the alert is armed (`fired_at` NULL), tally queues one
-- mail in the same transaction and marks the alert fired; a balance at
-- `below` or more arms it again. `email` is where the company account's
-- alert goes; a user's alert goes to the user's own address.
-- Written so that running it again changes nothing.
CREATE TABLE IF NOT EXISTS balance_alerts (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL UNIQUE REFERENCES accounts(id),
    below      INTEGER NOT NULL CHECK (below > 0),
    email      TEXT CHECK (email IS NULL OR (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%')),
    set_at     TEXT NOT NULL,
    fired_at   TEXT CHECK (fired_at IS NULL OR fired_at >= set_at)
);
