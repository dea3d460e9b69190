package vn.cbcs.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.indicators.Counted;
import vn.cbcs.indicators.Criterion;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.Subject;
import vn.cbcs.qualifications.Track;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * ADR 24, migration V126: figures kept per commune are served until a write touches their commune
 * (or the map), and then only that commune is counted again — whoever writes (here plain SQL, as
 * psql or another instance would). Each write is compared with a count that keeps nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorKeptFiguresTest {

  private static final LocalDate ON = LocalDate.of(2024, 12, 31);

  /** What the kept counts may read: the people's three tables and the map's. */
  private static final Set<String> READ =
      Set.of("person", "assignment", "qualification", "unit", "qualification_level");

  @Autowired Indicators indicators;
  @Autowired KeptFigures kept;
  @Autowired SqlCounts sql;
  @Autowired DemoDataGenerator generator;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  @BeforeAll
  void demo() {
    DemoProvince.ensure(generator);
  }

  private static Indicator custom(String code, Criterion criterion) {
    return new Indicator(
        code,
        1,
        code,
        code,
        code,
        code,
        Subject.PEOPLE,
        null,
        null,
        false,
        List.of(criterion),
        "test",
        false,
        "test",
        java.time.Instant.EPOCH);
  }

  private static final Indicator PRO =
      custom(
          "K_PRO_SO_CAP",
          new Criterion(
              Criterion.Kind.QUALIFICATION, Track.PROFESSIONAL, "SO_CAP", null, null, null, null));
  private static final Indicator YOUNG =
      custom("K_UNDER_35", new Criterion(Criterion.Kind.AGE, null, null, null, null, 35, null));

  @Test
  void keptCountsReadOnlyTheTablesWhoseWritesAreWatched() {
    List<Indicator> keepable =
        new ArrayList<>(
            indicators.all(TestActors.SYSTEM).stream().filter(KeptFigures::keepable).toList());
    keepable.add(YOUNG);
    keepable.add(
        custom(
            "K_WOMEN", new Criterion(Criterion.Kind.SEX, null, null, null, null, null, "FEMALE")));
    keepable.add(
        custom(
            "K_MINORITY",
            new Criterion(Criterion.Kind.ETHNIC_MINORITY, null, null, null, null, null, null)));
    keepable.add(
        custom(
            "K_PARTY",
            new Criterion(Criterion.Kind.PARTY_MEMBER, null, null, null, null, null, null)));
    assertThat(keepable).hasSizeGreaterThan(6);
    Set<String> relations = new TreeSet<>();
    List<List<String>> grounds = new ArrayList<>();
    grounds.add(null); // the whole country's plan
    grounds.add(communes());
    for (List<String> communes : grounds) {
      SqlCounts.Statement s = sql.statement(keepable, communes, ON);
      var spec = jdbc.sql("EXPLAIN (FORMAT JSON) " + s.sql());
      for (Map.Entry<String, Object> p : s.params().entrySet()) {
        spec = spec.param(p.getKey(), p.getValue());
      }
      JsonNode plan = new ObjectMapper().readTree(spec.query(String.class).single());
      collect(plan, relations);
    }
    assertThat(relations).contains("person", "assignment", "qualification", "unit");
    assertThat(relations).allMatch(READ::contains, "read by a kept count and watched");
    for (String table : List.of("assignment", "qualification", "person")) {
      assertThat(trigger(table, "indicator_communes_%")).as(table).isPositive();
    }
    for (String table : List.of("unit", "qualification_level", "position")) {
      assertThat(trigger(table, "indicator_map_changed")).as(table).isPositive();
    }
  }

  /**
   * Relations scanned; a function left as a function scan could read anything: recorded as such.
   */
  private static void collect(JsonNode node, Set<String> relations) {
    if (node.isObject()) {
      if (node.has("Relation Name")) {
        relations.add(node.get("Relation Name").asString());
      }
      if ("Function Scan".equals(node.path("Node Type").asString(""))) {
        relations.add("function " + node.path("Function Name").asString(""));
      }
    }
    for (JsonNode child : node) {
      collect(child, relations);
    }
  }

  private int trigger(String table, String name) {
    return jdbc.sql(
            "SELECT count(*) FROM pg_trigger WHERE tgrelid = CAST(:t AS regclass) AND tgname LIKE :n")
        .param("t", table)
        .param("n", name)
        .query(Integer.class)
        .single();
  }

  private List<String> communes() {
    return indicators.scope("06", ON, null, TestActors.SYSTEM).communes().stream()
        .map(vn.cbcs.units.Unit::code)
        .toList();
  }

  @Test
  void aWriteIsCountedAgainInItsCommunesOnly() {
    IndicatorScope country = indicators.scope("", ON, null, TestActors.SYSTEM);
    int communes = country.communes().size();
    Map<String, List<Long>> first = figures(country, PRO);
    long r = kept.recounted();
    assertThat(figures(country, PRO)).isEqualTo(first);
    assertThat(kept.recounted()).as("served from what was kept").isEqualTo(r);

    // someone holding one post, in no numerator of PRO yet
    Map<String, Object> holder =
        jdbc.sql(
                "SELECT a.person_id, a.unit_code, a.assignment_id FROM positions_assignments_on(:d) a"
                    + " JOIN units_in_force_on(:d) u ON u.code = a.unit_code AND u.level = 'COMMUNE'"
                    + " WHERE (SELECT count(*) FROM positions_assignments_on(:d) b"
                    + " WHERE b.person_id = a.person_id) = 1 AND NOT EXISTS (SELECT 1"
                    + " FROM qualifications_held_on(:d) h WHERE h.person_id = a.person_id"
                    + " AND h.track = 'PROFESSIONAL' AND h.rank >= 1)"
                    + " ORDER BY a.person_id LIMIT 1")
            .param("d", ON)
            .query()
            .singleRow();
    long person = ((Number) holder.get("person_id")).longValue();
    String commune = (String) holder.get("unit_code");
    long qualification =
        jdbc.sql(
                "INSERT INTO qualification (person_id, track, level, awarded_on, recorded_by)"
                    + " VALUES (:p, 'PROFESSIONAL', 'TRUNG_CAP', :d, 'test') RETURNING id")
            .param("p", person)
            .param("d", ON.minusYears(1))
            .query(Long.class)
            .single();
    try {
      r = kept.recounted();
      Map<String, List<Long>> after = figures(country, PRO);
      assertThat(kept.recounted() - r)
          .as("only the communes of the person's posts")
          .isEqualTo(postCommunes(person, country))
          .isLessThan(communes / 10);
      assertThat(after.get(commune).get(0)).isEqualTo(first.get(commune).get(0) + 1);
      assertThat(after).isEqualTo(uncounted(country, PRO));

      // a post moved to another commune: both are counted again
      String other =
          country.communes().stream()
              .map(vn.cbcs.units.Unit::code)
              .filter(c -> !c.equals(commune))
              .filter(c -> figures(country, PRO).containsKey(c))
              .findFirst()
              .orElseThrow();
      long post = ((Number) holder.get("assignment_id")).longValue();
      moveAndCompare(country, post, commune, other, after);

      // a birth date: the person's commune
      Map<String, List<Long>> young = figures(country, YOUNG);
      LocalDate born =
          jdbc.sql("SELECT birth_date FROM person WHERE id = :p")
              .param("p", person)
              .query(LocalDate.class)
              .single();
      jdbc.sql("UPDATE person SET birth_date = :b WHERE id = :p")
          .param("b", ON.minusYears(born.isBefore(ON.minusYears(35)) ? 30 : 50))
          .param("p", person)
          .update();
      try {
        r = kept.recounted();
        Map<String, List<Long>> older = figures(country, YOUNG);
        assertThat(kept.recounted() - r).isEqualTo(postCommunes(person, country));
        assertThat(older).isNotEqualTo(young).isEqualTo(uncounted(country, YOUNG));
      } finally {
        jdbc.sql("UPDATE person SET birth_date = :b WHERE id = :p")
            .param("b", born)
            .param("p", person)
            .update();
      }
      assertThat(figures(country, YOUNG)).isEqualTo(young);

      // the map: everything is counted again
      jdbc.sql("UPDATE unit SET name = name WHERE code = :c").param("c", commune).update();
      r = kept.recounted();
      assertThat(figures(country, PRO)).isEqualTo(after);
      assertThat(kept.recounted() - r).isEqualTo(communes);
    } finally {
      jdbc.sql("DELETE FROM qualification WHERE id = :q").param("q", qualification).update();
    }
    assertThat(figures(country, PRO)).isEqualTo(first);
  }

  /** The communes of the scope where the person held a post at any date. */
  private long postCommunes(long person, IndicatorScope scope) {
    return jdbc.sql(
            "SELECT count(DISTINCT unit_code) FROM assignment WHERE person_id = :p"
                + " AND superseded_at IS NULL AND unit_code IN (:c)")
        .param("p", person)
        .param("c", scope.communes().stream().map(vn.cbcs.units.Unit::code).toList())
        .query(Long.class)
        .single();
  }

  private void moveAndCompare(
      IndicatorScope country, long post, String from, String to, Map<String, List<Long>> before) {
    jdbc.sql("UPDATE assignment SET unit_code = :u WHERE id = :a")
        .param("u", to)
        .param("a", post)
        .update();
    try {
      long r = kept.recounted();
      Map<String, List<Long>> moved = figures(country, PRO);
      assertThat(kept.recounted() - r).isEqualTo(2);
      assertThat(moved.get(to).get(1)).isEqualTo(before.get(to).get(1) + 1);
      assertThat(moved.get(from) == null ? 0L : moved.get(from).get(1))
          .isEqualTo(before.get(from).get(1) - 1);
      assertThat(moved).isEqualTo(uncounted(country, PRO));
    } finally {
      jdbc.sql("UPDATE assignment SET unit_code = :u WHERE id = :a")
          .param("u", from)
          .param("a", post)
          .update();
    }
    assertThat(figures(country, PRO)).isEqualTo(before);
  }

  @Test
  void aTransactionThatWroteNeitherKeepsNorIsServedWhatItCounted() {
    IndicatorScope country = indicators.scope("", ON, null, TestActors.SYSTEM);
    Map<String, List<Long>> before = figures(country, PRO);
    long pro = total(before);
    long g = indicators.inputsGeneration();
    List<Long> trend = trend();
    long person =
        jdbc.sql(
                "SELECT a.person_id FROM positions_assignments_on(:d) a"
                    + " JOIN units_in_force_on(:d) u ON u.code = a.unit_code AND u.level = 'COMMUNE'"
                    + " WHERE u.path LIKE '06/%' AND NOT EXISTS (SELECT 1"
                    + " FROM qualifications_held_on(:d) h"
                    + " WHERE h.person_id = a.person_id AND h.track = 'PROFESSIONAL' AND h.rank >= 1)"
                    + " ORDER BY a.person_id LIMIT 1")
            .param("d", ON)
            .query(Long.class)
            .single();
    tx.executeWithoutResult(
        s -> {
          jdbc.sql(
                  "INSERT INTO qualification (person_id, track, level, awarded_on, recorded_by)"
                      + " VALUES (:p, 'PROFESSIONAL', 'TRUNG_CAP', :d, 'test')")
              .param("p", person)
              .param("d", ON.minusYears(1))
              .update();
          assertThat(total(figures(country, PRO))).as("its own write").isEqualTo(pro + 1);
          assertThat(trend().get(2)).as("its own write, in a trend").isEqualTo(trend.get(2) + 1);
          s.setRollbackOnly();
        });
    assertThat(figures(country, PRO)).isEqualTo(before);
    // a write that changes no figure brings the person's communes where the rolled-back one had
    // them
    jdbc.sql("UPDATE person SET birth_date = birth_date WHERE id = :p").param("p", person).update();
    assertThat(figures(country, PRO))
        .as("nothing kept from the rolled-back write")
        .isEqualTo(before);
    // another transaction's write brings the generation where the rolled-back one had it
    jdbc.sql("UPDATE unit_attribute SET id = id WHERE false").update();
    assertThat(indicators.inputsGeneration()).isEqualTo(g + 1);
    assertThat(trend()).as("nothing kept from the rolled-back write").isEqualTo(trend);
  }

  /** PRO_SO_CAP_PLUS's numerators in the demo province, 2022 → 2024 (kept in ValueCache). */
  private List<Long> trend() {
    return indicators
        .series(
            "PRO_SO_CAP_PLUS",
            "06",
            null,
            Indicators.yearly(ON.minusYears(2), ON),
            TestActors.SYSTEM)
        .stream()
        .map(v -> v.numerator())
        .toList();
  }

  private Map<String, List<Long>> figures(IndicatorScope scope, Indicator indicator) {
    Counted c =
        indicators.count(List.of(indicator), scope, TestActors.SYSTEM).get(indicator.code());
    Map<String, List<Long>> m = new TreeMap<>();
    c.byCommune().forEach((k, v) -> m.put(k, List.of(v[0], v[1])));
    return m;
  }

  /** The same counted without anything kept. */
  private Map<String, List<Long>> uncounted(IndicatorScope scope, Indicator indicator) {
    Map<String, List<Long>> m = new TreeMap<>();
    sql.count(List.of(indicator), null, scope.asOf())
        .get(indicator.code())
        .forEach((k, v) -> m.put(k, List.of(v[0], v[1])));
    return m;
  }

  private static long total(Map<String, List<Long>> figures) {
    return figures.values().stream().mapToLong(v -> v.get(0)).sum();
  }
}
