package vn.cbcs.units.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/** Finds the version of a code in force on a date, or explains why there is none. */
@Component
class UnitLookup {

  private final Units units;

  UnitLookup(Units units) {
    this.units = units;
  }

  Unit require(String code, LocalDate asOf) {
    if (code == null || !code.matches("\\d{2,5}")) {
      throw new NotFoundException("error.unit.unknown", String.valueOf(code));
    }
    return units
        .find(code, asOf)
        .orElseThrow(
            () -> {
              List<Unit> versions = units.versions(code);
              if (versions.isEmpty()) {
                return new NotFoundException("error.unit.unknown", code);
              }
              return new NotFoundException("error.unit.notInForce", code, asOf, periods(versions));
            });
  }

  /** A code that was ever on the map, else 404. */
  void requireCode(String code) {
    if (code == null || !code.matches("\\d{2,5}") || units.versions(code).isEmpty()) {
      throw new NotFoundException("error.unit.unknown", String.valueOf(code));
    }
  }

  static String periods(List<Unit> versions) {
    return versions.stream()
        .map(
            v ->
                (v.validFrom() == null ? "…" : v.validFrom().toString())
                    + " – "
                    + (v.validTo() == null ? "…" : v.validTo().toString()))
        .collect(Collectors.joining("; "));
  }
}
