-- Succession planning, fifth session (issue 14; REGULATIONS.md §3):
-- 1. A candidate taken out at once on a discipline decision (QĐ 377-QĐ/TW Điều 29; HD 45-HD/BTCTW
--    mục II.8: "đưa ngay ra khỏi quy hoạch" after the discipline decision; before 8-10-2025 QĐ
--    50-QĐ/TW with HD 16-HD/BTCTW). Such a removal is done by planning under a named grant, not by
--    an officer of planning: removed_grant names it, removed_by is the user whose correction of
--    the person record recorded the decision (the work that caused it).
ALTER TABLE planning_candidate
    ADD COLUMN removed_grant varchar(40) CHECK (removed_grant IN ('DISCIPLINE_DECISION'));
ALTER TABLE planning_candidate
    ADD CONSTRAINT planning_candidate_grant_removed CHECK (removed_grant IS NULL OR removed_on IS NOT NULL);

-- 2. A woman planned as entitled to retire at 60 (HD 45 mục II.5.2, third indent; NĐ 83/2022,
--    NĐ 99/2024) is remembered with the candidate, so the approval, the review, the check and the
--    bench compute her age with 60 as on the day she was added.
ALTER TABLE planning_candidate ADD COLUMN woman_at_60 boolean NOT NULL DEFAULT false;

-- 3. The ballot steps of a candidate beyond the one introduction round and one vote kept in
--    planning_candidate (intro_votes…, vote_votes…): each step with its kind (INTRODUCTION: a
--    round of introduction at a conference; VOTE: a committee's vote), its round, the body that
--    voted, its day, the votes for and the voters; the share is computed (votes_for / voters).
--    QĐ 377 Phụ lục (the planning procedure) is not in the legal brief: the kinds are this
--    system's reading [M]; the body is free text.
CREATE TABLE planning_candidate_ballot (
    id            bigserial    PRIMARY KEY,
    candidate_id  bigint       NOT NULL REFERENCES planning_candidate,
    step_kind     varchar(20)  NOT NULL CHECK (step_kind IN ('INTRODUCTION', 'VOTE')),
    round         smallint     NOT NULL CHECK (round BETWEEN 1 AND 9),
    body          varchar(200) NOT NULL CHECK (length(btrim(body)) > 0),
    held_on       date         NOT NULL,
    votes_for     int          NOT NULL CHECK (votes_for >= 0),
    voters        int          NOT NULL CHECK (voters > 0),
    recorded_by   varchar(64)  NOT NULL,
    recorded_at   timestamptz  NOT NULL DEFAULT now(),
    CHECK (votes_for <= voters),
    UNIQUE (candidate_id, step_kind, round)
);
CREATE INDEX planning_candidate_ballot_candidate_idx ON planning_candidate_ballot (candidate_id);
SELECT indicator_inputs_watch('planning_candidate_ballot');
