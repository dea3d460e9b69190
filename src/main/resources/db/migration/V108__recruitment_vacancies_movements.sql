-- Recruitment (issue 16): approved movements in the openings of a commune. A contract change of
-- the read models of V91 (ADR 15 "Consequences": a migration of its own): columns are only added
-- at the end, so readers selecting by name keep working.
--
-- recruitment_holders_on gains by_movement: the holder leaves the commune within the window by an
-- approved movement —
--   * a transfer (điều động, NĐ 170/2025/NĐ-CP Điều 25) or rotation (luân chuyển, Điều 42–50) out
--     of the commune starting after as_of and at the latest on the horizon (the approval ended the
--     main post the day before; that end is counted here, not as by_post_end);
--   * the end of an approved rotation or secondment into the commune (the post it gave ends on
--     until_date; Điều 26 khoản 2, Điều 50).
-- An outgoing secondment (biệt phái) is not a departure: the person stays on the sending body's
-- staff (Điều 26 khoản 3).
DROP FUNCTION recruitment_vacancies_on(varchar, date, int);
DROP FUNCTION recruitment_holders_on(varchar, date, int);

CREATE FUNCTION recruitment_holders_on(p_unit varchar, as_of date, p_months int)
    RETURNS TABLE (person_id bigint, position_code varchar, concurrent boolean, retirement date,
                   term_end date, post_end date, by_retirement boolean, by_term boolean,
                   by_post_end boolean, by_movement boolean)
    LANGUAGE sql STABLE AS $$
    WITH held AS (
        SELECT a.assignment_id, a.person_id, a.position_code, a.concurrent, a.valid_to,
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
    ), moving AS (
        SELECT h.*,
               EXISTS (SELECT 1 FROM movement m
                        WHERE m.status = 'APPROVED' AND m.person_id = h.person_id
                          AND ((m.kind IN ('TRANSFER', 'ROTATION') AND m.from_unit = p_unit
                                AND NOT h.concurrent
                                AND m.from_date > as_of AND m.from_date <= h.horizon)
                            OR (m.kind IN ('ROTATION', 'SECONDMENT')
                                AND m.assignment_id = h.assignment_id
                                AND m.until_date >= as_of AND m.until_date < h.horizon)))
                   AS by_movement
          FROM held h
    )
    SELECT h.person_id, h.position_code, h.concurrent, h.retirement, h.term_end, h.valid_to,
           coalesce(h.retirement > as_of AND h.retirement <= h.horizon, false),
           coalesce(h.term_end > as_of AND h.term_end <= h.horizon, false),
           coalesce(h.valid_to >= as_of AND h.valid_to < h.horizon AND NOT h.by_movement, false),
           h.by_movement
      FROM moving h
$$;

-- recruitment_vacancies_on gains leaving_movement (holders leaving by an approved movement, see
-- above; also in leaving) and arriving: the people an approved transfer, rotation or secondment
-- brings to the post in the commune within the window (from_date after as_of, at the latest on
-- the horizon) — they fill the post from that day.
CREATE FUNCTION recruitment_vacancies_on(p_unit varchar, as_of date, p_months int DEFAULT 6)
    RETURNS TABLE (position_code varchar, seats int, filled bigint, leaving bigint,
                   leaving_retirement bigint, leaving_term bigint, leaving_post_end bigint,
                   leaving_movement bigint, arriving bigint)
    LANGUAGE sql STABLE AS $$
    WITH unit_on AS (
        SELECT u.code, u.type FROM units_in_force_on(as_of) u WHERE u.code = p_unit
    ), flagged AS (
        SELECT * FROM recruitment_holders_on(p_unit, as_of, p_months)
    ), arrivals AS (
        SELECT m.position_code, count(DISTINCT m.person_id) AS n
          FROM movement m
         WHERE m.status = 'APPROVED' AND m.to_unit = p_unit
           AND m.from_date > as_of
           AND m.from_date <= (as_of + make_interval(months => p_months))::date
         GROUP BY m.position_code
    ), posts AS (
        SELECT DISTINCT f.position_code FROM flagged f
        UNION
        SELECT a.position_code FROM arrivals a WHERE EXISTS (SELECT 1 FROM unit_on)
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
           count(DISTINCT f.person_id)
               FILTER (WHERE f.by_retirement OR f.by_term OR f.by_post_end OR f.by_movement),
           count(DISTINCT f.person_id) FILTER (WHERE f.by_retirement),
           count(DISTINCT f.person_id) FILTER (WHERE f.by_term),
           count(DISTINCT f.person_id) FILTER (WHERE f.by_post_end),
           count(DISTINCT f.person_id) FILTER (WHERE f.by_movement),
           coalesce((SELECT a.n FROM arrivals a WHERE a.position_code = ps.position_code), 0)::bigint
      FROM posts ps LEFT JOIN flagged f ON f.position_code = ps.position_code
     WHERE EXISTS (SELECT 1 FROM unit_on)
     GROUP BY ps.position_code
     ORDER BY ps.position_code
$$;
