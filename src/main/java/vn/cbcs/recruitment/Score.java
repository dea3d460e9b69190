package vn.cbcs.recruitment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A candidate's result by the rules: passed or not, the round-2 result (the written score, the
 * 70/30 combination, or the selection interview), the priority points counted (only the highest),
 * the total (round 2 plus priority; null without a round-2 result) and every reason with the
 * article it comes from.
 */
public record Score(
    Method method,
    boolean passed,
    BigDecimal round2,
    BigDecimal written,
    BigDecimal priorityPoints,
    PriorityCategory priorityCounted,
    BigDecimal total,
    List<Reason> reasons,
    RecruitmentRuleSet rules) {

  /** One step of the result: a message key, its arguments and the rule it applies. */
  public record Reason(String key, List<Object> args, String source, String article) {}
}
