-- Two steps of the procedure the first slice did not record (REGULATIONS.md §2.2, procedure, [H];
-- Law 80/2025 Art. 26; QĐ 366-QĐ/TW): the opinion of the Party committee at the same level (cấp
-- ủy), before the decision, and the written notice of the result to the person, after it. Each is
-- dated (the day it happened) and attributed (who recorded it, when).
ALTER TABLE evaluation
    ADD COLUMN party_opinion_text text CHECK (length(party_opinion_text) <= 4000),
    ADD COLUMN party_opinion_on   date,
    ADD COLUMN party_opinion_by   varchar(64),
    ADD COLUMN party_opinion_at   timestamptz,
    ADD COLUMN notice_on          date,
    ADD COLUMN notice_text        text CHECK (length(notice_text) <= 4000),
    ADD COLUMN notice_by          varchar(64),
    ADD COLUMN notice_at          timestamptz;
