package vn.cbcs.positions;

import java.time.LocalDate;
import java.util.List;

/**
 * A post of the catalogue in force over a period.
 *
 * @param seats holders one commune may have at a time where the law fixes it; null otherwise
 * @param unitTypes commune types the post exists in; empty: every type
 * @param confidence H, M or L as in REGULATIONS.md
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
    String confidence) {

  public boolean inForceOn(LocalDate date) {
    return (validFrom == null || !validFrom.isAfter(date))
        && (validTo == null || !validTo.isBefore(date));
  }

  public boolean existsIn(String unitType) {
    return unitTypes.isEmpty() || unitTypes.contains(unitType);
  }
}
