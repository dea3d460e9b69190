package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The task results of a person for one month or quarter (continuous tracking, NĐ 335/2025):
 * converted products assigned and completed, major errors, and what they give ({@link
 * TrackingRules}).
 *
 * @param result the period's result in percent (0–100)
 * @param taskPoints the task points the period alone would give
 */
public record TrackingPeriod(
    long id,
    PeriodKind kind,
    int period,
    BigDecimal assigned,
    BigDecimal completed,
    int majorErrors,
    String note,
    String recordedBy,
    Instant recordedAt,
    BigDecimal result,
    BigDecimal taskPoints) {

  /** Monthly or quarterly tracking (one cadence per person and year). */
  public enum PeriodKind {
    MONTH,
    QUARTER
  }
}
