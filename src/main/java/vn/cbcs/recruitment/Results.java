package vn.cbcs.recruitment;

import java.util.List;

/** The results of a round: per position offered, the candidates ranked with their outcome. */
public record Results(Round round, List<PositionResult> positions) {

  /** What became of a candidate. */
  public enum Outcome {
    /** within the seats (NĐ 170/2025 Điều 10 khoản 1 điểm b, Điều 12 khoản 1 điểm b) */
    RECRUITED,
    /**
     * tied at the last seat after the tie rules (Điều 10 khoản 2, Điều 12 khoản 2): the head of the
     * recruiting body decides
     */
    TIED,
    /** passed, below the seats */
    PASSED,
    FAILED,
    NOT_SCORED,
    /** does not meet the standard of the position applied for: not ranked ({@link Eligibility}) */
    INELIGIBLE
  }

  public record Ranked(Candidate candidate, Score score, Integer rank, Outcome outcome) {}

  public record PositionResult(String positionCode, int seats, List<Ranked> candidates) {

    public long recruited() {
      return candidates.stream().filter(c -> c.outcome() == Outcome.RECRUITED).count();
    }

    public List<Ranked> tied() {
      return candidates.stream().filter(c -> c.outcome() == Outcome.TIED).toList();
    }
  }
}
