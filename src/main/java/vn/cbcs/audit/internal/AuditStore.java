package vn.cbcs.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.cbcs.audit.AuditEvent;
import vn.cbcs.audit.AuditQuery;
import vn.cbcs.platform.AsOf;

/** Reads of the audit log: explicit SQL, bind parameters always, conditions from the filters. */
@Component
public class AuditStore {

  private static final String SELECT =
      "SELECT l.id, l.at, l.kind, l.table_name, l.row_key, l.person_id, l.unit_code,"
          + " l.subject_user, l.decision_id,"
          // a post's legal basis is its decision, named by its number, date and issuer
          + " coalesce(l.legal_basis, d.number || ' (' || to_char(d.decided_on, 'DD/MM/YYYY')"
          + " || ', ' || d.issuer || ')') AS legal_basis, l.detail, l.fields,"
          + " l.before::text AS before, l.after::text AS after, t.id AS txn_id, t.actor, t.source,"
          + " t.client_addr, t.request, t.reason, s.seq"
          + " FROM audit_log l JOIN audit_txn t ON t.id = l.txn_id"
          + " LEFT JOIN audit_seal s ON s.txn_id = l.txn_id"
          + " LEFT JOIN decision d ON d.id = l.decision_id AND l.table_name <> 'decision'";
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final List<String> WRITES = List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE");
  private static final List<String> ACCESSES = List.of("READ", "EXPORT", "BACKUP");

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  AuditStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Newest first; {@code limit} rows from {@code offset}. */
  public List<AuditEvent> search(
      AuditQuery q, java.util.Set<String> ground, String reader, long offset, int limit) {
    Where where = where(q, ground, reader);
    return jdbc.sql(SELECT + where.sql + " ORDER BY l.id DESC LIMIT :limit OFFSET :offset")
        .params(where.params)
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> event(rs))
        .list();
  }

  /** Every matching event, newest first, one at a time (for exports). */
  public void stream(
      AuditQuery q,
      java.util.Set<String> ground,
      String reader,
      int max,
      Consumer<AuditEvent> sink) {
    Where where = where(q, ground, reader);
    try (var events =
        jdbc
            .sql(SELECT + where.sql + " ORDER BY l.id DESC LIMIT :limit")
            .params(where.params)
            .param("limit", max)
            .withFetchSize(500)
            .query((rs, n) -> event(rs))
            .stream()) {
      events.forEach(sink);
    }
  }

  /** Users who appear as actors, for the filter's suggestions. */
  public List<String> actors() {
    return jdbc.sql("SELECT DISTINCT actor FROM audit_txn ORDER BY actor LIMIT 500")
        .query(String.class)
        .list();
  }

  public List<String> tables() {
    return jdbc.sql(
            "SELECT DISTINCT table_name FROM audit_log WHERE table_name IS NOT NULL"
                + " ORDER BY table_name")
        .query(String.class)
        .list();
  }

  /** Appends an event that is not a row change (read, export, backup, restore, verify). */
  public long record(
      String kind, String table, String rowKey, Long personId, String detail, List<String> fields) {
    return jdbc.sql(
            "SELECT audit_record(:kind, :table, :rowKey, :person, NULL, NULL, :detail,"
                + " string_to_array(:fields, ','))")
        .param("kind", kind)
        .param("table", table)
        .param("rowKey", rowKey)
        .param("person", personId, java.sql.Types.BIGINT)
        .param(
            "detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)))
        .param("fields", fields == null || fields.isEmpty() ? null : String.join(",", fields))
        .query(Long.class)
        .single();
  }

  private record Where(String sql, Map<String, Object> params) {}

  /**
   * The conditions of the filters, and of the reader's ground ({@code null}: everything): events
   * naming a commune of the ground, or about a person who held a post there, and the reader's own.
   */
  private static Where where(AuditQuery q, java.util.Set<String> ground, String reader) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (ground != null) {
      conditions.add(
          "(l.unit_code = ANY(CAST(:ground AS varchar[])) OR (l.person_id IS NOT NULL AND EXISTS"
              + " (SELECT 1 FROM positions_units_of(l.person_id) x"
              + " WHERE x.unit_code = ANY(CAST(:ground AS varchar[])))) OR t.actor = :reader)");
      params.put("ground", ground.toArray(String[]::new));
      params.put("reader", reader == null ? "" : reader);
    }
    if (q.personId() != null) {
      conditions.add("l.person_id = :person");
      params.put("person", q.personId());
    }
    if (q.user() != null) {
      conditions.add("t.actor = :user");
      params.put("user", q.user());
    }
    if (q.unitCode() != null) {
      conditions.add(
          "(l.unit_code IN (SELECT c.code FROM audit_unit_codes(:unit) c)"
              + " OR l.person_id IN (SELECT p.person_id FROM audit_people_of_unit(:unit) p))");
      params.put("unit", q.unitCode());
    }
    if (q.from() != null) {
      conditions.add("l.at >= :from");
      params.put("from", OffsetDateTime.ofInstant(startOf(q.from()), AsOf.VIETNAM));
    }
    if (q.to() != null) {
      conditions.add("l.at < :to");
      params.put("to", OffsetDateTime.ofInstant(startOf(q.to().plusDays(1)), AsOf.VIETNAM));
    }
    if (q.kind() != null) {
      List<String> kinds =
          switch (q.kind()) {
            case "WRITE" -> WRITES;
            case "ACCESS" -> ACCESSES;
            default -> List.of(q.kind());
          };
      conditions.add("l.kind IN (:kinds)");
      params.put("kinds", kinds);
    }
    if (q.table() != null) {
      conditions.add("l.table_name = :table");
      params.put("table", q.table());
    }
    String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new Where(sql, params);
  }

  private static Instant startOf(java.time.LocalDate day) {
    return day.atStartOfDay(AsOf.VIETNAM).toInstant();
  }

  private AuditEvent event(ResultSet rs) throws SQLException {
    java.sql.Array fields = rs.getArray("fields");
    return new AuditEvent(
        rs.getLong("id"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("kind"),
        rs.getString("table_name"),
        rs.getString("row_key"),
        (Long) rs.getObject("person_id"),
        rs.getString("unit_code"),
        rs.getString("subject_user"),
        (Long) rs.getObject("decision_id"),
        rs.getString("legal_basis"),
        rs.getString("detail"),
        fields == null ? null : Arrays.asList((String[]) fields.getArray()),
        map(rs.getString("before")),
        map(rs.getString("after")),
        rs.getLong("txn_id"),
        rs.getString("actor"),
        rs.getString("source"),
        rs.getString("client_addr"),
        rs.getString("request"),
        rs.getString("reason"),
        (Long) rs.getObject("seq"));
  }

  private Map<String, Object> map(String text) {
    return text == null ? null : json.readValue(text, MAP);
  }
}
