package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What the classification is computed from: the year and system (which regime), the points (the
 * total, or the general and task parts), the disqualifiers found, months worked and absent in the
 * year, and whether the person leads a unit.
 */
public record ClassificationInput(
    int year,
    RatingSystem system,
    BigDecimal points,
    BigDecimal generalPoints,
    BigDecimal taskPoints,
    Set<Disqualifier> disqualifiers,
    int monthsWorked,
    int monthsAbsent,
    boolean leader) {

  public ClassificationInput {
    disqualifiers = disqualifiers == null ? Set.of() : Set.copyOf(disqualifiers);
  }

  /** The total: {@code points}, else the sum of the two parts, else null. */
  public BigDecimal total() {
    if (points != null) {
      return points;
    }
    if (generalPoints != null && taskPoints != null) {
      return generalPoints.add(taskPoints);
    }
    return null;
  }
}
