package vn.cbcs.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import vn.cbcs.people.Sex;

/**
 * A recorded candidate and their scores. {@code priority} is empty for a reader without
 * SEE_SENSITIVE (an ethnic-minority claim reveals ethnic origin: NĐ 13/2023 Điều 2); {@code
 * prioritySeen} says whether it was shown. A candidate not recruited whose data was erased after
 * the retention period ({@link CandidateErasure}) has no identity any more: {@link #erased()}.
 */
public record Candidate(
    long id,
    long roundId,
    String positionCode,
    String personalId,
    String fullName,
    Sex sex,
    LocalDate birthDate,
    String phone,
    Set<PriorityCategory> priority,
    boolean prioritySeen,
    Integer round1Correct,
    Integer round1Total,
    BigDecimal written,
    BigDecimal interview) {

  /** The identity was erased (Luật BVDLCN 2025 Điều 25); the scores remain. */
  public boolean erased() {
    return personalId == null;
  }

  public boolean scored() {
    return written != null || interview != null || round1Total != null;
  }

  ScoreInput scoreInput(Method method) {
    return new ScoreInput(method, round1Correct, round1Total, written, interview, priority);
  }
}
