-- Failed sign-ins counted per username (known or not: the answer must not reveal which) and per
-- client address, in the database so that every app instance sees the same counts.
CREATE TABLE login_failure (
    kind         varchar(8)   NOT NULL CHECK (kind IN ('USER', 'IP')),
    -- the username as typed (lower-cased, cut to 100 characters) or the client address
    key          varchar(100) NOT NULL,
    window_start timestamptz  NOT NULL,
    failures     int          NOT NULL CHECK (failures >= 0),
    locked_until timestamptz,
    PRIMARY KEY (kind, key)
);

CREATE INDEX login_failure_window ON login_failure (window_start);

-- Incremented whenever a user's sessions must end (disabled, roles or scopes changed, password
-- reset or changed): a session remembers the epoch it was signed in at and is refused once it
-- differs, even on an instance that did not delete it.
ALTER TABLE app_user
    ADD COLUMN session_epoch       int         NOT NULL DEFAULT 0,
    ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN updated_at          timestamptz NOT NULL DEFAULT now();
