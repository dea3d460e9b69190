package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan of one body of a unit for a term, with its candidates.
 *
 * @param planDate the day the plan is about: its unit and the actor's scope are checked on it
 * @param referenceDate the date ages are computed on (thời điểm tính tuổi, HD 45 mục II.5.3)
 * @param seats the seats of multi-seat posts declared with the plan
 */
public record Plan(
    long id,
    String unitCode,
    String unitName,
    BodyKind bodyKind,
    int termFrom,
    int termTo,
    LocalDate planDate,
    LocalDate referenceDate,
    Integer bchSeats,
    Integer btvSeats,
    Integer ubktSeats,
    boolean approved,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionSigner,
    String createdBy,
    Map<String, Integer> seats,
    List<Candidate> candidates) {

  /** The bodies a commune plans for (QĐ 377 Điều 21; REGULATIONS.md §3). */
  public enum BodyKind {
    PARTY_COMMITTEE,
    PEOPLES_COUNCIL,
    PEOPLES_COMMITTEE,
    FRONT,
    MASS_ORG
  }

  /** The candidates not removed. */
  public List<Candidate> active() {
    return candidates.stream().filter(c -> c.removedOn() == null).toList();
  }

  /** Committee seats of a committee target (COMMITTEE_BCH, _BTV, _UBKT), null when not set. */
  public Integer committeeSeats(String target) {
    return switch (target) {
      case Candidate.BCH -> bchSeats;
      case Candidate.BTV -> btvSeats;
      case Candidate.UBKT -> ubktSeats;
      default -> null;
    };
  }
}
