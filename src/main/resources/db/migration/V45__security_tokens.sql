-- API tokens for scripts and integrations (issue 18): each belongs to a user and acts with that
-- user's current roles and scopes; only a SHA-256 of the token is kept (a random 256-bit secret
-- needs no slow hash); shown once at creation; expiring and revocable.
CREATE TABLE app_token (
    id           bigserial    PRIMARY KEY,
    username     varchar(64)  NOT NULL REFERENCES app_user ON DELETE CASCADE,
    name         text         NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash   bytea        NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    prefix       varchar(16)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    created_by   varchar(64)  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    revoked_at   timestamptz,
    revoked_by   varchar(64),
    last_used_at timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX app_token_username ON app_token (username);

-- creations and revocations are in the audit log; the hash never is, nor the usage stamp
SELECT audit_attach('app_token', 'id', 'last_used_at', 'token_hash');

-- a change made through a token is attributed to its user with the channel TOKEN
ALTER TABLE audit_txn DROP CONSTRAINT audit_txn_source_check;
ALTER TABLE audit_txn ADD CONSTRAINT audit_txn_source_check
    CHECK (source IN ('UI', 'API', 'TOKEN', 'IMPORT', 'DEMO', 'SYSTEM', 'DB'));
ALTER TABLE person_revision DROP CONSTRAINT person_revision_source_check;
ALTER TABLE person_revision ADD CONSTRAINT person_revision_source_check
    CHECK (source IN ('UI', 'API', 'TOKEN', 'IMPORT', 'DEMO', 'SYSTEM'));
