package vn.cbcs.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event of the audit log with the context it was written in.
 *
 * @param kind INSERT, UPDATE, DELETE, TRUNCATE, READ, EXPORT, BACKUP, RESTORE or VERIFY
 * @param table the table a row change happened in, {@code person} for reads of a record
 * @param fields the columns an UPDATE changed, or the sensitive groups a READ showed
 * @param before the row before (DELETE), or the changed columns before (UPDATE), as JSON
 * @param after the row after (INSERT), or the changed columns after (UPDATE), as JSON
 * @param legalBasis the decision of a post, or the legal basis a rule row names
 * @param source UI, API, IMPORT, DEMO, SYSTEM or DB (a write made outside the application)
 * @param sealSeq the seal of the hash chain that covers the event
 */
public record AuditEvent(
    long id,
    Instant at,
    String kind,
    String table,
    String rowKey,
    Long personId,
    String unitCode,
    String subjectUser,
    Long decisionId,
    String legalBasis,
    String detail,
    List<String> fields,
    Map<String, Object> before,
    Map<String, Object> after,
    long txnId,
    String actor,
    String source,
    String clientAddr,
    String request,
    String reason,
    Long sealSeq) {

  /** The columns an UPDATE changed, each with its value before and after. */
  public List<Change> changes() {
    if (!"UPDATE".equals(kind) || fields == null) {
      return List.of();
    }
    return fields.stream()
        .map(
            f ->
                new Change(
                    f,
                    before == null ? null : text(before.get(f)),
                    after == null ? null : text(after.get(f))))
        .toList();
  }

  public boolean isRead() {
    return "READ".equals(kind) || "EXPORT".equals(kind) || "BACKUP".equals(kind);
  }

  private static String text(Object v) {
    return v == null ? null : String.valueOf(v);
  }

  /** A column changed by an update. */
  public record Change(String field, String before, String after) {}
}
