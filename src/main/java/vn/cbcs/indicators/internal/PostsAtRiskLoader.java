package vn.cbcs.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the posts at risk on a date through the planning module's SQL read model {@code
 * planning_posts_at_risk_on(date, months, units)} (ADR 15 §3 and §7): indicators never import the
 * planning module's classes and never read its tables. The months are planning's own setting
 * ({@code bench_risk_months}), so the indicator and the bench page agree.
 */
@Component
public class PostsAtRiskLoader {

  private final JdbcClient jdbc;

  PostsAtRiskLoader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Holder id → their posts at risk, in the given communes ({@code null}: everywhere). */
  public Map<Long, List<PostAtRisk>> load(Collection<String> communes, LocalDate asOf) {
    Map<Long, List<PostAtRisk>> out = new HashMap<>();
    if (communes != null && communes.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "SELECT person_id, unit_code, position_code, leaves_on, why, planned, after_training"
                + " FROM planning_posts_at_risk_on(:d, NULL, string_to_array(:u, ',')::varchar[])")
        .param("d", asOf)
        .param("u", communes == null ? null : String.join(",", communes), java.sql.Types.VARCHAR)
        .query(
            (rs, i) -> {
              out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new PostAtRisk(
                          rs.getString(2),
                          rs.getString(3),
                          rs.getObject(4, LocalDate.class),
                          rs.getString(5),
                          rs.getInt(6),
                          rs.getInt(7)));
              return null;
            })
        .list();
    return out;
  }
}
