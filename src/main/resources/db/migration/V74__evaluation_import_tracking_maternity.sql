-- Issue 13: ratings through the Excel import pipeline, continuous tracking of task results
-- (Law 80/2025 Arts. 25–27, NĐ 335/2025) and the maternity exception (NĐ 90/2020 as amended).

-- 1. A new import kind: ratings (module importexport, ADR 7 and ADR 18).
ALTER TABLE excel_import DROP CONSTRAINT IF EXISTS excel_import_kind_check;
ALTER TABLE excel_import ADD CONSTRAINT excel_import_kind_check
    CHECK (kind IN ('PEOPLE', 'QUALIFICATIONS', 'ASSIGNMENTS', 'RATINGS'));

-- 2. The maternity exception to "not rated under 6 months worked" (REGULATIONS.md §2.2):
-- "... dưới 06 tháng thì không thực hiện việc đánh giá, xếp loại chất lượng ..., trừ trường hợp
-- nghỉ chế độ thai sản" — the rating of the year is that of the time actually worked.
INSERT INTO evaluation_rule (regime_code, rule_key, value, year_from, year_to, legal_source,
                             article, confidence, note) VALUES
('ND90_2020', 'maternity_exception', 1, 2020, 2025,
 'Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP)',
 'Điều 2 khoản 3 (trừ trường hợp nghỉ chế độ thai sản)', 'H',
 '1: a person on maternity leave who worked under min_months_worked is rated on the time worked; '
 || '0: no exception. Wording as mirrored by Hải Phòng QĐ 212/2025 Điều 2 khoản 3. Article number [M].');

-- 3. Continuous tracking (theo dõi thường xuyên): the task results of a person per month or quarter,
-- as converted products completed against those assigned, with the major errors of the period
-- (NĐ 335/2025, known from press summaries [M], REGULATIONS.md §12). The annual task points are
-- their aggregate (see vn.cbcs.evaluation.TrackingRules); the ground is the commune of the person's
-- post in the year, as for an evaluation.
CREATE TABLE evaluation_tracking (
    id            bigserial     PRIMARY KEY,
    person_id     bigint        NOT NULL,
    year          int           NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    period_kind   varchar(8)    NOT NULL CHECK (period_kind IN ('MONTH', 'QUARTER')),
    period        int           NOT NULL CHECK (period >= 1 AND
                      period <= CASE period_kind WHEN 'MONTH' THEN 12 ELSE 4 END),
    assigned      numeric(9,2)  NOT NULL CHECK (assigned > 0),
    completed     numeric(9,2)  NOT NULL CHECK (completed >= 0),
    major_errors  int           NOT NULL DEFAULT 0 CHECK (major_errors BETWEEN 0 AND 100),
    note          text,
    unit_code     varchar(10)   NOT NULL,
    unit_on       date          NOT NULL,
    recorded_by   varchar(64)   NOT NULL,
    recorded_at   timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (person_id, year, period_kind, period)
);
CREATE INDEX evaluation_tracking_unit ON evaluation_tracking (unit_code, year);

-- How the periods add up to the year's task points (NĐ 335/2025: "task results = completed vs
-- assigned converted products per month or quarter"; the summaries do not say how periods are
-- combined). 0: the mean of the periods' results (each period weighs the same); 1: weighted by the
-- products assigned in each period. Each period's result = min(completed / assigned, 1) less
-- major_error_deduction_pct per major error of that period (down to 0), times task_max.
INSERT INTO evaluation_rule (regime_code, rule_key, value, year_from, year_to, legal_source,
                             article, confidence, note) VALUES
('L80_ND335', 'tracking_weighted_by_products', 0, 2026, NULL, 'Nghị định 335/2025/NĐ-CP',
 'kết quả thực hiện nhiệm vụ: sản phẩm quy đổi hoàn thành so với được giao theo tháng/quý', 'M',
 'Aggregation not stated in the press summaries (REGULATIONS.md §12): 0 = mean of the periods, '
 || '1 = weighted by products assigned. Set the province''s reading when the full text is known.');
