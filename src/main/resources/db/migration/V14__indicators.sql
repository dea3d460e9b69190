-- Indicators (module indicators): a population, numerator conditions over person facts as of a
-- date, and a unit subtree given when the value is asked for. Definitions are versioned: a change
-- inserts a new version; values locked for a reporting date keep the version they were computed with.

-- Read model of the indicators module over the person record. Owned by indicators; if the person
-- table changes, this view fails to migrate instead of drifting.
CREATE VIEW indicators_person_facts AS
SELECT p.id AS person_id, p.full_name, p.sex, p.birth_date, p.ethnicity_code, p.religion_code,
       p.party_join_date, p.general_education, p.synthetic
  FROM person p;

CREATE TABLE indicator (
    code       varchar(40) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    built_in   boolean     NOT NULL DEFAULT false,
    sort_order integer     NOT NULL DEFAULT 1000,
    retired    boolean     NOT NULL DEFAULT false
);

CREATE TABLE indicator_version (
    code           varchar(40) NOT NULL REFERENCES indicator,
    version        integer     NOT NULL CHECK (version > 0),
    name_vi        text        NOT NULL CHECK (length(name_vi) BETWEEN 3 AND 300),
    name_en        text        NOT NULL CHECK (length(name_en) BETWEEN 3 AND 300),
    definition_vi  text        NOT NULL CHECK (length(definition_vi) <= 2000),
    definition_en  text        NOT NULL CHECK (length(definition_en) <= 2000),
    -- PEOPLE: cadres and civil servants holding a commune-level post; COMMUNES: the communes
    subject        varchar(10) NOT NULL CHECK (subject IN ('PEOPLE', 'COMMUNES')),
    -- optional narrowing of the population by the catalogue of posts
    staff_category varchar(15) CHECK (staff_category IN ('CADRE', 'CIVIL_SERVANT')),
    position_group varchar(20),
    leaders_only   boolean     NOT NULL DEFAULT false,
    -- numerator conditions (all must hold): [{"kind": "QUALIFICATION", "track": ..., "min": ..., "max": ...}, ...]
    criteria       jsonb       NOT NULL CHECK (jsonb_typeof(criteria) = 'array'),
    source         text,
    created_by     varchar(64) NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (code, version)
);

INSERT INTO indicator (code, built_in, sort_order) VALUES
    ('PRO_SO_CAP_PLUS', true, 10), ('LLCT_SO_TRUNG_CAP', true, 20), ('PRO_DAI_HOC_PLUS', true, 30),
    ('LLCT_TRUNG_CAP_PLUS', true, 40), ('MEETS_STANDARD', true, 50), ('WOMEN', true, 60),
    ('ETHNIC_MINORITY', true, 70), ('AGE_UNDER_35', true, 80), ('AGE_35_45', true, 81),
    ('AGE_45_55', true, 82), ('AGE_55_PLUS', true, 83), ('PARTY_MEMBER', true, 90),
    ('QLNN_CHUYEN_VIEN_PLUS', true, 100), ('COMMUNES_STAFFED_TO_QUOTA', true, 110);

INSERT INTO indicator_version (code, version, name_vi, name_en, definition_vi, definition_en, subject,
                               criteria, source, created_by) VALUES
 ('PRO_SO_CAP_PLUS', 1, 'Trình độ chuyên môn từ sơ cấp trở lên', 'Professional qualification sơ cấp or higher',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh có trình độ chuyên môn cao nhất từ sơ cấp trở lên (sơ cấp, trung cấp, cao đẳng, đại học, thạc sĩ, tiến sĩ) tại ngày báo cáo.',
  'Share of commune cadres and civil servants in post whose highest professional qualification on the date is sơ cấp or higher.',
  'PEOPLE', '[{"kind": "QUALIFICATION", "track": "PROFESSIONAL", "min": "SO_CAP"}]',
  'Nghị quyết 10-NQ/TU (2016) của Tỉnh ủy Bắc Kạn', 'system'),
 ('LLCT_SO_TRUNG_CAP', 1, 'Lý luận chính trị sơ cấp hoặc trung cấp', 'Political theory sơ cấp or trung cấp',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh có trình độ lý luận chính trị cao nhất là sơ cấp hoặc trung cấp tại ngày báo cáo (người có cao cấp, cử nhân không tính vào tử số, đúng như chỉ tiêu được nêu).',
  'Share of commune cadres and civil servants in post whose highest political theory level on the date is sơ cấp or trung cấp (cao cấp and cử nhân are not counted, exactly as the target is worded).',
  'PEOPLE', '[{"kind": "QUALIFICATION", "track": "POLITICAL_THEORY", "min": "SO_CAP", "max": "TRUNG_CAP"}]',
  'Nghị quyết 10-NQ/TU (2016) của Tỉnh ủy Bắc Kạn', 'system'),
 ('PRO_DAI_HOC_PLUS', 1, 'Trình độ chuyên môn đại học trở lên', 'Professional qualification đại học or higher',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh có trình độ chuyên môn đại học, thạc sĩ hoặc tiến sĩ tại ngày báo cáo.',
  'Share of commune cadres and civil servants in post with a bachelor''s, master''s or doctoral degree on the date.',
  'PEOPLE', '[{"kind": "QUALIFICATION", "track": "PROFESSIONAL", "min": "DAI_HOC"}]', 'NĐ 33/2023/NĐ-CP Điều 7–10 (tiêu chuẩn đại học)', 'system'),
 ('LLCT_TRUNG_CAP_PLUS', 1, 'Lý luận chính trị trung cấp trở lên', 'Political theory trung cấp or higher',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh có trình độ lý luận chính trị trung cấp, cao cấp hoặc cử nhân tại ngày báo cáo.',
  'Share of commune cadres and civil servants in post with political theory trung cấp, cao cấp or cử nhân on the date.',
  'PEOPLE', '[{"kind": "QUALIFICATION", "track": "POLITICAL_THEORY", "min": "TRUNG_CAP"}]', NULL, 'system'),
 ('MEETS_STANDARD', 1, 'Đạt tiêu chuẩn chức vụ, chức danh', 'Meets the standard of the post',
  'Tỷ lệ cán bộ, công chức cấp xã đạt đủ tiêu chuẩn của mọi chức vụ, chức danh đang giữ, theo bộ quy tắc tiêu chuẩn có hiệu lực tại ngày báo cáo (mô-đun Tiêu chuẩn).',
  'Share of commune cadres and civil servants who meet the standard of every post they hold, under the standards in force on the date (standards module).',
  'PEOPLE', '[{"kind": "MEETS_STANDARD"}]', 'NĐ 33/2023/NĐ-CP; quy tắc trong mô-đun Tiêu chuẩn', 'system'),
 ('WOMEN', 1, 'Cán bộ, công chức nữ', 'Women',
  'Tỷ lệ nữ trong số cán bộ, công chức cấp xã đang giữ chức vụ, chức danh tại ngày báo cáo.',
  'Share of women among commune cadres and civil servants in post on the date.',
  'PEOPLE', '[{"kind": "SEX", "value": "FEMALE"}]', NULL, 'system'),
 ('ETHNIC_MINORITY', 1, 'Người dân tộc thiểu số', 'Ethnic minorities',
  'Tỷ lệ người dân tộc thiểu số (dân tộc khác dân tộc Kinh) trong số cán bộ, công chức cấp xã đang giữ chức vụ, chức danh; người chưa ghi dân tộc không tính vào tử số.',
  'Share of people of an ethnic group other than Kinh among commune cadres and civil servants in post; people whose ethnic group is not recorded are not counted in the numerator.',
  'PEOPLE', '[{"kind": "ETHNIC_MINORITY"}]', NULL, 'system'),
 ('AGE_UNDER_35', 1, 'Dưới 35 tuổi', 'Under 35',
  'Tỷ lệ cán bộ, công chức cấp xã dưới 35 tuổi (tuổi tròn tại ngày báo cáo).',
  'Share of commune cadres and civil servants under 35 (completed years on the date).',
  'PEOPLE', '[{"kind": "AGE", "to": 35}]', NULL, 'system'),
 ('AGE_35_45', 1, 'Từ 35 đến dưới 45 tuổi', 'From 35 to under 45',
  'Tỷ lệ cán bộ, công chức cấp xã từ đủ 35 tuổi đến dưới 45 tuổi tại ngày báo cáo.',
  'Share of commune cadres and civil servants aged 35 to under 45 on the date.',
  'PEOPLE', '[{"kind": "AGE", "from": 35, "to": 45}]', NULL, 'system'),
 ('AGE_45_55', 1, 'Từ 45 đến dưới 55 tuổi', 'From 45 to under 55',
  'Tỷ lệ cán bộ, công chức cấp xã từ đủ 45 tuổi đến dưới 55 tuổi tại ngày báo cáo.',
  'Share of commune cadres and civil servants aged 45 to under 55 on the date.',
  'PEOPLE', '[{"kind": "AGE", "from": 45, "to": 55}]', NULL, 'system'),
 ('AGE_55_PLUS', 1, 'Từ 55 tuổi trở lên', '55 and over',
  'Tỷ lệ cán bộ, công chức cấp xã từ đủ 55 tuổi trở lên tại ngày báo cáo.',
  'Share of commune cadres and civil servants aged 55 or over on the date.',
  'PEOPLE', '[{"kind": "AGE", "from": 55}]', NULL, 'system'),
 ('PARTY_MEMBER', 1, 'Đảng viên', 'Party members',
  'Tỷ lệ đảng viên (đã vào Đảng trước hoặc đúng ngày báo cáo) trong số cán bộ, công chức cấp xã đang giữ chức vụ, chức danh.',
  'Share of Party members (joined on or before the date) among commune cadres and civil servants in post.',
  'PEOPLE', '[{"kind": "PARTY_MEMBER"}]', NULL, 'system'),
 ('QLNN_CHUYEN_VIEN_PLUS', 1, 'Quản lý nhà nước từ chuyên viên trở lên', 'State management chuyên viên or higher',
  'Tỷ lệ cán bộ, công chức cấp xã đã qua bồi dưỡng quản lý nhà nước ngạch chuyên viên trở lên tại ngày báo cáo.',
  'Share of commune cadres and civil servants with state-management training at chuyên viên level or higher on the date.',
  'PEOPLE', '[{"kind": "QUALIFICATION", "track": "STATE_MANAGEMENT", "min": "CHUYEN_VIEN"}]', NULL, 'system'),
 ('COMMUNES_STAFFED_TO_QUOTA', 1, 'Xã có đủ số lượng cán bộ, công chức theo định mức', 'Communes staffed at or above quota',
  'Tỷ lệ đơn vị hành chính cấp xã có số cán bộ, công chức (mỗi người tính một lần) bằng hoặc cao hơn số lượng theo quy định có hiệu lực tại ngày báo cáo; xã chưa xác định được định mức (chưa ghi loại đơn vị) không tính vào mẫu số.',
  'Share of communes whose staff (each person counted once) is at or above the quota in force on the date; communes without a quota (class not recorded) are left out of the denominator.',
  'COMMUNES', '[{"kind": "STAFFED_TO_QUOTA"}]', 'NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Điều 6; phân bổ của tỉnh sau 1/7/2025', 'system');

-- A reporting date's values, locked by a province officer: later corrections to records do not
-- change what was reported. Members keep who was counted, so differences can be explained.
CREATE TABLE indicator_lock (
    id         bigserial   PRIMARY KEY,
    unit_code  varchar(10) NOT NULL,
    unit_on    date        NOT NULL,
    as_of      date        NOT NULL,
    note       text        CHECK (length(note) <= 1000),
    locked_by  varchar(64) NOT NULL,
    locked_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (unit_code, unit_on, as_of)
);

CREATE TABLE indicator_lock_value (
    lock_id     bigint      NOT NULL REFERENCES indicator_lock,
    code        varchar(40) NOT NULL,
    version     integer     NOT NULL,
    numerator   integer     NOT NULL,
    denominator integer     NOT NULL,
    PRIMARY KEY (lock_id, code),
    FOREIGN KEY (code, version) REFERENCES indicator_version
);

CREATE TABLE indicator_lock_member (
    lock_id      bigint      NOT NULL REFERENCES indicator_lock,
    code         varchar(40) NOT NULL,
    -- a person id, or a commune code for indicators over communes
    member       varchar(20) NOT NULL,
    in_numerator boolean     NOT NULL,
    PRIMARY KEY (lock_id, code, member)
);
