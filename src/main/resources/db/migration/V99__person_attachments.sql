-- Scanned documents kept with a record (issue 17): decisions (of appointment, transfer, discipline,
-- reward…), certificates and diplomas, other papers of the file (hồ sơ cán bộ, TT 06/2023/TT-BNV
-- Điều 5 lists the decisions and certificates a personnel file holds). Stored in PostgreSQL with the
-- record, so that a backup, the audit log and the scope checks cover them like the rest of the file.
-- The size limit is a setting (cbcs.attachments.max-bytes); the CHECK is the hard ceiling.
-- A removal keeps the row and its file (removed_at, removed_by, removed_reason) and only hides it
-- from the record's list: nothing attached disappears without a trace.
CREATE TABLE person_attachment (
    id             bigserial    PRIMARY KEY,
    person_id      bigint       NOT NULL REFERENCES person ON DELETE CASCADE,
    kind           varchar(12)  NOT NULL CHECK (kind IN ('DECISION', 'CERTIFICATE', 'OTHER')),
    title          text         NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    doc_number     text         CHECK (length(doc_number) <= 100),
    doc_date       date,
    file_name      text         NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type   varchar(30)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     integer      NOT NULL CHECK (size_bytes > 0),
    sha256         char(64)     NOT NULL,
    bytes          bytea        NOT NULL CHECK (length(bytes) <= 52428800),
    uploaded_at    timestamptz  NOT NULL DEFAULT now(),
    uploaded_by    varchar(64)  NOT NULL,
    removed_at     timestamptz,
    removed_by     varchar(64),
    removed_reason text         CHECK (length(removed_reason) <= 500),
    CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);
CREATE INDEX person_attachment_person_idx ON person_attachment (person_id, id);

SELECT audit_attach('person_attachment', 'id', '', 'bytes');
