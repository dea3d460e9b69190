-- Succession planning, fifth session (issue 14): the read model planning_posts_at_risk_on (V102;
-- the indicator POSTS_AT_RISK) computes the age of a woman planned as entitled to retire at 60 (HD
-- 45-HD/BTCTW mục II.5.2, third indent; column planning_candidate.woman_at_60 of V116) with 60 —
-- the end of the month she turns women_planning_age_years —, as the bench and the review do
-- (PlanningAge). Columns and everything else unchanged (PlanningPostsAtRiskTest pins them).

CREATE OR REPLACE FUNCTION planning_posts_at_risk_on(as_of date, p_months int DEFAULT NULL,
                                          p_units varchar[] DEFAULT NULL)
    RETURNS TABLE (unit_code varchar, position_code varchar, person_id bigint, leaves_on date,
                   why varchar, planned int, after_training int)
    LANGUAGE sql STABLE AS $$
    WITH regime AS (
        SELECT r.code FROM planning_regime r
         WHERE (r.valid_from IS NULL OR r.valid_from <= as_of)
           AND (r.valid_to IS NULL OR r.valid_to >= as_of)
         ORDER BY r.valid_from DESC NULLS LAST LIMIT 1
    ), rule AS (
        SELECT max(value) FILTER (WHERE rule_key = 'bench_risk_months')::int AS risk_months,
               max(value) FILTER (WHERE rule_key = 'age_months_target_1')::int AS age1,
               max(value) FILTER (WHERE rule_key = 'age_months_target_2')::int AS age2,
               max(value) FILTER (WHERE rule_key = 'rating_years')::int AS rating_years,
               max(value) FILTER (WHERE rule_key = 'women_planning_age_years')::int AS women_age
          FROM planning_rule WHERE regime_code = (SELECT code FROM regime)
    ), holders AS (
        SELECT t.unit_code, t.position_code, t.person_id,
               CASE t.start_kind
                   WHEN 'ELECTION' THEN
                       (SELECT min(s.valid_to) FROM standard_rule s
                         WHERE s.kind = 'TERM' AND s.superseded_at IS NULL AND s.deadline IS NOT NULL
                           AND s.subject = 'group:' || p.position_group
                           AND (s.valid_from IS NULL OR s.valid_from <= as_of)
                           AND (s.valid_to IS NULL OR s.valid_to >= as_of))
                   WHEN 'APPOINTMENT' THEN (t.valid_from + interval '5 years' - interval '1 day')::date
               END AS term_end,
               planning_retirement_date(f.birth_date, f.sex, f.early_retirement_years) AS retirement
          FROM positions_terms_on(as_of) t
          JOIN planning_post_level l ON l.position_code = t.position_code
          JOIN position p ON p.code = t.position_code AND p.leadership
                         AND (p.valid_from IS NULL OR p.valid_from <= as_of)
                         AND (p.valid_to IS NULL OR p.valid_to >= as_of)
          JOIN planning_person_facts f ON f.person_id = t.person_id
         WHERE p_units IS NULL OR t.unit_code = ANY (p_units)
    ), soon AS (
        SELECT h.unit_code, h.position_code, h.person_id,
               CASE WHEN h.term_end IS NOT NULL AND (h.retirement IS NULL OR h.term_end < h.retirement)
                    THEN h.term_end ELSE h.retirement END AS leaves_on,
               CASE WHEN h.term_end IS NOT NULL AND (h.retirement IS NULL OR h.term_end < h.retirement)
                    THEN 'TERM_END' ELSE 'RETIREMENT' END AS why
          FROM holders h
    ), due AS (
        SELECT s.* FROM soon s, rule
         WHERE s.leaves_on IS NOT NULL
           AND s.leaves_on <= (as_of + make_interval(months => coalesce(p_months, rule.risk_months)))::date
    ), candidates AS (
        SELECT c.unit_code, c.position_code, c.person_id,
               (c.required_llct_rank IS NULL OR coalesce(
                   (SELECT q.rank FROM qualifications_ranks_of(c.person_id, as_of) q
                     WHERE q.track = 'POLITICAL_THEORY'), -1) >= c.required_llct_rank) AS has_llct,
               NOT EXISTS (
                   SELECT 1 FROM positions_assignments_on(as_of) a
                     JOIN planning_post_level hl ON hl.position_code = a.position_code
                    WHERE a.person_id = c.person_id AND hl.level <= tl.level)
               AND (extract(year FROM cr.retirement)::int * 12 + extract(month FROM cr.retirement)::int)
                 - (extract(year FROM greatest(pl.reference_date, as_of))::int * 12
                    + extract(month FROM greatest(pl.reference_date, as_of))::int)
                 >= CASE c.target WHEN 1 THEN rule.age1 ELSE rule.age2 END
               AND NOT EXISTS (
                   SELECT 1 FROM people_disciplines_decided(c.person_id, DATE '1900-01-01', as_of) d
                    WHERE d.effective_from <= as_of AND d.effective_to >= as_of)
               AND NOT EXISTS (
                   SELECT 1 FROM generate_series(extract(year FROM as_of)::int - rule.rating_years,
                                                 extract(year FROM as_of)::int - 1) y,
                                 unnest(ARRAY['STATE', 'PARTY']::varchar[]) sys,
                                 evaluation_rating_of(c.person_id, y, sys) e
                    WHERE e.level = 'KHTNV') AS otherwise_ok
          FROM planning_candidates_on(as_of) c
          JOIN planning_plan pl ON pl.id = c.plan_id
          JOIN planning_post_level tl ON tl.position_code = c.position_code
          JOIN planning_person_facts f ON f.person_id = c.person_id
          CROSS JOIN rule
          -- a woman planned as entitled to retire at 60 (HD 45 mục II.5.2): the end of the month
          -- she turns women_planning_age_years, as PlanningAge computes it
          CROSS JOIN LATERAL (
              SELECT CASE WHEN f.sex = 'FEMALE' AND EXISTS (
                              SELECT 1 FROM planning_candidate pc
                               WHERE pc.plan_id = c.plan_id AND pc.person_id = c.person_id
                                 AND pc.target_post = c.position_code AND pc.woman_at_60
                                 AND pc.added_on <= as_of
                                 AND (pc.removed_on IS NULL OR pc.removed_on > as_of))
                          THEN (date_trunc('month', f.birth_date + make_interval(years => rule.women_age))
                                + interval '1 month' - interval '1 day')::date
                          ELSE planning_retirement_date(f.birth_date, f.sex, f.early_retirement_years)
                     END AS retirement) cr
         WHERE EXISTS (SELECT 1 FROM due WHERE due.unit_code = c.unit_code
                                           AND due.position_code = c.position_code)
    ), per_post AS (
        SELECT c.unit_code, c.position_code, count(DISTINCT c.person_id)::int AS planned,
               count(DISTINCT c.person_id) FILTER (WHERE c.otherwise_ok AND NOT c.has_llct)::int AS after_training,
               count(DISTINCT c.person_id) FILTER (WHERE c.otherwise_ok AND c.has_llct)::int AS ready
          FROM candidates c GROUP BY c.unit_code, c.position_code
    )
    SELECT d.unit_code::varchar, d.position_code::varchar, d.person_id, d.leaves_on, d.why::varchar,
           coalesce(pp.planned, 0), coalesce(pp.after_training, 0)
      FROM due d
      LEFT JOIN per_post pp ON pp.unit_code = d.unit_code AND pp.position_code = d.position_code
     WHERE coalesce(pp.ready, 0) = 0
     ORDER BY d.unit_code, d.position_code, d.person_id
$$;
