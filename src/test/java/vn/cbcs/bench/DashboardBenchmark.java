package vn.cbcs.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.dashboard.DashboardService;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.demo.DemoSettings;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.support.TestActors;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw verify}; run with {@code ./mvnw test
 * -Dtest=DashboardBenchmark}, {@code -Dbench.province=01} by default): generates one province's
 * communes staffed from 2016 to mid-2026, then times its dashboard — the page's figures on the date
 * and the trends of the eight key indicators at every year-end since 2016 (ten years) — the trends
 * as before (one read of the records per year-end), both cold (the cache emptied by a write) and
 * warm, with the number of SQL statements each sends, beside a hand-written SQL count of one
 * indicator at all the dates in one query. Results: {@code target/benchmarks/dashboard.md}.
 */
@SpringBootTest(properties = "cbcs.test.connection-guard=false")
class DashboardBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final LocalDate TREND_START = LocalDate.of(2016, 12, 31);
  private static final List<String> KEY =
      List.of(
          "PRO_SO_CAP_PLUS",
          "LLCT_SO_TRUNG_CAP",
          "PRO_DAI_HOC_PLUS",
          "MEETS_STANDARD",
          "WOMEN",
          "ETHNIC_MINORITY",
          "PARTY_MEMBER",
          "COMMUNES_STAFFED_TO_QUOTA");

  /** SQL statements prepared or created on any connection since the start. */
  static final AtomicLong STATEMENTS = new AtomicLong();

  @TestConfiguration
  static class CountStatements {
    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (!(bean instanceof DataSource ds)) {
            return bean;
          }
          return Proxy.newProxyInstance(
              DataSource.class.getClassLoader(),
              new Class<?>[] {DataSource.class},
              (proxy, m, args) -> {
                Object r = invoke(ds, m, args);
                return r instanceof Connection c ? counting(c) : r;
              });
        }
      };
    }

    private static Connection counting(Connection c) {
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, m, args) -> {
                String n = m.getName();
                if (n.equals("prepareStatement")
                    || n.equals("createStatement")
                    || n.equals("prepareCall")) {
                  STATEMENTS.incrementAndGet();
                }
                return invoke(c, m, args);
              });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args)
        throws Throwable {
      try {
        return m.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  /** PRO_SO_CAP_PLUS by hand at every date of a VALUES list, in one statement. */
  private static final String HAND_WRITTEN =
      "WITH dates(d) AS (SELECT unnest(CAST(:dates AS date[]))),"
          + " posts AS (SELECT DISTINCT ON (dates.d, a.person_id) dates.d, a.person_id FROM dates"
          + " JOIN assignment a ON a.superseded_at IS NULL AND a.valid_from <= dates.d"
          + " AND (a.valid_to IS NULL OR a.valid_to >= dates.d)"
          + " JOIN unit u ON u.code = a.unit_code AND u.level = 'COMMUNE'"
          + " AND (u.valid_from IS NULL OR u.valid_from <= dates.d)"
          + " AND (u.valid_to IS NULL OR u.valid_to >= dates.d) AND u.path LIKE :prefix || '/%'"
          + " ORDER BY dates.d, a.person_id, a.concurrent, a.valid_from, a.id)"
          + " SELECT d, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM qualification q"
          + " JOIN qualification_level l USING (track, level) WHERE q.person_id = posts.person_id"
          + " AND q.track = 'PROFESSIONAL' AND l.rank >= 1 AND q.superseded_at IS NULL"
          + " AND q.verification <> 'REJECTED' AND q.awarded_on <= posts.d)), count(*)"
          + " FROM posts GROUP BY d ORDER BY d";

  @Autowired DemoDataGenerator generator;
  @Autowired DashboardService dashboards;
  @Autowired Indicators indicators;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  @Test
  void run() {
    String province = System.getProperty("bench.province", "01");
    long t = System.currentTimeMillis();
    generator.generate(
        new DemoSettings(List.of(province), LocalDate.of(2016, 1, 1), TODAY, 42, 2, false, false),
        null);
    long generation = System.currentTimeMillis() - t;
    jdbc.sql("ANALYZE").update();
    var actor = TestActors.SYSTEM;
    var scope = indicators.scope(province, TODAY, null, actor);
    long people = indicators.value("PRO_SO_CAP_PLUS", scope, actor).denominator();
    List<LocalDate> dates = new ArrayList<>();
    for (int y = TREND_START.getYear(); y < TODAY.getYear(); y++) {
      dates.add(LocalDate.of(y, 12, 31));
    }
    dates.add(TODAY);
    Measurements m =
        new Measurements(
            String.format(
                Locale.ROOT,
                "Dashboard of province %s (%s): %,d people in post on %s, %d communes; trends of"
                    + " %d indicators at %d dates (%s … %s); generated in %,d s; load average"
                    + " before: %s",
                province,
                scope.unit().fullName(),
                people,
                TODAY,
                scope.communes().size(),
                KEY.size(),
                dates.size(),
                dates.get(0),
                TODAY,
                generation / 1000,
                load()));
    List<Indicator> key = KEY.stream().map(c -> indicators.require(c, actor)).toList();

    Runnable asBefore =
        () -> {
          for (LocalDate d : dates) {
            indicators.compute(key, indicators.scope(province, d, null, actor), actor);
          }
        };
    Runnable trends = () -> dashboards.trends(province, null, TREND_START, TODAY, actor);
    Runnable cold =
        () -> {
          bump();
          trends.run();
        };
    Runnable page = () -> dashboards.build(scope, TODAY, actor);
    String sqlDates =
        "{" + String.join(",", dates.stream().map(LocalDate::toString).toList()) + "}";
    Runnable floor =
        () ->
            jdbc.sql(HAND_WRITTEN)
                .param("dates", sqlDates)
                .param("prefix", province)
                .query((rs, i) -> rs.getLong(2))
                .list();

    // same answers: the cached trend, the computation per date and the hand-written SQL
    Map<String, List<vn.cbcs.indicators.IndicatorValue>> values =
        indicators.values(key, province, null, dates, actor);
    List<long[]> sql =
        jdbc.sql(HAND_WRITTEN)
            .param("dates", sqlDates)
            .param("prefix", province)
            .query((rs, i) -> new long[] {rs.getLong(2), rs.getLong(3)})
            .list();
    var last = values.get("PRO_SO_CAP_PLUS").get(dates.size() - 1);
    String check =
        String.format(
            Locale.ROOT,
            " (PRO_SO_CAP_PLUS on %s: %,d / %,d; hand-written SQL: %,d / %,d)",
            TODAY,
            last.numerator(),
            last.denominator(),
            sql.get(sql.size() - 1)[0],
            sql.get(sql.size() - 1)[1]);

    m.measure(
        "trends as before: one read of the records per date, 8 indicators × "
            + dates.size()
            + " dates"
            + statements(asBefore),
        0,
        3,
        asBefore);
    m.measure("trends, cold (a write emptied the cache first)" + statements(cold), 0, 3, cold);
    trends.run();
    m.measure("trends, warm (cached)" + statements(trends) + check, 3, 20, trends);
    Runnable pageCold =
        () -> {
          bump();
          page.run();
        };
    m.measure(
        "the page's figures on the date, cold (a write emptied the cache first)"
            + statements(pageCold),
        0,
        3,
        pageCold);
    page.run();
    m.measure("the page's figures on the date, warm" + statements(page), 3, 20, page);
    Runnable whole =
        () -> {
          page.run();
          trends.run();
        };
    whole.run(); // the page's cold runs emptied the trends' cache too
    m.measure(
        "the whole dashboard, warm: the page's figures and the trends" + statements(whole),
        3,
        20,
        whole);
    m.measure(
        "hand-written SQL: PRO_SO_CAP_PLUS at all " + dates.size() + " dates in one statement",
        1,
        10,
        floor);
    System.out.println("load average after: " + load());
    m.write("dashboard.md");
    System.out.println(m.markdown());
  }

  /** A statement that changes nothing on a watched table: the inputs' generation grows. */
  private void bump() {
    tx.executeWithoutResult(
        s -> jdbc.sql("UPDATE unit_attribute SET id = id WHERE false").update());
  }

  private static String statements(Runnable op) {
    long before = STATEMENTS.get();
    op.run();
    return String.format(Locale.ROOT, " [%,d SQL statements]", STATEMENTS.get() - before);
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }
}
