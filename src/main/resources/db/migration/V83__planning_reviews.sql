-- The annual review of a plan (rà soát, bổ sung quy hoạch hằng năm; QĐ 377-QĐ/TW Điều 29;
-- HD 45-HD/BTCTW mục II.8; REGULATIONS.md §3.2: review in Q1, report by June). The system
-- proposes who falls out and who could come in; the officer decides each proposal with a reason,
-- and an accepted proposal is carried out by the plan's own removal or addition (its checks).
CREATE TABLE planning_review (
    id           bigserial    PRIMARY KEY,
    plan_id      bigint       NOT NULL REFERENCES planning_plan,
    year         int          NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    review_date  date         NOT NULL,
    created_by   varchar(64)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CHECK (extract(year FROM review_date) = year),
    UNIQUE (plan_id, year)
);

CREATE TABLE planning_review_proposal (
    id             bigserial    PRIMARY KEY,
    review_id      bigint       NOT NULL REFERENCES planning_review,
    kind           varchar(3)   NOT NULL CHECK (kind IN ('OUT', 'IN')),
    person_id      bigint       NOT NULL,
    target_post    varchar(40)  NOT NULL,
    target         smallint     NOT NULL CHECK (target IN (1, 2)),
    -- OUT: the candidate proposed to fall out; IN: the candidate added when accepted
    candidate_id   bigint       REFERENCES planning_candidate,
    -- the rules behind the proposal: "RULE:message key" lines, shown with their verdicts
    grounds        text         NOT NULL CHECK (length(grounds) <= 4000),
    decision       varchar(8)   CHECK (decision IN ('ACCEPTED', 'REJECTED')),
    decided_on     date,
    reason         text         CHECK (length(reason) <= 1000),
    decided_by     varchar(64),
    decided_at     timestamptz,
    CHECK ((decision IS NULL) = (decided_by IS NULL)),
    CHECK (decision IS NULL OR (reason IS NOT NULL AND decided_on IS NOT NULL)),
    CHECK (kind = 'IN' OR candidate_id IS NOT NULL)
);
CREATE INDEX planning_review_proposal_review_idx ON planning_review_proposal (review_id);

SELECT audit_attach('planning_review', 'id');
SELECT audit_attach('planning_review_proposal', 'id');
