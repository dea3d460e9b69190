package vn.cbcs.indicators.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the final ratings of a year through the evaluation module's SQL read model {@code
 * evaluation_ratings_on(year)} (ADR 15 §3 and §7): indicators never import the evaluation module's
 * classes and never read its tables.
 */
@Component
public class RatingsLoader {

  /** Above this many people the filter is left to the join instead of a parameter list. */
  private static final int MAX_PARAMETERS = 20_000;

  private final JdbcClient jdbc;

  private final java.time.MonthDay due;

  RatingsLoader(
      JdbcClient jdbc,
      @org.springframework.beans.factory.annotation.Value(
              "${cbcs.evaluation.consequences.ratings-due-month:12}")
          int dueMonth,
      @org.springframework.beans.factory.annotation.Value(
              "${cbcs.evaluation.consequences.ratings-due-day:15}")
          int dueDay) {
    this.jdbc = jdbc;
    this.due = java.time.MonthDay.of(dueMonth, dueDay);
  }

  /**
   * Person id → the final ratings of {@code year} (state and Party levels — HTXSNV, HTTNV, HTNV,
   * KHTNV or NOT_RATED — with their decision days), for the given people ({@code null}: everyone
   * rated that year).
   */
  public Map<Long, RatingFacts> load(Collection<Long> personIds, int year) {
    Map<Long, RatingFacts> out = new HashMap<>();
    if (personIds != null && personIds.isEmpty()) {
      return out;
    }
    boolean filter = personIds != null && personIds.size() <= MAX_PARAMETERS;
    var spec =
        jdbc.sql(
                "SELECT person_id, state_level, state_decided_on, party_level, party_decided_on"
                    + " FROM evaluation_ratings_on(:y) WHERE true"
                    + (filter ? " AND person_id IN (:ids)" : ""))
            .param("y", year);
    if (filter) {
      spec = spec.param("ids", List.copyOf(personIds));
    }
    spec.query(
            (rs, i) -> {
              out.put(
                  rs.getLong(1),
                  new RatingFacts(
                      rs.getString(2),
                      rs.getObject(3, java.time.LocalDate.class),
                      rs.getString(4),
                      rs.getObject(5, java.time.LocalDate.class),
                      due));
              return null;
            })
        .list();
    return out;
  }
}
