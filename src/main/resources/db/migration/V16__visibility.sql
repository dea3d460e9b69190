-- Access by unit scope (module security) needs to know where a person has held posts and whose a
-- qualification or a post is, without reading other modules' tables: SQL API functions of the
-- positions and qualifications modules, and the link of a cadre's account to their own record.

-- positions: every commune a person has held a post in, at any date
CREATE FUNCTION positions_units_of(p_person_id bigint)
    RETURNS TABLE (unit_code varchar)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT DISTINCT a.unit_code FROM assignment a
     WHERE a.person_id = p_person_id AND a.superseded_at IS NULL
$$;

-- positions: the person holding a post
CREATE FUNCTION positions_person_of(p_assignment_id bigint)
    RETURNS bigint LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT a.person_id FROM assignment a WHERE a.id = p_assignment_id
$$;

-- qualifications: the person holding a qualification
CREATE FUNCTION qualifications_person_of(p_qualification_id bigint)
    RETURNS bigint LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT q.person_id FROM qualification q WHERE q.id = p_qualification_id
$$;

-- security: the record of the cadre who signs in with this account (self-service)
CREATE TABLE app_user_person (
    username  varchar(64) PRIMARY KEY REFERENCES app_user ON DELETE CASCADE,
    person_id bigint      NOT NULL UNIQUE
);
