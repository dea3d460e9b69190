-- Legal corrections of December 2026 (REGULATIONS.md §13; ADR 17), standards and positions.
-- Rows are never overwritten: a corrected seed row is marked superseded (by 'system', with a
-- note) and its correction inserted beside it, exactly as an officer's amendment would be.

-- New kinds of rule row:
--   TRANSITION       who keeps a later deadline when a standard rises or the map changes:
--                    subject = posts (code, group:G, grade:G, category:C or *), criterion = * or one,
--                    condition = SERVICE_BEFORE (commune service begun before the date in value) or
--                    HELD_BEFORE (the post held, through transfers, before the date in value),
--                    deadline = the last day given (NULL: none — due on the day the post was taken);
--                    subject = staffing, condition = SURPLUS: the date surplus staff must be reduced by
--   QUOTA_ADJUST     a change of a commune's quota: condition = REGULAR_POLICE_CHIEF (a unit flag;
--                    criterion MINUS, value = seats less) or POPULATION (criterion PER_FRACTION,
--                    value = n: one more per full 1/n of the population norm above the norm)
--   POPULATION_NORM  the population norm of a commune type (subject = XA, THI_TRAN, PHUONG,
--                    PHUONG_OF_QUAN; condition = * or a unit flag), value = people
--   TERM             an elected body's term: subject = group:G, value = the term's name,
--                    valid_from/valid_to = the term, deadline = the day it ends (next congress or
--                    election)
ALTER TABLE standard_rule DROP CONSTRAINT standard_rule_kind_check;
ALTER TABLE standard_rule ADD CONSTRAINT standard_rule_kind_check CHECK (kind IN ('QUOTA',
    'DEFAULT_QUOTA', 'PROVINCE_LIMIT', 'STANDARD', 'EXCEPTION', 'TRANSITION', 'QUOTA_ADJUST',
    'POPULATION_NORM', 'TERM'));

-- §13.3: every NĐ 33/2023 title has the 5-year transition to 1-8-2028 (Art. 40), including
-- Tư pháp – hộ tịch and the military commander, whose rows had none.
UPDATE standard_rule SET superseded_at = now(), superseded_by = 'system'
 WHERE kind = 'STANDARD' AND subject IN ('TU_PHAP_HO_TICH', 'CHI_HUY_TRUONG_QS_XA')
   AND valid_from = DATE '2023-08-01' AND superseded_at IS NULL;
INSERT INTO standard_rule (kind, subject, criterion, value, deadline, valid_from, valid_to, legal_source, confidence, recorded_by, note) VALUES
('STANDARD', 'TU_PHAP_HO_TICH', 'PROFESSIONAL_MIN', 'TRUNG_CAP', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 10, 40; Luật Hộ tịch 2014 Điều 72', 'H', 'system', 'REGULATIONS §13.3: 5-year transition as every title'),
('STANDARD', 'CHI_HUY_TRUONG_QS_XA', 'PROFESSIONAL_MIN', 'TRUNG_CAP', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 10, 40; Luật Dân quân tự vệ 2019', 'M', 'system', 'REGULATIONS §13.3: 5-year transition as every title');

-- §13.5: the field of study counts where a text names one. FIELD_OF_STUDY: value = a field of the
-- catalogue below; met by a professional qualification held on the date, at or above the post's
-- professional level, whose major matches the field.
INSERT INTO standard_rule (kind, subject, criterion, value, deadline, valid_from, valid_to, legal_source, confidence, recorded_by, note) VALUES
('STANDARD', 'TU_PHAP_HO_TICH', 'FIELD_OF_STUDY', 'LUAT', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 10 khoản 2; Luật Hộ tịch 2014 Điều 72 (trung cấp luật trở lên)', 'H', 'system', NULL),
('STANDARD', 'VTVL_VP_TU_PHAP_HO_TICH', 'FIELD_OF_STUDY', 'LUAT', NULL, '2025-07-01', NULL, 'Luật Hộ tịch 2014 Điều 72 (công chức tư pháp – hộ tịch: trung cấp luật trở lên)', 'M', 'system', NULL),
('STANDARD', 'TAI_CHINH_KE_TOAN', 'FIELD_OF_STUDY', 'KE_TOAN', '2028-08-01', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 10 (chuyên ngành phù hợp); Luật Kế toán 2015 Điều 51', 'M', 'system', NULL),
('STANDARD', 'VTVL_VP_KE_TOAN', 'FIELD_OF_STUDY', 'KE_TOAN', NULL, '2025-07-01', NULL, 'Luật Kế toán 2015 Điều 51 (kế toán viên: chuyên môn kế toán)', 'M', 'system', NULL);

-- §13.1: the standards after 1-7-2025 carry no deadline of their own; the transitions below decide.
UPDATE standard_rule SET superseded_at = now(), superseded_by = 'system'
 WHERE kind = 'STANDARD' AND valid_from = DATE '2025-07-01' AND deadline = DATE '2027-07-01'
   AND superseded_at IS NULL;
INSERT INTO standard_rule (kind, subject, criterion, value, valid_from, legal_source, confidence, recorded_by, note) VALUES
('STANDARD', 'group:PARTY', 'PROFESSIONAL_MIN', 'DAI_HOC', '2025-07-01', 'QĐ 365-QĐ/TW; NĐ 33/2023/NĐ-CP Điều 8 (tiêu chuẩn không đổi)', 'M', 'system', 'deadline: TRANSITION rows'),
('STANDARD', 'group:HDND', 'PROFESSIONAL_MIN', 'DAI_HOC', '2025-07-01', 'NĐ 33/2023/NĐ-CP Điều 8 (tiêu chuẩn không đổi); Luật CBCC 80/2025/QH15 Điều 45', 'M', 'system', 'deadline: TRANSITION rows'),
('STANDARD', 'group:UBND', 'PROFESSIONAL_MIN', 'DAI_HOC', '2025-07-01', 'NĐ 33/2023/NĐ-CP Điều 8 (tiêu chuẩn không đổi); Luật CBCC 80/2025/QH15 Điều 45', 'M', 'system', 'deadline: TRANSITION rows'),
('STANDARD', 'group:UBND', 'POLITICAL_THEORY_MIN', 'TRUNG_CAP', '2025-07-01', 'NĐ 33/2023/NĐ-CP Điều 8; QĐ 365-QĐ/TW', 'M', 'system', 'deadline: TRANSITION rows'),
('STANDARD', 'group:DIVISION_HEAD', 'PROFESSIONAL_MIN', 'DAI_HOC', '2025-07-01', 'NĐ 170/2025/NĐ-CP Điều 70, 72 (lãnh đạo phòng: ngạch chuyên viên trở lên)', 'M', 'system', 'deadline: TRANSITION rows'),
('STANDARD', 'group:DIVISION_DEPUTY', 'PROFESSIONAL_MIN', 'DAI_HOC', '2025-07-01', 'NĐ 170/2025/NĐ-CP Điều 70, 72 (lãnh đạo phòng: ngạch chuyên viên trở lên)', 'M', 'system', 'deadline: TRANSITION rows');
-- §13.5: after 1-7-2025 the training standard of a job position follows its grade (Law 80 Art. 24:
-- the grade follows the job position; TT 02/2021/TT-BNV: chuyên viên đại học, cán sự cao đẳng,
-- nhân viên trung cấp) instead of đại học for every job position.
INSERT INTO standard_rule (kind, subject, criterion, value, valid_from, legal_source, confidence, recorded_by, note) VALUES
('STANDARD', 'grade:CHUYEN_VIEN', 'PROFESSIONAL_MIN', 'DAI_HOC', '2025-07-01', 'Luật CBCC 80/2025/QH15 Điều 24; TT 02/2021/TT-BNV (ngạch chuyên viên: đại học trở lên)', 'M', 'system', NULL),
('STANDARD', 'grade:CAN_SU', 'PROFESSIONAL_MIN', 'CAO_DANG', '2025-07-01', 'Luật CBCC 80/2025/QH15 Điều 24; TT 02/2021/TT-BNV (ngạch cán sự: cao đẳng trở lên)', 'M', 'system', NULL),
('STANDARD', 'grade:NHAN_VIEN', 'PROFESSIONAL_MIN', 'TRUNG_CAP', '2025-07-01', 'Luật CBCC 80/2025/QH15 Điều 24; TT 02/2021/TT-BNV (ngạch nhân viên: trung cấp trở lên)', 'M', 'system', NULL);

-- §13.1: the transitions of the 2025 reform. Nobody placed by the reform is due on the day of the
-- transfer decision.
INSERT INTO standard_rule (kind, subject, condition, criterion, value, deadline, valid_from, legal_source, confidence, recorded_by, note) VALUES
('TRANSITION', 'category:CIVIL_SERVANT', 'SERVICE_BEFORE', '*', '2025-07-01', '2027-07-01', '2025-07-01', 'Luật CBCC 80/2025/QH15 Điều 45 khoản 2; NĐ 170/2025/NĐ-CP Điều 70 khoản 2, Điều 72', 'H', 'system', 'công chức tuyển dụng trước 1/7/2025: bố trí vào vị trí việc làm, xếp ngạch chậm nhất 1/7/2027'),
('TRANSITION', 'category:CADRE', 'HELD_BEFORE', '*', '2023-08-01', '2028-08-01', '2025-07-01', 'NĐ 33/2023/NĐ-CP Điều 8, 40 (thời hạn 5 năm, còn áp dụng khi tiêu chuẩn của chức vụ không đổi)', 'M', 'system', 'cán bộ giữ chức vụ từ trước 1/8/2023 — cần xác minh'),
('TRANSITION', 'category:CADRE', 'HELD_BEFORE', '*', '2025-07-01', NULL, '2025-07-01', 'NĐ 33/2023/NĐ-CP Điều 8 (bầu từ 1/8/2023 phải đạt chuẩn khi bầu; quyết định sắp xếp ngày 1/7/2025 không đặt lại thời hạn)', 'M', 'system', 'hạn là ngày bắt đầu giữ chức vụ trước sắp xếp'),
('TRANSITION', 'staffing', 'SURPLUS', '*', '2025-07-01', '2030-06-30', '2025-07-01', 'Luật CBCC 80/2025/QH15 Điều 45 khoản 1 (tinh giản biên chế trong thời hạn 05 năm)', 'H', 'system', 'số dôi dư so với biên chế được giao phải giảm đến 30/6/2030');

-- §13.4: quota adjustments [M]. NĐ 34/2019 Art. 2: one fewer where a regular police officer is the
-- commune police chief; NĐ 33/2023 Art. 6(2)(a): one more per full half of the population norm
-- above the norm (a third for phường of urban districts).
INSERT INTO standard_rule (kind, subject, condition, criterion, value, valid_from, valid_to, legal_source, confidence, recorded_by, note) VALUES
('QUOTA_ADJUST', '*', 'REGULAR_POLICE_CHIEF', 'MINUS', '1', '2019-06-25', '2023-07-31', 'NĐ 34/2019/NĐ-CP Điều 2 khoản 1 (bố trí Công an chính quy đảm nhận Trưởng Công an xã thì giảm 01 người)', 'M', 'system', NULL),
('QUOTA_ADJUST', 'PHUONG_OF_QUAN', 'POPULATION', 'PER_FRACTION', '3', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 6 khoản 2 điểm a (phường thuộc quận: đủ 1/3 mức quy mô dân số thì thêm 01)', 'M', 'system', 'verify the exact wording'),
('QUOTA_ADJUST', '*', 'POPULATION', 'PER_FRACTION', '2', '2023-08-01', '2025-06-30', 'NĐ 33/2023/NĐ-CP Điều 6 khoản 2 điểm a (đủ 1/2 mức quy mô dân số thì thêm 01)', 'M', 'system', 'verify the exact wording'),
('POPULATION_NORM', 'XA', 'MOUNTAINOUS', '*', '5000', '2023-08-01', '2025-06-30', 'NQ 1211/2016/UBTVQH13 Điều 6 (xã miền núi, vùng cao), sửa đổi bởi NQ 27/2022/UBTVQH15', 'L', 'system', 'verify against NQ 27/2022'),
('POPULATION_NORM', 'XA', '*', '*', '8000', '2023-08-01', '2025-06-30', 'NQ 1211/2016/UBTVQH13 Điều 6, sửa đổi bởi NQ 27/2022/UBTVQH15', 'L', 'system', 'verify against NQ 27/2022'),
('POPULATION_NORM', 'THI_TRAN', '*', '*', '8000', '2023-08-01', '2025-06-30', 'NQ 1211/2016/UBTVQH13 Điều 7, sửa đổi bởi NQ 27/2022/UBTVQH15', 'L', 'system', 'verify against NQ 27/2022'),
('POPULATION_NORM', 'PHUONG_OF_QUAN', '*', '*', '7000', '2023-08-01', '2025-06-30', 'NQ 1211/2016/UBTVQH13 Điều 8, sửa đổi bởi NQ 27/2022/UBTVQH15', 'L', 'system', 'verify against NQ 27/2022'),
('POPULATION_NORM', 'PHUONG', '*', '*', '5000', '2023-08-01', '2025-06-30', 'NQ 1211/2016/UBTVQH13 Điều 8, sửa đổi bởi NQ 27/2022/UBTVQH15', 'L', 'system', 'verify against NQ 27/2022');

-- §13.9: elected terms end with the HĐND term or the Party congress, not 5 years after the start.
INSERT INTO standard_rule (kind, subject, value, deadline, valid_from, valid_to, legal_source, confidence, recorded_by, note) VALUES
('TERM', 'group:HDND', '2016-2021', '2021-05-23', '2016-05-22', '2021-05-22', 'HĐND khóa 2016–2021; bầu cử ngày 23/5/2021', 'M', 'system', NULL),
('TERM', 'group:HDND', '2021-2026', '2026-03-15', '2021-05-23', '2026-03-14', 'HĐND khóa 2021–2026; bầu cử HĐND khóa mới ngày 15/3/2026', 'M', 'system', 'the reform kept the term: the new communes'' HĐND were appointed for its rest'),
('TERM', 'group:UBND', '2016-2021', '2021-05-23', '2016-05-22', '2021-05-22', 'UBND do HĐND khóa 2016–2021 bầu', 'M', 'system', NULL),
('TERM', 'group:UBND', '2021-2026', '2026-03-15', '2021-05-23', '2026-03-14', 'UBND do HĐND khóa 2021–2026 bầu; bầu cử HĐND khóa mới ngày 15/3/2026', 'M', 'system', NULL),
('TERM', 'group:PARTY', '2015-2020', '2020-06-30', '2015-07-01', '2020-06-30', 'Đại hội Đảng bộ cấp cơ sở nhiệm kỳ 2020–2025 (quý II/2020)', 'M', 'system', NULL),
('TERM', 'group:PARTY', '2020-2025', '2025-06-30', '2020-07-01', '2025-06-30', 'Đảng bộ xã nhiệm kỳ 2020–2025 (kết thúc khi sắp xếp 1/7/2025)', 'M', 'system', NULL),
('TERM', 'group:PARTY', '2025-2030', '2030-07-01', '2025-07-01', '2030-06-30', 'Đảng bộ xã nhiệm kỳ 2025–2030; HD 45-HD/BTCTW: mốc tính tuổi tháng 7/2030', 'M', 'system', NULL);

-- §13.6: Trưởng Công an xã existed only in xã and thị trấn (phường always had regular police) and
-- left the list on 1-8-2023 [M].
UPDATE position SET unit_types = ARRAY['XA','THI_TRAN']::varchar[],
       legal_source = 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP (chỉ xã, thị trấn); không còn là công chức cấp xã từ 1/8/2023 (NĐ 33/2023/NĐ-CP)'
 WHERE code = 'TRUONG_CONG_AN_XA';

-- §13.5: job positions after 1-7-2025 carry a grade (ngạch, Law 80 Art. 24) [M: the province's job list
-- decides]; §13.2: the titles a commune must have filled to count as staffed.
ALTER TABLE position ADD COLUMN grade varchar(20)
    CHECK (grade IN ('CHUYEN_VIEN_CAO_CAP', 'CHUYEN_VIEN_CHINH', 'CHUYEN_VIEN', 'CAN_SU', 'NHAN_VIEN'));
ALTER TABLE position ADD COLUMN mandatory boolean NOT NULL DEFAULT false;
UPDATE position SET grade = 'CHUYEN_VIEN'
 WHERE position_group IN ('JOB_POSITION', 'DIVISION_HEAD', 'DIVISION_DEPUTY');
UPDATE position SET grade = 'CAN_SU' WHERE code IN ('VTVL_VP_VAN_THU_LUU_TRU', 'VTVL_TTPVHCC_MOT_CUA');
UPDATE position SET mandatory = true WHERE code IN (
    -- NĐ 92/2009, 34/2019, 33/2023 (one holder each): the heads of the bodies and the titles
    'BI_THU_DANG_UY_XA', 'CHU_TICH_HDND_XA', 'CHU_TICH_UBND_XA', 'PHO_CHU_TICH_UBND_XA',
    'CHU_TICH_MTTQ_XA', 'BI_THU_DOAN_XA', 'CHU_TICH_HOI_PHU_NU_XA', 'CHU_TICH_HOI_CCB_XA',
    'CHI_HUY_TRUONG_QS_XA', 'VAN_PHONG_THONG_KE', 'DIA_CHINH_XA', 'DIA_CHINH_PHUONG',
    'TAI_CHINH_KE_TOAN', 'TU_PHAP_HO_TICH', 'VAN_HOA_XA_HOI',
    -- after 1-7-2025: the heads of the commune's bodies (NĐ 150/2025, NĐ 300/2025) [M]
    'BI_THU_DANG_UY', 'CHU_TICH_HDND', 'CHU_TICH_UBND', 'CHU_TICH_UBMTTQ',
    'CHANH_VAN_PHONG_HDND_UBND', 'TRUONG_PHONG_KINH_TE', 'TRUONG_PHONG_KT_HT_DO_THI',
    'TRUONG_PHONG_VH_XH', 'CHI_HUY_TRUONG_QS');

-- §13.5: fields of study, with the spellings people write (lower case, without diacritics).
CREATE TABLE study_field (
    code         varchar(30) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,29}$'),
    name_vi      text        NOT NULL,
    name_en      text        NOT NULL,
    aliases      text[]      NOT NULL,
    legal_source text        NOT NULL,
    confidence   char(1)     NOT NULL CHECK (confidence IN ('H', 'M', 'L'))
);
INSERT INTO study_field (code, name_vi, name_en, aliases, legal_source, confidence) VALUES
('LUAT', 'Luật', 'Law', '{luat,luat hoc,phap luat,cu nhan luat,trung cap luat,luat kinh te,luat hanh chinh,luat dan su,luat hinh su,law}', 'Luật Hộ tịch 2014 Điều 72', 'H'),
('KE_TOAN', 'Kế toán', 'Accounting', '{ke toan,tai chinh ke toan,ke toan doanh nghiep,ke toan hanh chinh su nghiep,kiem toan,accounting}', 'Luật Kế toán 2015 Điều 51', 'M');

-- SQL API of the qualifications module: every professional qualification held on a date, with its
-- rank and major (the field of study of a standard is matched against majors).
CREATE FUNCTION qualifications_majors_on(as_of date)
    RETURNS TABLE (person_id bigint, rank smallint, major text)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT q.person_id, l.rank, q.major
      FROM qualification q JOIN qualification_level l USING (track, level)
     WHERE q.track = 'PROFESSIONAL' AND q.superseded_at IS NULL AND q.verification <> 'REJECTED'
       AND q.awarded_on <= as_of AND q.major IS NOT NULL
$$;

-- SQL API of positions: every post begun by a date (superseded rows left out), with the kind of the
-- decision that began it — to follow a post back through transfers (the reform's included).
CREATE FUNCTION positions_posts_until(as_of date)
    RETURNS TABLE (assignment_id bigint, person_id bigint, unit_code varchar, position_code varchar,
                   concurrent boolean, valid_from date, valid_to date, start_kind varchar)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT a.id, a.person_id, a.unit_code, a.position_code, a.concurrent, a.valid_from, a.valid_to, d.kind
      FROM assignment a JOIN decision d ON d.id = a.start_decision_id
     WHERE a.superseded_at IS NULL AND a.valid_from <= as_of
$$;

-- §13.4: the commune's population (a dated unit attribute with its source) and the flag "a regular
-- police officer is the commune police chief". The list of kinds is checked by the application
-- (UnitAttribute.AttributeKind); the table keeps the shape of each value.
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
              WHERE conrelid = 'unit_attribute'::regclass AND contype = 'c'
                AND pg_get_constraintdef(oid) LIKE '%attribute%' LOOP
        EXECUTE format('ALTER TABLE unit_attribute DROP CONSTRAINT %I', c.conname);
    END LOOP;
END $$;
ALTER TABLE unit_attribute ADD CONSTRAINT unit_attribute_kind_shape CHECK (attribute ~ '^[A-Z][A-Z_]{1,29}$');
ALTER TABLE unit_attribute ADD CONSTRAINT unit_attribute_class_value
    CHECK (attribute <> 'CLASS' OR value IN ('DAC_BIET', 'LOAI_I', 'LOAI_II', 'LOAI_III'));
ALTER TABLE unit_attribute ADD CONSTRAINT unit_attribute_population_value
    CHECK (attribute <> 'POPULATION' OR value ~ '^[0-9]{1,8}$');
ALTER TABLE unit_attribute ADD CONSTRAINT unit_attribute_flag_value
    CHECK (attribute IN ('CLASS', 'POPULATION') OR value IN ('true', 'false'));

-- §13.11: the names as the texts write them.
UPDATE position SET name_vi = 'Bí thư Đoàn TNCS Hồ Chí Minh xã' WHERE code = 'BI_THU_DOAN_XA';
UPDATE position SET name_vi = 'Phó Chủ tịch UBMTTQ, Bí thư Đoàn TNCS Hồ Chí Minh xã' WHERE code = 'BI_THU_DOAN';
