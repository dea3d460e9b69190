package vn.cbcs.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One ballot step of a candidate (table {@code planning_candidate_ballot}): an introduction round
 * at a conference or a committee's vote, with its round, the body that voted, its day, the votes
 * for and the voters; the share is computed.
 */
public record Ballot(
    long id,
    long candidateId,
    Kind kind,
    int round,
    String body,
    LocalDate heldOn,
    int votesFor,
    int voters,
    String recordedBy) {

  /** INTRODUCTION: a round of introduction (giới thiệu); VOTE: a committee's vote (biểu quyết). */
  public enum Kind {
    INTRODUCTION,
    VOTE
  }

  /** Votes for out of the voters, in percent with two decimals. */
  public BigDecimal share() {
    return BigDecimal.valueOf(votesFor * 100L)
        .divide(BigDecimal.valueOf(voters), 2, RoundingMode.HALF_UP);
  }

  /** More than half of the voters (the share shown beside each step; never a refusal). */
  public boolean overHalf() {
    return votesFor * 2L > voters;
  }
}
