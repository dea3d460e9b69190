-- Recruitment (issue 16): the rules before 1-7-2025, so that recorded history can be run. A round
-- is judged by the rule set in force on its notice date (Rounds): from 27-11-2020 to 30-6-2025
-- Nghị định 138/2020/NĐ-CP (in force on signing, 27-11-2020; repealed by NĐ 170/2025 Điều 71
-- khoản 2 điểm c from 1-7-2025). Commune civil servants were recruited under it through NĐ
-- 33/2023/NĐ-CP (from 1-8-2023; before it NĐ 112/2011/NĐ-CP as amended by NĐ 34/2019/NĐ-CP,
-- which took over the same two-round structure and points).
--
-- CONFIDENCE: the text of NĐ 138/2020 (and of its amendments NĐ 06/2023, NĐ 116/2024) is NOT in
-- shared/docs/legal/. Every row below is written FROM MEMORY [M] and not verified against the
-- text: confidence 'M' where the structure is the one NĐ 170/2025 took over (priority points,
-- 50% round 1, 50/100 round 2), 'L' where the number is a working assumption (weights, the
-- timeline limits). They are configuration: correct them here (a new migration) once checked.
-- NĐ 170/2025 Điều 70 khoản 1 (transition: a round whose round 1 was over before 1-7-2025 goes
-- on under the old rules for at most 3 months) is not checked by CBCS.

INSERT INTO recruitment_rule (rule_key, value, valid_from, valid_to, legal_source, article, confidence, note) VALUES
-- priority points (only the highest counts: Điều 5 khoản 2)
('priority.HERO_OR_WAR_INVALID', 7.5, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 5 khoản 1 điểm a', 'M',
 '[M] Nhớ lại, chưa đối chiếu văn bản. Anh hùng LLVT, Anh hùng Lao động, thương binh, người hưởng chính sách như thương binh, thương binh loại B: cộng 7,5 điểm vào kết quả vòng 2.'),
('priority.ETHNIC_MINORITY', 5, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 5 khoản 1 điểm b', 'M',
 '[M] Người dân tộc thiểu số: cộng 5 điểm.'),
('priority.DEMOBILISED_OFFICER', 5, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 5 khoản 1 điểm b', 'M',
 '[M] Sĩ quan quân đội, sĩ quan công an, quân nhân chuyên nghiệp phục viên, người làm công tác cơ yếu chuyển ngành, sĩ quan dự bị đã đăng ký ngạch: cộng 5 điểm.'),
('priority.CHILD_OF_MARTYR_OR_INVALID', 5, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 5 khoản 1 điểm b', 'M',
 '[M] Con liệt sĩ, con thương binh, con bệnh binh, con của người hưởng chính sách như thương binh, con đẻ người bị nhiễm chất độc hóa học, con Anh hùng: cộng 5 điểm.'),
('priority.MILITARY_SERVICE_COMPLETED', 2.5, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 5 khoản 1 điểm c', 'M',
 '[M] Người hoàn thành nghĩa vụ quân sự, nghĩa vụ tham gia công an nhân dân: cộng 2,5 điểm.'),
('priority.YOUTH_VOLUNTEER', 2.5, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 5 khoản 1 điểm c', 'M',
 '[M] Đội viên thanh niên xung phong: cộng 2,5 điểm.'),
('priority.TRADE_UNION_OFFICER', 0, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 5 khoản 1', 'L',
 '[M] Theo trí nhớ, Điều 5 NĐ 138/2020 không có diện cán bộ công đoàn (diện +1,5 là của NĐ 170/2025 Điều 6 khoản 1 điểm d): 0 điểm. Cần đối chiếu NĐ 116/2024/NĐ-CP (sửa đổi NĐ 138/2020).'),
('priority.highest_only', 1, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 5 khoản 2', 'M',
 '[M] Thuộc nhiều diện ưu tiên: chỉ cộng điểm ưu tiên cao nhất vào kết quả điểm vòng 2.'),
-- exam (thi tuyển, two rounds: Điều 8)
('exam.round1_questions', 60, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 8 khoản 1 điểm a', 'M',
 '[M] Vòng 1 thi trắc nghiệm (máy vi tính hoặc giấy): Phần I kiến thức chung 60 câu; Phần II ngoại ngữ 30 câu; Phần III tin học 30 câu (miễn theo trường hợp). CBCS ghi vòng 1 như một phần (phần kiến thức chung).'),
('exam.round1_pass_percent', 50, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 8 khoản 1 điểm a', 'M',
 '[M] Trả lời đúng từ 50% số câu hỏi trở lên cho từng phần thi thì được thi tiếp vòng 2.'),
('exam.max_score', 100, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 8 khoản 1 điểm b', 'M',
 '[M] Vòng 2 thi môn nghiệp vụ chuyên ngành: phỏng vấn, viết, hoặc kết hợp phỏng vấn và viết; thang điểm 100.'),
('exam.written_weight_percent', 70, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 8 khoản 1 điểm b', 'L',
 '[M] Theo trí nhớ, khi kết hợp phỏng vấn và viết, tỷ lệ điểm do người đứng đầu cơ quan có thẩm quyền tuyển dụng quyết định; 70/30 là giá trị mặc định của tỉnh (cấu hình), như NĐ 170/2025.'),
('exam.interview_weight_percent', 30, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 8 khoản 1 điểm b', 'L',
 '[M] Xem exam.written_weight_percent.'),
('exam.pass_score', 50, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 9 khoản 1 điểm a', 'M',
 '[M] Người trúng tuyển có kết quả điểm thi vòng 2 từ 50 điểm trở lên.'),
('exam.part_pass_percent', 0, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 9 khoản 1 điểm a', 'L',
 '[M] Theo trí nhớ, NĐ 138/2020 không đòi từng bài (viết, phỏng vấn) đạt 50% (điều kiện này là của NĐ 170/2025 Điều 10 khoản 1 điểm a): 0 = không kiểm tra.'),
-- selection (xét tuyển: Điều 10, 11)
('selection.pass_score', 50, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 11 khoản 1 điểm a', 'M',
 '[M] Xét tuyển: vòng 2 phỏng vấn (Điều 10 khoản 2, thang 100); trúng tuyển từ 50 điểm trở lên.'),
-- timeline: NĐ 138/2020 set the steps differently (e.g. notice of round 2 at least some days
-- before it); CBCS checks recorded rounds against the NĐ 170/2025 limits as working limits [L].
('timeline.applications_days', 30, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 13 (thông báo tuyển dụng)', 'M',
 '[M] Thời hạn nhận Phiếu đăng ký dự tuyển 30 ngày kể từ ngày thông báo tuyển dụng công khai.'),
('timeline.candidate_list_days', 15, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 13–14 (giới hạn làm việc, như NĐ 170/2025)', 'L',
 '[M] Giới hạn làm việc của tỉnh (cấu hình) lấy theo NĐ 170/2025 Điều 16 khoản 2; NĐ 138/2020 quy định khác.'),
('timeline.candidate_list_days_large', 30, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 13–14 (giới hạn làm việc, như NĐ 170/2025)', 'L', '[M] Như trên.'),
('timeline.large_round_applicants', 500, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 13–14 (giới hạn làm việc, như NĐ 170/2025)', 'L', '[M] Như trên.'),
('timeline.round1_days', 30, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 13–14 (giới hạn làm việc, như NĐ 170/2025)', 'L', '[M] Như trên.'),
('timeline.round1_days_large', 45, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 13–14 (giới hạn làm việc, như NĐ 170/2025)', 'L', '[M] Như trên.'),
('timeline.round2_days', 10, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 13–14 (giới hạn làm việc, như NĐ 170/2025)', 'L', '[M] Như trên.'),
('timeline.marking_days', 15, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 13–14 (giới hạn làm việc, như NĐ 170/2025)', 'L', '[M] Như trên.'),
('timeline.selection_interview_days', 15, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 13–14 (giới hạn làm việc, như NĐ 170/2025)', 'L', '[M] Như trên.'),
('timeline.report_for_work_days', 30, DATE '2020-11-27', DATE '2025-06-30', 'Nghị định 138/2020/NĐ-CP', 'Điều 18 (nhận việc)', 'M',
 '[M] Người được tuyển dụng đến nhận việc trong thời hạn 30 ngày kể từ ngày quyết định tuyển dụng có hiệu lực.');
