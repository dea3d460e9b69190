package vn.cbcs.training;

import java.time.LocalDate;
import java.util.List;

/**
 * The annual training plan of a unit (the province's or a commune's) for a year: its courses, each
 * with the needs it serves.
 *
 * @param decisionNumber the number of the decision approving the plan (may be unknown)
 */
public record TrainingPlan(
    long id,
    String unitCode,
    int year,
    String title,
    String decisionNumber,
    LocalDate decisionDate,
    String recordedBy,
    List<PlanCourse> courses) {

  /** A course of the plan with the needs it serves. */
  public record PlanCourse(Course course, List<ServedNeed> needs) {}

  /**
   * A need a course serves, as it stood when the course was put in the plan.
   *
   * @param criterion the standard's criterion or the programme (null for needs without one)
   */
  public record ServedNeed(long personId, Need.Kind kind, String criterion) {}
}
