package vn.cbcs.indicators.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.indicators.Criterion;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.platform.GenerationalCache;

/**
 * Figures of indicators kept per commune and date (ADR 24, migration V126), so that a scope — the
 * whole country above all — recounts in SQL only the communes written since their figures were
 * counted. Only indicators whose conditions read a person's own records are kept ({@link
 * #keepable}): their counts read person, assignment, qualification and evaluation, which belong to
 * communes through posts, and the map and two catalogues, which key everything. A commune's figure
 * is served while neither its commune's generation nor the map's has changed since it was counted;
 * both are read before the records, so a figure is never older than the generations it is kept
 * under. Figures are the same for everyone: the caller checks the actor's scope first.
 */
@Component
public class KeptFigures {

  private static final long WROTE = InputGeneration.WROTE;

  private static final Set<Criterion.Kind> OWN_RECORDS =
      EnumSet.of(
          Criterion.Kind.QUALIFICATION,
          Criterion.Kind.AGE,
          Criterion.Kind.SEX,
          Criterion.Kind.ETHNIC_MINORITY,
          Criterion.Kind.PARTY_MEMBER,
          Criterion.Kind.RATING);

  /** One commune's figure of one indicator (code and version) on one date. */
  private record Key(String indicator, int version, LocalDate asOf, String commune) {}

  private final JdbcClient jdbc;
  private final SqlCounts sql;

  /**
   * {numerator, denominator, the commune's generation when counted}, under the map's generation.
   */
  private final GenerationalCache<Key, long[]> figures;

  private final AtomicLong recounted = new AtomicLong();

  KeptFigures(
      JdbcClient jdbc,
      SqlCounts sql,
      @Value("${cbcs.indicators.kept.enabled:true}") boolean enabled,
      @Value("${cbcs.indicators.kept.max-entries:500000}") int maxEntries) {
    this.jdbc = jdbc;
    this.sql = sql;
    this.figures = new GenerationalCache<>(enabled, maxEntries);
  }

  /**
   * Whether the indicator's figures are kept per commune: people, conditions on their own records
   * (qualifications, age, sex, ethnic group, Party membership, ratings).
   */
  public static boolean keepable(Indicator indicator) {
    return SqlCounts.countable(indicator)
        && indicator.criteria().stream().allMatch(c -> OWN_RECORDS.contains(c.kind()));
  }

  /** How many communes' figures were counted in SQL since start (benchmarks, tests). */
  public long recounted() {
    return recounted.get();
  }

  /**
   * The same as {@link SqlCounts#count} for keepable indicators over the given communes ({@code
   * national}: every commune in force, {@code communes} listing them): indicator code → commune →
   * {numerator, denominator}, communes without anyone in the population absent.
   */
  public Map<String, Map<String, long[]>> count(
      List<Indicator> indicators, List<String> communes, boolean national, LocalDate asOf) {
    long map = mapGeneration();
    if (map == WROTE) {
      return counted(sql.count(indicators, national ? null : communes, asOf), communes.size());
    }
    Map<String, Long> generations = communeGenerations(national ? null : communes);
    Map<String, Map<String, long[]>> out = new LinkedHashMap<>();
    Set<String> missing = new LinkedHashSet<>();
    for (Indicator i : indicators) {
      Map<String, long[]> byCommune = new HashMap<>();
      for (String c : communes) {
        long[] v = figures.get(map, key(i, asOf, c));
        if (v == null || v[2] != generations.getOrDefault(c, 0L)) {
          missing.add(c);
        } else if (v[1] > 0) {
          byCommune.put(c, new long[] {v[0], v[1]});
        }
      }
      out.put(i.code(), byCommune);
    }
    if (missing.isEmpty()) {
      return out;
    }
    boolean whole = national && missing.size() * 4 > communes.size();
    Collection<String> recount = whole ? communes : missing;
    Map<String, Map<String, long[]>> fresh =
        counted(sql.count(indicators, whole ? null : List.copyOf(missing), asOf), recount.size());
    for (Indicator i : indicators) {
      Map<String, long[]> byCommune = out.get(i.code());
      Map<String, long[]> counts = fresh.get(i.code());
      for (String c : recount) {
        long[] v = counts.getOrDefault(c, new long[2]);
        byCommune.remove(c);
        if (v[1] > 0) {
          byCommune.put(c, v);
        }
        // a figure another request kept meanwhile is replaced: whichever of the two is older no
        // longer matches its commune's generation, and is counted again when asked
        figures.put(map, key(i, asOf, c), new long[] {v[0], v[1], generations.getOrDefault(c, 0L)});
      }
    }
    return out;
  }

  private Map<String, Map<String, long[]>> counted(
      Map<String, Map<String, long[]>> counts, int communes) {
    recounted.addAndGet(communes);
    return counts;
  }

  private static Key key(Indicator i, LocalDate asOf, String commune) {
    return new Key(i.code(), i.version(), asOf, commune);
  }

  /**
   * The map's generation, or {@link #WROTE} when this transaction has written inputs of indicators
   * (V101's mark): what it counts may be rolled back, so it neither keeps nor is served kept
   * figures.
   */
  private long mapGeneration() {
    return jdbc.sql(
            "SELECT CASE WHEN current_setting('cbcs.indicator_inputs_changed', true) = 'y'"
                + " THEN :wrote ELSE coalesce(sum(gen), 0) END FROM indicator_map_generation")
        .param("wrote", WROTE)
        .query(Long.class)
        .single();
  }

  /** Commune → generation (absent: never written since V126, generation 0). */
  private Map<String, Long> communeGenerations(List<String> communes) {
    Map<String, Long> out = new HashMap<>();
    var spec =
        communes == null
            ? jdbc.sql(
                "SELECT commune_code, sum(gen) FROM indicator_commune_generation GROUP BY commune_code")
            : jdbc.sql(
                    "SELECT commune_code, sum(gen) FROM indicator_commune_generation"
                        + " WHERE commune_code = ANY(:codes) GROUP BY commune_code")
                .param("codes", communes.toArray(String[]::new));
    spec.query(
        (org.springframework.jdbc.core.RowCallbackHandler)
            rs -> out.put(rs.getString(1), rs.getLong(2)));
    return out;
  }
}
