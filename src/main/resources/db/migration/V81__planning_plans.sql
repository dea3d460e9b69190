-- Plans and candidates of succession planning (issue 14, ADR 15): module planning.

-- A plan of one body of a unit for a term, with its approval decision once approved. plan_date is
-- the day the plan is about (built or reviewed): its unit and the actor's scope are checked on it.
CREATE TABLE planning_plan (
    id                bigserial    PRIMARY KEY,
    unit_code         varchar(10)  NOT NULL,
    body_kind         varchar(20)  NOT NULL CHECK (body_kind IN
                          ('PARTY_COMMITTEE', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FRONT', 'MASS_ORG')),
    term_from         int          NOT NULL CHECK (term_from BETWEEN 2000 AND 2100),
    term_to           int          NOT NULL,
    plan_date         date         NOT NULL,
    -- thời điểm tính tuổi quy hoạch of the term (HD 45 mục II.5.3), e.g. 2030-07-01 for communes
    reference_date    date         NOT NULL,
    bch_seats         int          CHECK (bch_seats > 0),
    btv_seats         int          CHECK (btv_seats > 0),
    ubkt_seats        int          CHECK (ubkt_seats > 0),
    status            varchar(10)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED')),
    decision_number   varchar(60),
    decision_date     date,
    decision_signer   varchar(200),
    approved_by       varchar(64),
    approved_at       timestamptz,
    created_by        varchar(64)  NOT NULL,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    CHECK (term_to = term_from + 5),
    CHECK (status <> 'APPROVED' OR (decision_number IS NOT NULL AND decision_date IS NOT NULL
                                    AND decision_signer IS NOT NULL))
);
CREATE INDEX planning_plan_unit_idx ON planning_plan (unit_code, term_from);

-- Seats of a multi-seat post in the plan's unit (3 people per seat: QĐ 377 Điều 26 khoản 2); a
-- post with its seats fixed in the catalogue needs no row; a post with neither counts 1 seat.
CREATE TABLE planning_plan_seats (
    plan_id        bigint      NOT NULL REFERENCES planning_plan ON DELETE CASCADE,
    position_code  varchar(40) NOT NULL,
    seats          int         NOT NULL CHECK (seats BETWEEN 1 AND 50),
    PRIMARY KEY (plan_id, position_code)
);

-- A candidate of a plan for a post (a leadership post of the catalogue, or membership of the
-- committee: COMMITTEE_BCH, COMMITTEE_BTV, COMMITTEE_UBKT), đối tượng 1 or 2, with the ballot of
-- the introduction round and of the committee's vote; removed with a reason, never deleted.
CREATE TABLE planning_candidate (
    id                   bigserial    PRIMARY KEY,
    plan_id              bigint       NOT NULL REFERENCES planning_plan,
    person_id            bigint       NOT NULL,
    target_post          varchar(40)  NOT NULL,
    target               smallint     NOT NULL CHECK (target IN (1, 2)),
    intro_votes          int          CHECK (intro_votes >= 0),
    intro_voters         int          CHECK (intro_voters > 0),
    vote_votes           int          CHECK (vote_votes >= 0),
    vote_voters          int          CHECK (vote_voters > 0),
    -- the political-theory level the post required on the day of the addition (standards module)
    required_llct_level  varchar(20),
    required_llct_rank   smallint,
    added_on             date         NOT NULL,
    added_by             varchar(64)  NOT NULL,
    added_at             timestamptz  NOT NULL DEFAULT now(),
    removed_on           date,
    removed_by           varchar(64),
    removed_reason       text         CHECK (length(removed_reason) <= 1000),
    CHECK (intro_votes IS NULL OR intro_voters IS NULL OR intro_votes <= intro_voters),
    CHECK (vote_votes IS NULL OR vote_voters IS NULL OR vote_votes <= vote_voters),
    CHECK ((removed_on IS NULL) = (removed_by IS NULL)),
    CHECK (removed_on IS NULL OR (removed_reason IS NOT NULL AND removed_on >= added_on))
);
CREATE UNIQUE INDEX planning_candidate_once ON planning_candidate (plan_id, person_id, target_post)
    WHERE removed_on IS NULL;
CREATE INDEX planning_candidate_person_idx ON planning_candidate (person_id);

-- Read models of planning over the person record (owned here, like standards_person_facts).
CREATE VIEW planning_person_facts AS
SELECT p.id AS person_id, p.full_name, p.sex, p.birth_date,
       coalesce(p.early_retirement_years, 0) AS early_retirement_years
  FROM person p;
CREATE VIEW planning_person_disciplines AS
SELECT d.person_id, d.form, d.effective_from, d.effective_to FROM person_discipline d;

-- SQL API of the module (ADR 15 point 3): the candidates in the plans on a date — added on or
-- before it and not removed by it — with the unit, the đối tượng and the political-theory level
-- (code and rank) the post required when they were added. Training reads it (đối tượng 2 without
-- the level gets a training plan: HD 45 mục II.5.1).
CREATE FUNCTION planning_candidates_on(as_of date)
    RETURNS TABLE (person_id bigint, position_code varchar, unit_code varchar, target smallint,
                   required_llct_level varchar, required_llct_rank smallint, plan_id bigint,
                   term_from int, term_to int, approved boolean)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT c.person_id, c.target_post, p.unit_code, c.target, c.required_llct_level,
           c.required_llct_rank, p.id, p.term_from, p.term_to,
           (p.status = 'APPROVED' AND p.decision_date <= as_of)
      FROM planning_candidate c JOIN planning_plan p ON p.id = c.plan_id
     WHERE c.added_on <= as_of AND (c.removed_on IS NULL OR c.removed_on > as_of)
$$;

SELECT audit_attach('planning_regime', 'code');
SELECT audit_attach('planning_rule', 'regime_code,rule_key');
SELECT audit_attach('planning_post_level', 'position_code');
SELECT audit_attach('planning_plan', 'id');
SELECT audit_attach('planning_plan_seats', 'plan_id,position_code');
SELECT audit_attach('planning_candidate', 'id');
