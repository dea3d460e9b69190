-- Planned movements (issue 16): transfer (điều động), rotation (luân chuyển) and secondment (biệt
-- phái) of a person from one unit to another — who, from, to, the post there, from when, until
-- when (rotation and secondment are for a period: NĐ 170/2025/NĐ-CP Điều 25–27; Quy định
-- 377-QĐ/TW for rotation of cadres), and why. A movement is PLANNED until a decision approves it;
-- the decision's post is written through the people module's service (PersonParts.givePost), never
-- here; assignment_id keeps the post it created.
CREATE TABLE movement (
    id             bigserial    PRIMARY KEY,
    person_id      bigint       NOT NULL,
    kind           varchar(12)  NOT NULL CHECK (kind IN ('TRANSFER', 'ROTATION', 'SECONDMENT')),
    from_unit      varchar(10)  NOT NULL,
    to_unit        varchar(10)  NOT NULL,
    position_code  varchar(40)  NOT NULL,
    from_date      date         NOT NULL,
    until_date     date,
    reason         text         NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    status         varchar(10)  NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'APPROVED')),
    decision_number  text,
    decision_date    date,
    decision_issuer  text,
    decision_signer  text,
    assignment_id  bigint,
    created_by     varchar(64)  NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    approved_by    varchar(64),
    approved_at    timestamptz,
    CHECK ((kind = 'TRANSFER') = (until_date IS NULL)),
    CHECK (until_date IS NULL OR until_date > from_date),
    CHECK (status = 'PLANNED' OR (decision_number IS NOT NULL AND decision_date IS NOT NULL
                                  AND assignment_id IS NOT NULL))
);
CREATE INDEX movement_person_idx ON movement (person_id);
CREATE INDEX movement_units_idx ON movement (to_unit, from_unit);

SELECT audit_attach('movement', 'id');
