package vn.cbcs.indicators;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Turns "unit X (as identified on a date) as of a date" into the communes to count: the unit's own
 * communes when it is in force on the date, else the communes of the date that cover its ground.
 */
@Component
class ScopeResolver {

  private final Units units;
  private final Visibility visibility;

  ScopeResolver(Units units, Visibility visibility) {
    this.units = units;
    this.visibility = visibility;
  }

  /**
   * The scope, if the actor reads figures and covers its ground: an unknown unit is 404, a unit (or
   * the whole country) outside the actor's ground 403.
   */
  IndicatorScope resolve(String unitCode, LocalDate asOf, LocalDate unitOn, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    IndicatorScope scope = ground(unitCode, asOf, unitOn);
    check(scope, actor);
    return scope;
  }

  /** Refuses (403) a scope whose ground the actor does not cover on its date. */
  void check(IndicatorScope scope, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    if (actor.unrestricted()) {
      return;
    }
    if (scope.national()) {
      throw new ForbiddenException("error.unit.countryOutsideScope");
    }
    if (!visibility.covers(
        actor, scope.communes().stream().map(Unit::code).toList(), scope.asOf())) {
      throw new ForbiddenException("error.unit.outsideScope", scope.unit().fullName());
    }
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
