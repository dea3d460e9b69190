package vn.cbcs.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import vn.cbcs.audit.AuditVerification;

/**
 * Checks the hash chain outside the database: reads the stored columns and recomputes every event
 * hash, every seal and the links between seals, as V40__audit_log.sql defines them (each field
 * written as {@code <UTF-8 octets>:<text>}, {@code ~} for NULL; times as microseconds since the
 * epoch; jsonb in its text form). Needs no database function, so a replaced {@code audit_verify()}
 * cannot fool it. Reads in one repeatable-read snapshot, streaming.
 */
@Component
public class ChainVerifier {

  private static final byte[] ZERO = new byte[32];
  private static final String EVENTS =
      "SELECT s.seq, s.txn_id AS seal_txn, s.events, s.sealed_at, s.prev_hash, s.hash,"
          + " t.id AS header_id, t.xid, t.started_at, t.actor, t.source, t.client_addr, t.request,"
          + " t.reason, l.id, l.txn_id, l.at, l.kind, l.table_name, l.row_key, l.person_id,"
          + " l.unit_code, l.subject_user, l.decision_id, l.legal_basis, l.detail,"
          + " array_to_string(l.fields, ',') AS fields, l.before::text AS before,"
          + " l.after::text AS after, l.row_hash"
          + " FROM audit_seal s LEFT JOIN audit_txn t ON t.id = s.txn_id"
          + " LEFT JOIN audit_log l ON l.txn_id = s.txn_id WHERE s.seq > ? ORDER BY s.seq, l.id";

  /** Where a verification starts: nothing verified yet, or the last checkpoint. */
  public record Start(long seq, byte[] hash, long lastEventId, long lastTxnId) {
    public static final Start NOTHING = new Start(0, ZERO, 0, 0);
  }

  private final DataSource dataSource;

  public ChainVerifier(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public AuditVerification verify() {
    return verify(Start.NOTHING);
  }

  /**
   * Verifies the seals after {@code start}: the first must chain to its hash, and that seal must
   * still carry it; events and audit_txn rows after it must all be sealed.
   */
  public AuditVerification verify(Start start) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
      try {
        return run(c, start);
      } finally {
        c.rollback();
        c.setReadOnly(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit log", e);
    }
  }

  /**
   * Verifies what {@code c} sees, in its current transaction (tests use it to check a tampered log
   * before rolling the tampering back).
   */
  public AuditVerification verify(Connection c) throws SQLException {
    return run(c, Start.NOTHING);
  }

  /** The same from a checkpoint, in {@code c}'s current transaction (tests). */
  public AuditVerification verify(Connection c, Start start) throws SQLException {
    return run(c, start);
  }

  private AuditVerification run(Connection c, Start start) throws SQLException {
    Walk walk = new Walk(start);
    if (start.seq() > 0) {
      walk.problem = stillThere(c, start);
      if (walk.problem != null) {
        walk.badSeq = start.seq();
      }
    }
    try (PreparedStatement ps = c.prepareStatement(EVENTS)) {
      ps.setLong(1, start.seq());
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && walk.problem == null) {
          walk.row(rs);
        }
      }
    }
    walk.finishSeal();
    if (walk.problem == null) {
      walk.problem = orphans(c, start);
    }
    return new AuditVerification(
        walk.problem == null,
        walk.seals,
        walk.events,
        walk.headSeq,
        walk.headHash == null ? null : HexFormat.of().formatHex(walk.headHash),
        walk.problem == null ? null : walk.badSeq,
        walk.problem,
        "java",
        Instant.now());
  }

  private static String stillThere(Connection c, Start start) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_seal WHERE seq = ?")) {
      ps.setLong(1, start.seq());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || !Arrays.equals(rs.getBytes(1), start.hash())) {
          return "seal " + start.seq() + " no longer has the hash of the last verification";
        }
        return null;
      }
    }
  }

  private static String orphans(Connection c, Start start) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT (SELECT min(l.id) FROM audit_log l WHERE l.id > ? AND NOT EXISTS"
                + " (SELECT 1 FROM audit_seal s WHERE s.txn_id = l.txn_id)),"
                + " (SELECT min(t.id) FROM audit_txn t WHERE t.id > ? AND NOT EXISTS"
                + " (SELECT 1 FROM audit_seal s WHERE s.txn_id = t.id))")) {
      ps.setLong(1, start.lastEventId());
      ps.setLong(2, start.lastTxnId());
      return orphansIn(ps);
    }
  }

  private static String orphansIn(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      long event = rs.getLong(1);
      if (!rs.wasNull()) {
        return "event " + event + " is not sealed";
      }
      long txn = rs.getLong(2);
      if (!rs.wasNull()) {
        return "audit_txn " + txn + " is not sealed";
      }
      return null;
    }
  }

  /** The state of the walk along the chain. */
  private static final class Walk {
    long seals;
    long events;
    Long headSeq;
    byte[] headHash;
    Long badSeq;
    String problem;
    private final long first;

    private long seq = -1;
    private long sealTxn;
    private int sealedEvents;
    private OffsetDateTime sealedAt;
    private byte[] prevHash;
    private byte[] hash;
    private long headerId;
    private int found;
    private Long alteredEvent;
    private byte[] previous;
    private MessageDigest seal;

    Walk(Start start) {
      first = start.seq();
      previous = start.hash();
      if (start.seq() > 0) {
        headSeq = start.seq();
        headHash = start.hash();
      }
    }

    void row(ResultSet rs) throws SQLException {
      long rowSeq = rs.getLong("seq");
      if (rowSeq != seq) {
        finishSeal();
        if (problem != null) {
          return;
        }
        startSeal(rs, rowSeq);
        if (problem != null) {
          return;
        }
      }
      long id = rs.getLong("id");
      if (rs.wasNull()) {
        return; // a seal without events
      }
      found++;
      events++;
      byte[] computed =
          sha256(
              text(
                  String.valueOf(rs.getLong("txn_id")),
                  micros(rs.getObject("at", OffsetDateTime.class)),
                  rs.getString("kind"),
                  rs.getString("table_name"),
                  rs.getString("row_key"),
                  number(rs, "person_id"),
                  rs.getString("unit_code"),
                  rs.getString("subject_user"),
                  number(rs, "decision_id"),
                  rs.getString("legal_basis"),
                  rs.getString("detail"),
                  rs.getString("fields"),
                  rs.getString("before"),
                  rs.getString("after")));
      if (alteredEvent == null && !Arrays.equals(computed, rs.getBytes("row_hash"))) {
        alteredEvent = id;
      }
      seal.update(computed);
    }

    private void startSeal(ResultSet rs, long rowSeq) throws SQLException {
      seals++;
      seq = rowSeq;
      if (rowSeq != first + seals) {
        fail(rowSeq, "seal " + (first + seals) + " is missing");
        return;
      }
      sealTxn = rs.getLong("seal_txn");
      sealedEvents = rs.getInt("events");
      sealedAt = rs.getObject("sealed_at", OffsetDateTime.class);
      prevHash = rs.getBytes("prev_hash");
      hash = rs.getBytes("hash");
      found = 0;
      alteredEvent = null;
      if (!Arrays.equals(prevHash, previous)) {
        fail(rowSeq, "the chain is broken before this seal");
        return;
      }
      headerId = rs.getLong("header_id");
      if (rs.wasNull()) {
        fail(rowSeq, "audit_txn " + sealTxn + " is missing");
        return;
      }
      byte[] headerHash =
          sha256(
              text(
                  String.valueOf(headerId),
                  String.valueOf(rs.getLong("xid")),
                  micros(rs.getObject("started_at", OffsetDateTime.class)),
                  rs.getString("actor"),
                  rs.getString("source"),
                  rs.getString("client_addr"),
                  rs.getString("request"),
                  rs.getString("reason")));
      // sha256(previous hash || seal fields || hash of the audit_txn || each event hash in order)
      seal = digest();
      seal.update(prevHash);
      seal.update(
          text(
                  String.valueOf(seq),
                  String.valueOf(sealTxn),
                  String.valueOf(sealedEvents),
                  micros(sealedAt))
              .getBytes(StandardCharsets.UTF_8));
      seal.update(headerHash);
    }

    void finishSeal() {
      if (seq < 0 || problem != null) {
        return;
      }
      if (alteredEvent != null) {
        fail(seq, "event " + alteredEvent + " was altered");
        return;
      }
      if (found != sealedEvents) {
        fail(seq, sealedEvents + " events sealed, " + found + " found");
        return;
      }
      if (!Arrays.equals(seal.digest(), hash)) {
        fail(seq, "audit_txn " + sealTxn + " or its seal was altered");
        return;
      }
      previous = hash;
      headSeq = seq;
      headHash = hash;
    }

    private void fail(long at, String what) {
      badSeq = at;
      problem = what;
    }
  }

  static String text(String... fields) {
    StringBuilder b = new StringBuilder();
    for (String f : fields) {
      if (f == null) {
        b.append('~');
      } else {
        b.append(f.getBytes(StandardCharsets.UTF_8).length).append(':').append(f);
      }
    }
    return b.toString();
  }

  static String micros(OffsetDateTime t) {
    Instant i = t.toInstant();
    return String.valueOf(i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000);
  }

  private static String number(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : String.valueOf(v);
  }

  static byte[] sha256(String s) {
    return digest().digest(s.getBytes(StandardCharsets.UTF_8));
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
