-- The generation of what indicators are computed from (issue 18): a number that grows whenever a
-- transaction that wrote to any table feeding indicators commits — people, posts, qualifications,
-- units and their attributes, rules, allocations, ratings, indicator definitions… The indicators
-- module caches computed values under it (ValueCache) and reads it once per request: a write by any
-- path (page, API, import, demo generator, psql, another instance of CBCS) changes it, without the
-- writer having to remember anything.
--
-- It is the sum of the rows' counters. A writing transaction bumps one row, once (a transaction-local
-- setting remembers it), at its first write: it takes the first row no one else holds (SKIP LOCKED),
-- or adds a row when all are held, so writers never wait for each other here. The bump is
-- transactional: readers see the new sum exactly when they can see the write, so a value computed
-- after reading the sum is never older than the sum says. Rows are never deleted, so the sum only grows.
CREATE TABLE indicator_input_generation (
    slot serial PRIMARY KEY,
    gen  bigint NOT NULL DEFAULT 0
);
INSERT INTO indicator_input_generation (gen) SELECT 0 FROM generate_series(1, 16);

CREATE FUNCTION indicator_inputs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s integer;
BEGIN
    IF current_setting('cbcs.indicator_inputs_changed', true) = 'y' THEN
        RETURN NULL;
    END IF;
    SELECT slot INTO s FROM indicator_input_generation LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF s IS NULL THEN
        INSERT INTO indicator_input_generation (gen) VALUES (1);
    ELSE
        UPDATE indicator_input_generation SET gen = gen + 1 WHERE slot = s;
    END IF;
    PERFORM set_config('cbcs.indicator_inputs_changed', 'y', true);
    RETURN NULL;
END $$;

-- Every table that feeds indicators is watched; a migration that adds such a table calls
-- SELECT indicator_inputs_watch('new_table'); (IndicatorInputsWatchedTest lists the tables left out
-- on purpose and fails for any other table without the trigger).
CREATE FUNCTION indicator_inputs_watch(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER indicator_inputs_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE'
                   ' ON %s FOR EACH STATEMENT EXECUTE FUNCTION indicator_inputs_changed()', t);
END $$;

-- Every table of the schema, except those that never feed a figure and are written on reads,
-- sign-ins or by the import's own bookkeeping (watching them would empty the cache at every page
-- view): the audit log, sessions, users and tokens, import runs and their row reports, photos and
-- attached files, and this table.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.oid::regclass AS name
          FROM pg_class c
         WHERE c.relnamespace = current_schema()::regnamespace
           AND c.relkind IN ('r', 'p')
           AND NOT c.relispartition
           AND c.relname NOT IN ('audit_checkpoint', 'audit_log', 'audit_seal', 'audit_txn',
                                 'spring_session', 'spring_session_attributes', 'login_failure',
                                 'app_token', 'app_user', 'app_user_person', 'app_user_role',
                                 'app_user_scope', 'excel_import', 'excel_import_row',
                                 'person_photo', 'person_attachment', 'indicator_input_generation')
           AND c.relname NOT LIKE 'flyway%'
    LOOP
        PERFORM indicator_inputs_watch(t.name);
    END LOOP;
END $$;
