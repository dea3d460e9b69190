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
      Set.of("person", "assignment", "qualification", "evaluation", "unit", "qualification_level");

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
    return vn.cbcs.indicators.CustomIndicators.custom(code, null, null, false, criterion);
  }

  private static final Indicator PRO =
      custom(
          "K_PRO_SO_CAP",
          new Criterion(
              Criterion.Kind.QUALIFICATION, Track.PROFESSIONAL, "SO_CAP", null, null, null, null));
  private static final Indicator HTTNV =
      custom(
          "K_HTTNV", new Criterion(Criterion.Kind.RATING, null, null, null, null, null, "HTTNV"));
  private static final Indicator YOUNG =
      custom("K_UNDER_35", new Criterion(Criterion.Kind.AGE, null, null, null, null, 35, null));

  @Test
  void keptCountsReadOnlyTheTablesWhoseWritesAreWatched() {
    List<Indicator> keepable =
        new ArrayList<>(
            indicators.all(TestActors.SYSTEM).stream().filter(KeptFigures::keepable).toList());
    keepable.add(YOUNG);
    keepable.add(HTTNV);
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
    assertThat(relations).contains("person", "assignment", "qualification", "evaluation", "unit");
    assertThat(relations).allMatch(READ::contains, "read by a kept count and watched");
    for (String table : List.of("assignment", "qualification", "evaluation", "person")) {
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

      rating(country);

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

  /** A decided state rating of the year changed: its person's communes are counted again. */
  private void rating(IndicatorScope country) {
    Map<String, List<Long>> before = figures(country, HTTNV);
    // someone in post in a commune on the date, rated HTTNV for its year (the demo province)
    Map<String, Object> rated =
        jdbc.sql(
                "SELECT e.id, e.person_id FROM evaluation e JOIN positions_assignments_on(:d) a"
                    + " ON a.person_id = e.person_id"
                    + " JOIN units_in_force_on(:d) u ON u.code = a.unit_code AND u.level = 'COMMUNE'"
                    + " WHERE e.year = :y AND e.system = 'STATE' AND e.status = 'DECIDED'"
                    + " AND e.decided_level = 'HTTNV' ORDER BY e.id LIMIT 1")
            .param("d", ON)
            .param("y", ON.getYear())
            .query()
            .singleRow();
    long id = ((Number) rated.get("id")).longValue();
    jdbc.sql("UPDATE evaluation SET decided_level = 'HTXSNV' WHERE id = :e")
        .param("e", id)
        .update();
    try {
      long r = kept.recounted();
      Map<String, List<Long>> after = figures(country, HTTNV);
      assertThat(kept.recounted() - r)
          .isEqualTo(postCommunes(((Number) rated.get("person_id")).longValue(), country));
      assertThat(after).isNotEqualTo(before).isEqualTo(uncounted(country, HTTNV));
    } finally {
      jdbc.sql("UPDATE evaluation SET decided_level = 'HTTNV' WHERE id = :e")
          .param("e", id)
          .update();
    }
    assertThat(figures(country, HTTNV)).isEqualTo(before);
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
  void aTransactionWritingACommuneManyTimesBumpsItOnceAndIsCounted() {
    IndicatorScope country = indicators.scope("", ON, null, TestActors.SYSTEM);
    Map<String, List<Long>> before = figures(country, PRO);
    String commune = before.keySet().iterator().next();
    long someone =
        jdbc.sql(
                "SELECT a.person_id FROM positions_assignments_on(:d) a WHERE a.unit_code = :c"
                    + " ORDER BY a.person_id LIMIT 1")
            .param("d", ON)
            .param("c", commune)
            .query(Long.class)
            .single();
    long g = communeGeneration(commune);
    long[] created = new long[2];
    tx.executeWithoutResult(
        s -> {
          // an import's order: the record, its qualification (no post yet), the decision, the post
          created[0] =
              jdbc.sql(
                      "INSERT INTO person (personal_id, full_name, sex, birth_date, ethnicity_code,"
                          + " synthetic, created_by, updated_by) VALUES ('099990000001',"
                          + " 'Kiểm Thử Giữ', 'FEMALE', DATE '1990-01-01', '01', true, 'test',"
                          + " 'test') RETURNING id")
                  .query(Long.class)
                  .single();
          jdbc.sql(
                  "INSERT INTO qualification (person_id, track, level, awarded_on, recorded_by)"
                      + " VALUES (:p, 'PROFESSIONAL', 'DAI_HOC', DATE '2012-06-30', 'test')")
              .param("p", created[0])
              .update();
          created[1] =
              jdbc.sql(
                      "INSERT INTO decision (number, decided_on, issuer, kind, recorded_by)"
                          + " VALUES ('1/QĐ-TEST', DATE '2020-01-01', 'test', 'APPOINTMENT',"
                          + " 'test') RETURNING id")
                  .query(Long.class)
                  .single();
          jdbc.sql(
                  "INSERT INTO assignment (person_id, unit_code, position_code, concurrent,"
                      + " valid_from, start_decision_id, recorded_by) SELECT :p, :c,"
                      + " position_code, false, DATE '2020-01-01', :dec, 'test'"
                      + " FROM assignment WHERE person_id = :o LIMIT 1")
              .param("p", created[0])
              .param("c", commune)
              .param("dec", created[1])
              .param("o", someone)
              .update();
          // and someone already in post there, twice
          for (String level : List.of("CAO_DANG", "DAI_HOC")) {
            jdbc.sql(
                    "INSERT INTO qualification (person_id, track, level, awarded_on, recorded_by)"
                        + " VALUES (:p, 'PROFESSIONAL', :l, DATE '2010-06-30', 'test')")
                .param("p", someone)
                .param("l", level)
                .update();
          }
        });
    try {
      assertThat(communeGeneration(commune)).as("bumped once").isEqualTo(g + 1);
      Map<String, List<Long>> after = figures(country, PRO);
      assertThat(after.get(commune).get(1)).isEqualTo(before.get(commune).get(1) + 1);
      assertThat(after).isEqualTo(uncounted(country, PRO));
    } finally {
      jdbc.sql("DELETE FROM person WHERE id = :p").param("p", created[0]).update();
      jdbc.sql("DELETE FROM decision WHERE id = :d").param("d", created[1]).update();
      jdbc.sql(
              "DELETE FROM qualification WHERE person_id = :p AND recorded_by = 'test'"
                  + " AND awarded_on = DATE '2010-06-30'")
          .param("p", someone)
          .update();
    }
    assertThat(figures(country, PRO)).isEqualTo(before);
  }

  private long communeGeneration(String commune) {
    return jdbc.sql(
            "SELECT coalesce(sum(gen), 0) FROM indicator_commune_generation WHERE commune_code = :c")
        .param("c", commune)
        .query(Long.class)
        .single();
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
    // another transaction's write brings the generation where the rolled-back one had it
    jdbc.sql("UPDATE unit_attribute SET id = id WHERE false").update();
    assertThat(indicators.inputsGeneration()).isEqualTo(g + 1);
    assertThat(trend()).as("nothing kept from the rolled-back write").isEqualTo(trend);
    // a write that changes no figure brings the person's communes where the rolled-back one had
    // them
    jdbc.sql("UPDATE person SET birth_date = birth_date WHERE id = :p").param("p", person).update();
    assertThat(figures(country, PRO))
        .as("nothing kept from the rolled-back write")
        .isEqualTo(before);
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
