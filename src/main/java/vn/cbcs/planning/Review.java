package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The annual review of a plan in a year (QĐ 377-QĐ/TW Điều 29; HD 45-HD/BTCTW mục II.8): the
 * proposals the system made on the review day and the officer's decision on each.
 */
public record Review(
    long id,
    long planId,
    int year,
    LocalDate reviewDate,
    String createdBy,
    List<Proposal> proposals) {

  /** OUT: a candidate proposed to fall out; IN: a person proposed to come in. */
  public enum Kind {
    OUT,
    IN
  }

  /** A proposal with its grounds (the rules behind it) and the decision once taken. */
  public record Proposal(
      long id,
      Kind kind,
      long personId,
      String personName,
      String targetPost,
      int target,
      Long candidateId,
      List<CheckVerdict> grounds,
      String decision,
      LocalDate decidedOn,
      String reason,
      String decidedBy) {

    public boolean open() {
      return decision == null;
    }
  }

  public long open() {
    return proposals.stream().filter(Proposal::open).count();
  }
}
