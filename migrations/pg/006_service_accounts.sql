-- Server schema version 6: service accounts, users that are not people (the
-- file's schema version 5 says what they may do). A person always has a
-- password and an email; a service account has no password and may have no
-- email.
ALTER TABLE users ADD COLUMN service BIGINT NOT NULL DEFAULT 0 CHECK (service IN (0, 1));
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE users ADD CONSTRAINT users_person_has_email CHECK (service = 1 OR email IS NOT NULL);
ALTER TABLE users ADD CONSTRAINT users_person_has_password
    CHECK ((service = 1) = (password_hash IS NULL));
ALTER TABLE users ADD CONSTRAINT users_service_shares_nothing
    CHECK (service = 0 OR credit_owner_id IS NULL);

-- What a user is never changes.
CREATE TRIGGER users_service_fixed BEFORE UPDATE OF service ON users FOR EACH ROW
WHEN (OLD.service <> NEW.service)
EXECUTE FUNCTION tally_refuse('a user stays a person or a service account');

-- A service account is nobody's credit owner, and holds no credits.
CREATE FUNCTION users_owner_is_a_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.credit_owner_id IS NOT NULL
       AND (SELECT service FROM users WHERE id = NEW.credit_owner_id) = 1 THEN
        RAISE EXCEPTION 'a service account takes no part in credit sharing';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER users_owner_is_a_person BEFORE UPDATE OF credit_owner_id ON users FOR EACH ROW
EXECUTE FUNCTION users_owner_is_a_person();

CREATE FUNCTION accounts_of_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.user_id IS NOT NULL
       AND (SELECT service FROM users WHERE id = NEW.user_id) = 1 THEN
        RAISE EXCEPTION 'a service account holds no credits';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER accounts_of_people BEFORE INSERT ON accounts FOR EACH ROW
EXECUTE FUNCTION accounts_of_people();
