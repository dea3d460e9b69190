package vn.cbcs.indicators.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.cbcs.indicators.Criterion;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.Subject;
import vn.cbcs.positions.Position;
import vn.cbcs.qualifications.Track;

/**
 * Counts indicators in one set-based query, per commune, without reading any member (issue 18): the
 * same population as {@link FactsLoader} (everyone holding a commune post on the date, once, in the
 * commune of the main post) and the same conditions as {@link Evaluator#holds}, written in SQL.
 * Only indicators about people whose every condition can be written so are counted here ({@link
 * #countable}); "meets the standard" asks the standards module's engine in Java, and the communes'
 * staffing its report, so those are counted from their members. {@code IndicatorsCountedInSqlTest}
 * checks that both ways give the same numbers, commune by commune, for every built-in indicator.
 */
@Component
public class SqlCounts {

  private static final Set<Criterion.Kind> IN_SQL =
      EnumSet.of(
          Criterion.Kind.QUALIFICATION,
          Criterion.Kind.AGE,
          Criterion.Kind.SEX,
          Criterion.Kind.ETHNIC_MINORITY,
          Criterion.Kind.PARTY_MEMBER,
          Criterion.Kind.RATING,
          Criterion.Kind.POST_AT_RISK,
          Criterion.Kind.PLACED_IN_JOB_POSITION);

  private final JdbcClient jdbc;
  private final Evaluator evaluator;
  private final MonthDay due;
  private final String nationalWorkMem;

  SqlCounts(
      JdbcClient jdbc,
      Evaluator evaluator,
      @Value("${cbcs.evaluation.consequences.ratings-due-month:12}") int dueMonth,
      @Value("${cbcs.evaluation.consequences.ratings-due-day:15}") int dueDay,
      @Value("${cbcs.indicators.national-work-mem:32MB}") String nationalWorkMem) {
    this.jdbc = jdbc;
    this.evaluator = evaluator;
    this.due = MonthDay.of(dueMonth, dueDay);
    if (!nationalWorkMem.isEmpty() && !nationalWorkMem.matches("[1-9][0-9]*(kB|MB|GB)")) {
      throw new IllegalArgumentException(
          "cbcs.indicators.national-work-mem must be empty or like 32MB (kB, MB or GB), not "
              + nationalWorkMem);
    }
    this.nationalWorkMem = nationalWorkMem;
  }

  /** Whether the indicator can be counted here (people, every condition written in SQL). */
  public static boolean countable(Indicator indicator) {
    return indicator.subject() == Subject.PEOPLE
        && indicator.criteria().stream().allMatch(c -> IN_SQL.contains(c.kind()));
  }

  /**
   * Indicator code → commune code → {numerator, denominator}, for countable indicators, in the
   * given communes ({@code null}: the whole country) on {@code asOf}. Communes without anyone in
   * the indicator's population are absent.
   */
  public Map<String, Map<String, long[]>> count(
      List<Indicator> indicators, Collection<String> communeCodes, LocalDate asOf) {
    Map<String, Map<String, long[]>> out = new LinkedHashMap<>();
    indicators.forEach(i -> out.put(i.code(), new HashMap<>()));
    if (indicators.isEmpty() || (communeCodes != null && communeCodes.isEmpty())) {
      return out;
    }
    Statement statement = statement(indicators, communeCodes, asOf);
    if (communeCodes == null
        && !nationalWorkMem.isEmpty()
        && TransactionSynchronizationManager.isActualTransactionActive()) {
      // The whole country's statement groups some 200,000 holders and their qualifications by
      // hash: at PostgreSQL's default work_mem (4 MB) the groups spill to disk (a quarter of its
      // time at national scale). More for this statement only, to the end of this transaction.
      jdbc.sql("SELECT set_config('work_mem', :mem, true)")
          .param("mem", nationalWorkMem)
          .query(String.class)
          .single();
    }
    var spec = jdbc.sql(statement.sql());
    for (Map.Entry<String, Object> p : statement.params().entrySet()) {
      spec = spec.param(p.getKey(), p.getValue());
    }
    spec.query(
        rs -> {
          String commune = rs.getString(1);
          for (int k = 0; k < indicators.size(); k++) {
            long n = rs.getLong(2 + 2 * k);
            long d = rs.getLong(3 + 2 * k);
            if (d > 0) {
              out.get(indicators.get(k).code()).put(commune, new long[] {n, d});
            }
          }
        });
    return out;
  }

  /** The counting statement and its named parameters. */
  record Statement(String sql, Map<String, Object> params) {}

  /** The statement {@link #count} runs (its plan's relations are checked by a test). */
  Statement statement(List<Indicator> indicators, Collection<String> communeCodes, LocalDate asOf) {
    Query q = new Query(asOf, communeCodes);
    List<String> columns = new ArrayList<>();
    for (Indicator i : indicators) {
      if (!countable(i)) {
        throw new IllegalArgumentException("not countable in SQL: " + i.code());
      }
      String population = q.population(i);
      String condition = q.conditions(i);
      columns.add("count(*) FILTER (WHERE " + population + " AND " + condition + ")");
      columns.add("count(*) FILTER (WHERE " + population + ")");
    }
    return new Statement(q.sql(columns), q.params);
  }

  /** One query being written: its parameters and the facts its conditions need. */
  private final class Query {
    final LocalDate asOf;
    final Collection<String> communes;
    final Map<String, Object> params = new LinkedHashMap<>();
    final Set<Track> tracks = EnumSet.noneOf(Track.class);
    boolean ratings;
    boolean placed;
    boolean atRisk;
    Map<String, Position> posts;

    Query(LocalDate asOf, Collection<String> communes) {
      this.asOf = asOf;
      this.communes = communes;
      params.put("d", asOf);
    }

    String param(Object value) {
      String name = "p" + params.size();
      params.put(name, value);
      return ":" + name;
    }

    /** The population's posts as a condition on {@code position_code} (Evaluator.inPopulation). */
    String population(Indicator i) {
      if (Evaluator.inPopulation(i, null)) {
        return "true";
      }
      if (posts == null) {
        posts = evaluator.posts(asOf);
      }
      List<String> codes =
          posts.entrySet().stream()
              .filter(e -> Evaluator.inPopulation(i, e.getValue()))
              .map(Map.Entry::getKey)
              .sorted()
              .toList();
      return codes.isEmpty() ? "false" : "position_code IN (" + param(codes) + ")";
    }

    String conditions(Indicator i) {
      List<String> all = new ArrayList<>();
      for (Criterion c : i.criteria()) {
        all.add("(" + condition(c) + ")");
      }
      return all.isEmpty() ? "true" : String.join(" AND ", all);
    }

    /** The SQL twin of {@link Evaluator#holds}: keep the two in step. */
    private String condition(Criterion c) {
      return switch (c.kind()) {
        case QUALIFICATION -> {
          tracks.add(c.track());
          String rank = "coalesce(" + Ranks.column(c.track()) + ", -1)";
          List<String> parts = new ArrayList<>();
          if (c.min() != null) {
            parts.add(rank + " >= " + evaluator.rank(c.track(), c.min()));
          }
          if (c.max() != null) {
            parts.add(rank + " <= " + evaluator.rank(c.track(), c.max()));
          }
          yield parts.isEmpty() ? "true" : String.join(" AND ", parts);
        }
        case AGE -> {
          // completed years, as java.time.Period.between(birth, asOf).getYears()
          String age = "extract(year FROM age(:d, birth_date))";
          List<String> parts = new ArrayList<>();
          parts.add("birth_date IS NOT NULL");
          if (c.from() != null) {
            parts.add(age + " >= " + c.from().intValue());
          }
          if (c.to() != null) {
            parts.add(age + " < " + c.to().intValue());
          }
          yield String.join(" AND ", parts);
        }
        case SEX -> c.value() == null ? "false" : "sex = " + param(c.value());
        case ETHNIC_MINORITY ->
            "ethnicity_code IS NOT NULL AND ethnicity_code <> '" + Evaluator.KINH + "'";
        case PARTY_MEMBER -> "party_join_date IS NOT NULL AND party_join_date <= :d";
        case RATING -> rating(c.value());
        case POST_AT_RISK -> {
          atRisk = true;
          yield "at_risk";
        }
        case PLACED_IN_JOB_POSITION -> {
          placed = true;
          yield "placed";
        }
        case MEETS_STANDARD, STAFFED_TO_QUOTA, WITHIN_ALLOCATION ->
            throw new IllegalArgumentException(c.kind() + " is not counted in SQL");
      };
    }

    /** The SQL twin of {@link RatingFacts#holds}. */
    private String rating(String wanted) {
      if (wanted == null) {
        return "false";
      }
      ratings = true;
      if (wanted.equals("ON_TIME")) {
        return "state_decided_on IS NOT NULL AND state_level IS NOT NULL AND state_decided_on < "
            + param(due.atYear(asOf.getYear()));
      }
      boolean party = wanted.startsWith("PARTY_");
      String level = party ? "party_level" : "state_level";
      String w = party ? wanted.substring("PARTY_".length()) : wanted;
      return "DECIDED".equals(w)
          ? level + " IS NOT NULL"
          : level + " IS NOT NULL AND " + level + " = " + param(w);
    }

    String sql(List<String> counts) {
      StringBuilder s = new StringBuilder();
      s.append(Holders.cte(communes == null ? null : param(new ArrayList<>(communes)))).append(",");
      String ranks = "";
      if (!tracks.isEmpty()) {
        Ranks held = Ranks.of(tracks);
        ranks = held.join(communes == null);
        if (communes == null) {
          s.append(held.cte()).append(",");
        }
      }
      s.append(" facts AS (SELECT posts.unit_code, posts.position_code, f.sex, f.birth_date,");
      s.append(" f.ethnicity_code, f.party_join_date");
      for (Track t : tracks) {
        s.append(", ranks.").append(Ranks.column(t));
      }
      if (ratings) {
        s.append(", rt.state_level, rt.state_decided_on, rt.party_level, rt.party_decided_on");
      }
      if (placed) {
        s.append(
            ", EXISTS (SELECT 1 FROM recruitment_placed_on(:d) pl"
                + " WHERE pl.person_id = posts.person_id) AS placed");
      }
      if (atRisk) {
        String units =
            communes == null
                ? "NULL::varchar[]"
                : "string_to_array(" + param(String.join(",", communes)) + ", ',')::varchar[]";
        s.append(", posts.person_id IN (SELECT ar.person_id FROM planning_posts_at_risk_on(:d,")
            .append(" NULL, ")
            .append(units)
            .append(") ar) AS at_risk");
      }
      s.append(" FROM posts JOIN indicators_person_facts f ON f.person_id = posts.person_id");
      s.append(ranks);
      if (ratings) {
        s.append(" LEFT JOIN evaluation_ratings_on(")
            .append(param(asOf.getYear()))
            .append(") rt ON rt.person_id = posts.person_id");
      }
      s.append(") SELECT unit_code, ")
          .append(String.join(", ", counts))
          .append(" FROM facts GROUP BY unit_code");
      return s.toString();
    }
  }
}
