-- The discipline rule of the evaluation (REGULATIONS.md §2.2, §2.3): a cadre disciplined in the
-- evaluation year is rated KHTNV (NĐ 90/2020 Điều 2 as amended by NĐ 48/2023; QĐ 366-QĐ/TW Điều 11
-- điểm 4.1, 4.2; NĐ 335/2025), and one offence counts in one evaluation year only: a discipline
-- decided in a year for an offence already counted in an earlier year's rating does not count
-- again.

-- Read model of the people module (ADR 15 §3): the disciplines decided in a period, without the
-- violation's text. Consumers read this function, never person_discipline.
CREATE FUNCTION people_disciplines_decided(p_person_id bigint, p_from date, p_to date)
    RETURNS TABLE (form varchar, system varchar, decided_on date, decision_number text)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT d.form, d.system, d.decided_on, d.decision_number
      FROM person_discipline d
     WHERE d.person_id = p_person_id AND d.decided_on BETWEEN p_from AND p_to
     ORDER BY d.decided_on, d.id
$$;

-- The earlier year whose rating already counted the offence of this year's discipline (the
-- decider says so; checked against that year's decided KHTNV rating).
ALTER TABLE evaluation ADD COLUMN discipline_counted_in int
    CHECK (discipline_counted_in IS NULL OR discipline_counted_in < year);
