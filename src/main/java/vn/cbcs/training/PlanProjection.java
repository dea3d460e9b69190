package vn.cbcs.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a training plan would do to the indicators of its unit: the value on {@code asOf} as the
 * records stand, and the value if every enrolment (status ENROLLED) on the plan's courses that end
 * by {@code asOf} completes, next to the resolutions' target for the indicator.
 *
 * @param notProjected indicators the plan's courses touch but this projection does not compute,
 *     with why
 */
public record PlanProjection(
    TrainingPlan plan, LocalDate asOf, List<Line> lines, List<NotProjected> notProjected) {

  /**
   * One indicator.
   *
   * @param added people who would enter the numerator (enrolled, in the denominator, not in it now)
   * @param removed people who would leave it (a level above the indicator's upper bound)
   * @param addedByCompleted people in the numerator on {@code asOf} who were not the day before the
   *     certificate of a plan course they completed ("after the fact")
   */
  public record Line(
      String indicatorCode,
      String nameVi,
      String nameEn,
      long numerator,
      long denominator,
      BigDecimal percent,
      long projectedNumerator,
      BigDecimal projectedPercent,
      List<Long> added,
      List<Long> removed,
      List<Long> addedByCompleted,
      TargetRef target) {}

  /**
   * The resolution's target for the indicator: the one due nearest on or after {@code asOf}, else
   * the latest before; whether the value meets it now and would when the plan completes (null for a
   * target without its own source, which is a reference level only).
   */
  public record TargetRef(
      String resolution,
      LocalDate milestone,
      BigDecimal target,
      String direction,
      boolean sourced,
      Boolean metNow,
      Boolean metProjected) {}

  /** An indicator the courses touch that is not projected, and the message key saying why. */
  public record NotProjected(String indicatorCode, String nameVi, String nameEn, String reason) {}
}
