package vn.cbcs.resolutions;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target: the indicator's value for the resolution's unit at a milestone date.
 *
 * @param source where the target comes from (the article of the resolution, a plan); without one it
 *     is a reference level only, which the review never judges đạt / chưa đạt (§13.7)
 */
public record Target(
    long id,
    long resolutionId,
    String indicatorCode,
    LocalDate milestone,
    BigDecimal target,
    Direction direction,
    String note,
    String source) {

  /** A real target: one with its own source. */
  public boolean sourced() {
    return source != null && !source.isBlank();
  }

  /** Whether the value must reach the target or stay under it. */
  public enum Direction {
    AT_LEAST,
    AT_MOST
  }

  public boolean metBy(BigDecimal value) {
    if (value == null) {
      return false;
    }
    return direction == Direction.AT_LEAST
        ? value.compareTo(target) >= 0
        : value.compareTo(target) <= 0;
  }

  /** How far the value is from the target in percentage points, positive when better. */
  public BigDecimal margin(BigDecimal value) {
    if (value == null) {
      return null;
    }
    return direction == Direction.AT_LEAST ? value.subtract(target) : target.subtract(value);
  }
}
