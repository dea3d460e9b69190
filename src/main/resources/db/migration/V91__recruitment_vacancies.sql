-- Recruitment (issue 16, ADR 15 point 3): the read model of vacancies per post of a commune.
--
-- recruitment_retirement_date(birth, sex): the statutory retirement date under normal conditions,
-- the same rule as vn.cbcs.standards.RetirementAge (Labour Code 2019 Art. 169(2), NĐ 135/2020 Art.
-- 4 and 7: men 60y3m in 2021 + 3 months a year to 62; women 55y4m in 2021 + 4 months a year to 60;
-- 60/55 before 2021; the age of the year it is reached; the last day of that month). A test pins
-- it to the Java rule for every birth month of 1955–1975.
CREATE FUNCTION recruitment_retirement_date(p_birth date, p_sex varchar) RETURNS date
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    y       int;
    months  int;
    reached date;
BEGIN
    IF p_birth IS NULL OR p_sex IS NULL THEN
        RETURN NULL;
    END IF;
    y := extract(year FROM p_birth)::int + CASE WHEN p_sex = 'MALE' THEN 60 ELSE 55 END;
    LOOP
        IF p_sex = 'MALE' THEN
            months := 720 + CASE WHEN y < 2021 THEN 0 ELSE least(24, 3 * (y - 2020)) END;
        ELSE
            months := 660 + CASE WHEN y < 2021 THEN 0 ELSE least(60, 4 * (y - 2020)) END;
        END IF;
        reached := (p_birth + make_interval(months => months))::date;
        IF extract(year FROM reached)::int <= y THEN
            RETURN (date_trunc('month', reached) + interval '1 month' - interval '1 day')::date;
        END IF;
        y := y + 1;
    END LOOP;
END $$;

-- recruitment_holders_on(unit, date, months): every post held in the commune on the date, with the
-- dates its holder leaves it by rule and whether each falls in the next `months` months (after
-- the date, up to and including date + months):
--   retirement: statutory retirement (recruitment_retirement_date);
--   term_end: the end of a 5-year appointment (NĐ 170/2025 Điều 28 khoản 1) or of an elected
--     body's term (the TERM rule of standards for the post's group where one is recorded, else 5
--     years from the election, an estimate) — the same dates as vn.cbcs.standards.Alerts;
--   post_end: the last day of a post recorded with an end.
CREATE FUNCTION recruitment_holders_on(p_unit varchar, as_of date, p_months int)
    RETURNS TABLE (person_id bigint, position_code varchar, concurrent boolean, retirement date,
                   term_end date, post_end date, by_retirement boolean, by_term boolean,
                   by_post_end boolean)
    LANGUAGE sql STABLE AS $$
    WITH held AS (
        SELECT a.person_id, a.position_code, a.concurrent, a.valid_to,
               recruitment_retirement_date(f.birth_date, f.sex) AS retirement,
               CASE t.start_kind
                   WHEN 'APPOINTMENT' THEN (a.valid_from + interval '5 years' - interval '1 day')::date
                   WHEN 'ELECTION' THEN coalesce(
                       (SELECT min(r.deadline) FROM standard_rule r JOIN position p ON p.code = a.position_code
                         WHERE r.kind = 'TERM' AND r.superseded_at IS NULL AND r.deadline IS NOT NULL
                           AND r.subject = 'group:' || p.position_group
                           AND (r.valid_from IS NULL OR r.valid_from <= as_of)
                           AND (r.valid_to IS NULL OR r.valid_to >= as_of)
                           AND (p.valid_from IS NULL OR p.valid_from <= as_of)
                           AND (p.valid_to IS NULL OR p.valid_to >= as_of)),
                       (a.valid_from + interval '5 years' - interval '1 day')::date)
               END AS term_end,
               (as_of + make_interval(months => p_months))::date AS horizon
          FROM positions_assignments_on(as_of) a
          JOIN positions_terms_on(as_of) t ON t.assignment_id = a.assignment_id
          JOIN standards_person_facts f ON f.person_id = a.person_id
         WHERE a.unit_code = p_unit
    )
    SELECT h.person_id, h.position_code, h.concurrent, h.retirement, h.term_end, h.valid_to,
           coalesce(h.retirement > as_of AND h.retirement <= h.horizon, false),
           coalesce(h.term_end > as_of AND h.term_end <= h.horizon, false),
           coalesce(h.valid_to >= as_of AND h.valid_to < h.horizon, false)
      FROM held h
$$;

-- recruitment_vacancies_on(unit, date, months): one row per post of the commune on the date — the
-- posts someone holds there and the posts the catalogue fixes seats for in a commune of its type —
-- with the seats the law fixes (null: no fixed number; the headcount ceiling is the commune's
-- allocation, read by vn.cbcs.recruitment.Vacancies from standards), the people holding it
-- (filled) and those leaving in the next `months` months (leaving: for any reason, each person
-- once; then per reason, see recruitment_holders_on).
CREATE FUNCTION recruitment_vacancies_on(p_unit varchar, as_of date, p_months int DEFAULT 6)
    RETURNS TABLE (position_code varchar, seats int, filled bigint, leaving bigint,
                   leaving_retirement bigint, leaving_term bigint, leaving_post_end bigint)
    LANGUAGE sql STABLE AS $$
    WITH unit_on AS (
        SELECT u.code, u.type FROM units_in_force_on(as_of) u WHERE u.code = p_unit
    ), flagged AS (
        SELECT * FROM recruitment_holders_on(p_unit, as_of, p_months)
    ), posts AS (
        SELECT DISTINCT f.position_code FROM flagged f
        UNION
        SELECT p.code FROM position p, unit_on u
         WHERE p.seats IS NOT NULL
           AND (p.valid_from IS NULL OR p.valid_from <= as_of)
           AND (p.valid_to IS NULL OR p.valid_to >= as_of)
           AND (p.unit_types IS NULL OR u.type = ANY (p.unit_types))
    )
    SELECT ps.position_code::varchar,
           (SELECT p.seats FROM position p WHERE p.code = ps.position_code
              AND (p.valid_from IS NULL OR p.valid_from <= as_of)
              AND (p.valid_to IS NULL OR p.valid_to >= as_of) LIMIT 1)::int,
           count(DISTINCT f.person_id),
           count(DISTINCT f.person_id) FILTER (WHERE f.by_retirement OR f.by_term OR f.by_post_end),
           count(DISTINCT f.person_id) FILTER (WHERE f.by_retirement),
           count(DISTINCT f.person_id) FILTER (WHERE f.by_term),
           count(DISTINCT f.person_id) FILTER (WHERE f.by_post_end)
      FROM posts ps LEFT JOIN flagged f ON f.position_code = ps.position_code
     WHERE EXISTS (SELECT 1 FROM unit_on)
     GROUP BY ps.position_code
     ORDER BY ps.position_code
$$;
