package vn.cbcs.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.platform.WorkItems;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The year's ratings as work items (issue 13, ADR 15 §6): in each commune the actor keeps (the
 * communes of the actor's scopes; {@code PROPOSE_RATINGS}), the people in post on the day without a
 * decided state rating for the current evaluation year — one item per commune with the count, due
 * on 15 December (NĐ 90/2020/NĐ-CP as amended by NĐ 48/2023: "trước ngày 15 tháng 12",
 * REGULATIONS.md §2.2; kept for Law 80/2025 until its decree says otherwise — the day is {@link
 * ConsequenceSettings}). Shown from {@code ratingsDueNoticeDays} before the day to the end of the
 * year. An actor without a scope (an administrator) keeps no commune here: fail closed.
 */
@Component
@Transactional(readOnly = true)
class RatingsDue implements WorkItems {

  static final String RULE_OLD = "Nghị định 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023): trước 15/12";
  static final String RULE_NEW =
      "Luật Cán bộ, công chức 80/2025/QH15, Điều 26; thời điểm: Nghị định 90/2020/NĐ-CP (trước"
          + " 15/12), cấu hình được";

  private final JdbcClient jdbc;
  private final Units units;
  private final EvaluationRules rules;
  private final ConsequenceSettings settings;

  RatingsDue(JdbcClient jdbc, Units units, EvaluationRules rules, ConsequenceSettings settings) {
    this.jdbc = jdbc;
    this.units = units;
    this.rules = rules;
    this.settings = settings;
  }

  /** The day the ratings of {@code year} are due. */
  LocalDate dueDay(int year) {
    return LocalDate.of(year, settings.ratingsDueMonth(), settings.ratingsDueDay());
  }

  @Override
  public List<WorkItem> dueFor(Actor actor, LocalDate asOf) {
    if (!actor.can(Capability.PROPOSE_RATINGS)) {
      return List.of();
    }
    int year = asOf.getYear();
    LocalDate due = dueDay(year);
    if (asOf.isBefore(due.minusDays(settings.ratingsDueNoticeDays()))) {
      return List.of();
    }
    String regime = rules.ruleSet(year, RatingSystem.STATE).map(RuleSet::regime).orElse(null);
    String rule = RatingConsequences.OLD_REGIME.equals(regime) ? RULE_OLD : RULE_NEW;
    List<WorkItem> items = new ArrayList<>();
    for (String scope : new LinkedHashSet<>(actor.access().scopes())) {
      Optional<Unit> inForce = units.find(scope, asOf);
      Optional<Unit> unit = inForce.isPresent() ? inForce : units.nearest(scope, asOf);
      if (unit.isEmpty()) {
        continue;
      }
      Map<String, Unit> communes = new LinkedHashMap<>();
      units.communesCovering(unit.get(), asOf).forEach(c -> communes.put(c.code(), c));
      if (communes.isEmpty()) {
        continue;
      }
      Map<String, Long> missing = missing(communes.keySet(), year, asOf);
      boolean oneCommune = communes.size() == 1 && communes.containsKey(unit.get().code());
      if (inForce.isPresent() && !oneCommune) {
        // a district or a province: one item for the scope, with the count and the communes
        long people = missing.values().stream().mapToLong(Long::longValue).sum();
        if (people > 0) {
          Unit u = inForce.get();
          items.add(
              item(
                  "evaluation.ratingsDueUnits",
                  List.of(
                      String.valueOf(year), String.valueOf(people), String.valueOf(missing.size())),
                  u,
                  due,
                  year,
                  rule));
        }
      } else {
        missing.forEach(
            (code, n) ->
                items.add(
                    item(
                        "evaluation.ratingsDue",
                        List.of(String.valueOf(year), String.valueOf(n)),
                        communes.get(code),
                        due,
                        year,
                        rule)));
      }
    }
    return items;
  }

  /** Per commune: the people in post on the day without a decided state rating for the year. */
  private Map<String, Long> missing(Set<String> communes, int year, LocalDate asOf) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT a.unit_code, count(DISTINCT a.person_id) FROM positions_assignments_on(:d) a"
                + " WHERE a.unit_code IN (:c) AND NOT EXISTS (SELECT 1 FROM evaluation e"
                + " WHERE e.person_id = a.person_id AND e.year = :y AND e.system = 'STATE'"
                + " AND e.status = 'DECIDED') GROUP BY a.unit_code ORDER BY a.unit_code")
        .param("d", asOf)
        .param("c", List.copyOf(communes))
        .param("y", year)
        .query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2)))
        .list();
    return counts;
  }

  private static WorkItem item(
      String kind, List<String> args, Unit u, LocalDate due, int year, String rule) {
    return new WorkItem(
        "evaluation",
        "evaluation.ratings",
        kind,
        args,
        u.fullName(),
        u.fullName(),
        due,
        "/evaluations?unit=" + u.code() + "&year=" + year,
        rule,
        WorkItem.Severity.WARNING);
  }
}
