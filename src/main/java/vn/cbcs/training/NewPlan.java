package vn.cbcs.training;

import java.time.LocalDate;
import java.util.List;

/** A plan to record, as sent: its unit, year, title, decision, and courses with their needs. */
public record NewPlan(
    String unitCode,
    Integer year,
    String title,
    String decisionNumber,
    LocalDate decisionDate,
    List<PlanCourseInput> courses) {

  /**
   * A course to put in a plan, with the needs it serves; {@code needs} absent (null): the current
   * needs of the people enrolled on it that the course would close.
   */
  public record PlanCourseInput(String courseId, List<NeedRef> needs) {}

  /** A need served: the person, the need's kind and its criterion (as listed by the needs). */
  public record NeedRef(String personId, Need.Kind kind, String criterion) {}
}
