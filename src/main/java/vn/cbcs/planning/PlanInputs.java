package vn.cbcs.planning;

import java.util.List;

/** What the forms and the JSON API send to {@link Plans}: strings, checked by the service. */
public final class PlanInputs {

  private PlanInputs() {}

  /** A seat count of a multi-seat post of the plan's unit. */
  public record Seats(String positionCode, Integer seats) {}

  /** A new plan; with a decision it is approved at once. */
  public record NewPlan(
      String unitCode,
      String bodyKind,
      Integer termFrom,
      Integer termTo,
      String planDate,
      String referenceDate,
      Integer bchSeats,
      Integer btvSeats,
      Integer ubktSeats,
      List<Seats> seats,
      Approval approval) {}

  /** The approval decision of a plan (number, date, signer). */
  public record Approval(String decisionNumber, String decisionDate, String decisionSigner) {}

  /**
   * A candidate: the person, the post (a leadership post code or COMMITTEE_BCH/BTV/UBKT), đối tượng
   * 1 or 2, the ballot numbers, the day added (default today), and whether the woman is entitled to
   * retire at 60 (HD 45 mục II.5.2).
   */
  public record NewCandidate(
      String personId,
      String targetPost,
      Integer target,
      Integer introVotes,
      Integer introVoters,
      Integer voteVotes,
      Integer voteVoters,
      String addedOn,
      Boolean womanAt60) {}

  /** A removal of a candidate, with its day and reason. */
  public record Removal(String candidateId, String removedOn, String reason) {}
}
