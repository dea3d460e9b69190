package vn.cbcs.support;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.demo.DemoSettings;

/**
 * The demo province in the test database, generated once per Spring context (so once per database)
 * whichever test of that context asks first. Most integration tests share one context
 * ({@code @IntegrationTest}); a test with a context of its own gets its own copy.
 */
public final class DemoProvince {

  public static final LocalDate END = LocalDate.of(2026, 6, 30);
  public static final long SEED = 20160426L;

  /** Per generator bean, that is per context and its database. */
  private static final Map<DemoDataGenerator, DemoDataGenerator.Summary> SUMMARIES =
      new IdentityHashMap<>();

  private DemoProvince() {}

  public static synchronized DemoDataGenerator.Summary ensure(DemoDataGenerator generator) {
    return SUMMARIES.computeIfAbsent(
        generator,
        g ->
            g.generate(
                new DemoSettings(List.of("06"), LocalDate.of(2016, 1, 1), END, SEED, 2, true),
                null));
  }

  /** The commune with the most posts held on a date (the first by code among equals). */
  public static String busiestCommune(
      org.springframework.jdbc.core.simple.JdbcClient jdbc, LocalDate date) {
    return jdbc.sql(
            "SELECT pa.unit_code FROM positions_assignments_on(:d) pa"
                + " GROUP BY pa.unit_code ORDER BY count(*) DESC, pa.unit_code LIMIT 1")
        .param("d", date)
        .query(String.class)
        .single();
  }
}
