package vn.cbcs.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import vn.cbcs.people.Sex;
import vn.cbcs.standards.RetirementAge;

/**
 * The age rule of planning (QĐ 377-QĐ/TW Điều 25 khoản 2; HD 45-HD/BTCTW mục II.5.2): the actual
 * retirement date under NĐ 135/2020 (the one {@code GET /api/rules/retirement} gives, {@link
 * RetirementAge}) minus the reference date must leave at least 60 months for đối tượng 1 and 120
 * for đối tượng 2 (rows {@code age_months_target_1/2}). Women entitled to retire at a higher age
 * (at most 60: NĐ 83/2022, NĐ 99/2024) are computed with 60 (row {@code women_planning_age_years}):
 * the retirement date is then the last day of the month they turn 60 (NĐ 135/2020 Art. 7).
 *
 * <p>The months left are counted in calendar months, from the month of the reference date to the
 * month of retirement (the reference dates are months: "tháng 7/2030"; HD 45 mục II.5.3) [M].
 */
public final class PlanningAge {

  /** The verdict with the numbers and the rule that gave it. */
  public record Verdict(
      LocalDate retirementDate,
      long monthsLeft,
      int requiredMonths,
      boolean eligible,
      boolean computedAt60,
      String regime,
      String legalSource,
      String article) {}

  private PlanningAge() {}

  public static Verdict of(
      LocalDate birthDate,
      Sex sex,
      int target,
      LocalDate referenceDate,
      boolean womanAt60,
      int earlyYears,
      PlanningRuleSet rules) {
    if (target != 1 && target != 2) {
      throw new IllegalArgumentException("target is 1 or 2");
    }
    boolean at60 = womanAt60 && sex == Sex.FEMALE;
    LocalDate retirement;
    if (at60) {
      int years = rules.intValue("women_planning_age_years");
      retirement = YearMonth.from(birthDate.plusYears(years)).atEndOfMonth();
    } else {
      retirement = RetirementAge.of(birthDate, sex, earlyYears).retirementDate();
    }
    PlanningRuleSet.Rule rule = rules.rule("age_months_target_" + target);
    int required = rule.value().intValue();
    long left =
        ChronoUnit.MONTHS.between(YearMonth.from(referenceDate), YearMonth.from(retirement));
    return new Verdict(
        retirement,
        left,
        required,
        left >= required,
        at60,
        rules.regime(),
        rule.legalSource(),
        rule.article());
  }
}
