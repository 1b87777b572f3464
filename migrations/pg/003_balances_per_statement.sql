-- Server schema version 3: the balances follow the ledger once per INSERT.
--
-- A row trigger changed the company's balance row once per transfer. In one
-- transaction a server keeps every version of that row until the end and
-- walks them to find the newest, so an import of n rows took time in n
-- squared. A statement trigger changes each account once per INSERT, and an
-- import writes its transfers a thousand rows to an INSERT. tally checks
-- every transfer against the balances before writing it; the CHECK on
-- accounts still refuses a balance below zero once the statement is done.
DROP TRIGGER transfers_apply ON transfers;
DROP FUNCTION transfers_apply();

CREATE FUNCTION transfers_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Each account once: the company's is read once per statement.
    IF EXISTS (SELECT 1 FROM (SELECT debit_account_id AS account_id, kind_id FROM moved
                              UNION SELECT credit_account_id, kind_id FROM moved) AS s
               JOIN accounts a ON a.id = s.account_id WHERE a.kind_id <> s.kind_id) THEN
        RAISE EXCEPTION 'a transfer moves one kind between accounts of that kind';
    END IF;
    UPDATE accounts a SET balance = a.balance + d.delta
    FROM (SELECT account_id, sum(delta) AS delta
          FROM (SELECT debit_account_id AS account_id, -amount AS delta FROM moved
                UNION ALL SELECT credit_account_id, amount FROM moved) AS m
          GROUP BY account_id) AS d
    WHERE a.id = d.account_id;
    RETURN NULL;
END $$;
CREATE TRIGGER transfers_apply AFTER INSERT ON transfers
REFERENCING NEW TABLE AS moved FOR EACH STATEMENT
EXECUTE FUNCTION transfers_apply();
