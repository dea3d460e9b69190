-- Annual evaluation and classification (issue 13, ADR 15): module evaluation.
-- The rules of each evaluation year are data (ADR 6): a regime per system and period, its numbers
-- and its disqualifiers as rows, each with its legal source, article, period and confidence.
-- Numbers tagged [M] or [L] in REGULATIONS.md are rows here, never constants in the code.

CREATE TABLE evaluation_regime (
    code          varchar(40)  PRIMARY KEY,
    system        varchar(8)   NOT NULL CHECK (system IN ('STATE', 'PARTY')),
    name          varchar(300) NOT NULL,
    name_en       varchar(300) NOT NULL,
    year_from     int          NOT NULL,
    year_to       int,
    legal_source  varchar(500) NOT NULL,
    confidence    char(1)      NOT NULL CHECK (confidence IN ('H', 'M', 'L')),
    note          text,
    CHECK (year_to IS NULL OR year_to >= year_from)
);

-- One number of a regime (bands, maxima, months, caps), in force for evaluation years
-- [year_from, year_to] — a rule can enter a regime later than the regime itself (NĐ 48/2023).
CREATE TABLE evaluation_rule (
    id            bigserial    PRIMARY KEY,
    regime_code   varchar(40)  NOT NULL REFERENCES evaluation_regime,
    rule_key      varchar(60)  NOT NULL,
    value         numeric(7,2) NOT NULL,
    year_from     int          NOT NULL,
    year_to       int,
    legal_source  varchar(500) NOT NULL,
    article       varchar(200) NOT NULL,
    confidence    char(1)      NOT NULL CHECK (confidence IN ('H', 'M', 'L')),
    note          text,
    UNIQUE (regime_code, rule_key, year_from)
);

-- A fact that makes the rating KHTNV whatever the points (leaders_only: it applies to leaders).
CREATE TABLE evaluation_disqualifier (
    regime_code   varchar(40)  NOT NULL REFERENCES evaluation_regime,
    code          varchar(30)  NOT NULL CHECK (code IN
                      ('DISCIPLINE', 'DEGRADATION', 'CORRUPTION_IN_UNIT', 'TASKS_BELOW_HALF')),
    leaders_only  boolean      NOT NULL DEFAULT false,
    legal_source  varchar(500) NOT NULL,
    article       varchar(200) NOT NULL,
    confidence    char(1)      NOT NULL CHECK (confidence IN ('H', 'M', 'L')),
    note          text,
    PRIMARY KEY (regime_code, code)
);

INSERT INTO evaluation_regime (code, system, name, name_en, year_from, year_to, legal_source,
                               confidence, note) VALUES
('ND90_2020', 'STATE',
 'Nghị định 90/2020/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 48/2023/NĐ-CP)',
 'Decree 90/2020/ND-CP (as amended by Decree 48/2023/ND-CP)', 2020, 2025,
 'Nghị định 90/2020/NĐ-CP; Nghị định 48/2023/NĐ-CP', 'H',
 'Criteria-based, four levels. NĐ 90 has no national points: the point bands of this regime are '
 || 'a provincial scheme (configurable, confidence L). REGULATIONS.md §2.2.'),
('L80_ND335', 'STATE',
 'Luật Cán bộ, công chức 80/2025/QH15 (Điều 25–27) và Nghị định 335/2025/NĐ-CP',
 'Law 80/2025/QH15 (Arts. 25–27) and Decree 335/2025/ND-CP', 2026, NULL,
 'Luật 80/2025/QH15 Điều 25–27; Nghị định 335/2025/NĐ-CP', 'M',
 'Law 80/2025 read in full [H]; NĐ 335/2025 known from press summaries only [M] (REGULATIONS.md '
 || '§2.4, §12): its numbers are rows, configurable.'),
('QD366', 'PARTY',
 'Quy định 366-QĐ/TW ngày 30/8/2025 về kiểm điểm, đánh giá, xếp loại chất lượng',
 'Party Regulation 366-QD/TW of 30 August 2025 (review, evaluation and rating)', 2025, NULL,
 'Quy định 366-QĐ/TW (30/8/2025) Điều 10, 11', 'H',
 'Replaced QĐ 124-QĐ/TW (2023); Party ratings before 2025 are not encoded yet. REGULATIONS.md §2.3.');

INSERT INTO evaluation_rule (regime_code, rule_key, value, year_from, year_to, legal_source,
                             article, confidence, note) VALUES
-- NĐ 90/2020 + NĐ 48/2023
('ND90_2020', 'min_months_worked', 6, 2020, 2025, 'Nghị định 90/2020/NĐ-CP', 'Điều 2 (đối tượng không xếp loại)', 'H',
 'Worked < 6 months in the year: not rated (self-review only); maternity leave rated on the time worked. Article number [M].'),
('ND90_2020', 'absence_cap_from_months', 3, 2023, 2025, 'Nghị định 48/2023/NĐ-CP', 'Điều 1 (sửa Điều 2 NĐ 90/2020)', 'H',
 'Absent 3 to under 6 months: rated, but not HTTNV or above. Article number [M].'),
('ND90_2020', 'absence_cap_to_months', 6, 2023, 2025, 'Nghị định 48/2023/NĐ-CP', 'Điều 1 (sửa Điều 2 NĐ 90/2020)', 'H', NULL),
('ND90_2020', 'general_max', 20, 2020, 2025, 'Quyết định 212/2025 UBND TP Hải Phòng (thang điểm địa phương)', 'tiêu chí chung 20 điểm', 'L',
 'Local point scheme (Hải Phòng: 20 + 80, > 90 / > 80 / ≥ 50); not national — set the province''s own.'),
('ND90_2020', 'task_max', 80, 2020, 2025, 'Quyết định 212/2025 UBND TP Hải Phòng (thang điểm địa phương)', 'kết quả nhiệm vụ 80 điểm', 'L', NULL),
('ND90_2020', 'band_HTXSNV', 90, 2020, 2025, 'Quyết định 212/2025 UBND TP Hải Phòng (thang điểm địa phương)', 'trên 90 điểm', 'L', NULL),
('ND90_2020', 'band_HTTNV', 80, 2020, 2025, 'Quyết định 212/2025 UBND TP Hải Phòng (thang điểm địa phương)', 'trên 80 điểm', 'L', NULL),
('ND90_2020', 'band_HTNV', 50, 2020, 2025, 'Quyết định 212/2025 UBND TP Hải Phòng (thang điểm địa phương)', 'từ 50 điểm', 'L', NULL),
('ND90_2020', 'bands_strict_above', 1, 2020, 2025, 'Quyết định 212/2025 UBND TP Hải Phòng (thang điểm địa phương)', '"trên 90", "trên 80"', 'L',
 '1: HTXSNV and HTTNV need more than their band (HTNV from 50 inclusive); 0: from the band.'),
('ND90_2020', 'htxsnv_cap_pct', 20, 2020, 2025, 'Nghị định 48/2023/NĐ-CP; tỉ lệ đảng viên (Quy định của Đảng)', 'NĐ 90/2020 Điều 2 (sửa bởi NĐ 48/2023): không vượt tỉ lệ đảng viên', 'H',
 'Share HTXSNV ≤ the Party ratio: ≤ 20% of those rated HTTNV, per group with similar duties.'),
-- Law 80/2025 + NĐ 335/2025
('L80_ND335', 'general_max', 30, 2026, NULL, 'Nghị định 335/2025/NĐ-CP', 'tiêu chí chung 30 điểm', 'M', 'Press summary (REGULATIONS.md §12).'),
('L80_ND335', 'task_max', 70, 2026, NULL, 'Nghị định 335/2025/NĐ-CP', 'kết quả thực hiện nhiệm vụ 70 điểm', 'M', NULL),
('L80_ND335', 'band_HTXSNV', 90, 2026, NULL, 'Nghị định 335/2025/NĐ-CP', 'từ 90 điểm', 'M', NULL),
('L80_ND335', 'band_HTTNV', 70, 2026, NULL, 'Nghị định 335/2025/NĐ-CP', 'từ 70 đến dưới 90 điểm', 'M', NULL),
('L80_ND335', 'band_HTNV', 50, 2026, NULL, 'Nghị định 335/2025/NĐ-CP', 'từ 50 đến dưới 70 điểm', 'M', NULL),
('L80_ND335', 'bands_strict_above', 0, 2026, NULL, 'Nghị định 335/2025/NĐ-CP', '"từ … điểm"', 'M', NULL),
('L80_ND335', 'major_error_deduction_pct', 25, 2026, NULL, 'Nghị định 335/2025/NĐ-CP', 'chất lượng sản phẩm: trừ 25% mỗi lỗi lớn', 'M',
 'Applied to a product''s quality score when task results are computed (continuous tracking).'),
('L80_ND335', 'htxsnv_cap_pct', 20, 2026, NULL, 'Nghị định 335/2025/NĐ-CP', 'HTXSNV không quá 20% số HTTNV cùng nhóm nhiệm vụ', 'M',
 'Exception for outstanding units (size not in the summary).'),
-- QĐ 366-QĐ/TW
('QD366', 'general_max', 30, 2025, NULL, 'Quy định 366-QĐ/TW', 'Điều 10 (30 điểm tiêu chí chung)', 'H', NULL),
('QD366', 'task_max', 70, 2025, NULL, 'Quy định 366-QĐ/TW', 'Điều 10 (70 điểm kết quả nhiệm vụ)', 'H', NULL),
('QD366', 'band_HTXSNV', 90, 2025, NULL, 'Quy định 366-QĐ/TW', 'Điều 11 khoản 1 (từ 90 điểm)', 'H', NULL),
('QD366', 'band_HTTNV', 70, 2025, NULL, 'Quy định 366-QĐ/TW', 'Điều 11 khoản 2 (từ 70 đến dưới 90 điểm)', 'H', NULL),
('QD366', 'band_HTNV', 50, 2025, NULL, 'Quy định 366-QĐ/TW', 'Điều 11 khoản 3 (từ 50 đến dưới 70 điểm)', 'H', NULL),
('QD366', 'bands_strict_above', 0, 2025, NULL, 'Quy định 366-QĐ/TW', 'Điều 11', 'H', NULL),
('QD366', 'htxsnv_cap_pct', 20, 2025, NULL, 'Quy định 366-QĐ/TW', 'Điều 11 điểm 1.4', 'H', 'Of those rated HTTNV with similar roles.'),
('QD366', 'htxsnv_cap_outstanding_pct', 25, 2025, NULL, 'Quy định 366-QĐ/TW', 'Điều 11 điểm 1.4 (đơn vị xuất sắc, nổi trội)', 'H', NULL),
('QD366', 'htxsnv_min_exceeded_pct', 30, 2025, NULL, 'Quy định 366-QĐ/TW', 'Điều 11 khoản 1', 'H', '≥ 30% of tasks exceeded for HTXSNV (checked at the decision, not by the points).');

INSERT INTO evaluation_disqualifier (regime_code, code, leaders_only, legal_source, article,
                                     confidence, note) VALUES
('ND90_2020', 'DISCIPLINE', false, 'Nghị định 90/2020/NĐ-CP', 'Điều 2 (bị kỷ luật trong năm đánh giá)', 'H',
 'One offence counts in one evaluation year only. Article number [M].'),
('ND90_2020', 'DEGRADATION', false, 'Nghị định 90/2020/NĐ-CP', 'tiêu chí xếp loại KHTNV (biểu hiện suy thoái)', 'M', NULL),
('ND90_2020', 'CORRUPTION_IN_UNIT', true, 'Nghị định 90/2020/NĐ-CP', 'tiêu chí xếp loại KHTNV đối với lãnh đạo, quản lý', 'M', NULL),
('ND90_2020', 'TASKS_BELOW_HALF', false, 'Nghị định 90/2020/NĐ-CP', 'tiêu chí xếp loại KHTNV (trên 50% tiêu chí không đạt / dưới 50% chỉ tiêu)', 'M', NULL),
('L80_ND335', 'DISCIPLINE', false, 'Nghị định 335/2025/NĐ-CP', 'KHTNV: bị kỷ luật từ khiển trách trở lên trong năm', 'M', NULL),
('L80_ND335', 'DEGRADATION', false, 'Nghị định 335/2025/NĐ-CP', 'KHTNV: kết luận suy thoái', 'M', NULL),
('L80_ND335', 'CORRUPTION_IN_UNIT', true, 'Nghị định 335/2025/NĐ-CP', 'KHTNV: tham nhũng trong đơn vị do mình quản lý', 'M', NULL),
('L80_ND335', 'TASKS_BELOW_HALF', false, 'Nghị định 335/2025/NĐ-CP', 'KHTNV (kết quả dưới 50%) — chưa xác nhận trong văn bản', 'L',
 'Not among the disqualifiers of the press summary; carried from NĐ 90 and QĐ 366. Remove if the text says otherwise.'),
('QD366', 'DISCIPLINE', false, 'Quy định 366-QĐ/TW', 'Điều 11 điểm 4.1, 4.2 (kỷ luật từ khiển trách trở lên)', 'H', NULL),
('QD366', 'DEGRADATION', false, 'Quy định 366-QĐ/TW', 'Điều 11 điểm 4.1, 4.2 (kết luận suy thoái)', 'H', NULL),
('QD366', 'CORRUPTION_IN_UNIT', true, 'Quy định 366-QĐ/TW', 'Điều 11 điểm 4.1 (tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý)', 'H', NULL),
('QD366', 'TASKS_BELOW_HALF', false, 'Quy định 366-QĐ/TW', 'Điều 11 điểm 4.2 (trên 50% nhiệm vụ không hoàn thành)', 'H', NULL);

-- The evaluation of a person for a year in one system; each step dated and attributed.
CREATE TABLE evaluation (
    id                 bigserial    PRIMARY KEY,
    person_id          bigint       NOT NULL,
    year               int          NOT NULL,
    system             varchar(8)   NOT NULL CHECK (system IN ('STATE', 'PARTY')),
    regime_code        varchar(40)  NOT NULL REFERENCES evaluation_regime,
    unit_code          varchar(10)  NOT NULL,
    unit_on            date         NOT NULL,
    leader             boolean      NOT NULL DEFAULT false,
    status             varchar(20)  NOT NULL CHECK (status IN
                           ('OPEN', 'SELF_ASSESSED', 'MEETING_HELD', 'PROPOSED', 'DECIDED')),
    created_by         varchar(64)  NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    self_general       numeric(5,2),
    self_task          numeric(5,2),
    self_level         varchar(10),
    self_text          text,
    self_on            date,
    self_by            varchar(64),
    self_at            timestamptz,
    comment_text       text,
    comment_on         date,
    comment_by         varchar(64),
    comment_at         timestamptz,
    meeting_on         date,
    meeting_minutes    text,
    votes_htxsnv       int,
    votes_httnv        int,
    votes_htnv         int,
    votes_khtnv        int,
    meeting_by         varchar(64),
    meeting_at         timestamptz,
    proposed_level     varchar(10),
    proposed_points    numeric(5,2),
    proposed_on        date,
    proposed_by        varchar(64),
    proposed_at        timestamptz,
    decided_level      varchar(10),
    decision_number    varchar(60),
    decision_date      date,
    decision_signer    varchar(200),
    decided_by         varchar(64),
    decided_at         timestamptz,
    UNIQUE (person_id, year, system),
    CHECK (status <> 'DECIDED' OR (decided_level IS NOT NULL AND decision_number IS NOT NULL
                                   AND decision_date IS NOT NULL AND decision_signer IS NOT NULL))
);
CREATE INDEX evaluation_unit_year_idx ON evaluation (unit_code, year, system);
CREATE INDEX evaluation_year_idx ON evaluation (year) WHERE status = 'DECIDED';

-- SQL API of the module (ADR 15 point 3): final ratings only.
-- evaluation_rating_of: the decided rating of a person for a year in a system (STATE or PARTY).
CREATE FUNCTION evaluation_rating_of(p_person_id bigint, p_year int, p_system varchar)
    RETURNS TABLE (level varchar, regime varchar, decision_id bigint, decision_number varchar,
                   decision_date date)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT e.decided_level, e.regime_code, e.id, e.decision_number, e.decision_date
      FROM evaluation e
     WHERE e.person_id = p_person_id AND e.year = p_year AND e.system = p_system
       AND e.status = 'DECIDED'
$$;

-- evaluation_ratings_on: one row per person with a decided rating for the year (for indicators).
CREATE FUNCTION evaluation_ratings_on(p_year int)
    RETURNS TABLE (person_id bigint, unit_code varchar, state_level varchar, state_regime varchar,
                   party_level varchar, party_regime varchar)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT e.person_id,
           (array_agg(e.unit_code ORDER BY e.system DESC))[1],
           max(e.decided_level) FILTER (WHERE e.system = 'STATE'),
           max(e.regime_code) FILTER (WHERE e.system = 'STATE'),
           max(e.decided_level) FILTER (WHERE e.system = 'PARTY'),
           max(e.regime_code) FILTER (WHERE e.system = 'PARTY')
      FROM evaluation e
     WHERE e.year = p_year AND e.status = 'DECIDED'
     GROUP BY e.person_id
$$;

-- The audit log (ADR 9) records every change of the rules and of the evaluations.
SELECT audit_attach('evaluation_regime', 'code');
SELECT audit_attach('evaluation_rule', 'id');
SELECT audit_attach('evaluation_disqualifier', 'regime_code,code');
SELECT audit_attach('evaluation', 'id');
