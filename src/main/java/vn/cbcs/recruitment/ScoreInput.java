package vn.cbcs.recruitment;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The scores of one candidate: round 1 (correct answers of the computer test, exam only), round 2
 * (written, and the interview where the round combines them; for selection the interview alone) and
 * the priority groups claimed.
 */
public record ScoreInput(
    Method method,
    Integer round1Correct,
    Integer round1Total,
    BigDecimal written,
    BigDecimal interview,
    Set<PriorityCategory> priority) {

  public ScoreInput {
    priority = priority == null ? Set.of() : Set.copyOf(priority);
  }
}
