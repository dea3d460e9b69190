-- Legal corrections of December 2026 (REGULATIONS.md §13.2, §13.7; ADR 17), indicators and
-- resolutions.

-- §13.7: a figure reported by a body (a review, an interview, a statistical report) is its own kind
-- of value, kept beside the values computed from the records: never a target, never recomputed.
CREATE TABLE reported_value (
    id              bigserial    PRIMARY KEY,
    indicator_code  varchar(40)  NOT NULL REFERENCES indicator,
    unit_code       varchar(10)  NOT NULL,
    -- the date on which the unit is identified (a former unit keeps its code and date)
    unit_on         date         NOT NULL,
    as_of           date         NOT NULL,
    value           numeric(5,2) NOT NULL CHECK (value BETWEEN 0 AND 100),
    numerator       integer      CHECK (numerator >= 0),
    denominator     integer      CHECK (denominator > 0),
    source_document text         NOT NULL CHECK (length(source_document) BETWEEN 2 AND 500),
    reporting_body  text         NOT NULL CHECK (length(reporting_body) BETWEEN 2 AND 300),
    note            text         CHECK (length(note) <= 1000),
    recorded_by     varchar(64)  NOT NULL,
    recorded_at     timestamptz  NOT NULL DEFAULT now(),
    CHECK (numerator IS NULL OR denominator IS NULL OR numerator <= denominator),
    UNIQUE (indicator_code, unit_code, as_of, source_document)
);
CREATE INDEX reported_value_unit_idx ON reported_value (unit_code, as_of);
SELECT audit_attach('reported_value', 'id');

-- §13.7: a target carries its own source; without one it is not a target the review judges.
ALTER TABLE resolution_target ADD COLUMN source text CHECK (length(source) <= 500);

-- §13.2: communes staffed to quota = every mandatory title filled and the headcount within the
-- ceiling (a quota is "không quá", at most). Version 1 counted headcount ≥ quota.
INSERT INTO indicator_version (code, version, name_vi, name_en, definition_vi, definition_en, subject,
                               criteria, source, created_by) VALUES
 ('COMMUNES_STAFFED_TO_QUOTA', 2, 'Xã bố trí đủ chức danh, không vượt số lượng theo quy định',
  'Communes with every mandatory title filled, within the ceiling',
  'Tỷ lệ đơn vị hành chính cấp xã đã bố trí đủ các chức danh bắt buộc và có số cán bộ, công chức (mỗi người tính một lần) không vượt số lượng theo quy định có hiệu lực tại ngày báo cáo (trước 1/7/2025: số lượng tối đa theo NĐ 92/2009, 34/2019, 33/2023 — "không quá"; sau 1/7/2025: biên chế được giao). Chưa bố trí đủ số lượng là hợp pháp; vượt số lượng là vi phạm (trước 1/7/2025) hoặc dôi dư phải giảm đến 30/6/2030. Xã chưa xác định được số lượng (chưa ghi phân loại) không tính vào mẫu số.',
  'Share of communes with every mandatory title filled and a headcount (each person once) within the ceiling in force on the date (before 1-7-2025 the most allowed by NĐ 92/2009, 34/2019, 33/2023 — "at most"; after, the staff positions given). Below the ceiling is lawful; over it is a breach (before 1-7-2025) or a surplus to reduce by 30-6-2030. Communes without a quota (class not recorded) are left out of the denominator.',
  'COMMUNES', '[{"kind": "STAFFED_TO_QUOTA"}]',
  'NĐ 92/2009/NĐ-CP; NĐ 34/2019/NĐ-CP; NĐ 33/2023/NĐ-CP Điều 6; Luật CBCC 80/2025/QH15 Điều 45', 'system');

-- §13.7: "sơ cấp, trung cấp" in Resolution 10-NQ/TU most likely means "from sơ cấp up". Version 2
-- reads it so; version 1 (exactly sơ cấp or trung cấp) stays in the history, and an officer may
-- define the level set again as a new version.
INSERT INTO indicator_version (code, version, name_vi, name_en, definition_vi, definition_en, subject,
                               criteria, source, created_by) VALUES
 ('LLCT_SO_TRUNG_CAP', 2, 'Lý luận chính trị từ sơ cấp trở lên', 'Political theory sơ cấp or higher',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh có trình độ lý luận chính trị từ sơ cấp trở lên (sơ cấp, trung cấp, cao cấp, cử nhân) tại ngày báo cáo. Cách đọc: "sơ cấp, trung cấp" trong Nghị quyết 10-NQ/TU được hiểu là "từ sơ cấp trở lên"; phiên bản 1 chỉ tính đúng sơ cấp hoặc trung cấp.',
  'Share of commune cadres and civil servants in post whose political theory on the date is sơ cấp or higher (sơ cấp, trung cấp, cao cấp, cử nhân). Reading: "sơ cấp, trung cấp" in Resolution 10-NQ/TU is read as "from sơ cấp up"; version 1 counted exactly sơ cấp or trung cấp.',
  'PEOPLE', '[{"kind": "QUALIFICATION", "track": "POLITICAL_THEORY", "min": "SO_CAP"}]',
  'Nghị quyết 10-NQ/TU (2016) của Tỉnh ủy Bắc Kạn; cách đọc "từ sơ cấp trở lên" (REGULATIONS.md §13.7)', 'system');
