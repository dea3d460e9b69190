package vn.cbcs.bench;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.demo.DemoSettings;
import vn.cbcs.people.PersonDirectory;
import vn.cbcs.people.PersonFilter;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Units;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw verify}; run with {@code ./mvnw test
 * -Dtest=PeopleBenchmark}): generates a national-scale set — every commune of the 63 provinces
 * staffed from 2016, carried into the 34 provinces on 1-7-2025, to mid-2026 — then times name
 * search and 50-row list pages. Results: {@code target/benchmarks/people.md}. With {@code
 * -DtestHeap="-Xmx2g -Dcbcs.embedded-db.data-dir=DIR"} the set is kept in DIR, and a later run on
 * the same DIR measures it again without generating it.
 */
@SpringBootTest
class PeopleBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  @Autowired DemoDataGenerator generator;
  @Autowired PersonDirectory directory;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired vn.cbcs.standards.Compliance compliance;
  @Autowired vn.cbcs.standards.Staffing staffing;
  @Autowired vn.cbcs.indicators.Indicators indicators;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @org.springframework.beans.factory.annotation.Value("${cbcs.indicators.national-work-mem:32MB}")
  String nationalWorkMem;

  @Test
  void run() {
    List<String> provinces =
        units.children(null, LocalDate.of(2025, 6, 30)).stream().map(u -> u.code()).toList();
    long t = System.currentTimeMillis();
    // a data directory kept from an earlier run (-Dcbcs.embedded-db.data-dir=…) is measured as it
    // is
    boolean reused = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single() > 0;
    DemoDataGenerator.Summary s =
        reused
            ? null
            : generator.generate(
                new DemoSettings(provinces, LocalDate.of(2016, 1, 1), TODAY, 42, 2, false, false),
                null);
    long generation = System.currentTimeMillis() - t;
    jdbc.sql("ANALYZE").update();
    long people = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    long facts =
        jdbc.sql(
                "SELECT (SELECT count(*) FROM assignment) + (SELECT count(*) FROM qualification)"
                    + " + (SELECT count(*) FROM decision)")
            .query(Long.class)
            .single();
    Measurements m =
        new Measurements(
            String.format(
                "People, national scale: %,d people, %,d dated facts (posts, qualifications, decisions);"
                    + (reused ? " kept from an earlier run" : " generated and written in %,d s"),
                people,
                facts,
                generation / 1000));
    m.measure(
        "search 'nguyen thi huong' (no diacritics), whole country, page of 50",
        3,
        30,
        () ->
            directory.list(
                PersonFilter.search("nguyen thi huong", TODAY), 0, 50, TestActors.SYSTEM));
    m.measure(
        "search 'Nguyễn Thị Hường' (with diacritics), whole country, page of 50",
        3,
        30,
        () ->
            directory.list(
                PersonFilter.search("Nguyễn Thị Hường", TODAY), 0, 50, TestActors.SYSTEM));
    m.measure(
        "search 'dang' (short, many matches), page of 50",
        3,
        30,
        () -> directory.list(PersonFilter.search("dang", TODAY), 0, 50, TestActors.SYSTEM));
    m.measure(
        "search by personal ID prefix '0010'",
        3,
        30,
        () -> directory.list(PersonFilter.search("0010", TODAY), 0, 50, TestActors.SYSTEM));
    m.measure(
        "list page 1 (50 rows) of a province today (Hà Nội 01), Vietnamese order",
        3,
        30,
        () -> directory.list(PersonFilter.inUnit("01", TODAY), 0, 50, TestActors.SYSTEM));
    m.measure(
        "list page 20 (50 rows) of a province today (Hà Nội 01)",
        3,
        30,
        () -> directory.list(PersonFilter.inUnit("01", TODAY), 19, 50, TestActors.SYSTEM));
    m.measure(
        "list page 1 of former Bắc Kạn (06) on 2020-12-31",
        3,
        30,
        () ->
            directory.list(
                PersonFilter.inUnit("06", LocalDate.of(2020, 12, 31)), 0, 50, TestActors.SYSTEM));
    m.measure(
        "list page 1 of one commune today (Phường Đức Xuân 01840)",
        3,
        50,
        () -> directory.list(PersonFilter.inUnit("01840", TODAY), 0, 50, TestActors.SYSTEM));
    vn.cbcs.platform.Actor provinceOfficer =
        TestActors.user("bench-tinh", vn.cbcs.platform.Role.PROVINCE_OFFICER, "19");
    m.measure(
        "list page 1 of one commune today (01840) as a province officer of Thái Nguyên (19),"
            + " whose ground is checked in SQL",
        3,
        50,
        () -> directory.list(PersonFilter.inUnit("01840", TODAY), 0, 50, provinceOfficer));
    m.measure(
        "compliance of every post held in the country on 2024-01-01",
        1,
        3,
        () -> compliance.everywhere(LocalDate.of(2024, 1, 1), TestActors.SYSTEM));
    m.measure(
        "compliance of every post held in the country today",
        1,
        3,
        () -> compliance.everywhere(TODAY, TestActors.SYSTEM));
    m.measure(
        "staffing report of every commune of Hà Nội (01) on 2024-01-01",
        2,
        10,
        () -> staffing.report("01", LocalDate.of(2024, 1, 1), TestActors.SYSTEM));
    m.measure(
        "staffing report of every commune of Hà Nội (01) today",
        2,
        10,
        () -> staffing.report("01", TODAY, TestActors.SYSTEM));
    indicators(m);
    m.write("people.md");
    System.out.println(m.markdown());
    if (s != null) {
      System.out.printf(
          "generated %,d people, %,d posts, %,d qualifications in %,d ms%n",
          s.people(), s.assignments(), s.qualifications(), s.millis());
    }
  }

  /** A write to the map's tables: every figure kept per commune is counted again. */
  private void forgetKeptFigures() {
    jdbc.sql("UPDATE unit SET name = name WHERE code = '01'").update();
  }

  /**
   * A professional qualification (trung cấp, awarded on the date) for a random person in a commune
   * post on {@code asOf} in the unit (a path prefix; blank: the country), in its own transaction.
   */
  private void writeQualification(LocalDate asOf, String prefix) {
    jdbc.sql(
            "INSERT INTO qualification (person_id, track, level, awarded_on, recorded_by)"
                + " SELECT a.person_id, 'PROFESSIONAL', 'TRUNG_CAP', :d, 'bench'"
                + " FROM assignment a JOIN unit u ON u.code = a.unit_code AND u.level = 'COMMUNE'"
                + " WHERE a.superseded_at IS NULL AND a.valid_from <= :d"
                + " AND (a.valid_to IS NULL OR a.valid_to >= :d)"
                + " AND (:prefix = '' OR u.path LIKE :prefix || '/%')"
                + " ORDER BY random() LIMIT 1")
        .param("d", asOf)
        .param("prefix", prefix)
        .update();
  }

  private void indicators(Measurements m) {
    LocalDate past = LocalDate.of(2020, 12, 31);
    for (String[] unit :
        new String[][] {{"06", "Bắc Kạn (06)"}, {"01", "Hà Nội (01)"}, {"", "whole country"}}) {
      var scope = indicators.scope(unit[0], past, null, TestActors.SYSTEM);
      var value = indicators.value("PRO_SO_CAP_PLUS", scope, TestActors.SYSTEM);
      long[] sql = HandWrittenCount.count(jdbc, past, unit[0]);
      String counts =
          String.format(
              " (%,d / %,d; hand-written SQL: %,d / %,d)",
              value.numerator(), value.denominator(), sql[0], sql[1]);
      Runnable counted =
          () ->
              indicators.value(
                  "PRO_SO_CAP_PLUS",
                  indicators.scope(unit[0], past, null, TestActors.SYSTEM),
                  TestActors.SYSTEM);
      int runs = unit[0].isEmpty() ? 3 : 10;
      m.measure(
          "indicator PRO_SO_CAP_PLUS, "
              + unit[1]
              + ", as of 2020-12-31, counted in SQL, nothing kept (value, split, dashboards)"
              + counts,
          1,
          runs,
          this::forgetKeptFigures,
          counted);
      m.measure(
          "the same from the figures kept per commune, nothing written since, " + unit[1],
          1,
          runs * 3,
          counted);
      m.measure(
          "the same after a qualification written for someone in post in one commune, " + unit[1],
          1,
          runs * 3,
          () -> writeQualification(past, unit[0]),
          counted);
      m.measure(
          "the same with its members read and evaluated in Java (what a drill-down computes),"
              + " "
              + unit[1],
          1,
          unit[0].isEmpty() ? 3 : 10,
          () ->
              indicators.compute(
                  "PRO_SO_CAP_PLUS",
                  indicators.scope(unit[0], past, null, TestActors.SYSTEM),
                  TestActors.SYSTEM));
      m.measure(
          "hand-written SQL count, " + unit[1] + ", as of 2020-12-31",
          1,
          unit[0].isEmpty() ? 3 : 10,
          () -> HandWrittenCount.count(jdbc, past, unit[0]));
      if (unit[0].isEmpty() && !nationalWorkMem.isEmpty()) {
        // the floor given the work_mem the indicators' national statement is given
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        m.measure(
            "hand-written SQL count, whole country, as of 2020-12-31, at work_mem "
                + nationalWorkMem,
            1,
            3,
            () ->
                tx.execute(
                    status -> {
                      jdbc.sql("SELECT set_config('work_mem', :mem, true)")
                          .param("mem", nationalWorkMem)
                          .query(String.class)
                          .single();
                      return HandWrittenCount.count(jdbc, past, "");
                    }));
      }
    }
  }
}
