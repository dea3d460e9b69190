-- Positions and assignments (module positions).
-- The catalogue of commune posts is effective-dated data with seats where the law limits them:
-- until 30-6-2025 the 11 elected cadre posts and the civil-servant titles of NĐ 33/2023 (and
-- before it NĐ 92/2009 and NĐ 34/2019); from 1-7-2025 the two-level structure (REGULATIONS.md §1.4):
-- Party, HĐND, UBND, MTTQ posts, heads and deputies of the divisions of NĐ 150/2025 and of the
-- public administration service centre, and civil-servant job positions (vị trí việc làm).
CREATE TABLE position (
    id             serial      PRIMARY KEY,
    code           varchar(40) NOT NULL CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
    name_vi        text        NOT NULL,
    name_en        text        NOT NULL,
    staff_category varchar(15) NOT NULL CHECK (staff_category IN ('CADRE', 'CIVIL_SERVANT')),
    position_group varchar(20) NOT NULL CHECK (position_group IN ('PARTY', 'HDND', 'UBND', 'MTTQ',
                       'MASS_ORG', 'CIVIL_SERVANT_TITLE', 'DIVISION_HEAD', 'DIVISION_DEPUTY', 'JOB_POSITION')),
    -- how many holders one commune may have at a time, where the law fixes it
    seats          smallint    CHECK (seats > 0),
    -- commune types the post exists in; NULL: every type
    unit_types     varchar[],
    leadership     boolean     NOT NULL,
    valid_from     date,
    valid_to       date,
    legal_source   text        NOT NULL,
    confidence     char(1)     NOT NULL CHECK (confidence IN ('H', 'M', 'L')),
    sort_order     integer     NOT NULL,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    CONSTRAINT position_versions_do_not_overlap
        EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);

INSERT INTO position (code, name_vi, name_en, staff_category, position_group, seats, unit_types,
                      leadership, valid_from, valid_to, legal_source, confidence, sort_order) VALUES
    ('BI_THU_DANG_UY_XA', 'Bí thư Đảng ủy', 'Party Committee Secretary', 'CADRE', 'PARTY', 1, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 10),
    ('PHO_BI_THU_DANG_UY_XA', 'Phó Bí thư Đảng ủy', 'Deputy Party Committee Secretary', 'CADRE', 'PARTY', NULL, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 20),
    ('CHU_TICH_HDND_XA', 'Chủ tịch Hội đồng nhân dân', 'Chair of the People''s Council', 'CADRE', 'HDND', 1, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 30),
    ('PHO_CHU_TICH_HDND_XA', 'Phó Chủ tịch Hội đồng nhân dân', 'Vice-chair of the People''s Council', 'CADRE', 'HDND', 1, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 40),
    ('CHU_TICH_UBND_XA', 'Chủ tịch Ủy ban nhân dân', 'Chair of the People''s Committee', 'CADRE', 'UBND', 1, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 50),
    ('PHO_CHU_TICH_UBND_XA', 'Phó Chủ tịch Ủy ban nhân dân', 'Vice-chair of the People''s Committee', 'CADRE', 'UBND', NULL, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 60),
    ('CHU_TICH_MTTQ_XA', 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam', 'Chair of the Fatherland Front Committee', 'CADRE', 'MTTQ', 1, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 70),
    ('BI_THU_DOAN_XA', 'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Secretary of the Youth Union', 'CADRE', 'MASS_ORG', 1, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 80),
    ('CHU_TICH_HOI_PHU_NU_XA', 'Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam', 'Chair of the Women''s Union', 'CADRE', 'MASS_ORG', 1, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 90),
    ('CHU_TICH_HOI_NONG_DAN_XA', 'Chủ tịch Hội Nông dân Việt Nam', 'Chair of the Farmers'' Union', 'CADRE', 'MASS_ORG', 1, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 100),
    ('CHU_TICH_HOI_CCB_XA', 'Chủ tịch Hội Cựu chiến binh Việt Nam', 'Chair of the Veterans'' Association', 'CADRE', 'MASS_ORG', 1, NULL, true, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 110),
    ('CHI_HUY_TRUONG_QS_XA', 'Chỉ huy trưởng Ban Chỉ huy Quân sự', 'Commander of the Military Command', 'CIVIL_SERVANT', 'CIVIL_SERVANT_TITLE', 1, NULL, false, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 120),
    ('VAN_PHONG_THONG_KE', 'Văn phòng - thống kê', 'Office and statistics', 'CIVIL_SERVANT', 'CIVIL_SERVANT_TITLE', NULL, NULL, false, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 130),
    ('DIA_CHINH_XA', 'Địa chính - nông nghiệp - xây dựng và môi trường', 'Land, agriculture, construction and environment', 'CIVIL_SERVANT', 'CIVIL_SERVANT_TITLE', NULL, ARRAY['XA']::varchar[], false, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 140),
    ('DIA_CHINH_PHUONG', 'Địa chính - xây dựng - đô thị và môi trường', 'Land, construction, urban affairs and environment', 'CIVIL_SERVANT', 'CIVIL_SERVANT_TITLE', NULL, ARRAY['PHUONG','THI_TRAN']::varchar[], false, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 150),
    ('TAI_CHINH_KE_TOAN', 'Tài chính - kế toán', 'Finance and accounting', 'CIVIL_SERVANT', 'CIVIL_SERVANT_TITLE', NULL, NULL, false, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 160),
    ('TU_PHAP_HO_TICH', 'Tư pháp - hộ tịch', 'Justice and civil status', 'CIVIL_SERVANT', 'CIVIL_SERVANT_TITLE', NULL, NULL, false, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 170),
    ('VAN_HOA_XA_HOI', 'Văn hóa - xã hội', 'Culture and social affairs', 'CIVIL_SERVANT', 'CIVIL_SERVANT_TITLE', NULL, NULL, false, NULL, DATE '2025-06-30', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Art. 5 (until 30-6-2025)', 'H', 180),
    ('TRUONG_CONG_AN_XA', 'Trưởng Công an xã', 'Commune Police Chief', 'CIVIL_SERVANT', 'CIVIL_SERVANT_TITLE', 1, NULL, false, NULL, DATE '2023-07-31', 'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; no longer a commune civil servant under NĐ 33/2023', 'M', 190),
    ('BI_THU_DANG_UY', 'Bí thư Đảng ủy xã', 'Commune Party Committee Secretary', 'CADRE', 'PARTY', 1, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025); Party commune structure [M]', 'M', 200),
    ('PHO_BI_THU_DANG_UY', 'Phó Bí thư Đảng ủy xã', 'Deputy Party Committee Secretary', 'CADRE', 'PARTY', NULL, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025); Party commune structure [M]', 'M', 210),
    ('UY_VIEN_BTV_DANG_UY', 'Ủy viên Ban Thường vụ Đảng ủy xã', 'Member of the Party Standing Committee', 'CADRE', 'PARTY', NULL, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025); Party commune structure [M]', 'M', 220),
    ('CHU_NHIEM_UBKT_DANG_UY', 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã', 'Chair of the Party Inspection Committee', 'CADRE', 'PARTY', 1, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025); Party commune structure [M]', 'M', 230),
    ('PHO_CHU_NHIEM_UBKT_DANG_UY', 'Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã', 'Vice-chair of the Party Inspection Committee', 'CADRE', 'PARTY', NULL, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025); Party commune structure [M]', 'M', 240),
    ('TRUONG_BAN_XAY_DUNG_DANG', 'Trưởng Ban Xây dựng Đảng', 'Head of the Party Building Board', 'CADRE', 'PARTY', 1, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025); Party commune structure [M]', 'L', 250),
    ('PHO_TRUONG_BAN_XAY_DUNG_DANG', 'Phó Trưởng Ban Xây dựng Đảng', 'Deputy head of the Party Building Board', 'CADRE', 'PARTY', NULL, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025); Party commune structure [M]', 'L', 260),
    ('CHANH_VAN_PHONG_DANG_UY', 'Chánh Văn phòng Đảng ủy xã', 'Chief of the Party Committee Office', 'CADRE', 'PARTY', 1, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025); Party commune structure [M]', 'L', 270),
    ('PHO_CHANH_VAN_PHONG_DANG_UY', 'Phó Chánh Văn phòng Đảng ủy xã', 'Deputy chief of the Party Committee Office', 'CADRE', 'PARTY', NULL, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025); Party commune structure [M]', 'L', 280),
    ('GIAM_DOC_TT_CHINH_TRI', 'Giám đốc Trung tâm Chính trị', 'Director of the Political Centre', 'CADRE', 'PARTY', 1, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025); Party commune structure [M]', 'L', 290),
    ('CHU_TICH_HDND', 'Chủ tịch Hội đồng nhân dân xã', 'Chair of the People''s Council', 'CADRE', 'HDND', 1, NULL, true, DATE '2025-07-01', NULL, 'Luật Tổ chức chính quyền địa phương 2025', 'M', 300),
    ('PHO_CHU_TICH_HDND', 'Phó Chủ tịch Hội đồng nhân dân xã', 'Vice-chair of the People''s Council', 'CADRE', 'HDND', NULL, NULL, true, DATE '2025-07-01', NULL, 'Luật Tổ chức chính quyền địa phương 2025', 'M', 310),
    ('TRUONG_BAN_HDND', 'Trưởng Ban của Hội đồng nhân dân xã', 'Head of a People''s Council board', 'CADRE', 'HDND', NULL, NULL, true, DATE '2025-07-01', NULL, 'Luật Tổ chức chính quyền địa phương 2025', 'M', 320),
    ('PHO_TRUONG_BAN_HDND', 'Phó Trưởng Ban của Hội đồng nhân dân xã', 'Deputy head of a People''s Council board', 'CADRE', 'HDND', NULL, NULL, true, DATE '2025-07-01', NULL, 'Luật Tổ chức chính quyền địa phương 2025', 'M', 330),
    ('CHU_TICH_UBND', 'Chủ tịch Ủy ban nhân dân xã', 'Chair of the People''s Committee', 'CADRE', 'UBND', 1, NULL, true, DATE '2025-07-01', NULL, 'NĐ 300/2025/NĐ-CP', 'H', 340),
    ('PHO_CHU_TICH_UBND', 'Phó Chủ tịch Ủy ban nhân dân xã', 'Vice-chair of the People''s Committee', 'CADRE', 'UBND', NULL, NULL, true, DATE '2025-07-01', NULL, 'NĐ 300/2025/NĐ-CP (≤ 2,5 per commune on average across the province)', 'H', 350),
    ('UY_VIEN_UBND', 'Ủy viên Ủy ban nhân dân xã', 'Member of the People''s Committee', 'CADRE', 'UBND', NULL, NULL, true, DATE '2025-07-01', NULL, 'NĐ 300/2025/NĐ-CP', 'H', 360),
    ('CHU_TICH_UBMTTQ', 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Chair of the Fatherland Front Committee', 'CADRE', 'MTTQ', 1, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025)', 'M', 370),
    ('PHO_CHU_TICH_UBMTTQ', 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Vice-chair of the Fatherland Front Committee', 'CADRE', 'MTTQ', NULL, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025)', 'M', 380),
    ('BI_THU_DOAN', 'Phó Chủ tịch UBMTTQ, Bí thư Đoàn Thanh niên xã', 'Front vice-chair, Youth Union Secretary', 'CADRE', 'MASS_ORG', 1, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025)', 'M', 390),
    ('CHU_TICH_HOI_PHU_NU', 'Phó Chủ tịch UBMTTQ, Chủ tịch Hội Liên hiệp Phụ nữ xã', 'Front vice-chair, Women''s Union Chair', 'CADRE', 'MASS_ORG', 1, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025)', 'M', 400),
    ('CHU_TICH_HOI_NONG_DAN', 'Phó Chủ tịch UBMTTQ, Chủ tịch Hội Nông dân xã', 'Front vice-chair, Farmers'' Union Chair', 'CADRE', 'MASS_ORG', 1, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025)', 'M', 410),
    ('CHU_TICH_HOI_CCB', 'Phó Chủ tịch UBMTTQ, Chủ tịch Hội Cựu chiến binh xã', 'Front vice-chair, Veterans'' Association Chair', 'CADRE', 'MASS_ORG', 1, NULL, true, DATE '2025-07-01', NULL, 'QĐ 368-QĐ/TW (2025)', 'M', 420),
    ('CHANH_VAN_PHONG_HDND_UBND', 'Chánh Văn phòng HĐND và UBND', 'Chief of the Office of the People''s Council and Committee', 'CIVIL_SERVANT', 'DIVISION_HEAD', 1, NULL, true, DATE '2025-07-01', NULL, 'NĐ 150/2025/NĐ-CP', 'H', 430),
    ('PHO_CHANH_VAN_PHONG_HDND_UBND', 'Phó Chánh Văn phòng HĐND và UBND', 'Deputy chief of the Office', 'CIVIL_SERVANT', 'DIVISION_DEPUTY', NULL, NULL, true, DATE '2025-07-01', NULL, 'NĐ 150/2025/NĐ-CP; NQ 332/NQ-CP (2 deputies on average)', 'H', 440),
    ('TRUONG_PHONG_KINH_TE', 'Trưởng phòng Kinh tế', 'Head of the Economic Division', 'CIVIL_SERVANT', 'DIVISION_HEAD', 1, ARRAY['XA','DAC_KHU']::varchar[], true, DATE '2025-07-01', NULL, 'NĐ 150/2025/NĐ-CP', 'H', 450),
    ('PHO_TRUONG_PHONG_KINH_TE', 'Phó Trưởng phòng Kinh tế', 'Deputy head of the Economic Division', 'CIVIL_SERVANT', 'DIVISION_DEPUTY', NULL, ARRAY['XA','DAC_KHU']::varchar[], true, DATE '2025-07-01', NULL, 'NĐ 150/2025/NĐ-CP; NQ 332/NQ-CP', 'H', 460),
    ('TRUONG_PHONG_KT_HT_DO_THI', 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị', 'Head of the Economy, Infrastructure and Urban Division', 'CIVIL_SERVANT', 'DIVISION_HEAD', 1, ARRAY['PHUONG']::varchar[], true, DATE '2025-07-01', NULL, 'NĐ 150/2025/NĐ-CP', 'H', 470),
    ('PHO_TRUONG_PHONG_KT_HT_DO_THI', 'Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị', 'Deputy head of the Economy, Infrastructure and Urban Division', 'CIVIL_SERVANT', 'DIVISION_DEPUTY', NULL, ARRAY['PHUONG']::varchar[], true, DATE '2025-07-01', NULL, 'NĐ 150/2025/NĐ-CP; NQ 332/NQ-CP', 'H', 480),
    ('TRUONG_PHONG_VH_XH', 'Trưởng phòng Văn hóa - Xã hội', 'Head of the Culture and Society Division', 'CIVIL_SERVANT', 'DIVISION_HEAD', 1, NULL, true, DATE '2025-07-01', NULL, 'NĐ 150/2025/NĐ-CP', 'H', 490),
    ('PHO_TRUONG_PHONG_VH_XH', 'Phó Trưởng phòng Văn hóa - Xã hội', 'Deputy head of the Culture and Society Division', 'CIVIL_SERVANT', 'DIVISION_DEPUTY', NULL, NULL, true, DATE '2025-07-01', NULL, 'NĐ 150/2025/NĐ-CP; NQ 332/NQ-CP', 'H', 500),
    ('GIAM_DOC_TT_PVHCC', 'Giám đốc Trung tâm Phục vụ hành chính công', 'Director of the Public Administration Service Centre', 'CIVIL_SERVANT', 'DIVISION_HEAD', 1, NULL, true, DATE '2025-07-01', NULL, 'NĐ 118/2025/NĐ-CP', 'H', 510),
    ('PHO_GIAM_DOC_TT_PVHCC', 'Phó Giám đốc Trung tâm Phục vụ hành chính công', 'Deputy director of the Service Centre', 'CIVIL_SERVANT', 'DIVISION_DEPUTY', NULL, NULL, true, DATE '2025-07-01', NULL, 'NĐ 118/2025/NĐ-CP; NQ 332/NQ-CP', 'H', 520),
    ('CHI_HUY_TRUONG_QS', 'Chỉ huy trưởng Ban Chỉ huy Quân sự xã', 'Commander of the commune Military Command', 'CIVIL_SERVANT', 'DIVISION_HEAD', 1, NULL, true, DATE '2025-07-01', NULL, 'NĐ 300/2025/NĐ-CP (UBND member in charge of military affairs)', 'M', 530),
    ('VTVL_VP_HANH_CHINH_TONG_HOP', 'Hành chính - tổng hợp (Văn phòng HĐND và UBND)', 'Administration (Office)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 540),
    ('VTVL_VP_TU_PHAP_HO_TICH', 'Tư pháp - hộ tịch (Văn phòng HĐND và UBND)', 'Justice and civil status (Office)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 550),
    ('VTVL_VP_KE_TOAN', 'Kế toán (Văn phòng HĐND và UBND)', 'Accounting (Office)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 560),
    ('VTVL_VP_VAN_THU_LUU_TRU', 'Văn thư - lưu trữ (Văn phòng HĐND và UBND)', 'Records and archives (Office)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 570),
    ('VTVL_KT_TAI_CHINH_KE_HOACH', 'Tài chính - kế hoạch (Phòng Kinh tế)', 'Finance and planning (Economic Division)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 580),
    ('VTVL_KT_XAY_DUNG_CONG_THUONG', 'Xây dựng, công thương (Phòng Kinh tế)', 'Construction, industry and trade (Economic Division)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 590),
    ('VTVL_KT_NONG_NGHIEP_MOI_TRUONG', 'Nông nghiệp và môi trường (Phòng Kinh tế)', 'Agriculture and environment (Economic Division)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 600),
    ('VTVL_KT_DIA_CHINH', 'Địa chính - đất đai (Phòng Kinh tế)', 'Land administration (Economic Division)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 610),
    ('VTVL_VHXH_NOI_VU', 'Nội vụ (Phòng Văn hóa - Xã hội)', 'Home affairs (Culture and Society Division)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 620),
    ('VTVL_VHXH_GIAO_DUC', 'Giáo dục (Phòng Văn hóa - Xã hội)', 'Education (Culture and Society Division)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 630),
    ('VTVL_VHXH_VAN_HOA_THONG_TIN', 'Văn hóa, khoa học và thông tin (Phòng Văn hóa - Xã hội)', 'Culture, science and information (Culture and Society Division)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 640),
    ('VTVL_VHXH_Y_TE', 'Y tế (Phòng Văn hóa - Xã hội)', 'Health (Culture and Society Division)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 650),
    ('VTVL_VHXH_LAO_DONG_XA_HOI', 'Lao động và xã hội (Phòng Văn hóa - Xã hội)', 'Labour and social affairs (Culture and Society Division)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 660),
    ('VTVL_TTPVHCC_MOT_CUA', 'Tiếp nhận và trả kết quả (Trung tâm Phục vụ hành chính công)', 'Front desk (Service Centre)', 'CIVIL_SERVANT', 'JOB_POSITION', NULL, NULL, false, DATE '2025-07-01', NULL, 'Luật CBCC 80/2025/QH15 Art. 23; NĐ 150/2025/NĐ-CP; job list per province [M]', 'M', 670);

-- A decision (quyết định) is the legal basis of every change of post.
CREATE TABLE decision (
    id           bigserial   PRIMARY KEY,
    number       text        NOT NULL CHECK (length(number) BETWEEN 1 AND 100),
    decided_on   date        NOT NULL,
    issuer       text        NOT NULL CHECK (length(issuer) BETWEEN 1 AND 300),
    signer       text        CHECK (length(signer) <= 200),
    kind         varchar(15) NOT NULL CHECK (kind IN ('RECRUITMENT', 'APPOINTMENT', 'ELECTION',
                     'TRANSFER', 'ROTATION', 'SECONDMENT', 'CONCURRENT', 'END_OF_POST', 'RETIREMENT')),
    file_name    text,
    content_type varchar(50),
    file_bytes   bytea       CHECK (length(file_bytes) <= 10485760),
    recorded_by  varchar(64) NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX decision_number_idx ON decision (number);

-- A person holds a post in a commune over a period. Main posts of one person never overlap;
-- concurrent posts (kiêm nhiệm) may. Corrections supersede rows instead of overwriting them.
CREATE TABLE assignment (
    id                bigserial   PRIMARY KEY,
    person_id         bigint      NOT NULL REFERENCES person ON DELETE CASCADE,
    unit_code         varchar(10) NOT NULL,
    position_code     varchar(40) NOT NULL,
    concurrent        boolean     NOT NULL DEFAULT false,
    valid_from        date        NOT NULL,
    valid_to          date,
    start_decision_id bigint      NOT NULL REFERENCES decision,
    end_decision_id   bigint      REFERENCES decision,
    recorded_by       varchar(64) NOT NULL,
    recorded_at       timestamptz NOT NULL DEFAULT now(),
    superseded_at     timestamptz,
    superseded_by     varchar(64),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT assignment_main_posts_do_not_overlap
        EXCLUDE USING gist (person_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
        WHERE (NOT concurrent AND superseded_at IS NULL)
);
CREATE INDEX assignment_person_idx ON assignment (person_id) WHERE superseded_at IS NULL;
CREATE INDEX assignment_unit_idx ON assignment (unit_code, valid_from) WHERE superseded_at IS NULL;
CREATE INDEX assignment_period_idx ON assignment USING gist (daterange(valid_from, valid_to, '[]'))
    WHERE superseded_at IS NULL;

-- SQL API of the module: assignments in force on a date.
CREATE FUNCTION positions_assignments_on(as_of date)
    RETURNS TABLE (assignment_id bigint, person_id bigint, unit_code varchar, position_code varchar,
                   concurrent boolean, valid_from date, valid_to date)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT a.id, a.person_id, a.unit_code, a.position_code, a.concurrent, a.valid_from, a.valid_to
      FROM assignment a
     WHERE a.superseded_at IS NULL AND a.valid_from <= as_of
       AND (a.valid_to IS NULL OR a.valid_to >= as_of)
$$;
