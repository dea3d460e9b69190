package vn.cbcs.units;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.units.internal.UnitRows;

/**
 * Diacritic-insensitive name search on the trigram-indexed {@code search_key} (see V1 migration:
 * NFC, unaccent, lower case). The query goes through the same function, so "cho don", "Chợ Đồn" and
 * a decomposed "Chợ Đồn" are the same key.
 */
final class UnitSearch {

  static final int MAX_QUERY_LENGTH = 100;

  /** The day in the unit's own period closest to the date searched: its parents are those then. */
  private static final String REFERENCE_DAY =
      "LEAST(COALESCE(u.valid_to, :asOf), GREATEST(COALESCE(u.valid_from, :asOf), :asOf))";

  private UnitSearch() {}

  static List<UnitSearchHit> search(JdbcClient jdbc, String query, LocalDate asOf, int limit) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    String q = query.strip();
    if (q.length() > MAX_QUERY_LENGTH) {
      q = q.substring(0, MAX_QUERY_LENGTH);
    }
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.sql(
            "SELECT "
                + UnitRows.COLUMNS
                + ", "
                + inForce()
                + " AS in_force, (SELECT string_agg(p.full_name, ', ' ORDER BY length(p.path) DESC)"
                + " FROM unnest(string_to_array(u.path, '/')) AS c(code)"
                + " JOIN unit p ON p.code = c.code AND p.code <> u.code"
                + " AND (p.valid_from IS NULL OR p.valid_from <= "
                + REFERENCE_DAY
                + ") AND (p.valid_to IS NULL OR p.valid_to >= "
                + REFERENCE_DAY
                + ")) AS parents"
                + " FROM unit u WHERE u.search_key LIKE cbcs_search_key(:like)"
                + " ORDER BY in_force DESC,"
                + " (cbcs_search_key(u.name) = cbcs_search_key(:q)) DESC,"
                + " (u.search_key LIKE '%' || cbcs_search_key(:q)) DESC,"
                + " CASE u.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END,"
                + " u.name COLLATE vi, u.valid_from DESC NULLS LAST"
                + " LIMIT :limit")
        .param("like", like)
        .param("q", q)
        .param("asOf", asOf)
        .param("limit", limit)
        .query(
            (rs, i) ->
                new UnitSearchHit(
                    UnitRows.map(rs, 0), rs.getBoolean("in_force"), rs.getString("parents")))
        .list();
  }

  private static String inForce() {
    return "(" + UnitRows.IN_FORCE + ")";
  }
}
