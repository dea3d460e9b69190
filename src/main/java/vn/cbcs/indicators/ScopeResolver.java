package vn.cbcs.indicators;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Turns "unit X (as identified on a date) as of a date" into the communes to count: the unit's own
 * communes when it is in force on the date, else the communes of the date that cover its ground.
 */
@Component
class ScopeResolver {

  private final Units units;
  private final vn.cbcs.security.Visibility visibility;

  ScopeResolver(Units units, vn.cbcs.security.Visibility visibility) {
    this.units = units;
    this.visibility = visibility;
  }

  /** The scope, if the user's unit scopes cover its ground; else "unknown unit" (404). */
  IndicatorScope resolve(String unitCode, LocalDate asOf, LocalDate unitOn) {
    IndicatorScope scope = ground(unitCode, asOf, unitOn);
    var grant = visibility.current();
    if (!grant.unrestricted()
        && (scope.national()
            || !visibility.covers(
                grant, scope.communes().stream().map(Unit::code).toList(), asOf))) {
      throw new NotFoundException("error.unit.unknown", unitCode == null ? "" : unitCode);
    }
    return scope;
  }

  private IndicatorScope ground(String unitCode, LocalDate asOf, LocalDate unitOn) {
    if (unitCode == null || unitCode.isBlank()) {
      return new IndicatorScope(null, asOf, false, units.communesOn(asOf));
    }
    String code = unitCode.trim();
    Unit unit =
        (unitOn != null ? units.find(code, unitOn) : units.nearest(code, asOf)).orElse(null);
    if (unit == null) {
      throw new NotFoundException("error.unit.unknown", code);
    }
    if (unit.inForceOn(asOf)) {
      return new IndicatorScope(unit, asOf, false, units.communesUnder(unit, asOf));
    }
    return new IndicatorScope(unit, asOf, true, units.communesCovering(unit, asOf));
  }
}
