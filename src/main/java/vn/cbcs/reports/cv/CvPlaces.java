package vn.cbcs.reports.cv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * Names the place of birth and the home town from their unit codes: the unit in force on the
 * record's reference date, with its district and province of that date. A code not in force then
 * (codes are reused over time) is named by its latest version.
 */
@Component
public class CvPlaces {

  /** The three slots of item 5: xã/phường, huyện/quận, tỉnh/thành phố. */
  public record HomeTown(String commune, String district, String province) {}

  private final Units units;

  CvPlaces(Units units) {
    this.units = units;
  }

  /** e.g. "Thôn Nà Pài, Xã Xuân Lạc, Huyện Chợ Đồn, Tỉnh Bắc Kạn"; null when nothing is known. */
  public String place(String text, String code, LocalDate refDate) {
    List<Unit> chain = chain(code, refDate);
    List<String> names = new ArrayList<>();
    chain.forEach(u -> names.add(u.fullName()));
    Collections.reverse(names);
    return CvText.join(", ", withoutUnits(text, chain), String.join(", ", names));
  }

  /**
   * The free text without the parts that name a unit of the chain ("Xã Xuân Lạc, Huyện Chợ Đồn"
   * typed beside the code of Xã Xuân Lạc): each place is printed once, from the unit.
   */
  static String withoutUnits(String text, List<Unit> chain) {
    if (text == null || text.isBlank() || chain.isEmpty()) {
      return text;
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Unit u : chain) {
      names.add(key(u.fullName()));
      names.add(key(u.name()));
    }
    List<String> kept = new ArrayList<>();
    for (String part : text.split("[,;]")) {
      if (!part.isBlank() && !names.contains(key(part))) {
        kept.add(part.strip());
      }
    }
    return kept.isEmpty() ? null : String.join(", ", kept);
  }

  private static String key(String s) {
    return s == null
        ? ""
        : java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFC)
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("\\s+", " ");
  }

  /** The home town split into the slots of the form; a free text goes before the commune. */
  public HomeTown homeTown(String text, String code, LocalDate refDate) {
    String commune = null;
    String district = null;
    String province = null;
    List<Unit> chain = chain(code, refDate);
    for (Unit u : chain) {
      if (u.level() == UnitLevel.COMMUNE) {
        commune = u.fullName();
      } else if (u.level() == UnitLevel.DISTRICT) {
        district = u.fullName();
      } else {
        province = u.fullName();
      }
    }
    return new HomeTown(CvText.join(", ", withoutUnits(text, chain), commune), district, province);
  }

  /** The unit of {@code code} and its parents, province first; empty for no or unknown code. */
  private List<Unit> chain(String code, LocalDate refDate) {
    if (code == null || code.isBlank()) {
      return List.of();
    }
    Optional<Unit> inForce = units.find(code, refDate);
    Unit unit = inForce.orElseGet(() -> latest(code));
    if (unit == null) {
      return List.of();
    }
    LocalDate on = inForce.isPresent() ? refDate : lastDay(unit, refDate);
    List<Unit> chain = new ArrayList<>(units.ancestors(unit, on));
    chain.add(unit);
    return chain;
  }

  private Unit latest(String code) {
    List<Unit> versions = units.versions(code);
    return versions.isEmpty() ? null : versions.get(versions.size() - 1);
  }

  private static LocalDate lastDay(Unit unit, LocalDate fallback) {
    if (unit.validTo() != null) {
      return unit.validTo();
    }
    return unit.validFrom() != null ? unit.validFrom() : fallback;
  }
}
