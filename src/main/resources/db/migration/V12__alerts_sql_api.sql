-- SQL API of positions: open posts on a date with the kind of the decision that began them
-- (elected and appointed posts run for a 5-year term).
CREATE FUNCTION positions_terms_on(as_of date)
    RETURNS TABLE (assignment_id bigint, person_id bigint, unit_code varchar, position_code varchar,
                   valid_from date, start_kind varchar)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT a.id, a.person_id, a.unit_code, a.position_code, a.valid_from, d.kind
      FROM assignment a JOIN decision d ON d.id = a.start_decision_id
     WHERE a.superseded_at IS NULL AND a.valid_from <= as_of
       AND (a.valid_to IS NULL OR a.valid_to >= as_of)
$$;

-- Read model of the standards module: disciplines and their period of effect (12 months).
CREATE VIEW standards_person_disciplines AS
SELECT d.person_id, d.form, d.effective_from, d.effective_to FROM person_discipline d;
