-- Resolutions (module resolutions): a Party or council resolution with dated targets on indicators.
CREATE TABLE resolution (
    id         bigserial   PRIMARY KEY,
    -- the document's number as printed, e.g. 10-NQ/TU
    number     varchar(40) NOT NULL CHECK (length(trim(number)) BETWEEN 2 AND 40),
    title      text        NOT NULL CHECK (length(title) BETWEEN 5 AND 500),
    issuer     text        NOT NULL CHECK (length(issuer) BETWEEN 2 AND 200),
    issued_on  date        NOT NULL,
    -- the unit the resolution governs, identified on unit_on (its own date)
    unit_code  varchar(10) NOT NULL,
    unit_on    date        NOT NULL,
    summary    text        CHECK (length(summary) <= 4000),
    created_by varchar(64) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (number, issuer, issued_on)
);

CREATE TABLE resolution_target (
    id             bigserial    PRIMARY KEY,
    resolution_id  bigint       NOT NULL REFERENCES resolution,
    indicator_code varchar(40)  NOT NULL REFERENCES indicator,
    milestone      date         NOT NULL,
    target         numeric(5,2) NOT NULL CHECK (target BETWEEN 0 AND 100),
    -- AT_LEAST: the value must reach the target; AT_MOST: must not exceed it
    direction      varchar(8)   NOT NULL DEFAULT 'AT_LEAST' CHECK (direction IN ('AT_LEAST', 'AT_MOST')),
    note           text         CHECK (length(note) <= 500),
    created_by     varchar(64)  NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (resolution_id, indicator_code, milestone)
);
