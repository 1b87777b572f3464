-- Server schema version 13: `verify` reads the answers kept with
-- idempotency keys. Text that is not JSON, or a field that is not a whole
-- number, reads as NULL here, as SQLite's json_valid() and json_extract()
-- let it: one key's bad answer is named like any other, instead of failing
-- the whole query.
CREATE OR REPLACE FUNCTION tally_jsonb(doc text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN doc::jsonb;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION tally_bigint(v text) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN v::bigint;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;
