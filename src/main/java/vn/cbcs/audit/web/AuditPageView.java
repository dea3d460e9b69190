package vn.cbcs.audit.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.cbcs.audit.AuditEvent;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.AuditVerification;
import vn.cbcs.platform.AsOf;

/**
 * What the audit page shows: the filters, a page of events, and the results of a verification when
 * one was asked for.
 */
public record AuditPageView(
    Map<String, String> filters,
    AuditLog.Page page,
    List<String> actors,
    List<String> tables,
    List<String> kinds,
    AuditVerification java,
    AuditVerification database,
    java.util.Set<Long> existingPeople) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  public List<AuditEvent> events() {
    return page.events();
  }

  public String pageUrl(int number) {
    return AuditFilters.url("/audit", filters, number);
  }

  public String exportUrl() {
    return AuditFilters.url("/audit/export.xlsx", filters, null);
  }

  public boolean verified() {
    return java != null;
  }

  /** Vietnam time, in both languages of the UI. */
  public static String time(Instant at) {
    return TIME.format(ZonedDateTime.ofInstant(at, AsOf.VIETNAM));
  }

  private static final List<String> SUMMARY_KEYS =
      List.of(
          "full_name",
          "personal_id",
          "username",
          "display_name",
          "role",
          "unit_code",
          "position_code",
          "track",
          "level",
          "number",
          "decided_on",
          "kind",
          "subject",
          "criterion",
          "attribute",
          "value",
          "quota",
          "form",
          "valid_from",
          "valid_to",
          "superseded_at");

  /**
   * The telling values of an inserted or deleted row (the whole row is one click away), each named
   * by {@code label} (the column's name in the page's language).
   */
  public static String summary(AuditEvent e, java.util.function.UnaryOperator<String> label) {
    Map<String, Object> row = e.after() != null ? e.after() : e.before();
    if (row == null || "UPDATE".equals(e.kind())) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String key : SUMMARY_KEYS) {
      if (row.get(key) != null) {
        if (b.length() > 0) {
          b.append(" · ");
        }
        b.append(label.apply(key)).append(": ").append(row.get(key));
      }
    }
    return b.toString();
  }

  /** The whole row of an inserted or deleted row, one column a line. */
  public static String rowText(AuditEvent e) {
    Map<String, Object> row = e.after() != null ? e.after() : e.before();
    if (row == null || "UPDATE".equals(e.kind())) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    row.forEach((k, v) -> b.append(k).append(": ").append(v == null ? "—" : v).append('\n'));
    return b.toString();
  }

  /** What the event was about, in a few words: the table and row, or what was shown. */
  public static String target(AuditEvent e) {
    if (e.table() == null) {
      return e.detail() == null ? "" : e.detail();
    }
    return e.rowKey() == null ? e.table() : e.table() + " #" + e.rowKey();
  }
}
