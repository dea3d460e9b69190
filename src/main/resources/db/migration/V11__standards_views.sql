-- Read model of the standards module over the person record: the facts its rules look at. Owned
-- by standards; if the person table changes, this view fails to migrate instead of drifting.
CREATE VIEW standards_person_facts AS
SELECT p.id AS person_id, p.full_name, p.sex, p.birth_date, p.birth_year_only, p.general_education,
       coalesce(p.early_retirement_years, 0) AS early_retirement_years, p.synthetic
  FROM person p;
