package vn.cbcs.indicators.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the final state ratings of a year through the evaluation module's SQL read model {@code
 * evaluation_ratings_on(year)} (ADR 15 §3 and §7): indicators never import the evaluation module's
 * classes and never read its tables.
 */
@Component
public class RatingsLoader {

  /** Above this many people the filter is left to the join instead of a parameter list. */
  private static final int MAX_PARAMETERS = 20_000;

  private final JdbcClient jdbc;

  RatingsLoader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Person id → state level (HTXSNV, HTTNV, HTNV, KHTNV or NOT_RATED) of {@code year}, for the
   * given people ({@code null}: everyone rated that year).
   */
  public Map<Long, String> load(Collection<Long> personIds, int year) {
    Map<Long, String> out = new HashMap<>();
    if (personIds != null && personIds.isEmpty()) {
      return out;
    }
    boolean filter = personIds != null && personIds.size() <= MAX_PARAMETERS;
    var spec =
        jdbc.sql(
                "SELECT person_id, state_level FROM evaluation_ratings_on(:y)"
                    + " WHERE state_level IS NOT NULL"
                    + (filter ? " AND person_id IN (:ids)" : ""))
            .param("y", year);
    if (filter) {
      spec = spec.param("ids", List.copyOf(personIds));
    }
    spec.query(
            (rs, i) -> {
              out.put(rs.getLong(1), rs.getString(2));
              return null;
            })
        .list();
    return out;
  }
}
