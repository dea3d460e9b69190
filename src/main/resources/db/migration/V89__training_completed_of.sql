-- SQL API of module training (ADR 15 §3): the courses a person completed, for the CV (module
-- reports, item 32) and any other reader. A change of columns is a migration of its own, reviewed
-- with the consumers (pinned by TrainingHistoryTest).
--
-- training_completed_of(person, as_of): every course completed with a certificate dated on or
-- before the date, oldest first; the qualification a pass gave (track, level; null for fostering
-- that gives none).
CREATE FUNCTION training_completed_of(p_person_id bigint, as_of date)
    RETURNS TABLE (course_id bigint, course_kind varchar, course_name varchar, provider varchar,
                   starts_on date, ends_on date, periods int, track varchar, level varchar,
                   certificate_number varchar, certificate_date date)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT c.id, c.kind, c.name, c.provider, c.starts_on, c.ends_on, c.periods, c.track,
           c.level_code, e.certificate_number, e.certificate_date
      FROM training_enrolment e
      JOIN training_course c ON c.id = e.course_id
     WHERE e.person_id = p_person_id AND e.status = 'COMPLETED' AND e.certificate_date <= as_of
     ORDER BY c.starts_on, c.id
$$;
