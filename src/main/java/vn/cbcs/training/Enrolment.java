package vn.cbcs.training;

import java.time.LocalDate;

/** A person on a course, with the result and, once completed, the qualification it recorded. */
public record Enrolment(
    long id,
    long courseId,
    long personId,
    Status status,
    String result,
    String certificateNumber,
    LocalDate certificateDate,
    Long qualificationId) {

  /** Where an enrolment stands. */
  public enum Status {
    ENROLLED,
    COMPLETED,
    FAILED,
    WITHDRAWN
  }
}
