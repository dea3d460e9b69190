package vn.cbcs.bench;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.demo.DemoSettings;
import vn.cbcs.support.TestActors;
import vn.cbcs.training.Needs;
import vn.cbcs.units.Units;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw verify}; run with {@code ./mvnw test
 * -Dtest=TrainingNeedsBenchmark}): generates the national-scale set of {@link PeopleBenchmark} —
 * every commune of the 63 provinces staffed from 2016, carried into the 34 provinces on 1-7-2025,
 * to mid-2026 — then times the service behind {@code GET /api/training/needs} (issue 15) for one
 * commune, a province and the whole country. The API takes one unit and has no country scope, so
 * "the country" is every province in turn, as a client would ask for it. Results: {@code
 * target/benchmarks/training-needs.md}.
 */
@SpringBootTest
class TrainingNeedsBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  @Autowired DemoDataGenerator generator;
  @Autowired Needs needs;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @Test
  void run() {
    List<String> provinces =
        units.children(null, LocalDate.of(2025, 6, 30)).stream().map(u -> u.code()).toList();
    long t = System.currentTimeMillis();
    generator.generate(
        new DemoSettings(provinces, LocalDate.of(2016, 1, 1), TODAY, 42, 2, false, false), null);
    long generation = System.currentTimeMillis() - t;
    jdbc.sql("ANALYZE").update();
    long people = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    List<String> now = units.children(null, TODAY).stream().map(u -> u.code()).toList();
    String commune = "01840";
    long inCommune = needs.of(commune, TODAY, TestActors.SYSTEM).size();
    long inHanoi = needs.of("01", TODAY, TestActors.SYSTEM).size();
    long inCaoBang = needs.of("04", TODAY, TestActors.SYSTEM).size();
    long inCountry = 0;
    for (String p : now) {
      inCountry += needs.of(p, TODAY, TestActors.SYSTEM).size();
    }
    Measurements m =
        new Measurements(
            String.format(
                "Training needs, national scale: %,d people (generated and written in %,d s);"
                    + " needs on %s: %,d in the country (%d provinces), %,d in Hà Nội, %,d in"
                    + " Cao Bằng, %,d in commune %s",
                people,
                generation / 1000,
                TODAY,
                inCountry,
                now.size(),
                inHanoi,
                inCaoBang,
                inCommune,
                commune));
    m.measure(
        "needs of one commune (" + commune + ")",
        3,
        20,
        () -> needs.of(commune, TODAY, TestActors.SYSTEM));
    m.measure(
        "needs of a province (Cao Bằng 04)", 1, 5, () -> needs.of("04", TODAY, TestActors.SYSTEM));
    m.measure(
        "needs of the largest province (Hà Nội 01)",
        1,
        5,
        () -> needs.of("01", TODAY, TestActors.SYSTEM));
    m.measure(
        "needs of the country (the " + now.size() + " provinces in turn)",
        0,
        2,
        () -> {
          for (String p : now) {
            needs.of(p, TODAY, TestActors.SYSTEM);
          }
        });
    m.write("training-needs.md");
    System.out.println(m.markdown());
  }
}
