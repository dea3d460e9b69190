-- Issues 14 and 15: candidates of a succession plan, training courses and course results through
-- the Excel import pipeline (module importexport, ADR 7 and ADR 18). Widened once for both so that
-- the two modules' import kinds do not each re-create the constraint without the other's.
ALTER TABLE excel_import DROP CONSTRAINT IF EXISTS excel_import_kind_check;
ALTER TABLE excel_import ADD CONSTRAINT excel_import_kind_check
    CHECK (kind IN ('PEOPLE', 'QUALIFICATIONS', 'ASSIGNMENTS', 'RATINGS',
                    'RECRUIT_CANDIDATES', 'RECRUIT_SCORES',
                    'PLAN_CANDIDATES', 'TRAINING_COURSES', 'TRAINING_RESULTS'));
