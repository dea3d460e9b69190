-- Legal corrections of December 2026 (REGULATIONS.md §13.10; ADR 17): discipline forms have
-- periods and belong to a system. State forms differ for cán bộ and công chức and changed on
-- 1-7-2025 (NĐ 172/2025 Art. 7: no hạ bậc lương, no giáng chức for công chức); Party discipline
-- (Điều lệ Đảng) is a separate list.
CREATE TABLE discipline_form (
    id             serial      PRIMARY KEY,
    system         varchar(10) NOT NULL CHECK (system IN ('STATE', 'PARTY')),
    staff_category varchar(15) NOT NULL CHECK (staff_category IN ('CADRE', 'CIVIL_SERVANT', '*')),
    form           varchar(20) NOT NULL,
    -- cách chức, giáng chức: only for who holds a leadership post (appointed or approved)
    leaders_only   boolean     NOT NULL DEFAULT false,
    valid_from     date,
    valid_to       date,
    legal_source   text        NOT NULL,
    confidence     char(1)     NOT NULL CHECK (confidence IN ('H', 'M', 'L')),
    sort_order     integer     NOT NULL,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);

INSERT INTO discipline_form (system, staff_category, form, leaders_only, valid_from, valid_to, legal_source, confidence, sort_order) VALUES
('STATE', 'CADRE', 'KHIEN_TRACH', false, NULL, '2025-06-30', 'Luật CBCC 22/2008/QH12 Điều 78', 'H', 10),
('STATE', 'CADRE', 'CANH_CAO', false, NULL, '2025-06-30', 'Luật CBCC 22/2008/QH12 Điều 78', 'H', 20),
('STATE', 'CADRE', 'CACH_CHUC', true, NULL, '2025-06-30', 'Luật CBCC 22/2008/QH12 Điều 78', 'H', 30),
('STATE', 'CADRE', 'BAI_NHIEM', false, NULL, '2025-06-30', 'Luật CBCC 22/2008/QH12 Điều 78', 'H', 40),
('STATE', 'CIVIL_SERVANT', 'KHIEN_TRACH', false, NULL, '2025-06-30', 'Luật CBCC 22/2008/QH12 Điều 79 (sửa đổi 2019)', 'H', 110),
('STATE', 'CIVIL_SERVANT', 'CANH_CAO', false, NULL, '2025-06-30', 'Luật CBCC 22/2008/QH12 Điều 79 (sửa đổi 2019)', 'H', 120),
('STATE', 'CIVIL_SERVANT', 'HA_BAC_LUONG', false, NULL, '2025-06-30', 'Luật CBCC 22/2008/QH12 Điều 79 (sửa đổi 2019)', 'H', 130),
('STATE', 'CIVIL_SERVANT', 'GIANG_CHUC', true, NULL, '2025-06-30', 'Luật CBCC 22/2008/QH12 Điều 79 (sửa đổi 2019)', 'H', 140),
('STATE', 'CIVIL_SERVANT', 'CACH_CHUC', true, NULL, '2025-06-30', 'Luật CBCC 22/2008/QH12 Điều 79 (sửa đổi 2019)', 'H', 150),
('STATE', 'CIVIL_SERVANT', 'BUOC_THOI_VIEC', false, NULL, '2025-06-30', 'Luật CBCC 22/2008/QH12 Điều 79 (sửa đổi 2019)', 'H', 160),
('STATE', 'CADRE', 'KHIEN_TRACH', false, '2025-07-01', NULL, 'NĐ 172/2025/NĐ-CP Điều 7 khoản 1', 'H', 210),
('STATE', 'CADRE', 'CANH_CAO', false, '2025-07-01', NULL, 'NĐ 172/2025/NĐ-CP Điều 7 khoản 1', 'H', 220),
('STATE', 'CADRE', 'CACH_CHUC', true, '2025-07-01', NULL, 'NĐ 172/2025/NĐ-CP Điều 7 khoản 1', 'H', 230),
('STATE', 'CADRE', 'BAI_NHIEM', false, '2025-07-01', NULL, 'NĐ 172/2025/NĐ-CP Điều 7 khoản 1', 'H', 240),
('STATE', 'CIVIL_SERVANT', 'KHIEN_TRACH', false, '2025-07-01', NULL, 'NĐ 172/2025/NĐ-CP Điều 7 khoản 2', 'H', 310),
('STATE', 'CIVIL_SERVANT', 'CANH_CAO', false, '2025-07-01', NULL, 'NĐ 172/2025/NĐ-CP Điều 7 khoản 2', 'H', 320),
('STATE', 'CIVIL_SERVANT', 'CACH_CHUC', true, '2025-07-01', NULL, 'NĐ 172/2025/NĐ-CP Điều 7 khoản 2', 'H', 330),
('STATE', 'CIVIL_SERVANT', 'BUOC_THOI_VIEC', false, '2025-07-01', NULL, 'NĐ 172/2025/NĐ-CP Điều 7 khoản 2', 'H', 340),
('PARTY', '*', 'KHIEN_TRACH', false, NULL, NULL, 'Điều lệ Đảng Cộng sản Việt Nam Điều 35', 'H', 410),
('PARTY', '*', 'CANH_CAO', false, NULL, NULL, 'Điều lệ Đảng Cộng sản Việt Nam Điều 35', 'H', 420),
('PARTY', '*', 'CACH_CHUC', true, NULL, NULL, 'Điều lệ Đảng Cộng sản Việt Nam Điều 35', 'H', 430),
('PARTY', '*', 'KHAI_TRU', false, NULL, NULL, 'Điều lệ Đảng Cộng sản Việt Nam Điều 35', 'H', 440);

-- A discipline says which system it is of; Khai trừ was only ever Party discipline.
ALTER TABLE person_discipline ADD COLUMN system varchar(10) NOT NULL DEFAULT 'STATE'
    CHECK (system IN ('STATE', 'PARTY'));
UPDATE person_discipline SET system = 'PARTY' WHERE form = 'KHAI_TRU';
ALTER TABLE person_discipline DROP CONSTRAINT person_discipline_form_check;
ALTER TABLE person_discipline ADD CONSTRAINT person_discipline_form_check CHECK (form IN
    ('KHIEN_TRACH', 'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC', 'CACH_CHUC', 'BAI_NHIEM',
     'BUOC_THOI_VIEC', 'KHAI_TRU'));

-- §13.11: the ways a post ends are distinct acts: thôi giữ chức vụ, từ chức, miễn nhiệm, bãi nhiệm,
-- cách chức (and nghỉ hưu).
ALTER TABLE decision DROP CONSTRAINT decision_kind_check;
ALTER TABLE decision ADD CONSTRAINT decision_kind_check CHECK (kind IN ('RECRUITMENT', 'APPOINTMENT',
    'ELECTION', 'TRANSFER', 'ROTATION', 'SECONDMENT', 'CONCURRENT', 'END_OF_POST', 'RESIGNATION',
    'DISMISSAL', 'RECALL', 'REMOVAL', 'RETIREMENT'));
