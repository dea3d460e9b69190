-- Qualifications (module qualifications): dated tracks per person. The levels of each track are a
-- catalogue (data, not an enum) with a rank: "highest level as of a date" is the highest rank
-- among the person's current (not superseded) qualifications awarded on or before the date.
CREATE TABLE qualification_level (
    track   varchar(20) NOT NULL CHECK (track IN ('PROFESSIONAL', 'POLITICAL_THEORY',
                'STATE_MANAGEMENT', 'IT', 'FOREIGN_LANGUAGE', 'ETHNIC_LANGUAGE', 'DEFENCE_SECURITY')),
    level   varchar(30) NOT NULL,
    rank    smallint    NOT NULL,
    name_vi text        NOT NULL,
    name_en text        NOT NULL,
    -- spellings seen in real files, for import ("ĐH", "Cử nhân" -> DAI_HOC), lower case, no marks
    aliases text[]      NOT NULL DEFAULT '{}',
    note    text,
    PRIMARY KEY (track, level),
    UNIQUE (track, rank)
);

INSERT INTO qualification_level (track, level, rank, name_vi, name_en, aliases, note) VALUES
    -- REGULATIONS.md §4 [H]
    ('PROFESSIONAL', 'CHUA_QUA_DAO_TAO', 0, 'Chưa qua đào tạo', 'No training', '{chua qua dao tao,khong}', NULL),
    ('PROFESSIONAL', 'SO_CAP', 1, 'Sơ cấp', 'Elementary', '{so cap}', NULL),
    ('PROFESSIONAL', 'TRUNG_CAP', 2, 'Trung cấp', 'Intermediate (vocational)', '{trung cap,tc}', NULL),
    ('PROFESSIONAL', 'CAO_DANG', 3, 'Cao đẳng', 'College', '{cao dang,cd}', NULL),
    ('PROFESSIONAL', 'DAI_HOC', 4, 'Đại học', 'University (bachelor)', '{dai hoc,dh,cu nhan,ky su,bac si}', NULL),
    ('PROFESSIONAL', 'THAC_SI', 5, 'Thạc sĩ', 'Master', '{thac si,ths}', NULL),
    ('PROFESSIONAL', 'TIEN_SI', 6, 'Tiến sĩ', 'Doctorate', '{tien si,ts,tskh}', NULL),
    -- REGULATIONS.md §4 [H]; "cử nhân chính trị" ranks at or above cao cấp
    ('POLITICAL_THEORY', 'SO_CAP', 1, 'Sơ cấp', 'Elementary', '{so cap}', NULL),
    ('POLITICAL_THEORY', 'TRUNG_CAP', 2, 'Trung cấp', 'Intermediate', '{trung cap,tc}', NULL),
    ('POLITICAL_THEORY', 'CAO_CAP', 3, 'Cao cấp', 'Advanced', '{cao cap,cc}', NULL),
    ('POLITICAL_THEORY', 'CU_NHAN', 4, 'Cử nhân', 'Bachelor of politics', '{cu nhan,cu nhan chinh tri}', NULL),
    -- PRE: NĐ 101/2017 programmes; POST (NĐ 171/2025) leadership programmes are recorded as the
    -- nearest level until the catalogue is extended [M]
    ('STATE_MANAGEMENT', 'CAN_SU', 1, 'Cán sự', 'Clerk', '{can su}', NULL),
    ('STATE_MANAGEMENT', 'CHUYEN_VIEN', 2, 'Chuyên viên', 'Officer', '{chuyen vien,cv}', NULL),
    ('STATE_MANAGEMENT', 'CHUYEN_VIEN_CHINH', 3, 'Chuyên viên chính', 'Principal officer', '{chuyen vien chinh,cvc}', NULL),
    ('STATE_MANAGEMENT', 'CHUYEN_VIEN_CAO_CAP', 4, 'Chuyên viên cao cấp', 'Senior principal officer', '{chuyen vien cao cap,cvcc}', NULL),
    -- IT: basic / advanced IT skills (TT 03/2014/TT-BTTTT) and degrees [M]
    ('IT', 'CO_BAN', 1, 'Ứng dụng CNTT cơ bản', 'Basic IT skills', '{co ban,chung chi a,a}', NULL),
    ('IT', 'NANG_CAO', 2, 'Ứng dụng CNTT nâng cao', 'Advanced IT skills', '{nang cao,chung chi b,b}', NULL),
    ('IT', 'TRUNG_CAP', 3, 'Trung cấp CNTT', 'IT diploma', '{trung cap}', NULL),
    ('IT', 'CAO_DANG', 4, 'Cao đẳng CNTT', 'IT college degree', '{cao dang}', NULL),
    ('IT', 'DAI_HOC', 5, 'Đại học CNTT', 'IT university degree', '{dai hoc}', NULL),
    -- Foreign languages: the 6-level framework (TT 01/2014/TT-BGDĐT) and degrees [M]
    ('FOREIGN_LANGUAGE', 'BAC_1', 1, 'Bậc 1 (A1)', 'Level 1 (A1)', '{a1,bac 1,chung chi a}', NULL),
    ('FOREIGN_LANGUAGE', 'BAC_2', 2, 'Bậc 2 (A2)', 'Level 2 (A2)', '{a2,bac 2,chung chi b}', NULL),
    ('FOREIGN_LANGUAGE', 'BAC_3', 3, 'Bậc 3 (B1)', 'Level 3 (B1)', '{b1,bac 3,chung chi c}', NULL),
    ('FOREIGN_LANGUAGE', 'BAC_4', 4, 'Bậc 4 (B2)', 'Level 4 (B2)', '{b2,bac 4}', NULL),
    ('FOREIGN_LANGUAGE', 'BAC_5', 5, 'Bậc 5 (C1)', 'Level 5 (C1)', '{c1,bac 5}', NULL),
    ('FOREIGN_LANGUAGE', 'BAC_6', 6, 'Bậc 6 (C2)', 'Level 6 (C2)', '{c2,bac 6}', NULL),
    ('FOREIGN_LANGUAGE', 'DAI_HOC', 7, 'Đại học ngoại ngữ', 'Language degree', '{dai hoc,cu nhan}', NULL),
    -- Ethnic-minority language certificate [M]
    ('ETHNIC_LANGUAGE', 'CHUNG_CHI', 1, 'Chứng chỉ tiếng dân tộc', 'Ethnic language certificate', '{chung chi}', NULL),
    ('ETHNIC_LANGUAGE', 'DAI_HOC', 2, 'Đại học tiếng dân tộc', 'Ethnic language degree', '{dai hoc}', NULL),
    -- Defence and security knowledge: trainee groups 4 (lowest) to 1 (highest) [L]: verify
    ('DEFENCE_SECURITY', 'DOI_TUONG_4', 1, 'Đối tượng 4', 'Group 4', '{doi tuong 4}', 'rank order unverified [L]'),
    ('DEFENCE_SECURITY', 'DOI_TUONG_3', 2, 'Đối tượng 3', 'Group 3', '{doi tuong 3}', 'rank order unverified [L]'),
    ('DEFENCE_SECURITY', 'DOI_TUONG_2', 3, 'Đối tượng 2', 'Group 2', '{doi tuong 2}', 'rank order unverified [L]'),
    ('DEFENCE_SECURITY', 'DOI_TUONG_1', 4, 'Đối tượng 1', 'Group 1', '{doi tuong 1}', 'rank order unverified [L]');

CREATE TABLE qualification (
    id            bigserial   PRIMARY KEY,
    person_id     bigint      NOT NULL REFERENCES person ON DELETE CASCADE,
    track         varchar(20) NOT NULL,
    level         varchar(30) NOT NULL,
    major         text        CHECK (length(major) <= 200),
    institution   text        CHECK (length(institution) <= 300),
    training_form text        CHECK (length(training_form) <= 100),
    started_on    date,
    awarded_on    date        NOT NULL,
    evidence_ref  text        CHECK (length(evidence_ref) <= 200),
    verification  varchar(10) NOT NULL DEFAULT 'UNVERIFIED'
                  CHECK (verification IN ('UNVERIFIED', 'VERIFIED', 'REJECTED')),
    verified_by   varchar(64),
    verified_at   timestamptz,
    recorded_by   varchar(64) NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    superseded_at timestamptz,
    superseded_by varchar(64),
    FOREIGN KEY (track, level) REFERENCES qualification_level,
    CHECK (started_on IS NULL OR started_on <= awarded_on)
);
CREATE INDEX qualification_person_idx ON qualification (person_id, track, awarded_on) WHERE superseded_at IS NULL;

-- SQL API of the module: the highest level of each track per person as of a date. Other modules'
-- list and indicator queries use this function rather than the table.
CREATE FUNCTION qualifications_highest_on(as_of date)
    RETURNS TABLE (person_id bigint, track varchar, level varchar, rank smallint, awarded_on date)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT DISTINCT ON (q.person_id, q.track) q.person_id, q.track, q.level, l.rank, q.awarded_on
      FROM qualification q JOIN qualification_level l USING (track, level)
     WHERE q.superseded_at IS NULL AND q.verification <> 'REJECTED' AND q.awarded_on <= as_of
     ORDER BY q.person_id, q.track, l.rank DESC, q.awarded_on
$$;

-- SQL API: whether a person holds at least a level (by rank) of a track on a date.
CREATE FUNCTION qualifications_has_level(p_person_id bigint, p_track varchar, p_min_rank smallint, as_of date)
    RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT EXISTS (
        SELECT 1 FROM qualification q JOIN qualification_level l USING (track, level)
         WHERE q.person_id = p_person_id AND q.track = p_track AND l.rank >= p_min_rank
           AND q.superseded_at IS NULL AND q.verification <> 'REJECTED' AND q.awarded_on <= as_of)
$$;
