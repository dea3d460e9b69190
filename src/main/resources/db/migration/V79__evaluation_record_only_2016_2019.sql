-- Ratings of 2016–2019 (state side): NĐ 56/2015/NĐ-CP as amended by NĐ 88/2017/NĐ-CP, a text the
-- brief does not hold (REGULATIONS.md covers NĐ 90/2020 onwards). So that the record can hold the
-- ratings decided in those years — the period of Resolution 10-NQ/TU (2016) — the regime is
-- RECORD-ONLY: a final rating is recorded from its decision (one of the four levels), nothing is
-- classified, no workflow is opened, no cap or disqualifier is checked (rule record_only; the
-- classification and the opening refuse such a year with a message saying so). Confidence L: to be
-- replaced by the real rules when the texts are read.
INSERT INTO evaluation_regime (code, system, name, name_en, year_from, year_to, legal_source,
                               confidence, note) VALUES
('ND56_2015', 'STATE',
 'Nghị định 56/2015/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 88/2017/NĐ-CP) — chỉ ghi nhận kết quả',
 'Decree 56/2015/ND-CP (as amended by Decree 88/2017/ND-CP) — results recorded only', 2016, 2019,
 'Nghị định 56/2015/NĐ-CP; Nghị định 88/2017/NĐ-CP', 'L',
 'Not in the brief: ratings of these years are recorded from their decisions, never classified or checked.');

INSERT INTO evaluation_rule (regime_code, rule_key, value, year_from, year_to, legal_source,
                             article, confidence, note) VALUES
('ND56_2015', 'record_only', 1, 2016, 2019, 'Nghị định 56/2015/NĐ-CP; Nghị định 88/2017/NĐ-CP',
 'ghi nhận kết quả đã quyết định (không kiểm tra)', 'L',
 'No criteria, bands, cap or disqualifiers are applied for these years.');
