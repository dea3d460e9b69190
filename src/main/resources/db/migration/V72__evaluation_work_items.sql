-- The work list of the evaluation module (issues 13 and 17, ADR 15 §6): the names of the people its
-- items are for, read through a view of the module's own (as standards_person_facts and
-- selfservice_person_names do), never the people module's table in the Java code.
CREATE VIEW evaluation_person_names AS SELECT p.id AS person_id, p.full_name FROM person p;

-- The consequences read the decided state ratings of a few recent years, KHTNV first.
CREATE INDEX evaluation_decided_level_idx ON evaluation (decided_level, year)
    WHERE status = 'DECIDED';
