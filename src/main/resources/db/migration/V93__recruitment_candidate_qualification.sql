-- Eligibility of a candidate against the offered position's standard (issue 16): what the
-- application declares of the education the standard looks at — the general education ("12/12"),
-- the highest professional level (a level code of the PROFESSIONAL track, qualification_level) and
-- its major. Only what the standard needs (Luật BVDLCN 2025 Điều 25, REGULATIONS.md §8); rows of
-- the first slice have none of them and are judged "not declared". The erasure of a candidate not
-- recruited (CandidateErasure) leaves these three: without the identity they name nobody, and the
-- results of the round are judged with them again.
ALTER TABLE recruitment_candidate
    ADD COLUMN general_education   varchar(10)  CHECK (general_education ~ '^[0-9]{1,2}/[0-9]{1,2}$'),
    ADD COLUMN professional_level  varchar(40),
    ADD COLUMN major               text         CHECK (length(major) BETWEEN 1 AND 200);
