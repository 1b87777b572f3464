-- tally schema, version 9: spending limits inside a sharing group. A credit
-- user may consume and buy at most `amount` of a kind on their owner's
-- credits in a calendar month (UTC). tally checks the limit in the write
-- that would pass it; the row is the limit in force, replaced when it is
-- set again and removed when it is lifted (the audit log keeps each change).
-- Written so that running it again changes nothing.
CREATE TABLE IF NOT EXISTS spending_limits (
    user_id INTEGER NOT NULL REFERENCES users(id),
    kind_id INTEGER NOT NULL REFERENCES credit_kinds(id),
    amount  INTEGER NOT NULL CHECK (amount >= 0),
    set_at  TEXT NOT NULL,
    PRIMARY KEY (user_id, kind_id)
);
