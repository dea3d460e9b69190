package vn.cbcs.bench;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;
import vn.cbcs.units.load.UnitCatalogueLoader;

/**
 * Benchmark, not a test: excluded from {@code ./mvnw verify}; run with {@code ./mvnw test
 * -Dtest=UnitsBenchmark}. Loads the whole official map from scratch several times, then times the
 * tree queries every page uses. Results go to {@code target/benchmarks/units.md} and stdout; the
 * README keeps a table of a run on the development machine. Nothing here asserts a timing.
 */
@SpringBootTest
class UnitsBenchmark {

  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2026, 1, 1);

  @Autowired UnitCatalogueLoader loader;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @Test
  void run() {
    Measurements m = new Measurements("Administrative units (embedded PostgreSQL 17)");
    m.measure(
        "load all 4 official datasets into an empty map (14,160 versions, 14,291 links)",
        1,
        5,
        () -> {
          jdbc.sql("TRUNCATE unit_attribute, unit_crosswalk, unit, unit_dataset RESTART IDENTITY")
              .update();
          loader.loadMissing();
        });
    Unit bacKan = units.find("06", BEFORE).orElseThrow();
    Unit thaiNguyen = units.find("19", AFTER).orElseThrow();
    m.measure(
        "subtree: communes of Bắc Kạn on 2025-06-30 (count)",
        50,
        500,
        () -> units.communeCount(bacKan, BEFORE));
    m.measure(
        "subtree: communes of Thái Nguyên on 2026-01-01 (count)",
        50,
        500,
        () -> units.communeCount(thaiNguyen, AFTER));
    m.measure(
        "children of Thái Nguyên with commune counts (92 rows)",
        50,
        500,
        () -> {
          units.children("19", AFTER);
          units.communeCountsOfChildren("19", AFTER);
        });
    m.measure(
        "63 provinces with commune counts on 2025-06-30 (10,035 communes)",
        10,
        100,
        () -> units.communeCountsOfChildren(null, BEFORE));
    m.measure(
        "find a commune and its parent chain",
        50,
        500,
        () -> {
          Unit c = units.find("02023", BEFORE).orElseThrow();
          units.ancestors(c, BEFORE);
        });
    m.measure(
        "predecessors of Thái Nguyên (crosswalk)", 50, 500, () -> units.predecessors(thaiNguyen));
    m.measure(
        "search 'cho don' without diacritics (all periods)",
        20,
        200,
        () -> units.search("cho don", AFTER, 20));
    m.write("units.md");
    System.out.println(m.markdown());
  }
}
