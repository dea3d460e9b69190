package vn.cbcs.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.demo.DemoSettings;
import vn.cbcs.evaluation.Evaluations;
import vn.cbcs.evaluation.HeadScorecards;
import vn.cbcs.evaluation.SummaryByUnit;
import vn.cbcs.evaluation.export.SummaryLabels;
import vn.cbcs.evaluation.export.SummaryPdf;
import vn.cbcs.evaluation.export.SummaryXlsx;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Units;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw verify}; run with {@code ./mvnw test
 * -Dtest=RatingsBenchmark}): generates the national-scale set of {@code PeopleBenchmark} (every
 * commune of the 63 provinces staffed from 2016), gives everyone in post on 31-12-2024 a decided
 * state rating for 2024 (10% HTXSNV, 55% HTTNV, 30% HTNV, 4% KHTNV, 1% not rated; one in ten
 * decided after 15 December), then times the summary of a province's ratings for the year (issue
 * 13), its XLSX and PDF, the rating indicator and a commune's heads' scorecard. {@code
 * -Dbench.provinces=01,06} limits the set to some provinces (default: all). Results: {@code
 * target/benchmarks/ratings.md}.
 */
@SpringBootTest
class RatingsBenchmark {

  private static final int YEAR = 2024;
  private static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);
  private static final String HA_NOI = "01";

  @Autowired DemoDataGenerator generator;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired SummaryByUnit summaries;
  @Autowired Evaluations evaluations;
  @Autowired HeadScorecards scorecards;
  @Autowired vn.cbcs.indicators.Indicators indicators;
  @Autowired MessageSource messages;

  @Test
  void run() {
    String only = System.getProperty("bench.provinces", "");
    List<String> provinces =
        only.isBlank()
            ? units.children(null, LocalDate.of(2025, 6, 30)).stream().map(u -> u.code()).toList()
            : Arrays.asList(only.split(","));
    long t = System.currentTimeMillis();
    generator.generate(
        new DemoSettings(
            provinces, LocalDate.of(2016, 1, 1), LocalDate.of(2025, 6, 30), 42, 2, false),
        null);
    long generation = System.currentTimeMillis() - t;
    t = System.currentTimeMillis();
    // one decided state rating per person in post at the end of the year, in the commune of
    // their main post (NĐ 90/2020 regime), levels and dates spread by a hash of the person
    long rated =
        jdbc.sql(
                "INSERT INTO evaluation (person_id, year, system, regime_code, unit_code, unit_on,"
                    + " status, created_by, self_general, self_task, self_on, meeting_on,"
                    + " meeting_minutes, proposed_level, proposed_on, decided_level,"
                    + " decision_number, decision_date, decision_signer)"
                    + " SELECT p.person_id, :y, 'STATE', 'ND90_2020', p.unit_code, :d, 'DECIDED',"
                    + " 'benchmark', 18, 70, make_date(:y, 11, 20), make_date(:y, 11, 25), 'Biên"
                    + " bản', l.level, make_date(:y, 11, 28), l.level, '01/QĐ-UBND',"
                    + " CASE WHEN h % 10 = 0 THEN make_date(:y, 12, 20) ELSE make_date(:y, 12, 10)"
                    + " END, 'Chủ tịch UBND'"
                    + " FROM (SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_code,"
                    + " abs(hashint8(a.person_id)) % 100 AS h FROM positions_assignments_on(:d) a"
                    + " ORDER BY a.person_id, a.concurrent, a.valid_from) p"
                    + " CROSS JOIN LATERAL (SELECT CASE WHEN p.h < 10 THEN 'HTXSNV' WHEN p.h < 65"
                    + " THEN 'HTTNV' WHEN p.h < 95 THEN 'HTNV' WHEN p.h < 99 THEN 'KHTNV'"
                    + " ELSE 'NOT_RATED' END AS level) l")
            .param("y", YEAR)
            .param("d", YEAR_END)
            .update();
    long rating = System.currentTimeMillis() - t;
    jdbc.sql("ANALYZE").update();
    long people = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    SummaryByUnit.Summary hn = summaries.of(HA_NOI, YEAR, YEAR_END, TestActors.SYSTEM);
    var total = hn.tables().get(0).total();
    String commune = hn.tables().get(0).rows().get(0).code();
    Measurements m =
        new Measurements(
            String.format(
                "Ratings, %s: %,d people, %,d decided ratings for %d (generated in %,d s, ratings"
                    + " written in %,d s); Hà Nội (01): %,d communes, %,d evaluated, %,d HTXSNV,"
                    + " %,d KHTNV",
                only.isBlank() ? "national scale" : "provinces " + only,
                people,
                rated,
                YEAR,
                generation / 1000,
                rating / 1000,
                hn.tables().get(0).rows().size(),
                total.evaluated(),
                total.levels().get(vn.cbcs.evaluation.Level.HTXSNV),
                total.levels().get(vn.cbcs.evaluation.Level.KHTNV)));
    m.measure(
        "summary of Hà Nội's ratings for " + YEAR + " by commune and level (both systems)",
        3,
        20,
        () -> summaries.of(HA_NOI, YEAR, YEAR_END, TestActors.SYSTEM));
    m.measure(
        "counts per level and the HTXSNV cap verdict, Hà Nội, " + YEAR,
        3,
        20,
        () -> evaluations.summary(HA_NOI, YEAR, YEAR_END, TestActors.SYSTEM));
    SummaryLabels labels = new SummaryLabels(messages);
    m.measure(
        "the same summary as XLSX (read and written)",
        2,
        10,
        () ->
            new SummaryXlsx(labels).write(summaries.of(HA_NOI, YEAR, YEAR_END, TestActors.SYSTEM)));
    m.measure(
        "the same summary as PDF (read and written)",
        2,
        10,
        () ->
            new SummaryPdf(labels).write(summaries.of(HA_NOI, YEAR, YEAR_END, TestActors.SYSTEM)));
    m.measure(
        "indicator RATED_KHTNV, Hà Nội, as of " + YEAR_END + " (with its members)",
        2,
        10,
        () ->
            indicators.value(
                "RATED_KHTNV",
                indicators.scope(HA_NOI, YEAR_END, null, TestActors.SYSTEM),
                TestActors.SYSTEM));
    m.measure(
        "heads' scorecard of one commune of Hà Nội (" + commune + "), " + YEAR,
        2,
        10,
        () -> scorecards.of(commune, YEAR, TestActors.SYSTEM));
    m.write("ratings.md");
  }
}
