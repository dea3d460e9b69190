package vn.cbcs.reports.docs;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * Who issues a report of a unit: the Home Affairs office of the unit for statistical tables (Sở Nội
 * vụ of a province, Phòng Nội vụ of a district, the commune's People's Committee), the province's
 * People's Committee or its Sở Nội vụ for the review of a resolution.
 */
@Component
public class Letterheads {

  private final Units units;

  Letterheads(Units units) {
    this.units = units;
  }

  /**
   * The office that signs a statistical table of the scope on {@code signedOn}: the issuing body is
   * one that exists on the signing date (issue 17) — the scope's unit if it is still in force then,
   * else the body that now holds its communes: the one commune they all became (its People's
   * Committee), or the province that holds them (its Sở Nội vụ). The data's unit, as of the
   * reporting date, is named in the title, not here.
   */
  public Letterhead homeAffairs(IndicatorScope scope, LocalDate signedOn) {
    if (scope.national()) {
      return new Letterhead(null, "BỘ NỘI VỤ", "Hà Nội", "BNV", null, "BỘ TRƯỞNG");
    }
    Unit unit = scope.unit();
    Optional<Unit> still =
        scope.throughCrosswalk()
            ? Optional.empty()
            : units.find(unit.code(), signedOn).filter(u -> u.level() == unit.level());
    if (still.isPresent()) {
      return homeAffairsOf(still.get());
    }
    Set<Unit> now = inForceOn(scope.communes(), signedOn);
    if (now.size() == 1 && unit.level() == UnitLevel.COMMUNE) {
      return homeAffairsOf(now.iterator().next());
    }
    return province(List.copyOf(now), signedOn)
        .map(this::homeAffairsOfProvince)
        .orElse(new Letterhead(null, "……………", null, "", null, "THỦ TRƯỞNG ĐƠN VỊ"));
  }

  /** The communes in force on a day that the given ones are or became (through the crosswalk). */
  private Set<Unit> inForceOn(List<Unit> communes, LocalDate day) {
    Set<Unit> now = new LinkedHashSet<>();
    java.util.Deque<Unit> todo = new java.util.ArrayDeque<>(communes);
    Set<String> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      Unit c = todo.pop();
      if (!seen.add(c.code() + "@" + c.validFrom())) {
        continue;
      }
      Optional<Unit> same = units.find(c.code(), day);
      if (same.isPresent()) {
        now.add(same.get());
      } else {
        units.successors(c).forEach(l -> todo.push(l.successor()));
      }
    }
    return now;
  }

  private Letterhead homeAffairsOf(Unit unit) {
    return switch (unit.level()) {
      case PROVINCE -> homeAffairsOfProvince(unit);
      case DISTRICT ->
          new Letterhead(
              "UBND " + Letterhead.upper(unit.fullName()),
              "PHÒNG NỘI VỤ",
              unit.name(),
              "BC-PNV",
              null,
              "TRƯỞNG PHÒNG");
      case COMMUNE ->
          new Letterhead(
              null,
              "UBND " + Letterhead.upper(unit.fullName()),
              unit.name(),
              "BC-UBND",
              "TM. ỦY BAN NHÂN DÂN",
              "CHỦ TỊCH");
    };
  }

  private Letterhead homeAffairsOfProvince(Unit province) {
    return new Letterhead(
        "UBND " + Letterhead.upper(province.fullName()),
        "SỞ NỘI VỤ",
        province.name(),
        "BC-SNV",
        null,
        "GIÁM ĐỐC");
  }

  /**
   * The province's People's Committee ({@code homeAffairs} false) or its Sở Nội vụ, for the
   * province in force on {@code on} that holds the communes (null when they span several).
   */
  public Letterhead province(List<Unit> communes, LocalDate on, boolean homeAffairs) {
    Optional<Unit> province = province(communes, on);
    if (province.isEmpty()) {
      return new Letterhead(null, "……………", null, "BC", null, "THỦ TRƯỞNG ĐƠN VỊ");
    }
    Unit p = province.get();
    if (homeAffairs) {
      return homeAffairsOfProvince(p);
    }
    return new Letterhead(
        null,
        "ỦY BAN NHÂN DÂN\n" + Letterhead.upper(p.fullName()),
        p.name(),
        "BC-UBND",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH");
  }

  /** The one province in force on {@code on} the communes belong to, if they all share one. */
  public Optional<Unit> province(List<Unit> communes, LocalDate on) {
    List<String> codes = communes.stream().map(Unit::provinceCode).distinct().toList();
    if (codes.size() != 1) {
      return Optional.empty();
    }
    return units.find(codes.get(0), on).filter(u -> u.level() == UnitLevel.PROVINCE);
  }
}
