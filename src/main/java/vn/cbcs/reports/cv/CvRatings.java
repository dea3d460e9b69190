package vn.cbcs.reports.cv;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The final state ratings of a person by year, for item 35.1 of the CV ("Xếp loại chuyên môn"),
 * read through the evaluation module's SQL API {@code evaluation_rating_of} only (ADR 15): never
 * its tables or classes. A rating shows once its decision is dated on or before the CV's date.
 */
@Component
class CvRatings {

  /** The first evaluation year looked at. */
  private static final int FIRST_YEAR = 1990;

  private static final Map<String, String> NAMES =
      Map.of(
          "HTXSNV", "Hoàn thành xuất sắc nhiệm vụ",
          "HTTNV", "Hoàn thành tốt nhiệm vụ",
          "HTNV", "Hoàn thành nhiệm vụ",
          "KHTNV", "Không hoàn thành nhiệm vụ");

  private final JdbcClient jdbc;

  CvRatings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Year → the level's name, in year order. */
  Map<Integer, String> stateRatings(long personId, LocalDate asOf) {
    Map<Integer, String> out = new TreeMap<>();
    jdbc.sql(
            "SELECT y, r.level FROM generate_series(:from, :to) AS y,"
                + " LATERAL evaluation_rating_of(:p, y, 'STATE') AS r"
                + " WHERE r.decision_date <= :asOf ORDER BY y")
        .param("from", FIRST_YEAR)
        .param("to", asOf.getYear())
        .param("p", personId)
        .param("asOf", asOf)
        .query((rs, i) -> Map.entry(rs.getInt(1), rs.getString(2)))
        .list()
        .forEach(e -> out.put(e.getKey(), NAMES.getOrDefault(e.getValue(), e.getValue())));
    return out;
  }
}
