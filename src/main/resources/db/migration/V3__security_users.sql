-- Users of CBCS (module security). Passwords are stored as adaptive hashes only.
CREATE TABLE app_user (
    username      varchar(64)  PRIMARY KEY CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    password_hash text         NOT NULL,
    display_name  text         NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    enabled       boolean      NOT NULL DEFAULT true,
    -- demo accounts exist only in demo mode; production mode refuses to start while one exists
    demo          boolean      NOT NULL DEFAULT false,
    created_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE app_user_role (
    username varchar(64) NOT NULL REFERENCES app_user ON DELETE CASCADE,
    role     varchar(32) NOT NULL CHECK (role IN ('ADMIN', 'PROVINCE_OFFICER', 'DISTRICT_OFFICER',
                 'COMMUNE_OFFICER', 'COMMUNE_HEAD', 'CADRE', 'INSPECTOR')),
    PRIMARY KEY (username, role)
);

-- A scope is a unit code; it covers that unit's subtree on the date being viewed.
CREATE TABLE app_user_scope (
    username  varchar(64) NOT NULL REFERENCES app_user ON DELETE CASCADE,
    unit_code varchar(10) NOT NULL,
    PRIMARY KEY (username, unit_code)
);
