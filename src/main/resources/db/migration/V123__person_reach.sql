-- Issue 18: an officer's search among millions of records. Who a restricted officer may read
-- among everyone on record (Visibility, ADR 11) is: people with a post, at any date, in a commune
-- of their ground ever; people they created and posted nowhere; themself. Checked person by
-- person, a short name ('dang': 72,000 of 2.5 million) costs 20,000 checks of a person's posts to
-- find the 1,000 of a province (300 ms). This read model holds the same rule as rows that an index
-- can intersect with the name: one row per person and key by which a ground reaches them — each
-- commune they held a post in (superseded posts left out, like positions_units_of), or, while
-- they hold none, 'by:' and the account that created them — with the person's search key beside
-- it, so that the name's trigrams and the ground's keys meet as two bitmaps of one table (35 ms).
--
-- Kept by triggers, whatever writes the posts or the people (form, API, import, generator, psql):
-- new records and new posts add their keys; any other change recomputes the rows of the people it
-- touched. Both lock those people's rows first, so two transactions changing one person's posts
-- take turns, each seeing what the other committed. Derived, like search_key: not audited and not
-- watched for indicators (person and assignment are). PersonReachTest compares it with the rule
-- computed from the posts after every kind of write.
CREATE TABLE person_reach (
    person_id  bigint NOT NULL REFERENCES person ON DELETE CASCADE,
    key        text   NOT NULL,
    search_key text,
    PRIMARY KEY (person_id, key)
);

-- The rows of these people, recomputed from their posts (positions' SQL API) and record.
CREATE FUNCTION person_reach_refresh(p_ids bigint[]) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM person WHERE id = ANY(p_ids) ORDER BY id FOR NO KEY UPDATE;
    DELETE FROM person_reach WHERE person_id = ANY(p_ids);
    INSERT INTO person_reach (person_id, key, search_key)
    SELECT p.id, k.key, p.search_key
      FROM person p
     CROSS JOIN LATERAL (
           SELECT u.unit_code::text AS key FROM positions_units_of(p.id) u
           UNION ALL
           SELECT 'by:' || p.created_by WHERE NOT EXISTS (SELECT 1 FROM positions_units_of(p.id))) k
     WHERE p.id = ANY(p_ids);
END $$;

-- New posts only add keys: their communes, and the end of "posted nowhere". The people are locked
-- first all the same, so that a transaction recomputing one of them (a post superseded or deleted)
-- waits for this one, or this one for it, and each sees what the other committed.
CREATE FUNCTION person_reach_add_posts(p_ids bigint[]) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM person WHERE id = ANY(p_ids) ORDER BY id FOR NO KEY UPDATE;
    DELETE FROM person_reach WHERE person_id = ANY(p_ids) AND key LIKE 'by:%';
END $$;

CREATE FUNCTION person_reach_on_assignment() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM person_reach_add_posts(ARRAY(SELECT DISTINCT person_id FROM new_rows
                                              WHERE superseded_at IS NULL ORDER BY 1));
        INSERT INTO person_reach (person_id, key, search_key)
        SELECT n.person_id, n.unit_code, p.search_key
          FROM (SELECT DISTINCT person_id, unit_code::text AS unit_code FROM new_rows
                 WHERE superseded_at IS NULL) n
          JOIN person p ON p.id = n.person_id
        ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM person_reach_refresh(ARRAY(SELECT DISTINCT person_id FROM old_rows));
    ELSE
        -- a post moved to another person recomputes both
        PERFORM person_reach_refresh(ARRAY(
            SELECT DISTINCT x.id
              FROM new_rows n JOIN old_rows o ON o.id = n.id
             CROSS JOIN LATERAL unnest(ARRAY[n.person_id, o.person_id]) x(id)
             WHERE n.person_id <> o.person_id OR n.unit_code <> o.unit_code
                OR (n.superseded_at IS NULL) <> (o.superseded_at IS NULL)
             ORDER BY 1));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER person_reach_insert AFTER INSERT ON assignment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION person_reach_on_assignment();
CREATE TRIGGER person_reach_update AFTER UPDATE ON assignment
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION person_reach_on_assignment();
CREATE TRIGGER person_reach_delete AFTER DELETE ON assignment REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION person_reach_on_assignment();

-- A new record holds no post yet (a post needs its person committed or in the same transaction):
-- its creator reaches it, nothing to lock or recompute.
CREATE FUNCTION person_reach_on_person() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO person_reach (person_id, key, search_key)
        SELECT id, 'by:' || created_by, search_key FROM new_rows;
    ELSE
        PERFORM person_reach_refresh(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.search_key IS DISTINCT FROM o.search_key OR n.created_by <> o.created_by));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER person_reach_insert AFTER INSERT ON person REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION person_reach_on_person();
CREATE TRIGGER person_reach_update AFTER UPDATE ON person
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION person_reach_on_person();

-- What is on record today: the rule of person_reach_refresh, set-based (one statement for millions
-- of people rather than one array of their ids and a lock on each).
INSERT INTO person_reach (person_id, key, search_key)
SELECT a.person_id, a.unit_code, p.search_key
  FROM (SELECT DISTINCT person_id, unit_code::text AS unit_code FROM assignment
         WHERE superseded_at IS NULL) a
  JOIN person p ON p.id = a.person_id;
INSERT INTO person_reach (person_id, key, search_key)
SELECT p.id, 'by:' || p.created_by, p.search_key
  FROM person p
 WHERE NOT EXISTS (SELECT 1 FROM assignment a WHERE a.person_id = p.id AND a.superseded_at IS NULL);

CREATE INDEX person_reach_key_idx ON person_reach (key);
CREATE INDEX person_reach_search_idx ON person_reach USING gin (search_key gin_trgm_ops);
ANALYZE person_reach;
