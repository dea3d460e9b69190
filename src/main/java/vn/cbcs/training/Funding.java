package vn.cbcs.training;

/** Who pays for a course (issue 15: funding source). */
public enum Funding {
  STATE_BUDGET,
  UNIT,
  PERSONAL,
  SPONSOR
}
