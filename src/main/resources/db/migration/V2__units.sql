-- Administrative units (module units): an effective-dated tree.
-- Identity is (code, period): a code can be reused by a successor unit (Thái Nguyên's new
-- communes reuse old Bắc Kạn codes), so no two versions of one code may overlap in time.

-- Every official list loaded, in order, with what the loader reconciled.
CREATE TABLE unit_dataset (
    id             serial       PRIMARY KEY,
    name           text         NOT NULL UNIQUE,
    source         text         NOT NULL,
    checksum       char(64)     NOT NULL,
    -- first day the list is in force; NULL for a snapshot whose units' start dates are unknown
    effective_from date,
    loaded_at      timestamptz  NOT NULL DEFAULT now(),
    report         text         NOT NULL
);

CREATE TABLE unit (
    id              bigserial   PRIMARY KEY,
    code            varchar(10) NOT NULL CHECK (code ~ '^[0-9]{2,5}$'),
    level           varchar(10) NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    type            varchar(30) NOT NULL CHECK (type IN (
                        'TINH', 'THANH_PHO_TRUC_THUOC_TW',
                        'HUYEN', 'QUAN', 'THI_XA', 'THANH_PHO_THUOC_TINH', 'THANH_PHO_THUOC_TP_TW',
                        'XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU')),
    name            text        NOT NULL,
    full_name       text        NOT NULL,
    name_en         text,
    full_name_en    text,
    parent_code     varchar(10),
    -- materialised path of codes, e.g. '06/064/02020'; a subtree is one range query
    -- [path || '/', path || '0') — byte order ("C") whatever the database's collation
    path            text        COLLATE "C" NOT NULL,
    -- NULL valid_from: in force since a date we do not know (the pre-2025 list is a snapshot)
    valid_from      date,
    valid_to        date,
    dataset_id      integer     NOT NULL REFERENCES unit_dataset,
    ended_by        integer     REFERENCES unit_dataset,
    search_key      text        GENERATED ALWAYS AS (cbcs_search_key(full_name)) STORED,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    CHECK ((level = 'PROVINCE') = (parent_code IS NULL)),
    CHECK (CASE WHEN parent_code IS NULL THEN path = code
                ELSE path LIKE '%' || parent_code || '/' || code END),
    CONSTRAINT unit_versions_do_not_overlap
        EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);

CREATE INDEX unit_parent_idx ON unit (parent_code);
CREATE INDEX unit_path_idx ON unit (path);
CREATE INDEX unit_search_idx ON unit USING gin (search_key gin_trgm_ops);
CREATE INDEX unit_code_idx ON unit (code);
CREATE INDEX unit_open_idx ON unit (code) WHERE valid_to IS NULL;

-- Predecessor -> successor links between unit versions, from the official conversion table of
-- 1-7-2025 and from later changes. The predecessor is the version of predecessor_code in force on
-- the day before effective_date; the successor the version of successor_code on effective_date.
CREATE TABLE unit_crosswalk (
    id               bigserial   PRIMARY KEY,
    predecessor_code varchar(10) NOT NULL,
    successor_code   varchar(10) NOT NULL,
    effective_date   date        NOT NULL,
    kind             varchar(10) NOT NULL CHECK (kind IN ('FULL', 'PARTIAL', 'UNCHANGED')),
    -- the wording of the official table (Nhập toàn bộ, Nhập một phần, Giữ nguyên, ...)
    note             text,
    -- province-level rows are derived from their communes' rows; others come from the table
    derived          boolean     NOT NULL DEFAULT false,
    dataset_id       integer     NOT NULL REFERENCES unit_dataset,
    UNIQUE (predecessor_code, successor_code, effective_date)
);

CREATE INDEX unit_crosswalk_successor_idx ON unit_crosswalk (successor_code, effective_date);

-- Dated attributes of a unit kept by province officers: its class (loại đặc biệt/I/II/III) and
-- flags used by rules (mountainous, border, island, extremely difficult, ...). A correction never
-- overwrites: the old row is marked superseded and a new one is inserted.
CREATE TABLE unit_attribute (
    id            bigserial    PRIMARY KEY,
    unit_code     varchar(10)  NOT NULL,
    attribute     varchar(30)  NOT NULL CHECK (attribute IN ('CLASS', 'MOUNTAINOUS', 'HIGHLAND',
                      'BORDER', 'ISLAND', 'ETHNIC_MINORITY_AREA', 'EXTREMELY_DIFFICULT')),
    value         varchar(20)  NOT NULL,
    valid_from    date         NOT NULL,
    valid_to      date,
    legal_basis   text         NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 500),
    recorded_by   varchar(64)  NOT NULL,
    recorded_at   timestamptz  NOT NULL DEFAULT now(),
    superseded_at timestamptz,
    superseded_by varchar(64),
    CHECK (valid_to IS NULL OR valid_from <= valid_to),
    CHECK (attribute <> 'CLASS' OR value IN ('DAC_BIET', 'LOAI_I', 'LOAI_II', 'LOAI_III')),
    CHECK (attribute = 'CLASS' OR value IN ('true', 'false')),
    CONSTRAINT unit_attribute_periods_do_not_overlap
        EXCLUDE USING gist (unit_code WITH =, attribute WITH =,
                            daterange(valid_from, valid_to, '[]') WITH &&)
        WHERE (superseded_at IS NULL)
);
