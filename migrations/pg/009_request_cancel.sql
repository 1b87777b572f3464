-- Server schema version 9: a purchase request can be cancelled (the file's
-- schema version 8 says how). Written so that running it again changes
-- nothing.
ALTER TABLE purchase_requests ADD COLUMN IF NOT EXISTS cancelled_at TEXT;
ALTER TABLE purchase_requests DROP CONSTRAINT IF EXISTS purchase_requests_status_check;
ALTER TABLE purchase_requests DROP CONSTRAINT IF EXISTS purchase_requests_cancelled_at;
ALTER TABLE purchase_requests ADD CONSTRAINT purchase_requests_status_check
    CHECK (status IN ('open', 'fulfilled', 'cancelled'));
ALTER TABLE purchase_requests ADD CONSTRAINT purchase_requests_cancelled_at
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL));

-- A fulfilled or cancelled request is never changed again.
CREATE OR REPLACE TRIGGER purchase_requests_closed_stay_closed BEFORE UPDATE ON purchase_requests
FOR EACH ROW WHEN (OLD.status <> 'open')
EXECUTE FUNCTION tally_refuse('a fulfilled or cancelled purchase request stays so');
