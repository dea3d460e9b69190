package vn.cbcs.positions;

import java.time.LocalDate;
import java.util.List;

/**
 * A post of the catalogue in force over a period.
 *
 * @param seats holders one commune may have at a time where the law fixes it; null otherwise
 * @param unitTypes commune types the post exists in; empty: every type
 * @param confidence H, M or L as in REGULATIONS.md
 * @param grade the civil-servant grade (ngạch) of a job position after 1-7-2025 (Law 80/2025 Art.
 *     24: the grade follows the job position), e.g. CHUYEN_VIEN; null for other posts
 * @param mandatory whether a commune must have the post filled to count as staffed
 */
public record Position(
    String code,
    String nameVi,
    String nameEn,
    String staffCategory,
    String group,
    Integer seats,
    List<String> unitTypes,
    boolean leadership,
    LocalDate validFrom,
    LocalDate validTo,
    String legalSource,
    String confidence,
    String grade,
    boolean mandatory) {

  public boolean inForceOn(LocalDate date) {
    return (validFrom == null || !validFrom.isAfter(date))
        && (validTo == null || !validTo.isBefore(date));
  }

  /** The name in a page's language: the English one where there is one, else the Vietnamese. */
  public String name(String lang) {
    return "en".equals(lang) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
  }

  public boolean existsIn(String unitType) {
    return unitTypes.isEmpty() || unitTypes.contains(unitType);
  }
}
