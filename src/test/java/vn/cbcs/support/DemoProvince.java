package vn.cbcs.support;

import java.time.LocalDate;
import java.util.List;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.demo.DemoSettings;

/**
 * The demo province in the shared test database, generated once per test JVM whichever test asks
 * first (all integration tests share one context and one database).
 */
public final class DemoProvince {

  public static final LocalDate END = LocalDate.of(2026, 6, 30);
  public static final long SEED = 20160426L;
  private static DemoDataGenerator.Summary summary;

  private DemoProvince() {}

  public static synchronized DemoDataGenerator.Summary ensure(DemoDataGenerator generator) {
    if (summary == null) {
      summary =
          generator.generate(
              new DemoSettings(List.of("06"), LocalDate.of(2016, 1, 1), END, SEED, 2, true), null);
    }
    return summary;
  }
}
