-- Posts at risk as an indicator (issue 14, "projection and bench strength"; ADR 15 points 3 and 7):
-- the planning module's read model planning_posts_at_risk_on and the built-in indicator
-- POSTS_AT_RISK of the indicators module, computed from it (criterion kind POST_AT_RISK).

-- planning_retirement_date(birth, sex, early years): the NĐ 135/2020 retirement date as
-- vn.cbcs.standards.RetirementAge.of(birth, sex, earlyYears) gives it (Labour Code 2019 Art.
-- 169(2),(3); NĐ 135/2020 Art. 4 and 7: men 60y3m in 2021 + 3 months a year to 62, women 55y4m in
-- 2021 + 4 months a year to 60, 60/55 before 2021, the age of the year it is reached, up to 5 years
-- earlier for service in extremely difficult areas; the last day of the month). The planning bench
-- uses the Java rule; PlanningPostsAtRiskTest pins both to the same dates.
CREATE FUNCTION planning_retirement_date(p_birth date, p_sex varchar, p_early int)
    RETURNS date LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    y       int;
    months  int;
    early   int := coalesce(p_early, 0);
    reached date;
BEGIN
    IF p_birth IS NULL OR p_sex IS NULL THEN
        RETURN NULL;
    END IF;
    y := extract(year FROM p_birth)::int + CASE WHEN p_sex = 'MALE' THEN 60 ELSE 55 END - early;
    LOOP
        IF p_sex = 'MALE' THEN
            months := 720 + CASE WHEN y < 2021 THEN 0 ELSE least(24, 3 * (y - 2020)) END;
        ELSE
            months := 660 + CASE WHEN y < 2021 THEN 0 ELSE least(60, 4 * (y - 2020)) END;
        END IF;
        reached := (p_birth + make_interval(months => months - 12 * early))::date;
        IF extract(year FROM reached)::int <= y THEN
            RETURN (date_trunc('month', reached) + interval '1 month' - interval '1 day')::date;
        END IF;
        y := y + 1;
    END LOOP;
END $$;

-- planning_posts_at_risk_on(as_of, months, units): one row per holder of a leadership post with a
-- planning level (planning_post_level) who leaves it within `months` months of as_of (null: the
-- row bench_risk_months of the regime in force, 24 — a display setting, not law) — the earlier of
-- the term end (an elected post: its body's TERM row of standards; an appointed one: 5 years from
-- its start, NĐ 170/2025 Art. 29) and the NĐ 135/2020 retirement date — while no candidate planned
-- for that post of that unit on as_of is eligible now. Eligible now (the bench's READY): not
-- already holding a post of the same or a higher planning level (QĐ 377 Điều 19 khoản 3); the age
-- rule on the later of the plan's reference date and as_of (Điều 25 khoản 2: 60 / 120 months);
-- the political-theory level the post required when the candidate was added (Điều 25 khoản 1); no
-- discipline in force (Điều 29); no final KHTNV rating (state or Party) in the last rating_years
-- years (reading [L]). The counts per post and per person are checked when a candidate is added
-- and are not repeated here. Columns: unit_code, position_code, person_id (the holder), leaves_on,
-- why (RETIREMENT or TERM_END), planned (candidates for the post on as_of), after_training (of
-- them, those only missing the political-theory level). units: the communes to look at (null:
-- all).
CREATE FUNCTION planning_posts_at_risk_on(as_of date, p_months int DEFAULT NULL,
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
               max(value) FILTER (WHERE rule_key = 'rating_years')::int AS rating_years
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
               AND (extract(year FROM planning_retirement_date(f.birth_date, f.sex, f.early_retirement_years))::int * 12
                    + extract(month FROM planning_retirement_date(f.birth_date, f.sex, f.early_retirement_years))::int)
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

-- The built-in indicator: the leaders (people holding a leadership post on the date) whose post is
-- at risk. Lower is better; drill-down gives each holder with the post, the day and the reason.
INSERT INTO indicator (code, built_in, sort_order) VALUES ('POSTS_AT_RISK', true, 140);

INSERT INTO indicator_version (code, version, name_vi, name_en, definition_vi, definition_en, subject,
                               leaders_only, criteria, source, created_by) VALUES
 ('POSTS_AT_RISK', 1, 'Chức vụ lãnh đạo có nguy cơ thiếu người kế cận',
  'Leadership posts at risk (no eligible successor)',
  'Tỷ lệ người giữ chức vụ lãnh đạo cấp xã tại ngày báo cáo sẽ rời chức vụ (hết nhiệm kỳ hoặc nghỉ hưu theo NĐ 135/2020) trong số tháng cấu hình (bench_risk_months, 24) mà chưa có người trong quy hoạch đủ điều kiện ngay cho chức vụ đó. Càng thấp càng tốt.',
  'Share of commune leadership post holders on the date who leave the post (term end or NĐ 135/2020 retirement) within the configured months (bench_risk_months, 24) while nobody planned for the post is eligible now. Lower is better.',
  'PEOPLE', true, '[{"kind": "POST_AT_RISK"}]',
  'QĐ 377-QĐ/TW Điều 19, 25, 26, 29; HD 45-HD/BTCTW; NĐ 135/2020/NĐ-CP (số tháng: cấu hình)', 'system');
