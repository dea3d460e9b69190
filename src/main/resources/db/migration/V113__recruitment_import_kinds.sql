-- Issue 16: applications and scores of a recruitment round through the Excel import pipeline
-- (module importexport, ADR 7 and ADR 18; rows through recruitment.Rounds with the importer).
ALTER TABLE excel_import DROP CONSTRAINT IF EXISTS excel_import_kind_check;
ALTER TABLE excel_import ADD CONSTRAINT excel_import_kind_check
    CHECK (kind IN ('PEOPLE', 'QUALIFICATIONS', 'ASSIGNMENTS', 'RATINGS',
                    'RECRUIT_CANDIDATES', 'RECRUIT_SCORES'));
