-- Training and fostering (issue 15), third slice: the annual training plans of the province and of
-- each commune (NĐ 171/2025/NĐ-CP: the agencies plan training and fostering every year), the
-- courses of a plan and the needs each course serves. A plan belongs to its unit (its ground
-- decides who may change it, ADR 13); needs are derived, so a served need is kept as the person,
-- the need's kind and its criterion as they were when the course was put in the plan.

CREATE TABLE training_plan (
    id              bigserial     PRIMARY KEY,
    unit_code       varchar(10)   NOT NULL,
    year            int           NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title           varchar(300)  NOT NULL,
    decision_number varchar(100),
    decision_date   date,
    recorded_by     varchar(64)   NOT NULL,
    recorded_at     timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (unit_code, year)
);

CREATE TABLE training_plan_course (
    plan_id    bigint NOT NULL REFERENCES training_plan ON DELETE CASCADE,
    course_id  bigint NOT NULL REFERENCES training_course,
    added_by   varchar(64) NOT NULL,
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, course_id)
);
CREATE INDEX training_plan_course_course_idx ON training_plan_course (course_id);

CREATE TABLE training_plan_need (
    id         bigserial    PRIMARY KEY,
    plan_id    bigint       NOT NULL,
    course_id  bigint       NOT NULL,
    person_id  bigint       NOT NULL REFERENCES person,
    need_kind  varchar(30)  NOT NULL CHECK (need_kind IN ('BELOW_STANDARD', 'LEADERSHIP_PROGRAMME',
                   'SUCCESSION_POLITICAL_THEORY', 'JOB_POSITION_PERIODS', 'MANUAL')),
    criterion  varchar(60),
    added_by   varchar(64)  NOT NULL,
    added_at   timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (plan_id, course_id) REFERENCES training_plan_course ON DELETE CASCADE,
    UNIQUE (plan_id, course_id, person_id, need_kind, criterion)
);

SELECT audit_attach('training_plan', 'id');
SELECT audit_attach('training_plan_need', 'id');
SELECT audit_attach('training_plan_course', 'plan_id,course_id');

-- Not read by indicators, but every table bumps their inputs' generation (V101) unless left out
-- on purpose; a plan is cheap to write, so they are simply watched.
SELECT indicator_inputs_watch('training_plan');
SELECT indicator_inputs_watch('training_plan_course');
SELECT indicator_inputs_watch('training_plan_need');
