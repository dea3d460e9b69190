-- Training and fostering (issue 15), second slice: the rules of job-position fostering and of
-- publicly funded postgraduate study as rows (ADR 6), the needs added by hand, and the facts of the
-- person record training reads (its own view, like planning_person_facts).
--
-- NĐ 171/2025/NĐ-CP (in force 1-7-2025; read in full, shared/docs/legal) [H]:
--   Điều 16 khoản 3: every civil servant at least 01 tuần (40 tiết) of job-position fostering a year;
--   Điều 5 khoản 1: postgraduate study — từ đủ 03 năm công tác, and the 02 consecutive years just
--   before the posting rated hoàn thành tốt nhiệm vụ or better; khoản 2: không quá 45 tuổi at the
--   first posting.
-- NĐ 101/2017/NĐ-CP as amended by NĐ 89/2021/NĐ-CP (until 30-6-2025): REGULATIONS.md §7 only [M]
--   (40 periods; 3 years, 2 years HTTNV; ≤ 40 years old); the article numbers are not verified.

INSERT INTO training_rule (rule_key, value, valid_from, valid_to, legal_source, article, confidence, note) VALUES
('job_position_periods_per_year', 40, DATE '2017-09-01', DATE '2025-06-30',
 'Nghị định 101/2017/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 89/2021/NĐ-CP)', 'Điều 17', 'M',
 'REGULATIONS.md §7 PRE [M]: at least 1 week (40 periods) a year; the article number is not verified.'),
('job_position_periods_per_year', 40, DATE '2025-07-01', NULL,
 'Nghị định 171/2025/NĐ-CP', 'Điều 16 khoản 3', 'H',
 'Tối thiểu 01 tuần (40 tiết)/năm of the programmes of Điều 15 khoản 4 (courses of kind JOB_POSITION).'),
('postgraduate_min_service_years', 3, DATE '2017-09-01', DATE '2025-06-30',
 'Nghị định 101/2017/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 89/2021/NĐ-CP)', 'Điều 6', 'M',
 'REGULATIONS.md §7 PRE [M]; the article number is not verified.'),
('postgraduate_min_service_years', 3, DATE '2025-07-01', NULL,
 'Nghị định 171/2025/NĐ-CP', 'Điều 5 khoản 1', 'H', 'Thời gian công tác từ đủ 03 năm trở lên.'),
('postgraduate_good_years', 2, DATE '2017-09-01', DATE '2025-06-30',
 'Nghị định 101/2017/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 89/2021/NĐ-CP)', 'Điều 6', 'M',
 'REGULATIONS.md §7 PRE [M]: the last 2 consecutive years HTTNV or better.'),
('postgraduate_good_years', 2, DATE '2025-07-01', NULL,
 'Nghị định 171/2025/NĐ-CP', 'Điều 5 khoản 1', 'H',
 '02 năm liên tục liền kề trước thời điểm được cử đi hoàn thành tốt nhiệm vụ trở lên (state ratings).'),
('postgraduate_max_age', 40, DATE '2017-09-01', DATE '2025-06-30',
 'Nghị định 101/2017/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 89/2021/NĐ-CP)', 'Điều 6', 'M',
 'REGULATIONS.md §7 PRE [M]: not over 40 at the first postgraduate posting.'),
('postgraduate_max_age', 45, DATE '2025-07-01', NULL,
 'Nghị định 171/2025/NĐ-CP', 'Điều 5 khoản 2', 'H',
 'Không quá 45 tuổi tính từ thời điểm được cử đi đào tạo sau đại học lần đầu (age in full years on '
 || 'the course''s first day; refused from the 46th birthday — reading).');

-- A need added by hand by an officer for a person of their ground, with its reason; closed (never
-- deleted) with the day and who closed it.
CREATE TABLE training_need (
    id           bigserial     PRIMARY KEY,
    person_id    bigint        NOT NULL REFERENCES person,
    course_kind  varchar(20)   NOT NULL CHECK (course_kind IN ('POLITICAL_THEORY', 'STATE_MANAGEMENT',
                     'PROFESSIONAL', 'JOB_POSITION', 'LEADERSHIP', 'DEFENCE_SECURITY', 'DIGITAL')),
    reason       varchar(1000) NOT NULL,
    deadline     date,
    added_on     date          NOT NULL,
    added_by     varchar(64)   NOT NULL,
    added_at     timestamptz   NOT NULL DEFAULT now(),
    closed_on    date,
    closed_by    varchar(64),
    CHECK ((closed_on IS NULL) = (closed_by IS NULL)),
    CHECK (closed_on IS NULL OR closed_on >= added_on)
);
CREATE INDEX training_need_person_idx ON training_need (person_id);
SELECT audit_attach('training_need', 'id');

-- Read model of training over the person record (owned here): birth date, sex and the start of
-- service (the recruitment date, else the joining of the agency).
CREATE VIEW training_person_facts AS
SELECT p.id AS person_id, p.birth_date, p.sex, coalesce(p.recruited_on, p.joined_agency_on) AS service_from
  FROM person p;
