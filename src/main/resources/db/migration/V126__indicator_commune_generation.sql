-- Issue 18, ADR 24: an indicator's figures kept per commune and date, so that the whole country
-- after a write recounts the communes the write touched instead of every commune. The figures
-- counted in SQL from people's own records (qualifications, age, sex, ethnic group, Party
-- membership, ratings: indicators.internal.KeptFigures.keepable) read only person, assignment,
-- qualification and evaluation — which belong to communes through the person's posts — and the
-- map (unit) and two catalogues (qualification_level, position). So two generations key them:
--
--  * indicator_commune_generation: per commune, bumped by a transaction that writes posts in it,
--    or the record, qualifications or ratings of someone holding a post in it (at any date);
--  * indicator_map_generation: bumped by any write to unit, qualification_level or position, and by
--    TRUNCATE of the three people's tables (no rows to say which communes).
--
-- Both are sums of counters that only grow, bumped inside the writing transaction, so a reader sees
-- a new sum exactly when it can see the write (the argument of V101). Writers never wait for each
-- other here: a bump takes a row of the commune no one else holds (SKIP LOCKED) or adds one.
-- IndicatorKeptFiguresTest checks that the keepable counts read no other table (their plans'
-- relations) and that each kind of write shows up in the next figure.

CREATE TABLE indicator_commune_generation (
    commune_code varchar(20) NOT NULL,
    slot         bigserial   NOT NULL,
    gen          bigint      NOT NULL DEFAULT 1,
    PRIMARY KEY (commune_code, slot)
);

CREATE TABLE indicator_map_generation (
    slot serial PRIMARY KEY,
    gen  bigint NOT NULL DEFAULT 0
);
INSERT INTO indicator_map_generation (gen) SELECT 0 FROM generate_series(1, 16);

-- Bumps each commune once per transaction: the first of its rows that no other transaction holds
-- (this transaction's own rows are not skipped by SKIP LOCKED). A commune whose row this
-- transaction has already written (its xmin is this top-level transaction's id) is left alone:
-- an import bumps each of its communes once, not once per statement. A bump made inside a
-- subtransaction carries the subtransaction's id, so a later statement bumps again: rolled back
-- with the subtransaction or not, the commune stays bumped.
CREATE FUNCTION indicator_communes_changed(codes text[]) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    c text;
    s bigint;
    me xid := pg_current_xact_id()::xid;
BEGIN
    IF codes IS NULL OR cardinality(codes) = 0 THEN
        RETURN;
    END IF;
    FOR c IN SELECT DISTINCT x FROM unnest(codes) x
              WHERE x IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM indicator_commune_generation g
                                 WHERE g.commune_code = x AND g.xmin = me)
              ORDER BY 1 LOOP
        SELECT slot INTO s FROM indicator_commune_generation
         WHERE commune_code = c LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF s IS NULL THEN
            INSERT INTO indicator_commune_generation (commune_code) VALUES (c);
        ELSE
            UPDATE indicator_commune_generation SET gen = gen + 1
             WHERE commune_code = c AND slot = s;
        END IF;
    END LOOP;
END $$;

-- The communes of these people's posts at any date (superseded ones left out, as the indicators'
-- population leaves them out), read after locking the people's rows: a transaction adding or
-- moving one of their posts locks them too (person_reach, V123), so whichever comes second sees
-- the other's posts — a qualification written while a post is added in another commune bumps
-- that commune as well. With skip_own, a person whose row this transaction wrote (created or
-- changed: its xmin is this top-level transaction's id) is skipped: the row is locked by this
-- transaction until it ends, a new person's posts were all added in it (each bumping its commune),
-- and a changed person's communes were bumped by the change (the person trigger does not skip).
CREATE FUNCTION indicator_people_changed(p_ids bigint[], skip_own boolean) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    others bigint[];
BEGIN
    IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN
        RETURN;
    END IF;
    others := ARRAY(SELECT id FROM person
                     WHERE id = ANY(p_ids)
                       AND NOT (skip_own AND xmin = pg_current_xact_id()::xid) ORDER BY id);
    IF cardinality(others) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM person WHERE id = ANY(others) ORDER BY id FOR NO KEY UPDATE;
    PERFORM indicator_communes_changed(ARRAY(
        SELECT DISTINCT a.unit_code::text FROM assignment a
         WHERE a.person_id = ANY(others) AND a.superseded_at IS NULL));
END $$;

CREATE FUNCTION indicator_map_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s integer;
BEGIN
    IF current_setting('cbcs.indicator_map_changed', true) = 'y' THEN
        RETURN NULL;
    END IF;
    SELECT slot INTO s FROM indicator_map_generation LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF s IS NULL THEN
        INSERT INTO indicator_map_generation (gen) VALUES (1);
    ELSE
        UPDATE indicator_map_generation SET gen = gen + 1 WHERE slot = s;
    END IF;
    PERFORM set_config('cbcs.indicator_map_changed', 'y', true);
    RETURN NULL;
END $$;

CREATE TRIGGER indicator_map_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_map_changed();
CREATE TRIGGER indicator_map_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON qualification_level FOR EACH STATEMENT EXECUTE FUNCTION indicator_map_changed();
CREATE TRIGGER indicator_map_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON position
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_map_changed();
CREATE TRIGGER indicator_map_truncated AFTER TRUNCATE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_map_changed();
CREATE TRIGGER indicator_map_truncated AFTER TRUNCATE ON assignment
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_map_changed();
CREATE TRIGGER indicator_map_truncated AFTER TRUNCATE ON qualification
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_map_changed();
CREATE TRIGGER indicator_map_truncated AFTER TRUNCATE ON evaluation
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_map_changed();

-- Posts: the communes before and after, directly (the people are locked by person_reach's own
-- triggers when the set of their communes changes).
CREATE FUNCTION indicator_communes_on_assignment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM indicator_communes_changed(ARRAY(SELECT DISTINCT unit_code::text FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM indicator_communes_changed(ARRAY(SELECT DISTINCT unit_code::text FROM old_rows));
    ELSE
        PERFORM indicator_communes_changed(ARRAY(
            SELECT unit_code::text FROM new_rows UNION SELECT unit_code::text FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

-- Statement triggers for inserts, updates and deletes of a table, with their transition tables
-- (new_rows, old_rows), calling the given function: a migration that adds a table of people's
-- facts read by a kept indicator calls SELECT indicator_communes_watch('t', 'indicator_communes_of_people');
CREATE FUNCTION indicator_communes_watch(t regclass, fn text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER indicator_communes_insert AFTER INSERT ON %s'
                   ' REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, fn);
    EXECUTE format('CREATE TRIGGER indicator_communes_update AFTER UPDATE ON %s'
                   ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, fn);
    EXECUTE format('CREATE TRIGGER indicator_communes_delete AFTER DELETE ON %s'
                   ' REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, fn);
END $$;

SELECT indicator_communes_watch('assignment', 'indicator_communes_on_assignment');

-- Qualifications and ratings: their people's communes (before and after, for a row moved to
-- another person).
CREATE FUNCTION indicator_communes_of_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM indicator_people_changed(
            ARRAY(SELECT DISTINCT person_id FROM new_rows ORDER BY 1), true);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM indicator_people_changed(
            ARRAY(SELECT DISTINCT person_id FROM old_rows ORDER BY 1), true);
    ELSE
        PERFORM indicator_people_changed(ARRAY(
            SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows ORDER BY 1), true);
    END IF;
    RETURN NULL;
END $$;

SELECT indicator_communes_watch('qualification', 'indicator_communes_of_people');
SELECT indicator_communes_watch('evaluation', 'indicator_communes_of_people');

-- People: a changed record's communes (a new record holds no post yet; a deleted one's posts go
-- first, through assignment's trigger).
CREATE FUNCTION indicator_communes_on_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM indicator_people_changed(ARRAY(SELECT id FROM new_rows ORDER BY 1), false);
    RETURN NULL;
END $$;

CREATE TRIGGER indicator_communes_update AFTER UPDATE ON person
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_communes_on_person();
