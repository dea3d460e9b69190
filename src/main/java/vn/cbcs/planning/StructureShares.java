package vn.cbcs.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.planning.CheckVerdict.Outcome;

/**
 * The structure of a plan's candidates (QĐ 377-QĐ/TW Điều 26; HD 45-HD/BTCTW mục II.6.3;
 * REGULATIONS.md §3): the shares of young (under {@code young_age_under} on the day), women and
 * ethnic-minority people (not Kinh, code 01 of QĐ 121-TCTK/PPCĐ) among the people planned on the
 * day, each person once, against the targets of {@code planning_rule} ({@code young_share_min},
 * {@code women_share_min}, {@code ethnic_share_min} — at commune level set by the provincial
 * standing committee, so configuration [L]). Below a target is a warning, never a refusal; a share
 * without a target row is shown as such.
 */
@Component
class StructureShares {

  static final String KINH = "01";

  private final PlanningFacts facts;
  private final PlanningRules rules;
  private final JdbcClient jdbc;

  StructureShares(PlanningFacts facts, PlanningRules rules, JdbcClient jdbc) {
    this.facts = facts;
    this.rules = rules;
    this.jdbc = jdbc;
  }

  List<CheckVerdict> of(Plan plan, LocalDate on) {
    Set<Long> people = new LinkedHashSet<>();
    for (Candidate c : plan.candidates()) {
      if (c.activeOn(on)) {
        people.add(c.personId());
      }
    }
    List<CheckVerdict> out = new ArrayList<>();
    if (people.isEmpty()) {
      return out;
    }
    PlanningRuleSet set = rules.on(on);
    int under = set.intValue("young_age_under");
    int young = 0;
    int women = 0;
    int minority = 0;
    for (long id : people) {
      var p = facts.person(id).orElseThrow();
      if (p.birthDate() != null && Period.between(p.birthDate(), on).getYears() < under) {
        young++;
      }
      if (p.sex() == vn.cbcs.people.Sex.FEMALE) {
        women++;
      }
      String ethnicity =
          jdbc.sql("SELECT ethnicity_code FROM planning_person_facts WHERE person_id = ?")
              .param(id)
              .query(String.class)
              .optional()
              .orElse(null);
      if (ethnicity != null && !KINH.equals(ethnicity.trim())) {
        minority++;
      }
    }
    int n = people.size();
    out.add(share(set, "STRUCTURE_YOUNG", "young", "young_share_min", young, n, under));
    out.add(share(set, "STRUCTURE_WOMEN", "women", "women_share_min", women, n, null));
    out.add(share(set, "STRUCTURE_ETHNIC", "ethnic", "ethnic_share_min", minority, n, null));
    return out;
  }

  private static CheckVerdict share(
      PlanningRuleSet set, String rule, String what, String key, int count, int n, Integer under) {
    String percent = percent(count, n);
    PlanningRuleSet.Rule target = set.rules().get(key);
    String prefix = "planning.check.structure." + what;
    if (target == null) {
      return CheckVerdict.of(
          rule,
          Outcome.PASS,
          prefix + ".none",
          "HD 45-HD/BTCTW mục II.6.3",
          count,
          n,
          percent,
          under == null ? "" : under);
    }
    boolean met =
        BigDecimal.valueOf(count * 100L)
                .divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP)
                .compareTo(target.value())
            >= 0;
    return CheckVerdict.of(
        rule,
        met ? Outcome.PASS : Outcome.WARN,
        met ? prefix + ".pass" : prefix + ".warn",
        target.article(),
        count,
        n,
        percent,
        target.value().stripTrailingZeros().toPlainString(),
        under == null ? "" : under);
  }

  /** "33,3" */
  static String percent(int count, int n) {
    return BigDecimal.valueOf(count * 100L)
        .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP)
        .toPlainString()
        .replace('.', ',');
  }
}
