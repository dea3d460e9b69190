-- The 2025 transition board as indicators (issue 16, ADR 15 point 7: indicators stay one engine).
--
-- recruitment_placed_on(as_of): the read model of placement — one row per post held on the date
-- whose job position is in force then and carries a grade (Luật CBCC 80/2025/QH15 Điều 23, 24: the
-- grade follows the job position), the same test as vn.cbcs.recruitment.Transition; the training
-- standard of the post (NĐ 170/2025/NĐ-CP Điều 72 khoản 2) is the standards verdict, which the
-- indicator asks separately (criterion MEETS_STANDARD). Columns pinned by TransitionIndicatorsTest.
CREATE FUNCTION recruitment_placed_on(as_of date)
    RETURNS TABLE (person_id bigint, position_code varchar, grade varchar)
    LANGUAGE sql STABLE AS $$
    SELECT a.person_id, a.position_code::varchar, p.grade::varchar
      FROM positions_assignments_on(as_of) a
      JOIN position p ON p.code = a.position_code
     WHERE p.grade IS NOT NULL
       AND (p.valid_from IS NULL OR p.valid_from <= as_of)
       AND (p.valid_to IS NULL OR p.valid_to >= as_of)
$$;

-- Built-in indicators of the board (shown on the dashboard, drill-down to each person or commune):
--   TRANSITION_PLACED: civil servants in post placed in a job position with a grade whose standard
--     they meet / civil servants in post (deadline 1-7-2027: Luật CBCC 80/2025 Điều 45 khoản 2;
--     NĐ 170/2025 Điều 70 khoản 2, Điều 72);
--   TRANSITION_NO_SURPLUS: communes whose people in post are within the allocation (biên chế được
--     giao, else the quota) / communes with an allocation — the surplus is to be absorbed by
--     30-6-2030 (Điều 45 khoản 1).
INSERT INTO indicator (code, built_in, sort_order) VALUES
    ('TRANSITION_PLACED', true, 140), ('TRANSITION_NO_SURPLUS', true, 141);

INSERT INTO indicator_version (code, version, name_vi, name_en, definition_vi, definition_en, subject,
                               staff_category, criteria, source, created_by) VALUES
 ('TRANSITION_PLACED', 1, 'Công chức đã bố trí vào vị trí việc làm và ngạch',
  'Civil servants placed in a job position and grade',
  'Tỷ lệ công chức cấp xã đang giữ chức vụ, vị trí tại ngày báo cáo đã được bố trí vào vị trí việc làm đang có hiệu lực gắn với ngạch công chức và đạt tiêu chuẩn của vị trí đó; hạn hoàn thành 01/7/2027.',
  'Share of commune civil servants in post on the date who hold a job position in force that carries a civil-service grade and meet its standard; deadline 1 July 2027.',
  'PEOPLE', 'CIVIL_SERVANT', '[{"kind": "PLACED_IN_JOB_POSITION"}, {"kind": "MEETS_STANDARD"}]',
  'Luật CBCC 80/2025/QH15 Điều 23, 24, Điều 45 khoản 2; NĐ 170/2025/NĐ-CP Điều 70 khoản 2, Điều 72', 'system'),
 ('TRANSITION_NO_SURPLUS', 1, 'Xã không vượt biên chế được giao', 'Communes within their allocation',
  'Tỷ lệ xã có số cán bộ, công chức đang giữ chức vụ tại ngày báo cáo không vượt biên chế được giao (hoặc định mức), trên số xã đã có biên chế hoặc định mức; số dôi dư phải giải quyết trước 30/6/2030.',
  'Share of communes whose cadres and civil servants in post on the date do not exceed the allocation (or quota), among communes with one; the surplus is to be absorbed by 30 June 2030.',
  'COMMUNES', NULL, '[{"kind": "WITHIN_ALLOCATION"}]',
  'Luật CBCC 80/2025/QH15 Điều 45 khoản 1; biên chế được giao của tỉnh (standards)', 'system');
