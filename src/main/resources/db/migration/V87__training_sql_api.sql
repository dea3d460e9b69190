-- SQL API of module training (ADR 15 §3): read models for the other modules; a change of columns is
-- a migration of its own, reviewed with the consumers (planning reads this one for readiness).
--
-- training_expected_completions(person): the courses the person is enrolled on and has not yet
-- completed (status ENROLLED), with the qualification a pass gives (track and level; both null for
-- courses that give none, e.g. the leadership programme or job-position fostering) and the day the
-- course ends (the expected completion).
CREATE FUNCTION training_expected_completions(p_person_id bigint)
    RETURNS TABLE (track varchar, level varchar, expected_on date, course_id bigint,
                   course_kind varchar)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT c.track, c.level_code, c.ends_on, c.id, c.kind
      FROM training_enrolment e
      JOIN training_course c ON c.id = e.course_id
     WHERE e.person_id = p_person_id AND e.status = 'ENROLLED'
     ORDER BY c.ends_on, c.id
$$;
