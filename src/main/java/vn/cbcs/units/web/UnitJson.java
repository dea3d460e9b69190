package vn.cbcs.units.web;

import java.time.LocalDate;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.UnitType;

/**
 * A unit version in the JSON API.
 *
 * @param startKnown false when the unit comes from the pre-2025 snapshot and its first day is not
 *     known ({@code validFrom} is then null)
 */
record UnitJson(
    String code,
    String name,
    String fullName,
    String nameEn,
    String fullNameEn,
    UnitType type,
    UnitLevel level,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo,
    boolean startKnown) {

  static UnitJson of(Unit u) {
    return new UnitJson(
        u.code(),
        u.name(),
        u.fullName(),
        u.nameEn(),
        u.fullNameEn(),
        u.type(),
        u.level(),
        u.parentCode(),
        u.validFrom(),
        u.validTo(),
        u.startKnown());
  }
}
