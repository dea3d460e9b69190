package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.NotFoundException;

/**
 * The planning rules as data (tables {@code planning_regime}, {@code planning_rule}) and the pure
 * age rule of {@code GET /api/rules/planning-age} (ADR 15 §9).
 */
@Service
public class PlanningRules {

  private final JdbcClient jdbc;

  PlanningRules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rule set of the regime in force on {@code on}. */
  @Transactional(readOnly = true)
  public PlanningRuleSet on(LocalDate on) {
    var regime =
        jdbc.sql(
                "SELECT code, name FROM planning_regime WHERE (valid_from IS NULL OR valid_from <= :d)"
                    + " AND (valid_to IS NULL OR valid_to >= :d)")
            .param("d", on)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .optional()
            .orElseThrow(() -> new NotFoundException("planning.regime.none", on));
    Map<String, PlanningRuleSet.Rule> rules = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT rule_key, value, legal_source, article FROM planning_rule WHERE regime_code = ?"
                + " ORDER BY rule_key")
        .param(regime[0])
        .query(
            (rs, n) ->
                new PlanningRuleSet.Rule(
                    rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getString(4)))
        .list()
        .forEach(r -> rules.put(r.key(), r));
    return new PlanningRuleSet(regime[0], regime[1], rules);
  }

  /** The age rule for a person, on the rules in force on the reference date. */
  public PlanningAge.Verdict age(
      LocalDate birthDate,
      Sex sex,
      int target,
      LocalDate referenceDate,
      boolean womanAt60,
      int earlyYears) {
    return PlanningAge.of(
        birthDate, sex, target, referenceDate, womanAt60, earlyYears, on(referenceDate));
  }
}
