package vn.cbcs.units;

import java.time.LocalDate;

/**
 * One version of an administrative unit: identity is (code, period).
 *
 * @param validFrom first day in force; {@code null} when unknown (units of the pre-2025 snapshot)
 * @param validTo last day in force; {@code null} while in force
 * @param path codes from the province down to this unit, e.g. {@code 06/064/02020}
 */
public record Unit(
    String code,
    String name,
    String fullName,
    String nameEn,
    String fullNameEn,
    UnitType type,
    String parentCode,
    String path,
    LocalDate validFrom,
    LocalDate validTo) {

  public UnitLevel level() {
    return type.level();
  }

  public boolean startKnown() {
    return validFrom != null;
  }

  public boolean inForceOn(LocalDate date) {
    return (validFrom == null || !validFrom.isAfter(date))
        && (validTo == null || !validTo.isBefore(date));
  }

  /** The code of the province this unit belongs to. */
  public String provinceCode() {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }
}
