package vn.cbcs.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual report of training and fostering of a unit for a year (NĐ 171/2025/NĐ-CP Điều 39 khoản
 * 1: sent before 31 January of the following year).
 *
 * @param courses the courses organised by the unit or a unit of its subtree that end in the year
 * @param kinds the people of the unit (posts in its communes on a course's first day) trained on
 *     courses of each kind ending in the year, wherever organised
 * @param funding the cost of the courses organised, per funding source
 */
public record TrainingReport(
    String unitCode,
    String unitName,
    int year,
    LocalDate dueOn,
    String rule,
    List<CourseLine> courses,
    List<KindLine> kinds,
    List<FundingLine> funding) {

  /** A course with its participants (all of them, wherever they work). */
  public record CourseLine(
      Course course, long enrolled, long completed, long failedOrWithdrawn, long personPeriods) {}

  /**
   * One kind of course: the unit's people enrolled and completed (each counted once), and the
   * periods they completed (sum over completions of the course's periods).
   */
  public record KindLine(
      CourseKind kind, long courses, long enrolled, long completed, long periods) {}

  /** One funding source: the courses and their known cost (unknown costs counted apart). */
  public record FundingLine(Funding funding, long courses, BigDecimal cost, long costUnknown) {}

  public long totalEnrolled() {
    return kinds.stream().mapToLong(KindLine::enrolled).sum();
  }

  public BigDecimal totalCost() {
    return funding.stream().map(FundingLine::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
