package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Known answers of continuous tracking (Law 80/2025 Điều 25–27; NĐ 335/2025 — task results are the
 * converted products completed against those assigned per month or quarter, −25% per major error).
 */
class TrackingRulesTest {

  private static RuleSet rules(int weighted) {
    Map<String, RuleSet.Rule> r =
        Map.of(
            "task_max",
            rule("task_max", 70),
            "major_error_deduction_pct",
            rule("major_error_deduction_pct", 25),
            TrackingRules.WEIGHTED,
            rule(TrackingRules.WEIGHTED, weighted));
    return new RuleSet(
        "L80_ND335",
        RatingSystem.STATE,
        "Luật 80/2025",
        "Law 80/2025",
        2026,
        null,
        "NĐ 335/2025",
        "M",
        2026,
        r,
        Map.of());
  }

  private static RuleSet.Rule rule(String key, int value) {
    return new RuleSet.Rule(key, BigDecimal.valueOf(value), "Nghị định 335/2025/NĐ-CP", "—", "M");
  }

  private static TrackingRules.Input in(String assigned, String completed, int errors) {
    return new TrackingRules.Input(new BigDecimal(assigned), new BigDecimal(completed), errors);
  }

  static final List<TrackingRules.Input> YEAR =
      List.of(
          in("20", "20", 0), // 100%
          in("20", "18", 0), // 90%
          in("10", "10", 1), // 100% − 25% = 75%
          in("10", "12", 2)); // over-completion counts 100%, − 2 × 25% = 50%

  @Test
  @DisplayName(
      "NĐ 335/2025: a period's result = completed / assigned (≤ 100%), −25% per major error")
  void periodResults() {
    RuleSet r = rules(0);
    assertThat(TrackingRules.periodResult(r, YEAR.get(0))).isEqualByComparingTo("100");
    assertThat(TrackingRules.periodResult(r, YEAR.get(1))).isEqualByComparingTo("90");
    assertThat(TrackingRules.periodResult(r, YEAR.get(2))).isEqualByComparingTo("75");
    assertThat(TrackingRules.periodResult(r, YEAR.get(3))).isEqualByComparingTo("50");
    assertThat(TrackingRules.periodPoints(r, YEAR.get(2))).isEqualByComparingTo("52.5");
    assertThat(TrackingRules.periodResult(r, in("3", "2", 0))).isEqualByComparingTo("66.67");
    // four major errors take the whole period; more do not go below zero
    assertThat(TrackingRules.periodResult(r, in("10", "10", 4))).isEqualByComparingTo("0");
    assertThat(TrackingRules.periodResult(r, in("10", "10", 7))).isEqualByComparingTo("0");
  }

  @Test
  @DisplayName(
      "NĐ 335/2025 (aggregation [M], rule tracking_weighted_by_products = 0): the year's task points"
          + " = 70 × the mean of the periods")
  void annualMeanOfPeriods() {
    // (100 + 90 + 75 + 50) / 4 = 78.75% → 70 × 0.7875 = 55.125 → 55.13
    assertThat(TrackingRules.annualTaskPoints(rules(0), YEAR)).isEqualByComparingTo("55.13");
    assertThat(TrackingRules.annualTaskPoints(rules(0), List.of())).isNull();
    assertThat(TrackingRules.annualTaskPoints(rules(0), List.of(in("5", "5", 0))))
        .isEqualByComparingTo("70");
  }

  @Test
  @DisplayName(
      "NĐ 335/2025 (aggregation [M], rule tracking_weighted_by_products = 1): weighted by the"
          + " products assigned")
  void annualWeightedByProducts() {
    // (20×100 + 20×90 + 10×75 + 10×50) / 60 = 84.1667% → 70 × 0.841667 = 58.9167 → 58.92
    assertThat(TrackingRules.annualTaskPoints(rules(1), YEAR)).isEqualByComparingTo("58.92");
  }
}
