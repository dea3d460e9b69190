-- The rating of a leadership collective (tập thể lãnh đạo, quản lý) of a commune for a year: its
-- Party committee (đảng ủy) or its People's Committee (UBND). Under QĐ 366-QĐ/TW the collective is
-- rated before its head and its result is a basis for the head's rating (REGULATIONS.md §2.3, [H]
-- on the order); the rule is a row of the regime (collective_before_head) so that a regime without
-- it does not ask for it.
CREATE TABLE evaluation_collective (
    id               bigserial    PRIMARY KEY,
    unit_code        varchar(10)  NOT NULL,
    unit_on          date         NOT NULL,
    year             int          NOT NULL,
    system           varchar(8)   NOT NULL CHECK (system IN ('STATE', 'PARTY')),
    body             varchar(20)  NOT NULL CHECK (body IN ('PARTY_COMMITTEE', 'PEOPLES_COMMITTEE')),
    level            varchar(10)  NOT NULL CHECK (level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
    decision_number  varchar(60)  NOT NULL,
    decision_date    date         NOT NULL,
    decision_signer  varchar(200) NOT NULL,
    recorded_by      varchar(64)  NOT NULL,
    recorded_at      timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (unit_code, year, system, body)
);
SELECT audit_attach('evaluation_collective', 'id');

INSERT INTO evaluation_rule (regime_code, rule_key, value, year_from, year_to, legal_source,
                             article, confidence, note) VALUES
('QD366', 'collective_before_head', 1, 2025, NULL, 'Quy định 366-QĐ/TW',
 'Điều 12 (tập thể lãnh đạo, quản lý được đánh giá, xếp loại trước, người đứng đầu sau)', 'M',
 'The order is [H] in REGULATIONS.md §2.3 (S9, S10); the article number is not in the extract held.');
