package vn.cbcs.indicators.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads who is placed in a job position with a grade on a date through the recruitment module's SQL
 * read model {@code recruitment_placed_on(date)} (ADR 15 §3 and §7): indicators never import the
 * recruitment module's classes and never read its tables.
 */
@Component
public class PlacedLoader {

  private static final int MAX_PARAMETERS = 20_000;

  private final JdbcClient jdbc;

  PlacedLoader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Person id → a job position with a grade held on the date (the first by code). */
  public Map<Long, String> load(Collection<Long> personIds, LocalDate asOf) {
    Map<Long, String> out = new HashMap<>();
    if (personIds != null && personIds.isEmpty()) {
      return out;
    }
    boolean filter = personIds != null && personIds.size() <= MAX_PARAMETERS;
    var spec =
        jdbc.sql(
                "SELECT person_id, position_code, grade FROM recruitment_placed_on(:d) WHERE true"
                    + (filter ? " AND person_id IN (:ids)" : "")
                    + " ORDER BY person_id, position_code")
            .param("d", asOf);
    if (filter) {
      spec = spec.param("ids", List.copyOf(personIds));
    }
    spec.query(
            (rs, i) -> {
              out.putIfAbsent(rs.getLong(1), rs.getString(2) + " (" + rs.getString(3) + ")");
              return null;
            })
        .list();
    return out;
  }
}
