package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.List;

/**
 * A recruitment round as typed: the commune, the plan and its approval decision, the method, the
 * positions offered with their seats and the timeline (NĐ 170/2025 Điều 15–16).
 *
 * @param large 500 applicants or more: the candidate list and round 1 get the longer deadlines of
 *     Điều 16 khoản 2 and 3
 * @param markingDate the day marking ends and the results are published (Điều 16 khoản 4 điểm b)
 */
public record NewRound(
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
    List<Offer> positions) {

  public NewRound {
    positions = positions == null ? List.of() : List.copyOf(positions);
  }

  /** A position offered and its seats (chỉ tiêu). */
  public record Offer(String positionCode, int seats) {}
}
