-- Recruitment (issue 16, ADR 15): module recruitment. The rules of civil-servant recruitment as
-- data (ADR 6): one row per number, with its legal source, article, period and confidence.
-- From 1-7-2025: Nghị định 170/2025/NĐ-CP (Điều 6 priority points; Điều 9, 10 exam and pass
-- marks; Điều 11, 12 selection; Điều 15–19 the timeline), read in full in
-- shared/docs/legal/ND_170-2025_tuyen_dung_su_dung_quan_ly_cong_chuc.md. The earlier regimes
-- (NĐ 24/2010, NĐ 161/2018, NĐ 138/2020, NĐ 112/2011 for communes) are not encoded yet: a date
-- before 1-7-2025 has no rule set and is refused with a reason.

CREATE TABLE recruitment_rule (
    id            bigserial    PRIMARY KEY,
    rule_key      varchar(60)  NOT NULL,
    value         numeric(7,2) NOT NULL,
    valid_from    date         NOT NULL,
    valid_to      date,
    legal_source  varchar(500) NOT NULL,
    article       varchar(200) NOT NULL,
    confidence    char(1)      NOT NULL CHECK (confidence IN ('H', 'M', 'L')),
    note          text,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    UNIQUE (rule_key, valid_from)
);

INSERT INTO recruitment_rule (rule_key, value, valid_from, legal_source, article, confidence, note) VALUES
-- priority points (only the highest counts: Điều 6 khoản 2)
('priority.HERO_OR_WAR_INVALID', 7.5, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 6 khoản 1 điểm a', 'H',
 'Anh hùng LLVT, Anh hùng Lao động, thương binh, người hưởng chính sách như thương binh, thương binh loại B.'),
('priority.ETHNIC_MINORITY', 5, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 6 khoản 1 điểm b', 'H',
 'Người dân tộc thiểu số.'),
('priority.DEMOBILISED_OFFICER', 5, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 6 khoản 1 điểm b', 'H',
 'Sĩ quan quân đội, sĩ quan công an, quân nhân chuyên nghiệp phục viên, người làm công tác cơ yếu chuyên ngành, sĩ quan dự bị đã đăng ký ngạch.'),
('priority.CHILD_OF_MARTYR_OR_INVALID', 5, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 6 khoản 1 điểm b', 'H',
 'Con liệt sĩ, con thương binh, con bệnh binh, con của người hưởng chính sách như thương binh, con đẻ người bị nhiễm chất độc hóa học, con Anh hùng.'),
('priority.MILITARY_SERVICE_COMPLETED', 2.5, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 6 khoản 1 điểm c', 'H',
 'Người hoàn thành nghĩa vụ quân sự, nghĩa vụ tham gia công an nhân dân.'),
('priority.YOUTH_VOLUNTEER', 2.5, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 6 khoản 1 điểm c', 'H',
 'Đội viên thanh niên xung phong.'),
('priority.TRADE_UNION_OFFICER', 1.5, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 6 khoản 1 điểm d', 'H',
 'Cán bộ công đoàn trưởng thành từ cơ sở, trong phong trào công nhân.'),
('priority.highest_only', 1, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 6 khoản 2', 'H',
 'Thuộc nhiều diện ưu tiên: chỉ cộng điểm ưu tiên cao nhất.'),
-- exam (thi tuyển)
('exam.round1_questions', 60, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 9 khoản 2 điểm a', 'H',
 'Vòng 1: 60 câu trắc nghiệm trên máy vi tính, 60 phút.'),
('exam.round1_pass_percent', 50, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 9 khoản 2 điểm a', 'H',
 'Trả lời đúng từ 50% số câu hỏi trở lên thì được dự vòng 2.'),
('exam.max_score', 100, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 9 khoản 2 điểm b', 'H',
 'Thang điểm bài thi viết 100, phỏng vấn 100.'),
('exam.written_weight_percent', 70, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 9 khoản 2 điểm b', 'H',
 'Kết hợp viết và phỏng vấn: quy đổi về thang 100, viết 70%, phỏng vấn 30%, làm tròn 2 chữ số thập phân.'),
('exam.interview_weight_percent', 30, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 9 khoản 2 điểm b', 'H', NULL),
('exam.pass_score', 50, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 10 khoản 1 điểm a', 'H',
 'Điểm thi nghiệp vụ chuyên ngành từ 50 điểm trở lên.'),
('exam.part_pass_percent', 50, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 10 khoản 1 điểm a', 'H',
 'Thi kết hợp viết và phỏng vấn: dự đủ cả 2 bài và mỗi bài đạt từ 50% điểm tối đa trở lên.'),
-- selection (xét tuyển)
('selection.pass_score', 50, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 12 khoản 1 điểm a', 'H',
 'Điểm vòng 2 (vấn đáp, thang 100: Điều 11 khoản 2) từ 50 điểm trở lên.'),
-- timeline (days are calendar days unless the key says working_days)
('timeline.applications_days', 30, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 15 khoản 4', 'H',
 'Thời hạn nhận Phiếu đăng ký dự tuyển là 30 ngày kể từ ngày thông báo công khai.'),
('timeline.candidate_list_days', 15, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 16 khoản 2', 'H',
 'Chậm nhất 15 ngày (30 ngày nếu từ 500 người đăng ký) kể từ ngày hết hạn nhận Phiếu: danh sách thí sinh đủ điều kiện.'),
('timeline.candidate_list_days_large', 30, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 16 khoản 2', 'H', NULL),
('timeline.large_round_applicants', 500, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 16 khoản 2', 'H', NULL),
('timeline.round1_days', 30, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 16 khoản 3 điểm a', 'H',
 'Vòng 1 chậm nhất 30 ngày (45 ngày nếu kéo dài) kể từ ngày hết hạn nhận Phiếu.'),
('timeline.round1_days_large', 45, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 16 khoản 3 điểm a', 'H', NULL),
('timeline.round2_days', 10, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 16 khoản 4 điểm a', 'H',
 'Vòng 2 chậm nhất 10 ngày kể từ ngày kết thúc vòng 1.'),
('timeline.marking_days', 15, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 16 khoản 4 điểm b', 'H',
 'Chấm thi viết và công bố kết quả chậm nhất 15 ngày kể từ ngày kết thúc thi viết.'),
('timeline.selection_interview_days', 15, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 16 khoản 6', 'H',
 'Xét tuyển: vấn đáp chậm nhất 15 ngày kể từ ngày thông báo triệu tập.'),
('timeline.report_for_work_days', 30, DATE '2025-07-01', 'Nghị định 170/2025/NĐ-CP', 'Điều 19 khoản 2', 'H',
 'Người được tuyển dụng đến nhận việc chậm nhất 30 ngày kể từ ngày có quyết định tuyển dụng.');
