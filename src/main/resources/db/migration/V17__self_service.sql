-- Self-service (module selfservice): a cadre asks for a correction of their own record; a
-- personnel officer whose scope covers them accepts (and corrects the record) or rejects it.
CREATE TABLE correction_request (
    id             bigserial   PRIMARY KEY,
    person_id      bigint      NOT NULL,
    field          varchar(40) NOT NULL,
    proposed_value text        NOT NULL CHECK (length(proposed_value) BETWEEN 1 AND 1000),
    reason         text        NOT NULL CHECK (length(reason) BETWEEN 3 AND 1000),
    requested_by   varchar(64) NOT NULL,
    requested_at   timestamptz NOT NULL DEFAULT now(),
    status         varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    reviewed_by    varchar(64),
    reviewed_at    timestamptz,
    review_note    text        CHECK (length(review_note) <= 1000),
    CHECK ((status = 'PENDING') = (reviewed_at IS NULL))
);
CREATE INDEX correction_request_person_idx ON correction_request (person_id, requested_at DESC);
CREATE INDEX correction_request_pending_idx ON correction_request (requested_at) WHERE status = 'PENDING';

-- Read model of the self-service module over the person record: names for the review list.
CREATE VIEW selfservice_person_names AS SELECT p.id AS person_id, p.full_name FROM person p;
