-- tally schema, version 2: an outbox an operator can run.
--
-- A message may now be 'failed' (the server refused it for good: not
-- retried until `mail retry`) or 'cancelled' (`mail cancel`), besides
-- 'pending' and 'sent'. A message to a user keeps the user, so that it is
-- addressed when it is sent, from their current email. Every message keeps
-- one random Message-ID for all its attempts, so that a receiver can tell a
-- message sent twice (after a timeout) from two messages.

CREATE TABLE outbox_v2 (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER REFERENCES users(id),
    to_address TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'pending'
               CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
    attempts   INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at    TEXT,
    message_id TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16))))
);
INSERT INTO outbox_v2 (id, user_id, to_address, subject, body, status, attempts,
                       last_error, created_at, sent_at)
SELECT o.id,
       (SELECT u.id FROM users u WHERE u.email = o.to_address AND u.status <> 'deleted'),
       o.to_address, o.subject, o.body, o.status, o.attempts, o.last_error,
       o.created_at, o.sent_at
FROM outbox o;
DROP TABLE outbox;
ALTER TABLE outbox_v2 RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox(id) WHERE status = 'pending';
CREATE TRIGGER outbox_sent_is_final BEFORE UPDATE ON outbox
WHEN OLD.status = 'sent'
BEGIN SELECT RAISE(ABORT, 'a sent message is never sent again'); END;
CREATE TRIGGER outbox_cancelled_is_final BEFORE UPDATE ON outbox
WHEN OLD.status = 'cancelled'
BEGIN SELECT RAISE(ABORT, 'a cancelled message is never sent'); END;
CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
BEGIN SELECT RAISE(ABORT, 'outbox messages are kept; cancel one instead'); END;
