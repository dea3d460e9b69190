package vn.cbcs.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import vn.cbcs.people.Sex;

/**
 * A recorded candidate and their scores. {@code priority} is empty for a reader without
 * SEE_SENSITIVE (an ethnic-minority claim reveals ethnic origin: NĐ 13/2023 Điều 2); {@code
 * prioritySeen} says whether it was shown.
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

  public boolean scored() {
    return written != null || interview != null || round1Total != null;
  }

  ScoreInput scoreInput(Method method) {
    return new ScoreInput(method, round1Correct, round1Total, written, interview, priority);
  }
}
