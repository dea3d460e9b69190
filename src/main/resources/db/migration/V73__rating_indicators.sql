-- Indicators by rating (issue 13, ADR 15 §7): criterion kind RATING of the indicators module,
-- computed from the evaluation module's SQL read model evaluation_ratings_on(year) — the final
-- STATE rating of the as-of date's year (ask 31/12/2025 for the ratings of 2025). The population is
-- the usual one (cadres and civil servants holding a commune-level post on the date, each once), so
-- the four level shares, "not rated" and "no final rating yet" add up to 100%.
-- Levels: NĐ 90/2020/NĐ-CP Art. 2 (until 2025), Luật 80/2025/QH15 Art. 26(1) (from 2026).
INSERT INTO indicator (code, built_in, sort_order) VALUES
    ('RATED', true, 120), ('RATED_HTXSNV', true, 121), ('RATED_HTTNV', true, 122),
    ('RATED_HTNV', true, 123), ('RATED_KHTNV', true, 124);

INSERT INTO indicator_version (code, version, name_vi, name_en, definition_vi, definition_en, subject,
                               criteria, source, created_by) VALUES
 ('RATED', 1, 'Đã có kết quả xếp loại chất lượng trong năm', 'Rated for the year (final rating)',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh tại ngày báo cáo đã có quyết định xếp loại chất lượng (chính quyền) của năm chứa ngày báo cáo (kể cả quyết định "không xếp loại").',
  'Share of commune cadres and civil servants in post on the date with a decided (final) state rating for the year of the date (a decision "not rated" included).',
  'PEOPLE', '[{"kind": "RATING", "value": "DECIDED"}]',
  'NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023); Luật 80/2025/QH15 Điều 25–27', 'system'),
 ('RATED_HTXSNV', 1, 'Xếp loại Hoàn thành xuất sắc nhiệm vụ', 'Rated HTXSNV (outstanding)',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh tại ngày báo cáo được quyết định xếp loại Hoàn thành xuất sắc nhiệm vụ (chính quyền) trong năm chứa ngày báo cáo.',
  'Share of commune cadres and civil servants in post on the date whose final state rating for the year of the date is HTXSNV.',
  'PEOPLE', '[{"kind": "RATING", "value": "HTXSNV"}]',
  'NĐ 90/2020/NĐ-CP Điều 2; Luật 80/2025/QH15 Điều 26 khoản 1', 'system'),
 ('RATED_HTTNV', 1, 'Xếp loại Hoàn thành tốt nhiệm vụ', 'Rated HTTNV (good)',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh tại ngày báo cáo được quyết định xếp loại Hoàn thành tốt nhiệm vụ (chính quyền) trong năm chứa ngày báo cáo.',
  'Share of commune cadres and civil servants in post on the date whose final state rating for the year of the date is HTTNV.',
  'PEOPLE', '[{"kind": "RATING", "value": "HTTNV"}]',
  'NĐ 90/2020/NĐ-CP Điều 2; Luật 80/2025/QH15 Điều 26 khoản 1', 'system'),
 ('RATED_HTNV', 1, 'Xếp loại Hoàn thành nhiệm vụ', 'Rated HTNV (completed)',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh tại ngày báo cáo được quyết định xếp loại Hoàn thành nhiệm vụ (chính quyền) trong năm chứa ngày báo cáo.',
  'Share of commune cadres and civil servants in post on the date whose final state rating for the year of the date is HTNV.',
  'PEOPLE', '[{"kind": "RATING", "value": "HTNV"}]',
  'NĐ 90/2020/NĐ-CP Điều 2; Luật 80/2025/QH15 Điều 26 khoản 1', 'system'),
 ('RATED_KHTNV', 1, 'Xếp loại Không hoàn thành nhiệm vụ', 'Rated KHTNV (not completed)',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh tại ngày báo cáo được quyết định xếp loại Không hoàn thành nhiệm vụ (chính quyền) trong năm chứa ngày báo cáo.',
  'Share of commune cadres and civil servants in post on the date whose final state rating for the year of the date is KHTNV.',
  'PEOPLE', '[{"kind": "RATING", "value": "KHTNV"}]',
  'NĐ 90/2020/NĐ-CP Điều 2; Luật 80/2025/QH15 Điều 26 khoản 1', 'system');
