-- The map before 2025 has a history (issue 12; REGULATIONS §13 item 8): dated changes of units,
-- each recorded by its resolution, shipped (a dataset) or recorded by a province officer. A change
-- becomes unit versions and crosswalk links; a correction is a new version of the change that
-- supersedes the old one, and the map of the codes it touches is recomputed (ADR 16).

CREATE TABLE unit_change (
    id                bigserial    PRIMARY KEY,
    -- every version of one change shares the id of its first version
    chain_id          bigint       NOT NULL,
    version           integer      NOT NULL CHECK (version >= 1),
    resolution_number text         NOT NULL CHECK (length(resolution_number) BETWEEN 1 AND 100),
    issuer            text         CHECK (length(issuer) <= 200),
    -- the day the resolution was signed; unknown only for changes derived from dated lists
    resolution_date   date,
    effective_date    date         NOT NULL,
    kind              varchar(20)  NOT NULL CHECK (kind IN ('ESTABLISHED', 'MERGED', 'SPLIT',
                          'ADJUSTED', 'RENAMED', 'RECLASSIFIED')),
    note              text         NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
    -- why this version was recorded (a correction says what was wrong)
    reason            text         CHECK (length(reason) <= 1000),
    -- a version that says the change was recorded by mistake: no units, no links
    withdrawn         boolean      NOT NULL DEFAULT false,
    -- set for the changes shipped with CBCS (units/history/*.json)
    dataset_id        integer      REFERENCES unit_dataset,
    recorded_by       varchar(64)  NOT NULL,
    recorded_at       timestamptz  NOT NULL DEFAULT now(),
    superseded_at     timestamptz,
    superseded_by     varchar(64),
    CHECK (resolution_date IS NULL OR resolution_date <= effective_date),
    UNIQUE (chain_id, version)
);

-- one current version per change
CREATE UNIQUE INDEX unit_change_current_idx ON unit_change (chain_id) WHERE superseded_at IS NULL;
CREATE INDEX unit_change_effective_idx ON unit_change (effective_date);

-- The unit versions a change speaks of: a predecessor as it was on the day before the effective
-- date, a successor as it is from that date.
CREATE TABLE unit_change_unit (
    id           bigserial    PRIMARY KEY,
    change_id    bigint       NOT NULL REFERENCES unit_change,
    side         varchar(12)  NOT NULL CHECK (side IN ('PREDECESSOR', 'SUCCESSOR')),
    unit_code    varchar(10)  NOT NULL CHECK (unit_code ~ '^[0-9]{2,5}$'),
    type         varchar(30)  NOT NULL CHECK (type IN (
                     'HUYEN', 'QUAN', 'THI_XA', 'THANH_PHO_THUOC_TINH', 'THANH_PHO_THUOC_TP_TW',
                     'XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU')),
    name         text         NOT NULL,
    full_name    text         NOT NULL,
    name_en      text,
    full_name_en text,
    parent_code  varchar(10)  NOT NULL,
    UNIQUE (change_id, side, unit_code)
);

CREATE INDEX unit_change_unit_code_idx ON unit_change_unit (unit_code);

CREATE TABLE unit_change_link (
    id               bigserial    PRIMARY KEY,
    change_id        bigint       NOT NULL REFERENCES unit_change,
    predecessor_code varchar(10)  NOT NULL,
    successor_code   varchar(10)  NOT NULL,
    kind             varchar(10)  NOT NULL CHECK (kind IN ('FULL', 'PARTIAL', 'UNCHANGED')),
    note             text         CHECK (length(note) <= 500),
    UNIQUE (change_id, predecessor_code, successor_code)
);

-- Versions and links made by a change carry it; the rows of the official lists keep their dataset.
ALTER TABLE unit ADD COLUMN change_id bigint REFERENCES unit_change;
ALTER TABLE unit ALTER COLUMN dataset_id DROP NOT NULL;
ALTER TABLE unit ADD CONSTRAINT unit_has_a_source CHECK (dataset_id IS NOT NULL OR change_id IS NOT NULL);
CREATE INDEX unit_change_idx ON unit (change_id) WHERE change_id IS NOT NULL;

ALTER TABLE unit_crosswalk ADD COLUMN change_id bigint REFERENCES unit_change;
ALTER TABLE unit_crosswalk ALTER COLUMN dataset_id DROP NOT NULL;
ALTER TABLE unit_crosswalk ADD CONSTRAINT unit_crosswalk_has_a_source
    CHECK (dataset_id IS NOT NULL OR change_id IS NOT NULL);
CREATE INDEX unit_crosswalk_change_idx ON unit_crosswalk (change_id) WHERE change_id IS NOT NULL;
CREATE INDEX unit_crosswalk_predecessor_idx ON unit_crosswalk (predecessor_code, effective_date);

-- A version of an official list that a change shortened or renamed, as the list loaded it, so
-- that the map of any code can be recomputed from the lists and the changes in force.
CREATE TABLE unit_base_image (
    unit_id bigint PRIMARY KEY,
    image   jsonb  NOT NULL
);

-- Splitting a version and inserting the part before it happen in one statement order that may
-- overlap for an instant: the check runs at the end of the recomputation (set deferred there).
ALTER TABLE unit DROP CONSTRAINT unit_versions_do_not_overlap;
ALTER TABLE unit ADD CONSTRAINT unit_versions_do_not_overlap
    EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
    DEFERRABLE INITIALLY IMMEDIATE;

SELECT audit_attach('unit_change', 'id');
SELECT audit_attach('unit_change_unit', 'id');
SELECT audit_attach('unit_change_link', 'id');
