-- Structure shares of a plan's candidates (issue 14; QĐ 377-QĐ/TW Điều 26; HD 45-HD/BTCTW mục
-- II.6.3; REGULATIONS.md §3): young, women and ethnic-minority cadres against configured targets,
-- shown as warnings by GET /api/plans/{id}/check and on the plan page, never refusals.
--
-- At commune level the shares are set by the provincial standing committee (BTV Tỉnh ủy, HD 45
-- mục II.6.3); that regulation is not in the legal brief (REGULATIONS.md §11 item 3). So for QD377
-- the numbers are CONFIGURATION [L]: the QĐ 50 figures are kept as placeholders until the
-- province's are entered. QĐ 50 / HD 16 (REGULATIONS.md §3.1): young ≥ 15% [H], women ≥ 25% [H];
-- "young" is under 40 at province and district level — the commune reading is ours [M]; ethnic
-- minorities "appropriate to each locality": no number, so no row (the share is shown without a
-- target).
ALTER TABLE planning_rule DROP CONSTRAINT planning_rule_rule_key_check;
ALTER TABLE planning_rule ADD CONSTRAINT planning_rule_rule_key_check CHECK (rule_key IN (
    'per_post_max', 'posts_per_person_max', 'committee_coefficient_min',
    'committee_coefficient_max', 'age_months_target_1', 'age_months_target_2',
    'women_planning_age_years', 'rating_years',
    'appointment_months_in_post', 'appointment_term_months', 'appointment_term_months_special',
    'appointment_rating_years', 'bench_risk_months',
    'young_age_under', 'young_share_min', 'women_share_min', 'ethnic_share_min'));

INSERT INTO planning_rule (regime_code, rule_key, value, legal_source, article, confidence, note) VALUES
('QD50', 'young_age_under', 40, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'HD 16 (cán bộ trẻ: dưới 40 tuổi ở cấp tỉnh, cấp huyện)', 'M',
 'HD 16 gives under 40 for province and district; applied to communes as this system''s reading.'),
('QD50', 'young_share_min', 15, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'QĐ 50 (cơ cấu: cán bộ trẻ ít nhất 15%)', 'H', 'REGULATIONS.md §3.1.'),
('QD50', 'women_share_min', 25, 'Quy định 50-QĐ/TW; Hướng dẫn 16-HD/BTCTW', 'QĐ 50 (cơ cấu: cán bộ nữ ít nhất 25%)', 'H', 'REGULATIONS.md §3.1.'),
('QD377', 'young_age_under', 40, 'Cấu hình — Ban Thường vụ Tỉnh ủy quy định (HD 45-HD/BTCTW mục II.6.3)', 'HD 45 mục II.6.3 (cấp xã: Ban Thường vụ Tỉnh ủy quy định)', 'L',
 'Configuration: the provincial regulation is not in the brief; the QĐ 50 figure is kept until it is entered.'),
('QD377', 'young_share_min', 15, 'Cấu hình — Ban Thường vụ Tỉnh ủy quy định (HD 45-HD/BTCTW mục II.6.3)', 'HD 45 mục II.6.3 (cấp xã: Ban Thường vụ Tỉnh ủy quy định)', 'L',
 'Configuration: the provincial regulation is not in the brief; the QĐ 50 figure is kept until it is entered.'),
('QD377', 'women_share_min', 25, 'Cấu hình — Ban Thường vụ Tỉnh ủy quy định (HD 45-HD/BTCTW mục II.6.3)', 'HD 45 mục II.6.3 (cấp xã: Ban Thường vụ Tỉnh ủy quy định)', 'L',
 'Configuration: the provincial regulation is not in the brief; the QĐ 50 figure is kept until it is entered.');

-- planning's own view over the person record gains the ethnic group (QĐ 121-TCTK/PPCĐ code; 01 is
-- Kinh) for the ethnic-minority share.
CREATE OR REPLACE VIEW planning_person_facts AS
SELECT p.id AS person_id, p.full_name, p.sex, p.birth_date,
       coalesce(p.early_retirement_years, 0) AS early_retirement_years, p.ethnicity_code
  FROM person p;
