package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Continuous tracking (theo dõi thường xuyên, Law 80/2025 Art. 25–27; NĐ 335/2025, known from press
 * summaries [M], REGULATIONS.md §2.4 and §12): task results are the converted products completed
 * against those assigned, per month or quarter, and the year's task points add them up.
 *
 * <ul>
 *   <li><b>A period's result</b> (percent, 0–100) = min(completed / assigned, 1) × 100, less {@code
 *       major_error_deduction_pct} (25%) of it for each major error of the period, down to 0 — the
 *       deduction applies to the period's task result, not to the year's.
 *   <li><b>The year's task points</b> = {@code task_max} (70) × the periods' results combined /
 *       100: their mean ({@code tracking_weighted_by_products} = 0, each period weighs the same) or
 *       their mean weighted by the products assigned (= 1). The summaries do not say which; the
 *       rule row is configuration with its source. Only recorded periods count (a person who joined
 *       in the year is scored on the periods tracked).
 * </ul>
 *
 * Rounded half up to 2 decimals, as points are kept.
 */
public final class TrackingRules {

  /**
   * The rule (evaluation_rule) that says how periods combine; a regime without it has no tracking.
   */
  public static final String WEIGHTED = "tracking_weighted_by_products";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TrackingRules() {}

  /** Whether the regime tracks task results per period. */
  public static boolean tracks(RuleSet rules) {
    return rules.rule(WEIGHTED).isPresent();
  }

  /** One period as recorded: products assigned, completed, major errors. */
  public record Input(BigDecimal assigned, BigDecimal completed, int majorErrors) {}

  /** A period's result in percent (0–100). */
  public static BigDecimal periodResult(RuleSet rules, Input in) {
    BigDecimal ratio =
        in.completed()
            .min(in.assigned())
            .multiply(HUNDRED)
            .divide(in.assigned(), 6, RoundingMode.HALF_UP);
    BigDecimal pct = rules.required(EvaluationRules.MAJOR_ERROR_DEDUCTION).value();
    BigDecimal keep =
        HUNDRED.subtract(pct.multiply(BigDecimal.valueOf(in.majorErrors()))).max(BigDecimal.ZERO);
    return ratio.multiply(keep).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  /** The task points of one period alone (task_max × result / 100). */
  public static BigDecimal periodPoints(RuleSet rules, Input in) {
    return rules
        .required("task_max")
        .value()
        .multiply(periodResult(rules, in))
        .divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  /** The year's task points from its periods; null when none is recorded. */
  public static BigDecimal annualTaskPoints(RuleSet rules, List<Input> periods) {
    if (periods.isEmpty()) {
      return null;
    }
    boolean weighted = rules.required(WEIGHTED).value().signum() > 0;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Input p : periods) {
      // the unrounded result, so that the mean is not a mean of roundings
      BigDecimal ratio =
          p.completed()
              .min(p.assigned())
              .multiply(HUNDRED)
              .divide(p.assigned(), 10, RoundingMode.HALF_UP);
      BigDecimal pct = rules.required(EvaluationRules.MAJOR_ERROR_DEDUCTION).value();
      BigDecimal keep =
          HUNDRED.subtract(pct.multiply(BigDecimal.valueOf(p.majorErrors()))).max(BigDecimal.ZERO);
      BigDecimal result = ratio.multiply(keep).divide(HUNDRED, 10, RoundingMode.HALF_UP);
      BigDecimal w = weighted ? p.assigned() : BigDecimal.ONE;
      sum = sum.add(result.multiply(w));
      weights = weights.add(w);
    }
    BigDecimal mean = sum.divide(weights, 10, RoundingMode.HALF_UP);
    return rules
        .required("task_max")
        .value()
        .multiply(mean)
        .divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }
}
