package vn.cbcs.reports.docs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

  /** The office that compiles a statistical table of the scope. */
  public Letterhead homeAffairs(IndicatorScope scope) {
    if (scope.national()) {
      return new Letterhead(null, "BỘ NỘI VỤ", "Hà Nội", "BNV", null, "BỘ TRƯỞNG");
    }
    Unit unit = scope.unit();
    if (scope.throughCrosswalk()) {
      return province(scope.communes(), scope.asOf())
          .map(this::homeAffairsOfProvince)
          .orElse(new Letterhead(null, "……………", null, "", null, "THỦ TRƯỞNG ĐƠN VỊ"));
    }
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
