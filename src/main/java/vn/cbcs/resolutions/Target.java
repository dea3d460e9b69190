package vn.cbcs.resolutions;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target: the indicator's value for the resolution's unit at a milestone date. */
public record Target(
    long id,
    long resolutionId,
    String indicatorCode,
    LocalDate milestone,
    BigDecimal target,
    Direction direction,
    String note) {

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
