-- Server schema version 8: reversals (the file's schema version 7 says what
-- they are). `reverses` names the transfer a reversal undoes.
ALTER TABLE transfers ADD COLUMN reverses BIGINT REFERENCES transfers(id);

-- A transfer is reversed at most once.
CREATE UNIQUE INDEX transfers_reversed_once ON transfers(reverses) WHERE reverses IS NOT NULL;

-- A reversal moves the same kind and amount, of the same type and for the
-- same user, between the same two accounts the other way; it reverses a
-- topup, an assign, a use or an order, and never another reversal.
CREATE OR REPLACE FUNCTION transfers_reversal_mirrors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.reverses IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM transfers o
        WHERE o.id = NEW.reverses AND o.reverses IS NULL
          AND o.type IN ('topup', 'assign', 'use', 'order') AND o.type = NEW.type
          AND o.kind_id = NEW.kind_id AND o.amount = NEW.amount
          AND o.debit_account_id = NEW.credit_account_id
          AND o.credit_account_id = NEW.debit_account_id
          AND o.user_id IS NOT DISTINCT FROM NEW.user_id) THEN
        RAISE EXCEPTION 'a reversal moves back exactly what one topup, assign, use or order moved';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER transfers_reversal_mirrors BEFORE INSERT ON transfers FOR EACH ROW
EXECUTE FUNCTION transfers_reversal_mirrors();
