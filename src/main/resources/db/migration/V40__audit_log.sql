-- Audit log (module audit): an append-only record of every write to the record tables (captured
-- here by triggers, whoever writes: the application, an import, a DBA in psql) and of every read
-- of a full person record (recorded by the application through audit_record()).
--
--   audit_txn   one row per "who, from where, why" inside a database transaction: the actor,
--               channel, client address, request and reason the application put in the
--               transaction-local settings cbcs.actor, cbcs.source, cbcs.client_addr,
--               cbcs.request and cbcs.reason (unset: the database user and source DB)
--   audit_log   one row per event: a row inserted, updated (before and after) or deleted, a table
--               truncated, a record read, an export, a backup or a restore
--   audit_seal  the hash chain: at commit, each audit_txn is sealed with
--               hash = sha256(previous hash || seal fields || hash of the audit_txn || the
--               row_hash of each of its events in id order); seq runs 1, 2, 3 ... without gaps
--
-- The canonical text of a row that is hashed is each field written as "<octets>:<text>" (NULL as
-- "~"), so that an independent verifier (AuditVerifier in Java, audit_verify() here) rebuilds it
-- from the stored columns. Times are written as microseconds since the epoch, jsonb by its own
-- (deterministic) text form; no session setting changes either.
--
-- No foreign keys between the three tables: a foreign key check needs UPDATE privilege on the
-- referenced table, which the application's role no longer has (see the end of this file).
-- audit_verify() checks that every event and every audit_txn is sealed.

CREATE TABLE audit_txn (
    id          bigserial   PRIMARY KEY,
    xid         bigint      NOT NULL DEFAULT txid_current(),
    started_at  timestamptz NOT NULL DEFAULT statement_timestamp(),
    actor       varchar(64) NOT NULL,
    source      varchar(10) NOT NULL CHECK (source IN ('UI', 'API', 'IMPORT', 'DEMO', 'SYSTEM', 'DB')),
    client_addr text        CHECK (length(client_addr) <= 100),
    request     text        CHECK (length(request) <= 300),
    reason      text        CHECK (length(reason) <= 500)
);
CREATE INDEX audit_txn_actor_idx ON audit_txn (actor, id);

CREATE TABLE audit_log (
    id           bigserial   PRIMARY KEY,
    txn_id       bigint      NOT NULL,
    at           timestamptz NOT NULL,
    kind         varchar(10) NOT NULL CHECK (kind IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE',
                     'READ', 'EXPORT', 'BACKUP', 'RESTORE', 'VERIFY')),
    table_name   varchar(63),
    -- primary key of the row, "/"-separated when it has several columns
    row_key      text,
    -- the person the row belongs to (person.id, or the row's person_id)
    person_id    bigint,
    unit_code    varchar(10),
    -- the user account a row of app_user, app_user_role or app_user_scope belongs to
    subject_user varchar(64),
    -- legal basis: the decision of a post (the ending decision when there is one) ...
    decision_id  bigint,
    -- ... and its number, date and issuer, or the legal basis / legal source a rule row names
    legal_basis  text,
    -- for reads and exports: what was shown (PERSON_PAGE, PERSON_API, CV_PDF, ...)
    detail       text,
    -- columns changed (UPDATE), or sensitive groups of data shown (READ)
    fields       text[],
    before       jsonb,
    after        jsonb,
    row_hash     bytea       NOT NULL
);
CREATE INDEX audit_log_txn_idx ON audit_log (txn_id);
CREATE INDEX audit_log_person_idx ON audit_log (person_id, id) WHERE person_id IS NOT NULL;
CREATE INDEX audit_log_unit_idx ON audit_log (unit_code, id) WHERE unit_code IS NOT NULL;
CREATE INDEX audit_log_subject_idx ON audit_log (subject_user, id) WHERE subject_user IS NOT NULL;
-- events are appended in time order: a BRIN index serves date ranges for almost nothing
CREATE INDEX audit_log_at_idx ON audit_log USING brin (at);

CREATE TABLE audit_seal (
    seq        bigint      PRIMARY KEY CHECK (seq > 0),
    txn_id     bigint      NOT NULL UNIQUE,
    events     integer     NOT NULL,
    sealed_at  timestamptz NOT NULL,
    prev_hash  bytea       NOT NULL CHECK (length(prev_hash) = 32),
    hash       bytea       NOT NULL CHECK (length(hash) = 32)
);

-- ---------------------------------------------------------------------------------------------
-- Canonical text and hashes

-- Written in PL/pgSQL, whose plans live for the session: a trigger that appends one event per
-- statement would otherwise plan these SQL functions again on every statement.
CREATE FUNCTION audit_field(v text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN coalesce(octet_length(v)::text || ':' || v, '~');
END
$$;

CREATE FUNCTION audit_micros(t timestamptz) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
    RETURN (extract(epoch FROM t) * 1000000)::bigint::text;
END
$$;

CREATE FUNCTION audit_event_hash(p_txn bigint, p_at timestamptz, p_kind text, p_table text,
        p_row_key text, p_person bigint, p_unit text, p_subject text, p_decision bigint,
        p_basis text, p_detail text, p_fields text[], p_before jsonb, p_after jsonb)
    RETURNS bytea LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    v_fields text := array_to_string(p_fields, ',');
    v_before text := p_before::text;
    v_after  text := p_after::text;
    v_at     text := (extract(epoch FROM p_at) * 1000000)::bigint::text;
BEGIN
    RETURN sha256(convert_to(
        coalesce(octet_length(p_txn::text)::text || ':' || p_txn::text, '~')
        || coalesce(octet_length(v_at)::text || ':' || v_at, '~')
        || coalesce(octet_length(p_kind)::text || ':' || p_kind, '~')
        || coalesce(octet_length(p_table)::text || ':' || p_table, '~')
        || coalesce(octet_length(p_row_key)::text || ':' || p_row_key, '~')
        || coalesce(octet_length(p_person::text)::text || ':' || p_person::text, '~')
        || coalesce(octet_length(p_unit)::text || ':' || p_unit, '~')
        || coalesce(octet_length(p_subject)::text || ':' || p_subject, '~')
        || coalesce(octet_length(p_decision::text)::text || ':' || p_decision::text, '~')
        || coalesce(octet_length(p_basis)::text || ':' || p_basis, '~')
        || coalesce(octet_length(p_detail)::text || ':' || p_detail, '~')
        || coalesce(octet_length(v_fields)::text || ':' || v_fields, '~')
        || coalesce(octet_length(v_before)::text || ':' || v_before, '~')
        || coalesce(octet_length(v_after)::text || ':' || v_after, '~'), 'UTF8'));
END
$$;

CREATE FUNCTION audit_txn_hash(t audit_txn) RETURNS bytea
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
    RETURN sha256(convert_to(
        audit_field(t.id::text) || audit_field(t.xid::text) || audit_field(audit_micros(t.started_at))
        || audit_field(t.actor) || audit_field(t.source) || audit_field(t.client_addr)
        || audit_field(t.request) || audit_field(t.reason), 'UTF8'));
END
$$;

CREATE FUNCTION audit_seal_hash(p_prev bytea, p_seq bigint, p_txn bigint, p_events integer,
        p_sealed_at timestamptz, p_txn_hash bytea, p_event_hashes bytea)
    RETURNS bytea LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
    RETURN sha256(p_prev
        || convert_to(audit_field(p_seq::text) || audit_field(p_txn::text)
                      || audit_field(p_events::text) || audit_field(audit_micros(p_sealed_at)), 'UTF8')
        || p_txn_hash || coalesce(p_event_hashes, ''::bytea));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Appending

-- The audit_txn of the current context, created on first use. The context is read from the
-- transaction-local settings; when they change within a transaction a new audit_txn starts.
CREATE FUNCTION audit_current_txn() RETURNS bigint
    LANGUAGE plpgsql AS $$
DECLARE
    v_actor   text := nullif(current_setting('cbcs.actor', true), '');
    v_source  text := nullif(current_setting('cbcs.source', true), '');
    v_addr    text := nullif(current_setting('cbcs.client_addr', true), '');
    v_request text := nullif(current_setting('cbcs.request', true), '');
    v_reason  text := nullif(current_setting('cbcs.reason', true), '');
    v_key     text;
    v_id      bigint;
BEGIN
    v_key := concat_ws(E'\x1f', txid_current()::text, v_actor, v_source, v_addr, v_request, v_reason);
    IF current_setting('cbcs.audit_txn_key', true) = v_key THEN
        RETURN current_setting('cbcs.audit_txn_id')::bigint;
    END IF;
    INSERT INTO audit_txn (actor, source, client_addr, request, reason)
    VALUES (left(coalesce(v_actor, session_user), 64), coalesce(v_source, 'DB'),
            left(CASE WHEN v_actor IS NULL THEN host(inet_client_addr()) ELSE v_addr END, 100), left(v_request, 300),
            left(v_reason, 500))
    RETURNING id INTO v_id;
    PERFORM set_config('cbcs.audit_txn_id', v_id::text, true),
            set_config('cbcs.audit_txn_key', v_key, true);
    RETURN v_id;
END
$$;

-- Seals an audit_txn at commit (deferred): one at a time (advisory lock, released at commit), so
-- that the chain is linear in commit order.
CREATE FUNCTION audit_seal_txn() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    v_seq    bigint;
    v_prev   bytea;
    v_events integer;
    v_hashes bytea;
    v_at     timestamptz := clock_timestamp();
BEGIN
    PERFORM pg_advisory_xact_lock(7210040);
    SELECT s.seq, s.hash INTO v_seq, v_prev FROM audit_seal s ORDER BY s.seq DESC LIMIT 1;
    v_seq := coalesce(v_seq, 0) + 1;
    v_prev := coalesce(v_prev, decode(repeat('00', 32), 'hex'));
    SELECT count(*), string_agg(l.row_hash, ''::bytea ORDER BY l.id)
      INTO v_events, v_hashes
      FROM audit_log l WHERE l.txn_id = NEW.id;
    INSERT INTO audit_seal (seq, txn_id, events, sealed_at, prev_hash, hash)
    VALUES (v_seq, NEW.id, v_events, v_at, v_prev,
            audit_seal_hash(v_prev, v_seq, NEW.id, v_events, v_at, audit_txn_hash(NEW), v_hashes));
    -- events after this point (SET CONSTRAINTS ... IMMEDIATE) open a new audit_txn
    IF current_setting('cbcs.audit_txn_id', true) = NEW.id::text THEN
        PERFORM set_config('cbcs.audit_txn_id', '', true), set_config('cbcs.audit_txn_key', '', true);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER audit_txn_seal AFTER INSERT ON audit_txn
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_seal_txn();

-- Appends one event that is not a row change (a read, an export, a backup, a restore).
CREATE FUNCTION audit_record(p_kind text, p_table text, p_row_key text, p_person bigint,
        p_unit text, p_subject text, p_detail text, p_fields text[])
    RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_txn bigint := audit_current_txn();
    v_at  timestamptz := statement_timestamp();
    v_id  bigint;
BEGIN
    INSERT INTO audit_log (txn_id, at, kind, table_name, row_key, person_id, unit_code,
                           subject_user, detail, fields, row_hash)
    VALUES (v_txn, v_at, p_kind, p_table, p_row_key, p_person, p_unit, p_subject, p_detail,
            p_fields, audit_event_hash(v_txn, v_at, p_kind, p_table, p_row_key, p_person, p_unit,
                                       p_subject, NULL, NULL, p_detail, p_fields, NULL, NULL))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Capturing writes: statement-level triggers with transition tables, so that a bulk insert of
-- 2,000 rows is one INSERT ... SELECT into the log, not 2,000 trigger calls.

-- The row as jsonb without the dropped columns (generated ones) and with the redacted ones
-- (password hashes, file contents) replaced by their SHA-256.
CREATE FUNCTION audit_clean(j jsonb, drop_cols text[], redact_cols text[]) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    c text;
BEGIN
    j := j - drop_cols;
    FOREACH c IN ARRAY redact_cols LOOP
        IF j ->> c IS NOT NULL THEN
            j := jsonb_set(j, ARRAY[c], to_jsonb('sha256:' || encode(sha256(convert_to(j ->> c, 'UTF8')), 'hex')));
        END IF;
    END LOOP;
    RETURN j;
END
$$;

CREATE FUNCTION audit_row_key(j jsonb, key_cols text[]) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    IF cardinality(key_cols) = 1 THEN
        RETURN j ->> key_cols[1];
    END IF;
    RETURN array_to_string(ARRAY(SELECT j ->> k FROM unnest(key_cols) k), '/');
END
$$;

-- What an event says about its row: key, person, unit, user account, decision and legal basis.
-- Reads nothing but the row: a lookup in another table would be planned once per session, and a
-- table filled in the same long transaction (an import, the demo) would make each lookup slower
-- than the last. The number, date and issuer of a decision are in the decision's own events.
CREATE FUNCTION audit_facts(p_table text, j jsonb, p_keys text[])
    RETURNS TABLE (row_key text, person_id bigint, unit_code varchar, subject_user varchar,
                   decision_id bigint, legal_basis text)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT audit_row_key(j, p_keys),
           CASE WHEN p_table = 'person' THEN (j ->> 'id')::bigint ELSE (j ->> 'person_id')::bigint END,
           (j ->> 'unit_code')::varchar,
           (j ->> 'username')::varchar,
           CASE WHEN p_table = 'decision' THEN (j ->> 'id')::bigint
                ELSE coalesce((j ->> 'end_decision_id')::bigint, (j ->> 'start_decision_id')::bigint,
                              (j ->> 'decision_id')::bigint) END,
           coalesce(j ->> 'legal_basis', j ->> 'legal_source',
                    CASE WHEN p_table = 'decision' THEN (j ->> 'number') || ' ('
                         || (j ->> 'decided_on') || ', ' || (j ->> 'issuer') || ')' END)
$$;

-- The trigger function of every audited table. Arguments: key columns, columns to leave out,
-- columns to redact (each a comma-separated list). The audit_txn is looked up by a scalar
-- subquery, evaluated only when the statement changed at least one row. OFFSET 0 keeps each row's
-- jsonb computed once (the planner would otherwise inline it into every use).
CREATE FUNCTION audit_capture() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    v_keys   text[] := string_to_array(TG_ARGV[0], ',');
    v_drop   text[] := coalesce(string_to_array(nullif(TG_ARGV[1], ''), ','), '{}');
    v_redact text[] := coalesce(string_to_array(nullif(TG_ARGV[2], ''), ','), '{}');
    v_table  text := TG_TABLE_NAME;
    v_txn    bigint;
    v_at     timestamptz := statement_timestamp();
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        v_txn := audit_current_txn();
        INSERT INTO audit_log (txn_id, at, kind, table_name, row_hash)
        VALUES (v_txn, v_at, 'TRUNCATE', v_table,
                audit_event_hash(v_txn, v_at, 'TRUNCATE', v_table, NULL, NULL, NULL, NULL, NULL,
                                 NULL, NULL, NULL, NULL, NULL));
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO audit_log (txn_id, at, kind, table_name, row_key, person_id, unit_code,
                               subject_user, decision_id, legal_basis, after, row_hash)
        SELECT t.id, v_at, 'INSERT', v_table, f.row_key, f.person_id, f.unit_code, f.subject_user,
               f.decision_id, f.legal_basis, r.j,
               audit_event_hash(t.id, v_at, 'INSERT', v_table, f.row_key, f.person_id, f.unit_code,
                                f.subject_user, f.decision_id, f.legal_basis, NULL, NULL, NULL, r.j)
          FROM (SELECT audit_clean(to_jsonb(n), v_drop, v_redact) AS j FROM new_rows n OFFSET 0) r
         CROSS JOIN LATERAL (SELECT * FROM audit_facts(v_table, r.j, v_keys) OFFSET 0) f
         CROSS JOIN LATERAL (SELECT (SELECT audit_current_txn()) AS id) t;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO audit_log (txn_id, at, kind, table_name, row_key, person_id, unit_code,
                               subject_user, decision_id, legal_basis, before, row_hash)
        SELECT t.id, v_at, 'DELETE', v_table, f.row_key, f.person_id, f.unit_code, f.subject_user,
               f.decision_id, f.legal_basis, r.j,
               audit_event_hash(t.id, v_at, 'DELETE', v_table, f.row_key, f.person_id, f.unit_code,
                                f.subject_user, f.decision_id, f.legal_basis, NULL, NULL, r.j, NULL)
          FROM (SELECT audit_clean(to_jsonb(o), v_drop, v_redact) AS j FROM old_rows o OFFSET 0) r
         CROSS JOIN LATERAL (SELECT * FROM audit_facts(v_table, r.j, v_keys) OFFSET 0) f
         CROSS JOIN LATERAL (SELECT (SELECT audit_current_txn()) AS id) t;
    ELSE
        -- UPDATE: old and new rows paired by key, before and after holding the changed columns
        -- only (the row as a whole is in its INSERT event and the updates since); a row whose key
        -- changed reads as DELETE + INSERT
        INSERT INTO audit_log (txn_id, at, kind, table_name, row_key, person_id, unit_code,
                               subject_user, decision_id, legal_basis, fields, before, after, row_hash)
        SELECT t.id, v_at, k.kind, v_table, f.row_key, f.person_id, f.unit_code, f.subject_user,
               f.decision_id, f.legal_basis, k.fields, k.b, k.a,
               audit_event_hash(t.id, v_at, k.kind, v_table, f.row_key, f.person_id, f.unit_code,
                                f.subject_user, f.decision_id, f.legal_basis, NULL, k.fields, k.b, k.a)
          FROM (SELECT o.j AS oj, n.j AS nj
                  FROM (SELECT audit_clean(to_jsonb(r), v_drop, v_redact) AS j FROM old_rows r OFFSET 0) o
                  FULL JOIN (SELECT audit_clean(to_jsonb(r), v_drop, v_redact) AS j FROM new_rows r OFFSET 0) n
                    ON audit_row_key(o.j, v_keys) = audit_row_key(n.j, v_keys)
                 WHERE o.j IS DISTINCT FROM n.j OFFSET 0) p
         CROSS JOIN LATERAL (
               SELECT CASE WHEN p.oj IS NULL THEN 'INSERT' WHEN p.nj IS NULL THEN 'DELETE' ELSE 'UPDATE' END AS kind,
                      d.fields,
                      CASE WHEN p.nj IS NULL OR p.oj IS NULL THEN p.oj ELSE d.b END AS b,
                      CASE WHEN p.nj IS NULL OR p.oj IS NULL THEN p.nj ELSE d.a END AS a
                 FROM (SELECT array_agg(e.key ORDER BY e.key) AS fields,
                              jsonb_object_agg(e.key, coalesce(p.oj -> e.key, 'null'::jsonb)) AS b,
                              jsonb_object_agg(e.key, e.value) AS a
                         FROM jsonb_each(p.nj) e
                        WHERE p.oj IS NOT NULL AND e.value IS DISTINCT FROM p.oj -> e.key) d) k
         CROSS JOIN LATERAL (SELECT * FROM audit_facts(v_table, coalesce(p.nj, p.oj), v_keys) OFFSET 0) f
         CROSS JOIN LATERAL (SELECT (SELECT audit_current_txn()) AS id) t;
    END IF;
    RETURN NULL;
END
$$;

-- SQL API: audits a table (insert, update, delete, truncate). Other modules call it from their
-- migrations for their own record tables, e.g. SELECT audit_attach('target', 'id');
CREATE FUNCTION audit_attach(p_table regclass, p_keys text, p_drop text DEFAULT '',
        p_redact text DEFAULT '')
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_args text := format('%L, %L, %L', p_keys, p_drop, p_redact);
BEGIN
    EXECUTE format('CREATE TRIGGER audit_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION audit_capture(%s)', p_table, v_args);
    EXECUTE format('CREATE TRIGGER audit_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows'
                   ' NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_capture(%s)', p_table, v_args);
    EXECUTE format('CREATE TRIGGER audit_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION audit_capture(%s)', p_table, v_args);
    EXECUTE format('CREATE TRIGGER audit_truncate AFTER TRUNCATE ON %s'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION audit_capture(%s)', p_table, v_args);
END
$$;

SELECT audit_attach('person', 'id', 'given_name,search_key');
SELECT audit_attach('person_photo', 'person_id', '', 'bytes');
SELECT audit_attach('person_family_member', 'id');
SELECT audit_attach('person_work_history', 'id');
SELECT audit_attach('person_reward', 'id');
SELECT audit_attach('person_discipline', 'id');
SELECT audit_attach('qualification', 'id');
SELECT audit_attach('decision', 'id', '', 'file_bytes');
SELECT audit_attach('assignment', 'id');
SELECT audit_attach('standard_rule', 'id');
SELECT audit_attach('staffing_allocation', 'id');
SELECT audit_attach('unit_attribute', 'id');
SELECT audit_attach('app_user', 'username', '', 'password_hash');
SELECT audit_attach('app_user_role', 'username,role');
SELECT audit_attach('app_user_scope', 'username,unit_code');

-- ---------------------------------------------------------------------------------------------
-- Append-only. The trigger is the guard everywhere (the embedded server runs the application as
-- superuser, for whom privileges do not count); on an external server the application's role,
-- which owns the tables, also loses the privileges (an owner can grant them back to itself: the
-- hash chain, not the privileges, is what proves the log unaltered).

CREATE FUNCTION audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_txn
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_txn, audit_log, audit_seal FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_txn, audit_log, audit_seal FROM %I',
                   current_user);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Verification, for an auditor in psql:  SELECT * FROM audit_verify();
-- Recomputes every event hash from the event's content, every seal from its audit_txn and
-- events, and follows the chain from seq 1; reports the first problem found. AuditVerifier (Java)
-- does the same outside the database.
CREATE FUNCTION audit_verify()
    RETURNS TABLE (ok boolean, seals bigint, events bigint, head_seq bigint, head_hash text,
                   first_bad_seq bigint, problem text)
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_zero bytea := decode(repeat('00', 32), 'hex');
    v_bad  record;
    v_orphan bigint;
BEGIN
    SELECT count(*), max(s.seq) INTO seals, head_seq FROM audit_seal s;
    SELECT count(*) INTO events FROM audit_log;
    SELECT encode(s.hash, 'hex') INTO head_hash FROM audit_seal s WHERE s.seq = head_seq;

    WITH ev AS (
        SELECT l.txn_id, l.id, l.row_hash,
               audit_event_hash(l.txn_id, l.at, l.kind, l.table_name, l.row_key, l.person_id,
                                l.unit_code, l.subject_user, l.decision_id, l.legal_basis,
                                l.detail, l.fields, l.before, l.after) AS h
          FROM audit_log l
    ), per_txn AS (
        SELECT ev.txn_id, count(*) AS n, string_agg(ev.h, ''::bytea ORDER BY ev.id) AS hashes,
               min(ev.id) FILTER (WHERE ev.h <> ev.row_hash) AS bad_event
          FROM ev GROUP BY ev.txn_id
    ), chain AS (
        SELECT s.seq, s.txn_id, s.events, s.sealed_at, s.prev_hash, s.hash,
               t.id AS header_id, CASE WHEN t.id IS NOT NULL THEN audit_txn_hash(t) END AS th,
               coalesce(p.n, 0) AS n, p.hashes, p.bad_event,
               coalesce(lag(s.hash) OVER (ORDER BY s.seq), v_zero) AS expected_prev,
               row_number() OVER (ORDER BY s.seq) AS rn
          FROM audit_seal s
          LEFT JOIN audit_txn t ON t.id = s.txn_id
          LEFT JOIN per_txn p ON p.txn_id = s.txn_id
    )
    SELECT c.seq,
           CASE WHEN c.seq <> c.rn THEN format('seal %s is missing', c.rn)
                WHEN c.prev_hash <> c.expected_prev THEN 'the chain is broken before this seal'
                WHEN c.header_id IS NULL THEN format('audit_txn %s is missing', c.txn_id)
                WHEN c.bad_event IS NOT NULL THEN format('event %s was altered', c.bad_event)
                WHEN c.n <> c.events THEN format('%s events sealed, %s found', c.events, c.n)
                WHEN c.hash <> audit_seal_hash(c.prev_hash, c.seq, c.txn_id, c.events, c.sealed_at,
                                               c.th, c.hashes)
                     THEN format('audit_txn %s or its seal was altered', c.txn_id)
           END AS problem
      INTO v_bad
      FROM chain c
     WHERE c.seq <> c.rn OR c.prev_hash <> c.expected_prev OR c.header_id IS NULL
        OR c.bad_event IS NOT NULL OR c.n <> c.events
        OR c.hash <> audit_seal_hash(c.prev_hash, c.seq, c.txn_id, c.events, c.sealed_at, c.th, c.hashes)
     ORDER BY c.seq
     LIMIT 1;

    IF v_bad.seq IS NOT NULL THEN
        ok := false; first_bad_seq := v_bad.seq; problem := v_bad.problem;
        RETURN NEXT;
        RETURN;
    END IF;
    SELECT min(l.id) INTO v_orphan FROM audit_log l
     WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.txn_id = l.txn_id);
    IF v_orphan IS NOT NULL THEN
        ok := false; problem := format('event %s is not sealed', v_orphan);
        RETURN NEXT;
        RETURN;
    END IF;
    SELECT min(t.id) INTO v_orphan FROM audit_txn t
     WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.txn_id = t.id);
    IF v_orphan IS NOT NULL THEN
        ok := false; problem := format('audit_txn %s is not sealed', v_orphan);
        RETURN NEXT;
        RETURN;
    END IF;
    ok := true;
    RETURN NEXT;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Browsing per unit: the units of a subtree in any period (a code names the unit's versions), and
-- the people who held a post in one of them at any time. Reads the units and positions modules'
-- tables: the audit log is the one place that looks across every module's records.
CREATE FUNCTION audit_unit_codes(p_code text) RETURNS TABLE (code varchar)
    LANGUAGE sql STABLE AS $$
    SELECT DISTINCT u.code
      FROM unit u JOIN unit r ON r.code = p_code
     WHERE u.path = r.path OR (u.path >= r.path || '/' AND u.path < r.path || '0')
    UNION
    SELECT p_code::varchar
$$;

CREATE FUNCTION audit_people_of_unit(p_code text) RETURNS TABLE (person_id bigint)
    LANGUAGE sql STABLE AS $$
    SELECT DISTINCT a.person_id FROM assignment a
     WHERE a.unit_code IN (SELECT c.code FROM audit_unit_codes(p_code) c)
$$;
