-- Recruitment rounds (issue 16): the round (its commune, plan and approval decision, method,
-- timeline), the positions it offers, the candidates with only what recruitment needs
-- (Luật BVDLCN 2025 Điều 25; REGULATIONS.md §8) and their scores, and the results kept by the
-- recruitment decision. The rules are in recruitment_rule (V90); the person record and the post a
-- decision gives are written through the people module's services, never here.

CREATE TABLE recruitment_round (
    id                   bigserial    PRIMARY KEY,
    unit_code            varchar(10)  NOT NULL,
    title                text         NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    method               varchar(10)  NOT NULL CHECK (method IN ('EXAM', 'SELECTION')),
    plan_number          text         NOT NULL CHECK (length(plan_number) BETWEEN 1 AND 100),
    plan_date            date         NOT NULL,
    plan_issuer          text         NOT NULL CHECK (length(plan_issuer) BETWEEN 1 AND 300),
    notice_date          date         NOT NULL,
    applications_close   date         NOT NULL,
    large                boolean      NOT NULL DEFAULT false,
    candidate_list_date  date,
    round1_date          date,
    round2_date          date,
    marking_date         date,
    status               varchar(10)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DECIDED')),
    created_by           varchar(64)  NOT NULL,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    CHECK (plan_date <= notice_date AND notice_date < applications_close)
);
CREATE INDEX recruitment_round_unit_idx ON recruitment_round (unit_code);

CREATE TABLE recruitment_round_position (
    round_id       bigint       NOT NULL REFERENCES recruitment_round ON DELETE CASCADE,
    position_code  varchar(40)  NOT NULL,
    seats          smallint     NOT NULL CHECK (seats BETWEEN 1 AND 100),
    PRIMARY KEY (round_id, position_code)
);

-- A candidate: the application data recruitment needs (identity to create the record if
-- recruited, a contact, the position applied for, the priority groups claimed) and the scores.
-- A candidate not recruited has their identity, contact and priority groups erased once the
-- retention period after the decision has passed (Luật BVDLCN 2025 Điều 25; the period is the rule
-- row privacy.unsuccessful_candidate_days); the scores stay, without a name, for the results.
CREATE TABLE recruitment_candidate (
    id              bigserial    PRIMARY KEY,
    round_id        bigint       NOT NULL REFERENCES recruitment_round ON DELETE CASCADE,
    position_code   varchar(40)  NOT NULL,
    personal_id     varchar(12)  CHECK (personal_id ~ '^[0-9]{12}$'),
    full_name       text         CHECK (length(full_name) BETWEEN 1 AND 100),
    sex             varchar(6)   CHECK (sex IN ('MALE', 'FEMALE')),
    birth_date      date,
    phone           varchar(20),
    priority        varchar(40)[] NOT NULL DEFAULT '{}',
    round1_correct  int,
    round1_total    int,
    written         numeric(5,2),
    interview       numeric(5,2),
    scored_by       varchar(64),
    scored_at       timestamptz,
    recorded_by     varchar(64)  NOT NULL,
    recorded_at     timestamptz  NOT NULL DEFAULT now(),
    erased_at       timestamptz,
    erased_by       varchar(64),
    CHECK (erased_at IS NOT NULL
           OR (personal_id IS NOT NULL AND full_name IS NOT NULL AND sex IS NOT NULL AND birth_date IS NOT NULL)),
    UNIQUE (round_id, personal_id),
    FOREIGN KEY (round_id, position_code) REFERENCES recruitment_round_position (round_id, position_code)
);

-- The recruitment decision of a round and its results: every scored candidate's rank, total and
-- outcome; the recruited ones with the person record the decision created.
CREATE TABLE recruitment_decision (
    round_id      bigint       PRIMARY KEY REFERENCES recruitment_round,
    number        text         NOT NULL,
    decided_on    date         NOT NULL,
    issuer        text         NOT NULL,
    signer        text,
    start_on      date         NOT NULL,
    decided_by    varchar(64)  NOT NULL,
    decided_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE recruitment_result (
    candidate_id  bigint       PRIMARY KEY REFERENCES recruitment_candidate,
    round_id      bigint       NOT NULL REFERENCES recruitment_round,
    rank          int,
    total         numeric(6,2),
    passed        boolean      NOT NULL,
    recruited     boolean      NOT NULL,
    person_id     bigint,
    CHECK (NOT recruited OR person_id IS NOT NULL)
);

-- Audit (ADR of the audit log): every change of a round, its candidates, scores and decision.
-- The candidate's identity (personal ID, name, birth date, phone, priority groups) is kept only as a hash in the
-- log, so deleting a candidate not recruited leaves no readable identity there (Luật BVDLCN 2025
-- Điều 25).
SELECT audit_attach('recruitment_round', 'id');
SELECT audit_attach('recruitment_round_position', 'round_id,position_code');
SELECT audit_attach('recruitment_candidate', 'id', '', 'personal_id,full_name,birth_date,phone,priority');
SELECT audit_attach('recruitment_decision', 'round_id');
SELECT audit_attach('recruitment_result', 'candidate_id');

-- How long the data of a candidate not recruited is kept after the recruitment decision. The law
-- gives no number (Luật BVDLCN 2025 Điều 25: delete when not recruited, unless agreed otherwise);
-- 90 days covers the complaints about a decision — a provincial choice, confidence L, change it.
INSERT INTO recruitment_rule (rule_key, value, valid_from, legal_source, article, confidence, note) VALUES
('privacy.unsuccessful_candidate_days', 90, DATE '2025-07-01', 'Luật Bảo vệ dữ liệu cá nhân 2025 (91/2025/QH15)', 'Điều 25 khoản 1', 'L',
 'Xóa, hủy thông tin của người dự tuyển không được tuyển dụng; thời hạn giữ sau quyết định tuyển dụng do tỉnh quy định (mặc định 90 ngày).');
