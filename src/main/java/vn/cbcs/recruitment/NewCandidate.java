package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.Set;
import vn.cbcs.people.Sex;

/**
 * An application: only what recruitment needs (Luật BVDLCN 2025 Điều 25; REGULATIONS.md §8) — the
 * identity the person record is created from if recruited, a contact, the position applied for and
 * the priority groups claimed (NĐ 170/2025 Điều 6), and the education the position's standard looks
 * at ({@link Eligibility}): general education ("12/12"), the highest professional level (a level
 * code of the PROFESSIONAL track) and its major.
 */
public record NewCandidate(
    String positionCode,
    String personalId,
    String fullName,
    Sex sex,
    LocalDate birthDate,
    String phone,
    Set<PriorityCategory> priority,
    String generalEducation,
    String professionalLevel,
    String major) {

  public NewCandidate {
    priority = priority == null ? Set.of() : Set.copyOf(priority);
  }

  /** An application without the education declared (judged "not declared" by the standard). */
  public NewCandidate(
      String positionCode,
      String personalId,
      String fullName,
      Sex sex,
      LocalDate birthDate,
      String phone,
      Set<PriorityCategory> priority) {
    this(positionCode, personalId, fullName, sex, birthDate, phone, priority, null, null, null);
  }
}
