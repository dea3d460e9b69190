package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What the classification is computed from: the year and system (which regime), the points (the
 * total, or the general and task parts), the disqualifiers found, months worked and absent in the
 * year, whether the person leads a unit, and the major errors found in the task results (each
 * deducts a share of the task points where the regime has that rule, NĐ 335/2025); {@code
 * maternity}: the months not worked were maternity leave ({@link MaternityException}).
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
    boolean leader,
    int majorErrors,
    Subordinates subordinates,
    boolean maternity) {

  /**
   * Without the maternity flag (false): the input as before the maternity exception was added.
   *
   * @see MaternityException
   */
  public ClassificationInput(
      int year,
      RatingSystem system,
      BigDecimal points,
      BigDecimal generalPoints,
      BigDecimal taskPoints,
      Set<Disqualifier> disqualifiers,
      int monthsWorked,
      int monthsAbsent,
      boolean leader,
      int majorErrors,
      Subordinates subordinates) {
    this(
        year,
        system,
        points,
        generalPoints,
        taskPoints,
        disqualifiers,
        monthsWorked,
        monthsAbsent,
        leader,
        majorErrors,
        subordinates,
        false);
  }

  /** The same input with the maternity flag ({@link MaternityException}). */
  public ClassificationInput withMaternity(boolean onMaternityLeave) {
    return new ClassificationInput(
        year,
        system,
        points,
        generalPoints,
        taskPoints,
        disqualifiers,
        monthsWorked,
        monthsAbsent,
        leader,
        majorErrors,
        subordinates,
        onMaternityLeave);
  }

  /**
   * The ratings of the units a leader directs: {@code total} rated, of which {@code htxsnv}, {@code
   * httnv} and {@code khtnv} at those levels (the rest HTNV).
   */
  public record Subordinates(int total, int htxsnv, int httnv, int khtnv) {

    /** How many are rated {@code level} or better. */
    public int atLeast(Level level) {
      return switch (level) {
        case HTXSNV -> htxsnv;
        case HTTNV -> htxsnv + httnv;
        case HTNV -> total - khtnv;
        default -> total;
      };
    }
  }

  public ClassificationInput {
    disqualifiers = disqualifiers == null ? Set.of() : Set.copyOf(disqualifiers);
  }

  /** The same input without major errors (the task points already net of them). */
  public ClassificationInput withTaskPoints(BigDecimal net) {
    return new ClassificationInput(
        year,
        system,
        points == null ? null : generalPoints.add(net),
        generalPoints,
        net,
        disqualifiers,
        monthsWorked,
        monthsAbsent,
        leader,
        0,
        subordinates,
        maternity);
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
