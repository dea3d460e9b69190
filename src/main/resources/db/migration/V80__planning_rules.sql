-- Succession planning (quy hoạch cán bộ; issue 14, ADR 15): module planning.
-- The rules of planning are data (ADR 6): a regime per period (QĐ 50-QĐ/TW with HD 16-HD/BTCTW
-- until 7-10-2025, QĐ 377-QĐ/TW with HD 45-HD/BTCTW from 8-10-2025) and its numbers as rows, each
-- with its legal source, article and confidence. REGULATIONS.md §3.

CREATE TABLE planning_regime (
    code          varchar(20)  PRIMARY KEY,
    name          varchar(300) NOT NULL,
    name_en       varchar(300) NOT NULL,
    valid_from    date,
    valid_to      date,
    legal_source  varchar(500) NOT NULL,
    confidence    char(1)      NOT NULL CHECK (confidence IN ('H', 'M', 'L')),
    note          text,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);

CREATE TABLE planning_rule (
    regime_code   varchar(20)  NOT NULL REFERENCES planning_regime,
    rule_key      varchar(40)  NOT NULL CHECK (rule_key IN (
                      'per_post_max', 'posts_per_person_max', 'committee_coefficient_min',
                      'committee_coefficient_max', 'age_months_target_1', 'age_months_target_2',
                      'women_planning_age_years', 'rating_years')),
    value         numeric(6,2) NOT NULL,
    legal_source  varchar(500) NOT NULL,
    article       varchar(300) NOT NULL,
    confidence    char(1)      NOT NULL CHECK (confidence IN ('H', 'M', 'L')),
    note          text,
    PRIMARY KEY (regime_code, rule_key)
);

INSERT INTO planning_regime (code, name, name_en, valid_from, valid_to, legal_source, confidence, note) VALUES
('QD50', 'Quy định 50-QĐ/TW (2021) và Hướng dẫn 16-HD/BTCTW (15/02/2022) về công tác quy hoạch cán bộ',
 'Party Regulation 50-QD/TW (2021) and Guidance 16-HD/BTCTW (2022) on cadre planning',
 NULL, DATE '2025-10-07', 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'M',
 'Targets and age rule [H]; limits per post and per person and the coefficient [M] (REGULATIONS.md §3.1).'),
('QD377', 'Quy định 377-QĐ/TW (08/10/2025) và Hướng dẫn 45-HD/BTCTW (21/11/2025)',
 'Party Regulation 377-QD/TW (8 October 2025) and Guidance 45-HD/BTCTW (21 November 2025)',
 DATE '2025-10-08', NULL, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW', 'H',
 'Read in full (docs/legal/HD_45-HD-BTCTW_2025_huong_dan_QD377_quy_hoach_bo_nhiem.md).');

INSERT INTO planning_rule (regime_code, rule_key, value, legal_source, article, confidence, note) VALUES
('QD377', 'per_post_max', 3, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW', 'QĐ 377 Điều 26 khoản 2; HD 45 mục II.6.2', 'H',
 'One leadership post: at most 3 people, times the seats of a multi-seat post (3 deputies → 9).'),
('QD377', 'posts_per_person_max', 3, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW', 'QĐ 377 Điều 26 khoản 2; HD 45 mục II.6.2', 'H',
 'At one approval level; committee membership (BCH, BTV, UBKT) not counted.'),
('QD377', 'committee_coefficient_min', 1.0, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW', 'QĐ 377 Điều 26 khoản 1; HD 45 mục II.6.1', 'H', NULL),
('QD377', 'committee_coefficient_max', 1.5, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW', 'QĐ 377 Điều 26 khoản 1; HD 45 mục II.6.1', 'H',
 '50 BCH seats → at most 75 planned; 15 BTV → 23; 9 UBKT → 14 (rounded up).'),
('QD377', 'age_months_target_1', 60, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW', 'QĐ 377 Điều 25 khoản 2; HD 45 mục II.5.2', 'H',
 'Months from the reference date to the retirement date under NĐ 135/2020: at least one term.'),
('QD377', 'age_months_target_2', 120, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW', 'QĐ 377 Điều 25 khoản 2; HD 45 mục II.5.2', 'H',
 'At least two terms.'),
('QD377', 'women_planning_age_years', 60, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW; NĐ 83/2022/NĐ-CP; NĐ 99/2024/NĐ-CP', 'HD 45 mục II.5.2 gạch đầu dòng thứ ba', 'H',
 'Women entitled to retire at a higher age (at most 60) are computed with 60.'),
('QD377', 'rating_years', 3, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW', 'QĐ 377 Điều 25 khoản 1 (cơ bản đáp ứng tiêu chuẩn); HD 45 mục III (3 năm gần nhất)', 'L',
 'Reading: a final KHTNV rating (state or Party) in the last N years before the reference date refuses the candidate; missing ratings are shown, not refused. Verify.'),
('QD50', 'per_post_max', 3, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'QĐ 50 (giới hạn 3 người một chức danh)', 'M', 'REGULATIONS.md §3.1 [M].'),
('QD50', 'posts_per_person_max', 3, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'QĐ 50 (giới hạn 3 chức danh một người)', 'M', 'REGULATIONS.md §3.1 [M].'),
('QD50', 'committee_coefficient_min', 1.0, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'QĐ 50 (hệ số quy hoạch cấp ủy)', 'M', NULL),
('QD50', 'committee_coefficient_max', 1.5, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'QĐ 50 (hệ số quy hoạch cấp ủy)', 'M', NULL),
('QD50', 'age_months_target_1', 60, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'HD 16 (đủ tuổi công tác trọn một nhiệm kỳ)', 'H', 'A full term: 60 months.'),
('QD50', 'age_months_target_2', 120, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'HD 16 (đối tượng 2)', 'L',
 'Carried from QĐ 377 for the old period; the HD 16 figure is not in the brief. Verify.'),
('QD50', 'women_planning_age_years', 60, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW; NĐ 83/2022/NĐ-CP', 'HD 16 (cán bộ nữ nghỉ hưu ở tuổi 60)', 'M', NULL),
('QD50', 'rating_years', 3, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'QĐ 50 (tiêu chuẩn chức danh)', 'L', 'As for QD377. Verify.');

-- Where a leadership post stands for planning: level 1 is the highest of the commune. Only a
-- post of a higher level (smaller number) than every post one holds may be planned (QĐ 377 Điều
-- 19 khoản 3; HD 45 mục II.1.2: not the same, an equivalent or a lower post). Committee membership
-- (counted = false) is not counted in the posts per person (QĐ 377 Điều 26 khoản 2). The levels
-- are this system's reading of QĐ 368-QĐ/TW (the list of posts and their equivalences) [L]:
-- configurable rows.
CREATE TABLE planning_post_level (
    position_code varchar(40) PRIMARY KEY,
    level         smallint    NOT NULL CHECK (level BETWEEN 1 AND 9),
    counted       boolean     NOT NULL DEFAULT true,
    legal_source  varchar(500) NOT NULL,
    confidence    char(1)     NOT NULL CHECK (confidence IN ('H', 'M', 'L'))
);

INSERT INTO planning_post_level (position_code, level, counted, legal_source, confidence)
SELECT code, lvl, cnt, 'QĐ 368-QĐ/TW (08/9/2025); QĐ 377-QĐ/TW Điều 19 khoản 3 — thứ bậc do hệ thống đọc', 'L'
  FROM (VALUES
    ('BI_THU_DANG_UY', 1, true),
    ('PHO_BI_THU_DANG_UY', 2, true), ('CHU_TICH_HDND', 2, true), ('CHU_TICH_UBND', 2, true),
    ('CHU_TICH_UBMTTQ', 3, true), ('CHU_NHIEM_UBKT_DANG_UY', 3, true),
    ('PHO_CHU_TICH_HDND', 3, true), ('PHO_CHU_TICH_UBND', 3, true),
    ('TRUONG_BAN_XAY_DUNG_DANG', 3, true), ('UY_VIEN_BTV_DANG_UY', 3, false),
    ('CHANH_VAN_PHONG_DANG_UY', 4, true), ('GIAM_DOC_TT_CHINH_TRI', 4, true),
    ('PHO_CHU_NHIEM_UBKT_DANG_UY', 4, true), ('PHO_TRUONG_BAN_XAY_DUNG_DANG', 4, true),
    ('TRUONG_BAN_HDND', 4, true), ('UY_VIEN_UBND', 4, true), ('PHO_CHU_TICH_UBMTTQ', 4, true),
    ('BI_THU_DOAN', 4, true), ('CHU_TICH_HOI_PHU_NU', 4, true), ('CHU_TICH_HOI_NONG_DAN', 4, true),
    ('CHU_TICH_HOI_CCB', 4, true), ('CHANH_VAN_PHONG_HDND_UBND', 4, true),
    ('TRUONG_PHONG_KINH_TE', 4, true), ('TRUONG_PHONG_KT_HT_DO_THI', 4, true),
    ('TRUONG_PHONG_VH_XH', 4, true), ('GIAM_DOC_TT_PVHCC', 4, true), ('CHI_HUY_TRUONG_QS', 4, true),
    ('PHO_CHANH_VAN_PHONG_DANG_UY', 5, true), ('PHO_TRUONG_BAN_HDND', 5, true),
    ('PHO_CHANH_VAN_PHONG_HDND_UBND', 5, true), ('PHO_TRUONG_PHONG_KINH_TE', 5, true),
    ('PHO_TRUONG_PHONG_KT_HT_DO_THI', 5, true), ('PHO_TRUONG_PHONG_VH_XH', 5, true),
    ('PHO_GIAM_DOC_TT_PVHCC', 5, true),
    ('BI_THU_DANG_UY_XA', 1, true),
    ('PHO_BI_THU_DANG_UY_XA', 2, true), ('CHU_TICH_HDND_XA', 2, true), ('CHU_TICH_UBND_XA', 2, true),
    ('PHO_CHU_TICH_HDND_XA', 3, true), ('PHO_CHU_TICH_UBND_XA', 3, true), ('CHU_TICH_MTTQ_XA', 3, true),
    ('BI_THU_DOAN_XA', 4, true), ('CHU_TICH_HOI_PHU_NU_XA', 4, true),
    ('CHU_TICH_HOI_NONG_DAN_XA', 4, true), ('CHU_TICH_HOI_CCB_XA', 4, true)
  ) AS v(code, lvl, cnt);
