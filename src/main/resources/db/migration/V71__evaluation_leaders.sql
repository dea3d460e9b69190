-- Leaders' ratings tied to their subordinate units (issue 13, ADR 15): rows of evaluation_rule.
-- Keys (read by EvaluationRules, no number in the code):
--   leader_<LEVEL>_units_<GROUP>_min_pct  a leader rated LEVEL needs at least this share (%) of the
--                                         subordinate units rated GROUP or better;
--   leader_khtnv_units_khtnv_above_pct    more than this share (%) of the subordinate units rated
--                                         KHTNV makes the leader KHTNV.
-- REGULATIONS.md §2.2 (NĐ 90/2020 as amended by NĐ 48/2023, leaders' criteria [M-H], the text read in
-- Hải Phòng's QĐ 212/2025 Điều 7, which restates them) and §2.3 (QĐ 366-QĐ/TW Điều 11 điểm 4.1 [H]).
-- Law 80/2025 Art. 26 and NĐ 335/2025 score leaders on their unit's results too, but no number on
-- subordinate units is known from the summaries (§12): no rows for L80_ND335 until the text is read.

INSERT INTO evaluation_rule (regime_code, rule_key, value, year_from, year_to, legal_source,
                             article, confidence, note) VALUES
('ND90_2020', 'leader_HTXSNV_units_HTNV_min_pct', 100, 2020, 2025,
 'Nghị định 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023); QĐ 212/2025 UBND TP Hải Phòng Điều 7 khoản 1 điểm d',
 'tiêu chí HTXSNV đối với lãnh đạo, quản lý: 100% đơn vị thuộc thẩm quyền hoàn thành nhiệm vụ trở lên', 'M',
 'Article number in NĐ 90/2020 not verified [M]; wording as restated by Hải Phòng [H].'),
('ND90_2020', 'leader_HTXSNV_units_HTTNV_min_pct', 70, 2020, 2025,
 'Nghị định 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023); QĐ 212/2025 UBND TP Hải Phòng Điều 7 khoản 1 điểm d',
 'tiêu chí HTXSNV đối với lãnh đạo, quản lý: ít nhất 70% đơn vị hoàn thành tốt hoặc xuất sắc nhiệm vụ', 'M', NULL),
('ND90_2020', 'leader_HTTNV_units_HTNV_min_pct', 100, 2020, 2025,
 'Nghị định 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023); QĐ 212/2025 UBND TP Hải Phòng Điều 7 khoản 2 điểm d',
 'tiêu chí HTTNV đối với lãnh đạo, quản lý: 100% đơn vị thuộc thẩm quyền hoàn thành nhiệm vụ trở lên', 'M', NULL),
('ND90_2020', 'leader_HTNV_units_HTNV_min_pct', 70, 2020, 2025,
 'Nghị định 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023); QĐ 212/2025 UBND TP Hải Phòng Điều 7 khoản 3 điểm d',
 'tiêu chí HTNV đối với lãnh đạo, quản lý: ít nhất 70% đơn vị thuộc thẩm quyền hoàn thành nhiệm vụ trở lên', 'M',
 'Below it the leader meets no level''s criteria: KHTNV.'),
('QD366', 'leader_khtnv_units_khtnv_above_pct', 50, 2025, NULL,
 'Quy định 366-QĐ/TW',
 'Điều 11 điểm 4.1 (trên 50% địa phương, cơ quan, đơn vị phụ trách bị xếp loại KHTNV)', 'H', NULL);

-- The major errors found in the task results, declared at the self-assessment (NĐ 335/2025: each
-- deducts major_error_deduction_pct of the task points; only where the regime has that rule).
ALTER TABLE evaluation ADD COLUMN self_major_errors int CHECK (self_major_errors >= 0);
