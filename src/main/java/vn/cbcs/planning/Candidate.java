package vn.cbcs.planning;

import java.time.LocalDate;

/**
 * A person planned for a post (or for membership of the committee) as đối tượng 1 or 2, with the
 * ballot of the introduction round and of the committee's vote (further steps: {@link
 * CandidateBallots}); {@code womanAt60}: planned as a woman entitled to retire at 60 (HD 45 mục
 * II.5.2); {@code removedGrant}: DISCIPLINE_DECISION when taken out at once on a discipline
 * decision (QĐ 377 Điều 29), then {@code removedBy} is the user who recorded the decision.
 */
public record Candidate(
    long id,
    long planId,
    long personId,
    String personName,
    String targetPost,
    int target,
    Integer introVotes,
    Integer introVoters,
    Integer voteVotes,
    Integer voteVoters,
    String requiredLlctLevel,
    LocalDate addedOn,
    String addedBy,
    LocalDate removedOn,
    String removedBy,
    String removedReason,
    boolean womanAt60,
    String removedGrant) {

  /** Membership of the Party committee, its standing committee, its inspection committee. */
  public static final String BCH = "COMMITTEE_BCH";

  public static final String BTV = "COMMITTEE_BTV";
  public static final String UBKT = "COMMITTEE_UBKT";

  public static boolean committee(String post) {
    return BCH.equals(post) || BTV.equals(post) || UBKT.equals(post);
  }

  public boolean activeOn(LocalDate d) {
    return !addedOn.isAfter(d) && (removedOn == null || removedOn.isAfter(d));
  }
}
