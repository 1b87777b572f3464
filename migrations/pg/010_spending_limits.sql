-- Server schema version 10: spending limits inside a sharing group (the
-- file's schema version 9 says how they work).
CREATE TABLE IF NOT EXISTS spending_limits (
    user_id BIGINT NOT NULL REFERENCES users(id),
    kind_id BIGINT NOT NULL REFERENCES credit_kinds(id),
    amount  BIGINT NOT NULL CHECK (amount >= 0),
    set_at  TEXT NOT NULL,
    PRIMARY KEY (user_id, kind_id)
);
