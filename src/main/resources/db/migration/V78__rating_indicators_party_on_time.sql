-- Rating indicators by Party rating and by rating on time (issue 13): the read model
-- evaluation_ratings_on gains the decision dates of each system (its consumers read named columns,
-- so adding columns keeps them), and the RATING criterion of the indicators module takes the values
-- PARTY_<level>, PARTY_DECIDED and ON_TIME.
DROP FUNCTION evaluation_ratings_on(int);
CREATE FUNCTION evaluation_ratings_on(p_year int)
    RETURNS TABLE (person_id bigint, unit_code varchar, state_level varchar, state_regime varchar,
                   party_level varchar, party_regime varchar, state_decided_on date,
                   party_decided_on date)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT e.person_id,
           (array_agg(e.unit_code ORDER BY e.system DESC))[1],
           max(e.decided_level) FILTER (WHERE e.system = 'STATE'),
           max(e.regime_code) FILTER (WHERE e.system = 'STATE'),
           max(e.decided_level) FILTER (WHERE e.system = 'PARTY'),
           max(e.regime_code) FILTER (WHERE e.system = 'PARTY'),
           max(e.decision_date) FILTER (WHERE e.system = 'STATE'),
           max(e.decision_date) FILTER (WHERE e.system = 'PARTY')
      FROM evaluation e
     WHERE e.year = p_year AND e.status = 'DECIDED'
     GROUP BY e.person_id
$$;

INSERT INTO indicator (code, built_in, sort_order) VALUES
    ('RATED_ON_TIME', true, 125), ('RATED_PARTY', true, 126), ('RATED_PARTY_HTXSNV', true, 127),
    ('RATED_PARTY_KHTNV', true, 128);

INSERT INTO indicator_version (code, version, name_vi, name_en, definition_vi, definition_en, subject,
                               criteria, source, created_by) VALUES
 ('RATED_ON_TIME', 1, 'Được xếp loại đúng hạn (trước 15/12)', 'Rated on time (by 15 December)',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh tại ngày báo cáo có quyết định xếp loại chất lượng (chính quyền) của năm chứa ngày báo cáo, ký trước ngày 15 tháng 12 của năm đó.',
  'Share of commune cadres and civil servants in post on the date whose final state rating for the year of the date was decided before 15 December of that year.',
  'PEOPLE', '[{"kind": "RATING", "value": "ON_TIME"}]',
  'NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023): hoàn thành trước ngày 15 tháng 12', 'system'),
 ('RATED_PARTY', 1, 'Đảng viên đã có kết quả xếp loại chất lượng trong năm', 'Party members rated for the year',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh tại ngày báo cáo là đảng viên và đã có quyết định xếp loại chất lượng đảng viên của năm chứa ngày báo cáo.',
  'Share of commune cadres and civil servants in post on the date who are Party members with a final Party rating for the year of the date.',
  'PEOPLE', '[{"kind": "PARTY_MEMBER"}, {"kind": "RATING", "value": "PARTY_DECIDED"}]',
  'Quy định 366-QĐ/TW (từ năm 2025)', 'system'),
 ('RATED_PARTY_HTXSNV', 1, 'Đảng viên xếp loại Hoàn thành xuất sắc nhiệm vụ', 'Party members rated HTXSNV',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh tại ngày báo cáo được quyết định xếp loại đảng viên Hoàn thành xuất sắc nhiệm vụ trong năm chứa ngày báo cáo.',
  'Share of commune cadres and civil servants in post on the date whose final Party rating for the year of the date is HTXSNV.',
  'PEOPLE', '[{"kind": "RATING", "value": "PARTY_HTXSNV"}]',
  'Quy định 366-QĐ/TW Điều 11 khoản 1', 'system'),
 ('RATED_PARTY_KHTNV', 1, 'Đảng viên xếp loại Không hoàn thành nhiệm vụ', 'Party members rated KHTNV',
  'Tỷ lệ cán bộ, công chức cấp xã đang giữ chức vụ, chức danh tại ngày báo cáo được quyết định xếp loại đảng viên Không hoàn thành nhiệm vụ trong năm chứa ngày báo cáo.',
  'Share of commune cadres and civil servants in post on the date whose final Party rating for the year of the date is KHTNV.',
  'PEOPLE', '[{"kind": "RATING", "value": "PARTY_KHTNV"}]',
  'Quy định 366-QĐ/TW Điều 11 khoản 4', 'system');
