package vn.cbcs.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.units.internal.UnitRows;

/**
 * Follows the commune-level crosswalk from one date to another: the communes of a later (or
 * earlier) date that cover the same ground as a set of communes. Province and district links are
 * derived from the commune links, so only the commune links are followed.
 */
final class Correspondence {

  private Correspondence() {}

  /**
   * The communes in force on {@code to} that correspond to {@code communes} (in force on {@code
   * from}). Going forward, a commune maps to its successors; going back, to its predecessors. A
   * commune no link touches is its own counterpart.
   */
  static List<Unit> communes(JdbcClient jdbc, List<Unit> communes, LocalDate from, LocalDate to) {
    Set<String> codes = new HashSet<>();
    communes.forEach(c -> codes.add(c.code()));
    boolean forward = to.isAfter(from);
    LocalDate at = from;
    while (!codes.isEmpty()) {
      Map<String, List<String>> step = new HashMap<>();
      LocalDate next = nextStep(jdbc, codes, at, to, forward, step);
      if (next == null) {
        break;
      }
      for (var e : step.entrySet()) {
        codes.remove(e.getKey());
      }
      step.values().forEach(codes::addAll);
      // a link's predecessor is in force the day before its effective date, the successor on it
      at = forward ? next : next.minusDays(1);
    }
    if (codes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + UnitRows.COLUMNS
                + " FROM unit u WHERE u.code IN (:codes) AND u.level = 'COMMUNE' AND "
                + UnitRows.IN_FORCE
                + " ORDER BY u.path")
        .param("codes", new ArrayList<>(codes))
        .param("asOf", to)
        .query((rs, i) -> UnitRows.map(rs, 0))
        .list();
  }

  /** Fills {@code step} with the links of the first crosswalk date after (before) {@code at}. */
  private static LocalDate nextStep(
      JdbcClient jdbc,
      Set<String> codes,
      LocalDate at,
      LocalDate to,
      boolean forward,
      Map<String, List<String>> step) {
    String sql =
        forward
            ? "SELECT predecessor_code, successor_code, effective_date FROM unit_crosswalk"
                + " WHERE NOT derived AND predecessor_code IN (:codes) AND effective_date > :at"
                + " AND effective_date <= :to AND effective_date = (SELECT min(effective_date)"
                + " FROM unit_crosswalk WHERE NOT derived AND predecessor_code IN (:codes)"
                + " AND effective_date > :at AND effective_date <= :to)"
            : "SELECT successor_code, predecessor_code, effective_date FROM unit_crosswalk"
                + " WHERE NOT derived AND successor_code IN (:codes) AND effective_date <= :at"
                + " AND effective_date > :to AND effective_date = (SELECT max(effective_date)"
                + " FROM unit_crosswalk WHERE NOT derived AND successor_code IN (:codes)"
                + " AND effective_date <= :at AND effective_date > :to)";
    LocalDate[] date = new LocalDate[1];
    jdbc.sql(sql)
        .param("codes", new ArrayList<>(codes))
        .param("at", at)
        .param("to", to)
        .query(
            rs -> {
              step.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
              date[0] = rs.getObject(3, LocalDate.class);
            });
    return date[0];
  }
}
