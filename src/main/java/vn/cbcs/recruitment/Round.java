package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.List;

/** A recorded recruitment round. */
public record Round(
    long id,
    String unitCode,
    String title,
    Method method,
    String planNumber,
    LocalDate planDate,
    String planIssuer,
    LocalDate noticeDate,
    LocalDate applicationsClose,
    boolean large,
    LocalDate candidateListDate,
    LocalDate round1Date,
    LocalDate round2Date,
    LocalDate markingDate,
    Status status,
    List<NewRound.Offer> positions,
    String createdBy) {

  /** OPEN until the recruitment decision; DECIDED after it (nothing changes any more). */
  public enum Status {
    OPEN,
    DECIDED
  }

  /** The round as the input it was opened with (for the timeline). */
  public NewRound asNewRound() {
    return new NewRound(
        unitCode,
        title,
        method,
        planNumber,
        planDate,
        planIssuer,
        noticeDate,
        applicationsClose,
        large,
        candidateListDate,
        round1Date,
        round2Date,
        markingDate,
        positions);
  }
}
