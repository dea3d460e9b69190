package vn.cbcs.audit;

import java.time.LocalDate;

/**
 * Filters of the audit log; null or blank means any.
 *
 * @param personId events about one person (their record and the rows that belong to it)
 * @param user events written or reads made by one user
 * @param unitCode events naming a unit of that unit's subtree (in any period), or about people who
 *     held a post there
 * @param from first day (Vietnam time), inclusive
 * @param to last day (Vietnam time), inclusive
 * @param kind one event kind, or {@code WRITE} (insert, update, delete, truncate) or {@code ACCESS}
 *     (read, export, backup)
 * @param table one table
 */
public record AuditQuery(
    Long personId,
    String user,
    String unitCode,
    LocalDate from,
    LocalDate to,
    String kind,
    String table) {

  public AuditQuery {
    user = blankToNull(user);
    unitCode = blankToNull(unitCode);
    kind = blankToNull(kind);
    table = blankToNull(table);
  }

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null, null);
  }

  public static AuditQuery person(long personId) {
    return new AuditQuery(personId, null, null, null, null, null, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
