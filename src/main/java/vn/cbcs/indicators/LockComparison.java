package vn.cbcs.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * A locked value beside the value computed now, and the members whose standing changed.
 *
 * @param version the definition version the value was locked with
 */
public record LockComparison(
    ReportingLock lock,
    String code,
    int version,
    long lockedNumerator,
    long lockedDenominator,
    long currentNumerator,
    long currentDenominator,
    List<Change> changes) {

  /** How a member stood at the lock and now: IN (numerator), REST (denominator only), ABSENT. */
  public enum Standing {
    IN,
    REST,
    ABSENT
  }

  /** One member whose standing differs, with what was recorded about them since the lock. */
  public record Change(
      String id, String name, Standing locked, Standing now, List<String> recordedSince) {}

  public boolean differs() {
    return lockedNumerator != currentNumerator
        || lockedDenominator != currentDenominator
        || !changes.isEmpty();
  }

  public BigDecimal lockedPercent() {
    return IndicatorValue.percent(lockedNumerator, lockedDenominator);
  }

  public BigDecimal currentPercent() {
    return IndicatorValue.percent(currentNumerator, currentDenominator);
  }
}
