package vn.cbcs.evaluation;

/** A fact that makes the rating KHTNV whatever the points, where the regime has it. */
public enum Disqualifier {
  /** Disciplined in the evaluation year (khiển trách or above). */
  DISCIPLINE,
  /** A competent finding of ideological, political or moral degradation (suy thoái). */
  DEGRADATION,
  /** Corruption in the unit a leader manages (leaders only). */
  CORRUPTION_IN_UNIT,
  /** More than half the tasks of the year not completed. */
  TASKS_BELOW_HALF
}
