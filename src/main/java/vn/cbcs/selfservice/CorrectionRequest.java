package vn.cbcs.selfservice;

import java.time.Instant;

/** A cadre's request to correct one field of their record, and its review. */
public record CorrectionRequest(
    long id,
    long personId,
    String personName,
    String field,
    String proposedValue,
    String reason,
    String requestedBy,
    Instant requestedAt,
    Status status,
    String reviewedBy,
    Instant reviewedAt,
    String reviewNote) {

  /** Where a request stands. */
  public enum Status {
    PENDING,
    ACCEPTED,
    REJECTED
  }
}
