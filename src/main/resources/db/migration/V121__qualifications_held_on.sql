-- SQL API of the qualifications module (issue 18): every qualification held on a date with its
-- rank, one row per qualification — the set-based twin of qualifications_ranks_of (V13), for
-- counting indicators over many people at once (indicators.internal.SqlCounts): the caller
-- restricts it to its people with a join and takes the highest rank per track itself. A plain SQL
-- function, so the planner inlines it and chooses between the person index and a hash join.
CREATE FUNCTION qualifications_held_on(as_of date)
    RETURNS TABLE (person_id bigint, track varchar, rank smallint)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT q.person_id, q.track, l.rank::smallint
      FROM qualification q JOIN qualification_level l USING (track, level)
     WHERE q.superseded_at IS NULL AND q.verification <> 'REJECTED' AND q.awarded_on <= as_of
$$;
