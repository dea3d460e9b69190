-- SQL API of the qualifications module: the highest rank of each track one person holds on a date.
-- A plain SQL function, so the planner inlines it into a LATERAL join and uses the person index.
CREATE FUNCTION qualifications_ranks_of(p_person_id bigint, as_of date)
    RETURNS TABLE (track varchar, rank smallint)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT q.track, max(l.rank)::smallint
      FROM qualification q JOIN qualification_level l USING (track, level)
     WHERE q.person_id = p_person_id AND q.superseded_at IS NULL AND q.verification <> 'REJECTED'
       AND q.awarded_on <= as_of
     GROUP BY q.track
$$;
