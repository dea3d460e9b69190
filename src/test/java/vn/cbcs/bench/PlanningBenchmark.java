package vn.cbcs.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.demo.DemoSettings;
import vn.cbcs.planning.Bench;
import vn.cbcs.planning.Plan;
import vn.cbcs.planning.PlanInputs;
import vn.cbcs.planning.Plans;
import vn.cbcs.planning.Succession;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw verify}; run with {@code ./mvnw test
 * -Dtest=PlanningBenchmark}): generates the national-scale set of {@code RatingsBenchmark} (every
 * commune of the 63 provinces staffed from 2016 to 30-6-2025; carried on past the reorganisation of
 * 1-7-2025, as {@code PeopleBenchmark} does, the generator stopped on 2026-12-06 in {@code
 * Reorganisation.carryOver} at a commune without a successor; {@code -Dbench.provinces=01,06} for
 * some provinces only). That set has no succession plans (its generator writes them only with the
 * years' ratings, for a few demo communes), so the runner writes them: for every commune of one
 * province ({@code -Dbench.province}, default Thái Nguyên 19) a Party committee plan for 2020–2025
 * approved on 2-1-2025 (QĐ 50-QĐ/TW), its candidates the holders of the posts one planning level
 * below each planned post, each through {@link Plans#addCandidate} (every check; refused ones left
 * out), as the demo's plans of that term. Then, on 31-3-2025, it times the succession view ({@code
 * GET /api/units/{code}/succession}) and the five-year projection ({@code GET
 * /api/units/{code}/projection}) of one commune and of every commune of the province, and the posts
 * at risk of the province (the SQL read model and the built-in indicator POSTS_AT_RISK). Results:
 * {@code target/benchmarks/planning.md}.
 */
@SpringBootTest
class PlanningBenchmark {

  /** The set ends before the reorganisation of 1-7-2025 (see the class comment). */
  private static final LocalDate END = LocalDate.of(2025, 6, 30);

  /** The day of the views: the 2020–2025 plans approved, the communes before 1-7-2025. */
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

  /** The plans' day: the communes as they are on the views' day (mergers of 2024–2025 done). */
  private static final LocalDate PLAN_DATE = LocalDate.of(2025, 1, 2);

  /**
   * Planned post → the posts one level below whose holders are planned (as DemoPlans' term
   * 2020–2025, the commune posts before 1-7-2025).
   */
  private static final Map<String, List<String>> SOURCES = new LinkedHashMap<>();

  static {
    SOURCES.put(
        "BI_THU_DANG_UY_XA",
        List.of("PHO_BI_THU_DANG_UY_XA", "CHU_TICH_UBND_XA", "CHU_TICH_HDND_XA"));
    SOURCES.put("CHU_TICH_UBND_XA", List.of("PHO_CHU_TICH_UBND_XA"));
    SOURCES.put("CHU_TICH_HDND_XA", List.of("PHO_CHU_TICH_HDND_XA", "PHO_CHU_TICH_UBND_XA"));
    List<String> massOrganisations =
        List.of(
            "BI_THU_DOAN_XA",
            "CHU_TICH_HOI_PHU_NU_XA",
            "CHU_TICH_HOI_NONG_DAN_XA",
            "CHU_TICH_HOI_CCB_XA");
    SOURCES.put("PHO_CHU_TICH_UBND_XA", massOrganisations);
    SOURCES.put("CHU_TICH_MTTQ_XA", massOrganisations);
  }

  @Autowired DemoDataGenerator generator;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired Plans plans;
  @Autowired Succession succession;
  @Autowired Bench bench;
  @Autowired vn.cbcs.indicators.Indicators indicators;

  @Test
  void run() {
    String only = System.getProperty("bench.provinces", "");
    String province = System.getProperty("bench.province", "19");
    List<String> provinces =
        only.isBlank()
            ? units.children(null, LocalDate.of(2025, 6, 30)).stream().map(u -> u.code()).toList()
            : Arrays.asList(only.split(","));
    long t = System.currentTimeMillis();
    generator.generate(
        new DemoSettings(provinces, LocalDate.of(2016, 1, 1), END, 42, 2, false, false), null);
    long generation = System.currentTimeMillis() - t;
    long people = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();

    Unit p = units.find(province, TODAY).orElseThrow();
    List<String> communes =
        units.communesUnder(p, TODAY).stream().map(Unit::code).sorted().toList();
    Actor actor = TestActors.SYSTEM;
    t = System.currentTimeMillis();
    int planned = 0;
    int refused = 0;
    int n = 0;
    List<String> skipped = new ArrayList<>();
    Random ballots = new Random(42);
    for (String commune : communes) {
      n++;
      PlanInputs.NewPlan newPlan =
          new PlanInputs.NewPlan(
              commune,
              "PARTY_COMMITTEE",
              2020,
              2025,
              PLAN_DATE.toString(),
              "2025-07-01",
              null,
              null,
              null,
              List.of(),
              new PlanInputs.Approval(n + "-QĐ/ĐU", PLAN_DATE.toString(), "Bí thư Đảng ủy xã"));
      Plan plan;
      try {
        plan = plans.create(newPlan, actor);
      } catch (InvalidInputException x) {
        skipped.add(commune);
        continue;
      }
      for (var e : SOURCES.entrySet()) {
        for (long person : holders(commune, e.getValue())) {
          int voters = 30 + ballots.nextInt(11);
          int votes = voters / 2 + 1 + ballots.nextInt(voters - voters / 2);
          try {
            plans.addCandidate(
                plan.id(),
                new PlanInputs.NewCandidate(
                    String.valueOf(person),
                    e.getKey(),
                    1,
                    votes,
                    voters,
                    null,
                    null,
                    PLAN_DATE.toString(),
                    null),
                actor);
            planned++;
          } catch (InvalidInputException x) {
            refused++;
          }
        }
      }
    }
    long planning = System.currentTimeMillis() - t;
    jdbc.sql("ANALYZE").update();
    String codes = String.join(",", communes);
    long atRisk = atRisk(codes);
    String one =
        jdbc.sql(
                "SELECT p.unit_code FROM planning_candidate c"
                    + " JOIN planning_plan p ON p.id = c.plan_id"
                    + " WHERE p.unit_code = ANY(string_to_array(:u, ','))"
                    + " GROUP BY p.unit_code ORDER BY count(*) DESC, p.unit_code LIMIT 1")
            .param("u", codes)
            .query(String.class)
            .optional()
            .orElse(communes.get(0));
    Measurements m =
        new Measurements(
            String.format(
                "Succession planning, %s: %,d people (generated in %,d s); %s (%s): %,d communes,"
                    + " one approved plan each with %,d candidates (%,d refused by the checks),"
                    + " written through Plans in %,d s (communes refused a plan: %s); %,d posts"
                    + " at risk on %s",
                only.isBlank() ? "national scale" : "provinces " + only,
                people,
                generation / 1000,
                p.fullName(),
                province,
                communes.size(),
                planned,
                refused,
                planning / 1000,
                skipped,
                atRisk,
                TODAY));
    m.measure(
        "succession view of one commune (" + one + ", the most candidates)",
        5,
        30,
        () -> succession.of(one, TODAY, actor));
    m.measure(
        "five-year projection of one commune (" + one + ")",
        5,
        30,
        () -> bench.of(one, TODAY, 5, actor));
    m.measure(
        "succession view of every commune of the province (" + communes.size() + " calls)",
        1,
        3,
        () -> communes.forEach(c -> succession.of(c, TODAY, actor)));
    m.measure(
        "five-year projection of every commune of the province (" + communes.size() + " calls)",
        1,
        3,
        () -> communes.forEach(c -> bench.of(c, TODAY, 5, actor)));
    m.measure(
        "posts at risk of the province (SQL read model planning_posts_at_risk_on, "
            + atRisk
            + " rows)",
        2,
        10,
        () -> atRisk(codes));
    m.measure(
        "posts at risk of the whole country (SQL read model, no unit filter)",
        1,
        3,
        () ->
            jdbc.sql("SELECT count(*) FROM planning_posts_at_risk_on(:d)")
                .param("d", TODAY)
                .query(Long.class)
                .single());
    m.measure(
        "indicator POSTS_AT_RISK of the province (scope and value)",
        1,
        5,
        () ->
            indicators.value(
                "POSTS_AT_RISK", indicators.scope(province, TODAY, null, actor), actor));
    m.write("planning.md");
    System.out.println(m.markdown());
  }

  private long atRisk(String communes) {
    return jdbc.sql(
            "SELECT count(*) FROM planning_posts_at_risk_on(:d, NULL,"
                + " string_to_array(:u, ',')::varchar[])")
        .param("d", TODAY)
        .param("u", communes)
        .query(Long.class)
        .single();
  }

  private List<Long> holders(String commune, List<String> posts) {
    return new ArrayList<>(
        jdbc.sql(
                "SELECT DISTINCT a.person_id FROM positions_assignments_on(:d) a"
                    + " WHERE a.unit_code = :u AND a.position_code IN (:posts) ORDER BY"
                    + " a.person_id")
            .param("d", PLAN_DATE)
            .param("u", commune)
            .param("posts", posts)
            .query(Long.class)
            .list());
  }
}
