-- Training and fostering (issue 15): courses and enrolments of module training.
-- A course is organised by a unit (its ground decides who may change it); an enrolment belongs to a
-- person (the person's ground decides). Completion records the qualification through the people
-- module; the enrolment keeps the qualification's id, so that recording it again changes nothing.

CREATE TABLE training_course (
    id            bigserial     PRIMARY KEY,
    kind          varchar(20)   NOT NULL CHECK (kind IN ('POLITICAL_THEORY', 'STATE_MANAGEMENT',
                      'PROFESSIONAL', 'JOB_POSITION', 'LEADERSHIP', 'DEFENCE_SECURITY', 'DIGITAL')),
    name          varchar(300)  NOT NULL,
    -- the qualification a pass gives (track and level code of the qualifications catalogue), if any
    track         varchar(20),
    level_code    varchar(40),
    provider      varchar(300)  NOT NULL,
    unit_code     varchar(10)   NOT NULL,
    starts_on     date          NOT NULL,
    ends_on       date          NOT NULL,
    periods       int           NOT NULL CHECK (periods > 0 AND periods <= 10000),
    place         varchar(300),
    cost          numeric(15,0) CHECK (cost >= 0),
    funding       varchar(20)   NOT NULL CHECK (funding IN ('STATE_BUDGET', 'UNIT', 'PERSONAL', 'SPONSOR')),
    recorded_by   varchar(64)   NOT NULL,
    recorded_at   timestamptz   NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on),
    CHECK ((track IS NULL) = (level_code IS NULL))
);
CREATE INDEX training_course_unit_idx ON training_course (unit_code, starts_on);

CREATE TABLE training_enrolment (
    id                 bigserial    PRIMARY KEY,
    course_id          bigint       NOT NULL REFERENCES training_course,
    person_id          bigint       NOT NULL REFERENCES person,
    status             varchar(12)  NOT NULL DEFAULT 'ENROLLED'
                           CHECK (status IN ('ENROLLED', 'COMPLETED', 'FAILED', 'WITHDRAWN')),
    result             varchar(300),
    certificate_number varchar(100),
    certificate_date   date,
    qualification_id   bigint,
    recorded_by        varchar(64)  NOT NULL,
    recorded_at        timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (course_id, person_id),
    CHECK (status <> 'COMPLETED' OR (certificate_number IS NOT NULL AND certificate_date IS NOT NULL))
);
CREATE INDEX training_enrolment_person_idx ON training_enrolment (person_id);

INSERT INTO training_rule (rule_key, value, valid_from, valid_to, legal_source, article, confidence, note) VALUES
('leadership_programme_months', 12, DATE '2025-07-01', NULL,
 'Nghị định 171/2025/NĐ-CP', 'Điều 16 khoản 2', 'H',
 'Công chức lãnh đạo, quản lý complete the state-management programme for leaders within 12 months '
 || 'of the appointment decision taking effect. Exempt (Điều 41 khoản 4): appointed before 30-6-2025, '
 || 'or holding the certificate of NĐ 89/2021 (recorded as a completed LEADERSHIP course).');

-- The audit log (ADR 9) records every change of the rules, the courses and the enrolments.
SELECT audit_attach('training_rule', 'id');
SELECT audit_attach('training_course', 'id');
SELECT audit_attach('training_enrolment', 'id');
