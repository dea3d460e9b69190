-- Authorization decided in the services (issue 11): whether an officer may change a person's
-- record depends on where the person works now, and a record created without a post yet belongs
-- to whoever created it. SQL API functions of the positions and people modules.

-- positions: the communes of the posts a person holds on a date; with none in force then, the
-- commune of their latest post (the last one held, or the next one to begin)
CREATE FUNCTION positions_current_units_of(p_person_id bigint, as_of date)
    RETURNS TABLE (unit_code varchar)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH posts AS (
        SELECT a.unit_code, a.valid_from, a.valid_to FROM assignment a
         WHERE a.person_id = p_person_id AND a.superseded_at IS NULL
    ), current_posts AS (
        SELECT DISTINCT p.unit_code FROM posts p
         WHERE p.valid_from <= as_of AND (p.valid_to IS NULL OR p.valid_to >= as_of)
    )
    SELECT c.unit_code FROM current_posts c
    UNION ALL
    SELECT l.unit_code FROM (
        SELECT p.unit_code FROM posts p
         ORDER BY coalesce(p.valid_to, 'infinity'::date) DESC, p.valid_from DESC LIMIT 1
    ) l
     WHERE NOT EXISTS (SELECT 1 FROM current_posts)
$$;

-- people: who created a record
CREATE FUNCTION people_created_by(p_person_id bigint)
    RETURNS varchar LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT p.created_by FROM person p WHERE p.id = p_person_id
$$;
