-- Rules (module standards): data with an effective period and a legal source, editable by a
-- province officer; a change never overwrites: the old row is superseded and kept.
--   QUOTA            staffing quota of a commune: subject = commune types (XA,THI_TRAN / PHUONG / *),
--                    condition = class (LOAI_I/II/III/DAC_BIET, or * for any), value = number of seats
--   DEFAULT_QUOTA    quota used when a commune has no allocation of its own (after 1-7-2025)
--   PROVINCE_LIMIT   average per commune across a province: subject = position code, value = number
--   STANDARD         a criterion of a post: subject = position code or group:<GROUP> or *,
--                    criterion = AGE_MIN / GENERAL_EDUCATION / PROFESSIONAL_MIN /
--                    POLITICAL_THEORY_MIN / STATE_MANAGEMENT_MIN, value = years / 12 / level code,
--                    deadline = last day to meet it for people already in post when it took effect
--   EXCEPTION        a province may accept a lower level in difficult areas: subject = criterion,
--                    condition = unit attribute (MOUNTAINOUS, EXTREMELY_DIFFICULT, ...), value = level
CREATE TABLE standard_rule (
    id            bigserial    PRIMARY KEY,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('QUOTA', 'DEFAULT_QUOTA', 'PROVINCE_LIMIT',
                      'STANDARD', 'EXCEPTION')),
    subject       varchar(60)  NOT NULL,
    condition     varchar(60)  NOT NULL DEFAULT '*',
    criterion     varchar(30)  NOT NULL DEFAULT '*',
    value         varchar(30)  NOT NULL,
    deadline      date,
    scope         varchar(10)  NOT NULL DEFAULT '*',  -- a province code, or * for the whole country
    valid_from    date,
    valid_to      date,
    legal_source  text         NOT NULL CHECK (length(legal_source) BETWEEN 1 AND 500),
    confidence    char(1)      NOT NULL CHECK (confidence IN ('H', 'M', 'L')),
    note          text,
    recorded_by   varchar(64)  NOT NULL,
    recorded_at   timestamptz  NOT NULL DEFAULT now(),
    superseded_at timestamptz,
    superseded_by varchar(64),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);
CREATE INDEX standard_rule_kind_idx ON standard_rule (kind, subject) WHERE superseded_at IS NULL;

-- Per-commune staff allocation decided by the province after 1-7-2025 (QĐ 759/QĐ-TTg: about 32
-- on average; the province allocates).
CREATE TABLE staffing_allocation (
    id            bigserial   PRIMARY KEY,
    unit_code     varchar(10) NOT NULL,
    quota         smallint    NOT NULL CHECK (quota BETWEEN 1 AND 500),
    valid_from    date        NOT NULL,
    valid_to      date,
    legal_basis   text        NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 500),
    recorded_by   varchar(64) NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    superseded_at timestamptz,
    superseded_by varchar(64),
    CHECK (valid_to IS NULL OR valid_from <= valid_to),
    CONSTRAINT staffing_allocation_periods_do_not_overlap
        EXCLUDE USING gist (unit_code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
        WHERE (superseded_at IS NULL)
);

INSERT INTO standard_rule (kind, subject, condition, value, valid_from, valid_to, legal_source, confidence, recorded_by, note) VALUES
-- quotas of cadres and civil servants per commune (REGULATIONS.md §1.2)
('QUOTA', '*', 'LOAI_I', '25', NULL, '2019-06-24', 'NĐ 92/2009/NĐ-CP Điều 4', 'M', 'system', 'at most 25'),
('QUOTA', '*', 'LOAI_II', '23', NULL, '2019-06-24', 'NĐ 92/2009/NĐ-CP Điều 4', 'M', 'system', 'at most 23'),
('QUOTA', '*', 'LOAI_III', '21', NULL, '2019-06-24', 'NĐ 92/2009/NĐ-CP Điều 4', 'M', 'system', 'at most 21'),
('QUOTA', '*', 'LOAI_I', '23', '2019-06-25', '2023-07-31', 'NĐ 34/2019/NĐ-CP Điều 2', 'M', 'system', NULL),
('QUOTA', '*', 'LOAI_II', '21', '2019-06-25', '2023-07-31', 'NĐ 34/2019/NĐ-CP Điều 2', 'M', 'system', NULL),
('QUOTA', '*', 'LOAI_III', '19', '2019-06-25', '2023-07-31', 'NĐ 34/2019/NĐ-CP Điều 2', 'M', 'system', NULL),
('QUOTA', 'PHUONG', 'LOAI_I', '23', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 6', 'H', 'system', NULL),
('QUOTA', 'PHUONG', 'LOAI_II', '21', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 6', 'H', 'system', NULL),
('QUOTA', 'PHUONG', 'LOAI_III', '19', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 6', 'H', 'system', NULL),
('QUOTA', 'XA,THI_TRAN', 'LOAI_I', '22', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 6', 'H', 'system', NULL),
('QUOTA', 'XA,THI_TRAN', 'LOAI_II', '20', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 6', 'H', 'system', NULL),
('QUOTA', 'XA,THI_TRAN', 'LOAI_III', '18', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 6', 'H', 'system', NULL),
('DEFAULT_QUOTA', '*', '*', '32', '2025-07-01', NULL, 'QĐ 759/QĐ-TTg ngày 14/4/2025 (bình quân khoảng 32 biên chế/xã; tỉnh phân bổ)', 'M', 'system', 'default until the province allocates'),
('PROVINCE_LIMIT', 'PHO_CHU_TICH_UBND', '*', '2.5', '2025-07-01', NULL, 'NĐ 300/2025/NĐ-CP (bình quân không quá 2,5 Phó Chủ tịch UBND/xã trong tỉnh)', 'H', 'system', NULL);

-- Standards of posts (REGULATIONS.md §1.3). Before 1-8-2023 (QĐ 04/2004/QĐ-BNV, TT 06/2012/TT-BNV):
-- trung cấp, with trung cấp political theory for leaders [M].
INSERT INTO standard_rule (kind, subject, criterion, value, deadline, valid_from, valid_to, legal_source, confidence, recorded_by, note) VALUES
('STANDARD', 'group:PARTY', 'PROFESSIONAL_MIN', 'TRUNG_CAP', NULL, NULL, '2023-07-31', 'QĐ 04/2004/QĐ-BNV', 'M', 'system', NULL),
('STANDARD', 'group:PARTY', 'POLITICAL_THEORY_MIN', 'TRUNG_CAP', NULL, NULL, '2023-07-31', 'QĐ 04/2004/QĐ-BNV', 'M', 'system', NULL),
('STANDARD', 'group:HDND', 'PROFESSIONAL_MIN', 'TRUNG_CAP', NULL, NULL, '2023-07-31', 'QĐ 04/2004/QĐ-BNV', 'M', 'system', NULL),
('STANDARD', 'group:HDND', 'POLITICAL_THEORY_MIN', 'TRUNG_CAP', NULL, NULL, '2023-07-31', 'QĐ 04/2004/QĐ-BNV', 'M', 'system', NULL),
('STANDARD', 'group:UBND', 'PROFESSIONAL_MIN', 'TRUNG_CAP', NULL, NULL, '2023-07-31', 'QĐ 04/2004/QĐ-BNV', 'M', 'system', NULL),
('STANDARD', 'group:UBND', 'POLITICAL_THEORY_MIN', 'TRUNG_CAP', NULL, NULL, '2023-07-31', 'QĐ 04/2004/QĐ-BNV', 'M', 'system', NULL),
('STANDARD', 'group:CIVIL_SERVANT_TITLE', 'PROFESSIONAL_MIN', 'TRUNG_CAP', NULL, NULL, '2023-07-31', 'TT 06/2012/TT-BNV', 'M', 'system', NULL),
-- NĐ 33/2023 (from 1-8-2023): đại học; those in post then have 5 years, until 1-8-2028 (Điều 40) [H]
('STANDARD', 'group:PARTY', 'PROFESSIONAL_MIN', 'DAI_HOC', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8, 40', 'H', 'system', NULL),
('STANDARD', 'group:MTTQ', 'PROFESSIONAL_MIN', 'DAI_HOC', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8, 40', 'H', 'system', NULL),
('STANDARD', 'group:MASS_ORG', 'PROFESSIONAL_MIN', 'DAI_HOC', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8, 40', 'H', 'system', NULL),
('STANDARD', 'group:HDND', 'AGE_MIN', '18', NULL, '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8', 'H', 'system', NULL),
('STANDARD', 'group:HDND', 'GENERAL_EDUCATION', '12', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8, 40', 'H', 'system', NULL),
('STANDARD', 'group:HDND', 'PROFESSIONAL_MIN', 'DAI_HOC', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8, 40', 'H', 'system', NULL),
('STANDARD', 'group:HDND', 'POLITICAL_THEORY_MIN', 'TRUNG_CAP', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8, 40', 'M', 'system', 'LLCT requirement recalled, not read verbatim'),
('STANDARD', 'group:UBND', 'AGE_MIN', '18', NULL, '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8', 'H', 'system', NULL),
('STANDARD', 'group:UBND', 'GENERAL_EDUCATION', '12', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8, 40', 'H', 'system', NULL),
('STANDARD', 'group:UBND', 'PROFESSIONAL_MIN', 'DAI_HOC', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8, 40', 'H', 'system', NULL),
('STANDARD', 'group:UBND', 'POLITICAL_THEORY_MIN', 'TRUNG_CAP', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8, 40', 'M', 'system', 'LLCT requirement recalled, not read verbatim'),
('STANDARD', 'group:CIVIL_SERVANT_TITLE', 'AGE_MIN', '18', NULL, '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 10', 'H', 'system', NULL),
('STANDARD', 'group:CIVIL_SERVANT_TITLE', 'GENERAL_EDUCATION', '12', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 10, 40', 'H', 'system', NULL),
('STANDARD', 'group:CIVIL_SERVANT_TITLE', 'PROFESSIONAL_MIN', 'DAI_HOC', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 10, 40', 'H', 'system', NULL),
-- Tư pháp – hộ tịch: trung cấp luật suffices (Luật Hộ tịch 2014 Điều 72); more specific than the group
('STANDARD', 'TU_PHAP_HO_TICH', 'PROFESSIONAL_MIN', 'TRUNG_CAP', NULL, '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 10; Luật Hộ tịch 2014 Điều 72', 'H', 'system', NULL),
-- the military commander follows the militia law, not the civil-servant standard
('STANDARD', 'CHI_HUY_TRUONG_QS_XA', 'PROFESSIONAL_MIN', 'TRUNG_CAP', NULL, '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 10; Luật Dân quân tự vệ 2019', 'M', 'system', NULL),
-- From 1-7-2025 (Luật CBCC 80/2025 Điều 45; NĐ 170/2025 Điều 70, 72): the training standard of the job
-- position; leaders đại học and trung cấp political theory [M]; placement to be finished by 1-7-2027
('STANDARD', 'group:PARTY', 'PROFESSIONAL_MIN', 'DAI_HOC', '2027-07-01', '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Điều 45; QĐ 365-QĐ/TW', 'M', 'system', NULL),
('STANDARD', 'group:HDND', 'PROFESSIONAL_MIN', 'DAI_HOC', '2027-07-01', '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Điều 45', 'M', 'system', NULL),
('STANDARD', 'group:UBND', 'PROFESSIONAL_MIN', 'DAI_HOC', '2027-07-01', '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Điều 45', 'M', 'system', NULL),
('STANDARD', 'group:UBND', 'POLITICAL_THEORY_MIN', 'TRUNG_CAP', '2027-07-01', '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Điều 45; QĐ 365-QĐ/TW', 'M', 'system', NULL),
('STANDARD', 'group:DIVISION_HEAD', 'PROFESSIONAL_MIN', 'DAI_HOC', '2027-07-01', '2025-07-01', NULL, 'NĐ 170/2025/NĐ-CP Điều 70, 72', 'M', 'system', NULL),
('STANDARD', 'group:DIVISION_DEPUTY', 'PROFESSIONAL_MIN', 'DAI_HOC', '2027-07-01', '2025-07-01', NULL, 'NĐ 170/2025/NĐ-CP Điều 70, 72', 'M', 'system', NULL),
('STANDARD', 'group:JOB_POSITION', 'PROFESSIONAL_MIN', 'DAI_HOC', '2027-07-01', '2025-07-01', NULL, 'NĐ 170/2025/NĐ-CP Điều 70, 72 (tiêu chuẩn trình độ đào tạo của vị trí việc làm)', 'M', 'system', NULL),
('STANDARD', '*', 'AGE_MIN', '18', NULL, '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15', 'H', 'system', NULL);

-- The provincial exception of NĐ 33/2023 (Điều 8, 10): in mountainous, border or extremely
-- difficult communes the province may accept trung cấp instead of đại học. Bắc Kạn used it [M];
-- recorded here for Bắc Kạn (06), extremely difficult communes only, as an example a province
-- officer edits or ends.
INSERT INTO standard_rule (kind, subject, condition, value, scope, valid_from, valid_to, legal_source, confidence, recorded_by, note) VALUES
('EXCEPTION', 'PROFESSIONAL_MIN', 'EXTREMELY_DIFFICULT', 'TRUNG_CAP', '06', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 8, 10 (UBND tỉnh quy định); quyết định của UBND tỉnh Bắc Kạn [L: số hiệu cần xác minh]', 'L', 'system', 'example of a provincial exception');
