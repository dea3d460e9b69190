-- Excel imports (module importexport). An import keeps its file, who sent it, its counts and one
-- report row per spreadsheet row of each run (a dry run, a commit). Row reports are written in
-- their own short transactions so that a refused or failed commit still explains itself; the data
-- of a commit is written in one transaction, and `committed_run` says which run's rows changed the
-- record. Person ids in row reports are not foreign keys: a run that was rolled back names ids that
-- were never committed.
CREATE TABLE excel_import (
    id              bigserial   PRIMARY KEY,
    kind            varchar(20) NOT NULL CHECK (kind IN ('PEOPLE', 'QUALIFICATIONS', 'ASSIGNMENTS')),
    mode            varchar(15) NOT NULL CHECK (mode IN ('PARTIAL', 'ALL_OR_NOTHING')),
    dry_run         boolean     NOT NULL,
    status          varchar(12) NOT NULL CHECK (status IN ('QUEUED', 'READING', 'VALIDATING',
                        'VALIDATED', 'COMMITTING', 'COMMITTED', 'REFUSED', 'FAILED', 'CANCELLED')),
    file_name       text        NOT NULL CHECK (length(file_name) <= 255),
    file_size       integer     NOT NULL,
    file_sha256     char(64)    NOT NULL,
    file_bytes      bytea       NOT NULL,
    sheet           text,
    created_by      varchar(64) NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    committed_by    varchar(64),
    committed_at    timestamptz,
    run_no          integer     NOT NULL DEFAULT 0,
    committed_run   integer,
    rows_total      integer     NOT NULL DEFAULT 0,
    rows_read       integer     NOT NULL DEFAULT 0,
    rows_validated  integer     NOT NULL DEFAULT 0,
    rows_committed  integer     NOT NULL DEFAULT 0,
    accepted        integer     NOT NULL DEFAULT 0,
    updated         integer     NOT NULL DEFAULT 0,
    unchanged       integer     NOT NULL DEFAULT 0,
    rejected        integer     NOT NULL DEFAULT 0,
    -- why the file was refused or the run failed, in both languages
    message         text,
    message_en      text
);
CREATE INDEX excel_import_created_idx ON excel_import (created_at DESC);

CREATE TABLE excel_import_row (
    id          bigserial   PRIMARY KEY,
    import_id   bigint      NOT NULL REFERENCES excel_import ON DELETE CASCADE,
    run_no      integer     NOT NULL,
    sheet       text        NOT NULL,
    row_no      integer     NOT NULL,
    outcome     varchar(10) NOT NULL CHECK (outcome IN ('NEW', 'UPDATED', 'UNCHANGED', 'REJECTED')),
    person_id   bigint,
    personal_id text,
    full_name   text,
    -- [{column, cell, message, messageEn}]
    errors      jsonb       NOT NULL DEFAULT '[]',
    -- [{column, before, after}]
    changes     jsonb       NOT NULL DEFAULT '[]',
    -- the row as read (rejected rows only), for the error report: [text per template column]
    cells       jsonb
);
CREATE INDEX excel_import_row_run_idx ON excel_import_row (import_id, run_no, row_no);
CREATE INDEX excel_import_row_person_idx ON excel_import_row (person_id) WHERE person_id IS NOT NULL;
