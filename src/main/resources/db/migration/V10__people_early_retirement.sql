-- Labour Code 2019 Art. 169(3): people with long service in extremely difficult areas may retire up
-- to 5 years earlier. Recorded per person (years of entitlement, 0–5).
ALTER TABLE person ADD COLUMN early_retirement_years smallint CHECK (early_retirement_years BETWEEN 0 AND 5);
