-- tally schema, version 7: reversals. A mistake in the ledger is undone by a
-- new transfer that moves back what the first one moved; the first one never
-- changes. `reverses` names the transfer a reversal undoes.
--
-- The column holds no REFERENCES clause: SQLite adds none to an existing
-- table, and the trigger below checks more than a foreign key would.
ALTER TABLE transfers ADD COLUMN reverses INTEGER;

-- A transfer is reversed at most once.
CREATE UNIQUE INDEX transfers_reversed_once ON transfers(reverses) WHERE reverses IS NOT NULL;

-- A reversal moves the same kind and amount, of the same type and for the
-- same user, between the same two accounts the other way; it reverses a
-- topup, an assign, a use or an order, and never another reversal.
CREATE TRIGGER transfers_reversal_mirrors BEFORE INSERT ON transfers
WHEN NEW.reverses IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM transfers o
    WHERE o.id = NEW.reverses AND o.reverses IS NULL
      AND o.type IN ('topup', 'assign', 'use', 'order') AND o.type = NEW.type
      AND o.kind_id = NEW.kind_id AND o.amount = NEW.amount
      AND o.debit_account_id = NEW.credit_account_id
      AND o.credit_account_id = NEW.debit_account_id
      AND o.user_id IS NEW.user_id)
BEGIN SELECT RAISE(ABORT, 'a reversal moves back exactly what one topup, assign, use or order moved'); END;
