-- Incremental verification of the audit log (issue 18). Each successful verification leaves a
-- checkpoint: the seal it reached and that seal's hash. The next check starts there — it recomputes
-- only the seals after it, the first of which must chain to the checkpoint's hash — so a check
-- costs the events written since, not the whole log. A full check stays available and is what the
-- command --cbcs.audit.verify runs. Checkpoints are append-only like the log itself.
CREATE TABLE audit_checkpoint (
    id            bigserial   PRIMARY KEY,
    seq           bigint      NOT NULL,
    hash          bytea       NOT NULL CHECK (length(hash) = 32),
    last_event_id bigint      NOT NULL,
    last_txn_id   bigint      NOT NULL,
    verified_at   timestamptz NOT NULL DEFAULT now(),
    verified_by   varchar(64) NOT NULL,
    method        varchar(20) NOT NULL CHECK (method IN ('FULL', 'INCREMENTAL'))
);

CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM PUBLIC;

-- The database's own incremental check: the seals after p_seq, the first chaining to p_hash, and
-- no event or audit_txn after the checkpoint left unsealed. Same rules as audit_verify().
CREATE FUNCTION audit_verify_from(p_seq bigint, p_hash bytea, p_last_event bigint, p_last_txn bigint)
    RETURNS TABLE (ok boolean, seals bigint, events bigint, head_seq bigint, head_hash text,
                   first_bad_seq bigint, problem text)
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_bad  record;
    v_orphan bigint;
BEGIN
    SELECT count(*), max(s.seq) INTO seals, head_seq FROM audit_seal s WHERE s.seq > p_seq;
    IF head_seq IS NULL THEN
        head_seq := p_seq;
    END IF;
    SELECT count(*) INTO events
      FROM audit_log l JOIN audit_seal s ON s.txn_id = l.txn_id WHERE s.seq > p_seq;
    SELECT encode(s.hash, 'hex') INTO head_hash FROM audit_seal s WHERE s.seq = head_seq;

    WITH ev AS (
        SELECT l.txn_id, l.id, l.row_hash,
               audit_event_hash(l.txn_id, l.at, l.kind, l.table_name, l.row_key, l.person_id,
                                l.unit_code, l.subject_user, l.decision_id, l.legal_basis,
                                l.detail, l.fields, l.before, l.after) AS h
          FROM audit_log l JOIN audit_seal s ON s.txn_id = l.txn_id
         WHERE s.seq > p_seq
    ), per_txn AS (
        SELECT ev.txn_id, count(*) AS n, string_agg(ev.h, ''::bytea ORDER BY ev.id) AS hashes,
               min(ev.id) FILTER (WHERE ev.h <> ev.row_hash) AS bad_event
          FROM ev GROUP BY ev.txn_id
    ), chain AS (
        SELECT s.seq, s.txn_id, s.events, s.sealed_at, s.prev_hash, s.hash,
               t.id AS header_id, CASE WHEN t.id IS NOT NULL THEN audit_txn_hash(t) END AS th,
               coalesce(p.n, 0) AS n, p.hashes, p.bad_event,
               coalesce(lag(s.hash) OVER (ORDER BY s.seq), p_hash) AS expected_prev,
               p_seq + row_number() OVER (ORDER BY s.seq) AS rn
          FROM audit_seal s
          LEFT JOIN audit_txn t ON t.id = s.txn_id
          LEFT JOIN per_txn p ON p.txn_id = s.txn_id
         WHERE s.seq > p_seq
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
    IF NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.seq = p_seq AND s.hash = p_hash)
       AND p_seq > 0 THEN
        ok := false; first_bad_seq := p_seq;
        problem := format('seal %s no longer has the hash of the last verification', p_seq);
        RETURN NEXT;
        RETURN;
    END IF;
    SELECT min(l.id) INTO v_orphan FROM audit_log l
     WHERE l.id > p_last_event
       AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.txn_id = l.txn_id);
    IF v_orphan IS NOT NULL THEN
        ok := false; problem := format('event %s is not sealed', v_orphan);
        RETURN NEXT;
        RETURN;
    END IF;
    SELECT min(t.id) INTO v_orphan FROM audit_txn t
     WHERE t.id > p_last_txn
       AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.txn_id = t.id);
    IF v_orphan IS NOT NULL THEN
        ok := false; problem := format('audit_txn %s is not sealed', v_orphan);
        RETURN NEXT;
        RETURN;
    END IF;
    ok := true;
    RETURN NEXT;
END
$$;

DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM %I', current_user);
END
$$;

-- The full check is the incremental one from nothing: one body for both.
CREATE OR REPLACE FUNCTION audit_verify()
    RETURNS TABLE (ok boolean, seals bigint, events bigint, head_seq bigint, head_hash text,
                   first_bad_seq bigint, problem text)
    LANGUAGE sql STABLE AS $$
    SELECT * FROM audit_verify_from(0, decode(repeat('00', 32), 'hex'), 0, 0)
$$;
