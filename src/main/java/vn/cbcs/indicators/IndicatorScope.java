package vn.cbcs.indicators;

import java.time.LocalDate;
import java.util.List;
import vn.cbcs.units.Unit;

/**
 * The ground an indicator is computed over on a date.
 *
 * @param unit the unit as identified (null: the whole country)
 * @param throughCrosswalk true when {@code unit} is not in force on {@code asOf} and its ground is
 *     taken as the communes of that date that its communes became (or came from)
 * @param communes the communes of {@code asOf} that make up the ground
 */
public record IndicatorScope(
    Unit unit, LocalDate asOf, boolean throughCrosswalk, List<Unit> communes) {

  public boolean national() {
    return unit == null;
  }

  /** The unit code to pass back in links ({@code ""} for the country). */
  public String unitCode() {
    return unit == null ? "" : unit.code();
  }

  /** The date on which {@code unit} is identified (a day it is in force). */
  public LocalDate unitOn() {
    if (unit == null || unit.inForceOn(asOf)) {
      return asOf;
    }
    return unit.validTo() != null && asOf.isAfter(unit.validTo())
        ? unit.validTo()
        : unit.validFrom();
  }
}
