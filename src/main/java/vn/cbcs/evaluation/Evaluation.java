package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The evaluation of a person for a year in one system, with each step as it was recorded: dated
 * (the day it happened) and attributed (who recorded it, when). Final only with its decision.
 *
 * @param unitCode the commune of the person's post in the year, identified on {@code unitOn}
 */
public record Evaluation(
    long id,
    long personId,
    int year,
    RatingSystem system,
    String regime,
    String unitCode,
    LocalDate unitOn,
    boolean leader,
    Status status,
    String createdBy,
    Instant createdAt,
    SelfAssessment selfAssessment,
    Comment comment,
    Meeting meeting,
    Proposal proposal,
    Decision decision,
    PartyOpinion partyOpinion,
    Notice notice) {

  /** Where the evaluation stands. */
  public enum Status {
    OPEN,
    SELF_ASSESSED,
    MEETING_HELD,
    PROPOSED,
    DECIDED
  }

  /** The person's self-assessment (tự đánh giá). */
  public record SelfAssessment(
      BigDecimal generalPoints,
      BigDecimal taskPoints,
      Level level,
      String text,
      LocalDate on,
      String by,
      Instant at,
      Integer majorErrors) {}

  /** The direct manager's comments. */
  public record Comment(String text, LocalDate on, String by, Instant at) {}

  /** The unit's meeting: minutes and votes per level. */
  public record Meeting(
      LocalDate on,
      String minutes,
      Integer votesHtxsnv,
      Integer votesHttnv,
      Integer votesHtnv,
      Integer votesKhtnv,
      String by,
      Instant at) {}

  /** The level proposed to the competent person. */
  public record Proposal(Level level, BigDecimal points, LocalDate on, String by, Instant at) {}

  /** The decision of the competent person: what makes the rating final. */
  public record Decision(
      Level level, String number, LocalDate date, String signer, String by, Instant at) {}

  /** The opinion of the Party committee at the same level (cấp ủy), before the decision. */
  public record PartyOpinion(String text, LocalDate on, String by, Instant at) {}

  /** The written notice of the result to the person, after the decision. */
  public record Notice(LocalDate on, String text, String by, Instant at) {}

  public boolean decided() {
    return status == Status.DECIDED;
  }
}
