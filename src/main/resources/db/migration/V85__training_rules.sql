-- Training and fostering (issue 15, ADR 15): module training. The numbers of the reimbursement of
-- publicly funded postgraduate study (đền bù chi phí đào tạo) as rows (ADR 6), each with its legal
-- source, article, period and confidence. Numbers tagged [M] are configuration: amend the row.
--
-- NĐ 171/2025/NĐ-CP (in force 1-7-2025; read in full, shared/docs/legal) [H]:
--   Điều 6 the four cases; Điều 7 khoản 2 điểm a 100% for cases 1–3, điểm b S = F/T1 × (T1 − T2)
--   for case 4; Điều 8 khoản 1 the exemptions, khoản 2 the reductions (1.5% / 1% per year of service,
--   service after the training not counted); Điều 41 khoản 6 no reimbursement for those leaving
--   under NĐ 178/2024 / NĐ 154/2025.
-- NĐ 101/2017/NĐ-CP as amended by NĐ 89/2021/NĐ-CP (until 30-6-2025): known from REGULATIONS.md §7
--   only [M] — the same formula and figures; the text is not in shared/docs/legal.

CREATE TABLE training_rule (
    id            bigserial    PRIMARY KEY,
    rule_key      varchar(60)  NOT NULL,
    value         numeric(9,3) NOT NULL,
    valid_from    date         NOT NULL,
    valid_to      date,
    legal_source  varchar(500) NOT NULL,
    article       varchar(200) NOT NULL,
    confidence    char(1)      NOT NULL CHECK (confidence IN ('H', 'M', 'L')),
    note          text,
    UNIQUE (rule_key, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

INSERT INTO training_rule (rule_key, value, valid_from, valid_to, legal_source, article, confidence, note) VALUES
-- before 1-7-2025
('full_reimbursement_pct', 100, DATE '2017-09-01', DATE '2025-06-30',
 'Nghị định 101/2017/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 89/2021/NĐ-CP)', 'Điều 7, Điều 8', 'M',
 'REGULATIONS.md §7 PRE [M]; the start of the period (1-9-2017) is the decree''s date, not verified.'),
('reduction_pct_per_year_women_minorities', 1.5, DATE '2017-09-01', DATE '2025-06-30',
 'Nghị định 101/2017/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 89/2021/NĐ-CP)', 'Điều 9', 'M',
 'REGULATIONS.md §7 [M]: the same reduction as NĐ 171/2025; the article number is not verified.'),
('reduction_pct_per_year_others', 1, DATE '2017-09-01', DATE '2025-06-30',
 'Nghị định 101/2017/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 89/2021/NĐ-CP)', 'Điều 9', 'M',
 'REGULATIONS.md §7 [M]; the article number is not verified.'),
('commitment_multiple', 3, DATE '2017-09-01', DATE '2025-06-30',
 'Nghị định 101/2017/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 89/2021/NĐ-CP)', 'Điều 6', 'M',
 'Service of at least 3× the training time (REGULATIONS.md §7 [M]).'),
('reduction_applies_to_full_cases', 1, DATE '2017-09-01', DATE '2025-06-30',
 'Nghị định 101/2017/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 89/2021/NĐ-CP)', 'Điều 9', 'L',
 'Reading: the reduction is not limited to one case. 1 = the reductions apply to the 100% cases too; 0 = only to S.'),
-- from 1-7-2025
('full_reimbursement_pct', 100, DATE '2025-07-01', NULL,
 'Nghị định 171/2025/NĐ-CP', 'Điều 7 khoản 2 điểm a (các trường hợp khoản 1, 2, 3 Điều 6)', 'H', NULL),
('reduction_pct_per_year_women_minorities', 1.5, DATE '2025-07-01', NULL,
 'Nghị định 171/2025/NĐ-CP', 'Điều 8 khoản 2', 'H',
 'Each year of service, not counting the service after the training.'),
('reduction_pct_per_year_others', 1, DATE '2025-07-01', NULL,
 'Nghị định 171/2025/NĐ-CP', 'Điều 8 khoản 2', 'H',
 'Each year of service, not counting the service after the training.'),
('commitment_multiple', 3, DATE '2025-07-01', NULL,
 'Nghị định 171/2025/NĐ-CP', 'Điều 5 khoản 3', 'H', 'At least 3× the training time.'),
('reduction_applies_to_full_cases', 1, DATE '2025-07-01', NULL,
 'Nghị định 171/2025/NĐ-CP', 'Điều 8 khoản 2', 'M',
 'Điều 8 khoản 2 names no case, so the reductions apply to the 100% cases too (reading, '
 || 'configurable: 0 = only to S of Điều 7 khoản 2 điểm b).');
