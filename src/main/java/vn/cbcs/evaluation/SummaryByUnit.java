package vn.cbcs.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The statutory summary of a year's results by unit and level (issue 13, "Excel"): one row per
 * commune of the unit's ground with its evaluations, decisions and decided levels, per system, the
 * totals and the HTXSNV cap verdict of the whole. Counts only, no names. ADR 13: {@code
 * READ_RECORDS} or {@code READ_FIGURES}, then the unit (404), then the ground (403).
 */
@Service
@Transactional(readOnly = true)
public class SummaryByUnit {

  private final JdbcClient jdbc;
  private final EvaluationRules rules;
  private final Visibility visibility;
  private final Units units;

  SummaryByUnit(JdbcClient jdbc, EvaluationRules rules, Visibility visibility, Units units) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.visibility = visibility;
    this.units = units;
  }

  /** One row: a commune's counts (every level present). */
  public record Row(
      String code, String name, long evaluated, long decided, Map<Level, Long> levels) {}

  /** One system's table: rows, totals and the cap verdict over the totals (null without rules). */
  public record Table(
      RatingSystem system, String regime, List<Row> rows, Row total, Evaluations.Cap cap) {}

  /** The summary of a unit for a year. */
  public record Summary(Unit unit, int year, LocalDate on, List<Table> tables) {}

  public Summary of(String unitCode, int year, LocalDate on, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.READ_FIGURES);
    if (year < EvaluationRules.FIRST_YEAR || year > EvaluationRules.LAST_YEAR) {
      throw new vn.cbcs.platform.BadRequestException(
          "year",
          "evaluation.parameter.range",
          "year",
          String.valueOf(year),
          String.valueOf(EvaluationRules.FIRST_YEAR),
          String.valueOf(EvaluationRules.LAST_YEAR));
    }
    Unit unit =
        units
            .nearest(unitCode, on)
            .orElseThrow(() -> new NotFoundException("evaluation.unit.notFound", unitCode));
    visibility.requireUnit(actor, unit, on);
    List<Unit> communes = units.communesCovering(unit, on);
    List<String> codes = communes.stream().map(Unit::code).toList();
    List<Table> tables = new ArrayList<>();
    for (RatingSystem system : RatingSystem.values()) {
      Map<String, long[]> counts = new HashMap<>();
      if (!codes.isEmpty()) {
        jdbc.sql(
                "SELECT unit_code, count(*), count(*) FILTER (WHERE status = 'DECIDED'),"
                    + " count(*) FILTER (WHERE decided_level = 'HTXSNV'),"
                    + " count(*) FILTER (WHERE decided_level = 'HTTNV'),"
                    + " count(*) FILTER (WHERE decided_level = 'HTNV'),"
                    + " count(*) FILTER (WHERE decided_level = 'KHTNV'),"
                    + " count(*) FILTER (WHERE decided_level = 'NOT_RATED')"
                    + " FROM evaluation WHERE unit_code IN (:c) AND year = :y AND system = :s"
                    + " GROUP BY unit_code")
            .param("c", codes)
            .param("y", year)
            .param("s", system.name())
            .query(
                (rs, i) -> {
                  long[] c = new long[7];
                  for (int k = 0; k < 7; k++) {
                    c[k] = rs.getLong(k + 2);
                  }
                  return counts.put(rs.getString(1), c);
                })
            .list();
      }
      List<Row> rows = new ArrayList<>();
      long[] sum = new long[7];
      for (Unit c : communes) {
        long[] v = counts.getOrDefault(c.code(), new long[7]);
        for (int k = 0; k < 7; k++) {
          sum[k] += v[k];
        }
        rows.add(row(c.code(), c.fullName(), v));
      }
      Row total = row(unit.code(), unit.fullName(), sum);
      Optional<RuleSet> rs = rules.ruleSet(year, system);
      Evaluations.Cap cap =
          rs.map(
                  r ->
                      Evaluations.cap(
                          r,
                          total.levels().get(Level.HTXSNV),
                          total.levels().get(Level.HTTNV),
                          false))
              .orElse(null);
      tables.add(new Table(system, rs.map(RuleSet::regime).orElse(null), rows, total, cap));
    }
    return new Summary(unit, year, on, tables);
  }

  private static Row row(String code, String name, long[] v) {
    Map<Level, Long> levels = new EnumMap<>(Level.class);
    levels.put(Level.HTXSNV, v[2]);
    levels.put(Level.HTTNV, v[3]);
    levels.put(Level.HTNV, v[4]);
    levels.put(Level.KHTNV, v[5]);
    levels.put(Level.NOT_RATED, v[6]);
    return new Row(code, name, v[0], v[1], levels);
  }
}
