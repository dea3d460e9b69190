package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.Set;
import vn.cbcs.people.Sex;

/**
 * An application: only what recruitment needs (Luật BVDLCN 2025 Điều 25; REGULATIONS.md §8) — the
 * identity the person record is created from if recruited, a contact, the position applied for and
 * the priority groups claimed (NĐ 170/2025 Điều 6).
 */
public record NewCandidate(
    String positionCode,
    String personalId,
    String fullName,
    Sex sex,
    LocalDate birthDate,
    String phone,
    Set<PriorityCategory> priority) {

  public NewCandidate {
    priority = priority == null ? Set.of() : Set.copyOf(priority);
  }
}
