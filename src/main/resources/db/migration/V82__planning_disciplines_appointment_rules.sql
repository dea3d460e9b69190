-- Succession planning, second slice (issue 14, ADR 15 §3).
--
-- 1. Planning reads discipline through the people module's read model people_disciplines_decided
--    (V76) instead of its own view over person_discipline. "In force" needs the decision's
--    effective period, so the read model gains two columns at its end (effective_from,
--    effective_to); its first four columns stay as they were (evaluation's DisciplineInYear reads
--    them by name). Then planning's duplicate view goes.
DROP FUNCTION people_disciplines_decided(bigint, date, date);
CREATE FUNCTION people_disciplines_decided(p_person_id bigint, p_from date, p_to date)
    RETURNS TABLE (form varchar, system varchar, decided_on date, decision_number text,
                   effective_from date, effective_to date)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT d.form, d.system, d.decided_on, d.decision_number, d.effective_from, d.effective_to
      FROM person_discipline d
     WHERE d.person_id = p_person_id AND d.decided_on BETWEEN p_from AND p_to
     ORDER BY d.decided_on, d.id
$$;

DROP VIEW planning_person_disciplines;

-- 2. The numbers of appointment from inside the unit (warnings in the post form) and of the
--    bench view, as rows of the regime in force (uncertain numbers are configuration, ADR 6).
ALTER TABLE planning_rule DROP CONSTRAINT planning_rule_rule_key_check;
ALTER TABLE planning_rule ADD CONSTRAINT planning_rule_rule_key_check CHECK (rule_key IN (
    'per_post_max', 'posts_per_person_max', 'committee_coefficient_min',
    'committee_coefficient_max', 'age_months_target_1', 'age_months_target_2',
    'women_planning_age_years', 'rating_years',
    'appointment_months_in_post', 'appointment_term_months', 'appointment_term_months_special',
    'appointment_rating_years', 'bench_risk_months'));

INSERT INTO planning_rule (regime_code, rule_key, value, legal_source, article, confidence, note)
SELECT r, k, v, src, art, conf, note FROM (VALUES
  ('appointment_months_in_post', 12, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW',
   'QĐ 377 Điều 34 khoản 3; HD 45 mục III.1.1', 'H',
   'At least 1 year (12 months) in the current (adjacent) post or an equivalent one before appointment to a higher post; a special case is decided by the committee managing the cadre.'),
  ('appointment_term_months', 60, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW',
   'QĐ 377 Điều 34 khoản 5; HD 45 mục III.1.2', 'H',
   'A first appointment to a higher post must leave a full term (60 months) before retirement (NĐ 135/2020).'),
  ('appointment_term_months_special', 48, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW',
   'QĐ 377 Điều 34 khoản 5; HD 45 mục III.1.2', 'H',
   'Special case: at least 4 years (48 months) of a 5-year term, decided by the competent level after the three steps of HD 45.'),
  ('appointment_rating_years', 3, 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW',
   'HD 45 mục III.1.3', 'H',
   'The ratings of the last 3 years before the appointment procedure are assessed (shown, not refused).'),
  ('bench_risk_months', 24, 'Cấu hình của hệ thống (không phải quy định pháp luật)',
   'Chỉ báo "chức danh có nguy cơ" của màn hình nguồn kế cận (issue 14)', 'L',
   'A post is at risk when a holder leaves (term end or retirement) within this many months and no planned successor is eligible now. A display setting; change it here.')
) AS v(k, v, src, art, conf, note)
CROSS JOIN (VALUES ('QD377'), ('QD50')) AS g(r);

UPDATE planning_rule SET confidence = 'L',
       note = coalesce(note, '') || ' Before 8-10-2025 the same number is applied (QĐ 80-QĐ/TW 2022 had the same 12 months / full term / 3 years as read here) [L]. Verify.'
 WHERE regime_code = 'QD50' AND rule_key LIKE 'appointment_%';
