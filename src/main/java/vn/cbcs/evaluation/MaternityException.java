package vn.cbcs.evaluation;

import java.util.Map;
import java.util.Optional;
import vn.cbcs.evaluation.Classification.Reason;
import vn.cbcs.platform.FieldError;

/**
 * The maternity exception to "not rated below the minimum months worked" (NĐ 90/2020 Điều 2 khoản 3
 * as amended by NĐ 48/2023, REGULATIONS.md §2.2): a person who worked less than 6 months in the
 * year is not rated, "trừ trường hợp nghỉ chế độ thai sản"; a person on maternity leave is rated,
 * and the rating of the year is that of the time actually worked. The exception is the rule row
 * {@code maternity_exception} (value 1) of the regime, so that it applies only where the regime has
 * it.
 *
 * <p>Kept out of {@link EvaluationRules} (which others edit): the classification only asks {@link
 * #applies} before refusing a rating for too few months.
 */
public final class MaternityException {

  /** The rule key (evaluation_rule) that gives the exception, with its source. */
  public static final String RULE = "maternity_exception";

  private MaternityException() {}

  /** The {@code maternity} parameter: true/false, blank false; anything else is refused. */
  static boolean parse(java.util.List<FieldError> errors, Map<String, String> raw) {
    String v = raw.get("maternity");
    if (v == null || v.isBlank()) {
      return false;
    }
    if (v.trim().equalsIgnoreCase("true")) {
      return true;
    }
    if (!v.trim().equalsIgnoreCase("false")) {
      errors.add(new FieldError("maternity", "evaluation.maternity.invalid", v.trim()));
    }
    return false;
  }

  /**
   * The reason the person is rated although they worked fewer months than the minimum, when the
   * input says maternity leave and the regime has the exception; empty otherwise (not rated).
   */
  static Optional<Reason> applies(RuleSet rules, ClassificationInput in, int minMonths) {
    if (!in.maternity()) {
      return Optional.empty();
    }
    return rules
        .rule(RULE)
        .filter(r -> r.value().signum() > 0)
        .map(
            r ->
                new Reason(
                    "evaluation.reason.maternity",
                    java.util.List.of(in.monthsWorked(), minMonths),
                    r.legalSource(),
                    r.article(),
                    r.confidence()));
  }
}
