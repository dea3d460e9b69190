package vn.cbcs.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.audit.internal.AuditStore;
import vn.cbcs.audit.internal.AuditWorkbook;
import vn.cbcs.audit.internal.ChainVerifier;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.security.Visibility;

/**
 * The audit log. Writes to the record tables are logged by the database itself (triggers); this API
 * records what only the application sees (a person's record shown, a list exported, a backup
 * taken), and reads the log: per person, user, unit, date and kind, the hash chain checked, the
 * events exported for an inspection.
 *
 * <p>An event is recorded with the signed-in user and the client address of the current request, on
 * the one connection the thread may hold (ADR 14): in the caller's read-write transaction when one
 * is open (the event is then committed, or rolled back, with the caller's work), otherwise in a
 * short transaction of its own. Never inside a read-only transaction: that would need a second
 * connection, so it is refused as a programming error. The web layer records after the service call
 * that read the record, outside any transaction.
 */
@Service
public class AuditLog {

  /** At most this many events go into one export. */
  public static final int MAX_EXPORT = 200_000;

  private final AuditStore store;
  private final ChainVerifier verifier;
  private final JdbcClient jdbc;
  private final TransactionTemplate own;
  private final TransactionTemplate readOnly;
  private final Visibility visibility;

  AuditLog(
      AuditStore store,
      ChainVerifier verifier,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Visibility visibility) {
    this.visibility = visibility;
    this.store = store;
    this.verifier = verifier;
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(transactions);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /**
   * Records that the actor was shown a person's record; {@code masked}: the sensitive fields were
   * hidden from them, so the event names none (the log says what was shown, not what exists).
   */
  public void read(long personId, ReadKind kind, boolean masked, Actor actor) {
    record("READ", "person", String.valueOf(personId), personId, kind.name(), kind, masked);
  }

  /** Records that the actor exported a list; {@code detail} says which (the filters). */
  public void exported(ReadKind kind, String detail, boolean masked, Actor actor) {
    record(
        "EXPORT",
        null,
        null,
        null,
        kind.name() + (detail == null ? "" : " " + detail),
        kind,
        masked);
  }

  /**
   * Records an event of the whole database: {@code BACKUP} (a full copy taken), {@code RESTORE},
   * {@code VERIFY}.
   */
  public void recordSystemEvent(String kind, String detail) {
    if (!List.of("BACKUP", "RESTORE", "VERIFY").contains(kind)) {
      throw new IllegalArgumentException("not a system event: " + kind);
    }
    write(() -> store.record(kind, null, null, null, detail, null));
  }

  private void record(
      String kind,
      String table,
      String rowKey,
      Long personId,
      String detail,
      ReadKind read,
      boolean masked) {
    List<String> shown = masked ? List.of() : read.sensitiveGroups();
    write(() -> store.record(kind, table, rowKey, personId, detail, shown));
  }

  /**
   * Writes an event on the thread's one connection: joins the caller's read-write transaction, or
   * begins a transaction of its own when there is none (a new one, never beside another).
   *
   * @throws IllegalStateException inside a read-only transaction
   */
  private void write(Runnable event) {
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      throw new IllegalStateException(
          "The audit log records in the caller's read-write transaction or in one of its own, not"
              + " inside a read-only transaction (that would take a second connection)");
    }
    own.executeWithoutResult(s -> event.run());
  }

  /**
   * Events matching the filters, newest first: {@code size} of them from {@code page * size}. Only
   * for readers of the log; an inspector with scopes reads the events about people and units of
   * their ground only.
   */
  public Page search(AuditQuery query, int page, int size, Actor actor) {
    actor.require(Capability.READ_AUDIT);
    int p = Math.max(page, 0);
    int n = Math.min(Math.max(size, 1), 500);
    java.util.Set<String> ground = visibility.communesEver(actor);
    List<AuditEvent> rows =
        readOnly.execute(s -> store.search(query, ground, actor.username(), (long) p * n, n + 1));
    boolean more = rows.size() > n;
    return new Page(more ? rows.subList(0, n) : rows, p, n, more);
  }

  /**
   * Who read or changed a person's record, and when: the newest {@code limit} events. For readers
   * of the log whose ground holds the person.
   */
  public List<AuditEvent> accessesOf(long personId, int limit, Actor actor) {
    actor.require(Capability.READ_AUDIT);
    visibility.requireSees(actor, personId);
    return readOnly.execute(s -> store.search(AuditQuery.person(personId), null, null, 0, limit));
  }

  /** Who read or changed the actor's own record (self-service): the newest {@code limit}. */
  public List<AuditEvent> accessesOfOwnRecord(int limit, Actor actor) {
    actor.require(Capability.READ_OWN_RECORD);
    Long own = actor.access().personId();
    if (own == null) {
      return List.of();
    }
    return readOnly.execute(s -> store.search(AuditQuery.person(own), null, null, 0, limit));
  }

  /** A page of events. */
  public record Page(List<AuditEvent> events, int page, int size, boolean hasNext) {}

  /** Checks the hash chain in Java, recomputing every hash from the stored columns. */
  public AuditVerification verify(Actor actor) {
    actor.require(Capability.READ_AUDIT);
    return verifier.verify();
  }

  /** Both checks of the chain (Java and the database's), and whether they agree it is intact. */
  public record Check(AuditVerification java, AuditVerification database, boolean incremental) {
    public boolean ok() {
      return java.ok() && database.ok();
    }
  }

  /**
   * Checks the chain twice (in Java and with the database's function) — from the last checkpoint
   * ({@code full} false: only what was sealed since), or from the beginning — and, when both agree
   * it is intact, leaves a checkpoint at the head for the next check.
   */
  public Check check(boolean full, Actor actor) {
    actor.require(Capability.READ_AUDIT);
    ChainVerifier.Start start = full ? ChainVerifier.Start.NOTHING : lastCheckpoint();
    AuditVerification java = verifier.verify(start);
    AuditVerification database =
        readOnly.execute(
            s ->
                jdbc.sql("SELECT * FROM audit_verify_from(:seq, :hash, :event, :txn)")
                    .param("seq", start.seq())
                    .param("hash", start.hash())
                    .param("event", start.lastEventId())
                    .param("txn", start.lastTxnId())
                    .query(AuditLog::fromRow)
                    .single());
    Check check = new Check(java, database, start.seq() > 0);
    if (check.ok() && java.headSeq() != null && java.headSeq() > start.seq()) {
      checkpoint(java, full ? "FULL" : "INCREMENTAL", actor);
    }
    return check;
  }

  private ChainVerifier.Start lastCheckpoint() {
    return jdbc.sql(
            "SELECT seq, hash, last_event_id, last_txn_id FROM audit_checkpoint"
                + " ORDER BY id DESC LIMIT 1")
        .query(
            (rs, i) ->
                new ChainVerifier.Start(
                    rs.getLong(1), rs.getBytes(2), rs.getLong(3), rs.getLong(4)))
        .optional()
        .orElse(ChainVerifier.Start.NOTHING);
  }

  private void checkpoint(AuditVerification v, String method, Actor actor) {
    long head = v.headSeq();
    long[] last =
        jdbc.sql(
                "SELECT coalesce((SELECT max(l.id) FROM audit_log l JOIN audit_seal s"
                    + " ON s.txn_id = l.txn_id WHERE s.seq <= :h), 0),"
                    + " coalesce((SELECT max(s.txn_id) FROM audit_seal s WHERE s.seq <= :h), 0)")
            .param("h", head)
            .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .single();
    jdbc.sql(
            "INSERT INTO audit_checkpoint (seq, hash, last_event_id, last_txn_id, verified_by,"
                + " method) VALUES (:seq, decode(:hash, 'hex'), :event, :txn, :by, :method)")
        .param("seq", head)
        .param("hash", v.headHash())
        .param("event", last[0])
        .param("txn", last[1])
        .param("by", actor.username())
        .param("method", method)
        .update();
  }

  /** Checks the hash chain with the database function {@code audit_verify()}. */
  public AuditVerification verifyInDatabase(Actor actor) {
    actor.require(Capability.READ_AUDIT);
    return readOnly.execute(
        s -> jdbc.sql("SELECT * FROM audit_verify()").query(AuditLog::fromRow).single());
  }

  /**
   * Verifies the chain of the database behind {@code dataSource} both ways (Java, then {@code
   * audit_verify()}), without an application context: for the command {@code --cbcs.audit.verify}.
   */
  public static List<AuditVerification> verify(javax.sql.DataSource dataSource) {
    AuditVerification java = new ChainVerifier(dataSource).verify();
    AuditVerification database =
        JdbcClient.create(dataSource)
            .sql("SELECT * FROM audit_verify()")
            .query(AuditLog::fromRow)
            .single();
    return List.of(java, database);
  }

  private static AuditVerification fromRow(java.sql.ResultSet rs, int n)
      throws java.sql.SQLException {
    return new AuditVerification(
        rs.getBoolean("ok"),
        rs.getLong("seals"),
        rs.getLong("events"),
        (Long) rs.getObject("head_seq"),
        rs.getString("head_hash"),
        (Long) rs.getObject("first_bad_seq"),
        rs.getString("problem"),
        "database",
        Instant.now());
  }

  public List<String> actors(Actor actor) {
    actor.require(Capability.READ_AUDIT);
    return readOnly.execute(s -> store.actors());
  }

  public List<String> tables(Actor actor) {
    actor.require(Capability.READ_AUDIT);
    return readOnly.execute(s -> store.tables());
  }

  /**
   * Which of the records named by events still exist (a deleted record keeps its events, but its
   * page would answer 404), read through the people module's {@code people_created_by}.
   */
  public java.util.Set<Long> existingPeople(java.util.Collection<Long> ids, Actor actor) {
    actor.require(Capability.READ_AUDIT);
    if (ids.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        jdbc.sql(
                "SELECT x FROM unnest(CAST(:ids AS bigint[])) x"
                    + " WHERE people_created_by(x) IS NOT NULL")
            .param("ids", ids.stream().distinct().toArray(Long[]::new))
            .query(Long.class)
            .list());
  }

  /**
   * Writes the matching events (at most {@link #MAX_EXPORT}, newest first) as an xlsx workbook with
   * a sheet for the filters and the state of the chain (verified while exporting). Call {@link
   * #recordExport} first, on the thread of the request.
   */
  public void export(AuditQuery query, OutputStream out, Actor actor) throws IOException {
    actor.require(Capability.READ_AUDIT);
    java.util.Set<String> ground = visibility.communesEver(actor);
    AuditVerification chain = verifier.verify();
    AuditWorkbook book = new AuditWorkbook();
    try {
      readOnly.executeWithoutResult(
          s -> store.stream(query, ground, actor.username(), MAX_EXPORT, book::add));
      book.write(query, chain, out);
    } finally {
      book.dispose();
    }
  }

  /** Records that the actor exported the audit log with these filters. */
  public void recordExport(AuditQuery query, Actor actor) {
    actor.require(Capability.READ_AUDIT);
    write(() -> store.record("EXPORT", "audit_log", null, query.personId(), filters(query), null));
  }

  /** One line for the log: the result of a check (incremental or full). */
  public static String summary(Check check) {
    return (check.incremental() ? "incremental " : "full ") + summary(check.java());
  }

  /** One line for the log: the result of a verification. */
  public static String summary(AuditVerification v) {
    return (v.ok() ? "OK" : "FAILED: " + v.problem())
        + " seals="
        + v.seals()
        + " events="
        + v.events()
        + " head="
        + v.headSeq()
        + ":"
        + v.headHash();
  }

  static String filters(AuditQuery q) {
    return "person="
        + nz(q.personId())
        + " user="
        + nz(q.user())
        + " unit="
        + nz(q.unitCode())
        + " from="
        + nz(q.from())
        + " to="
        + nz(q.to())
        + " kind="
        + nz(q.kind())
        + " table="
        + nz(q.table());
  }

  private static String nz(Object o) {
    return o == null ? "" : o.toString();
  }
}
