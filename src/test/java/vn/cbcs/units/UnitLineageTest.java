package vn.cbcs.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cbcs.support.IntegrationTest;

/**
 * A unit's lineage (the unit and its parents as of a date) is one statement; it must give what
 * asking for each parent in turn gives, for every unit of Bắc Kạn before the reorganisation and of
 * Thái Nguyên after it, and on the day the map changed.
 */
@IntegrationTest
class UnitLineageTest {

  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

  @Autowired Units units;

  /** The walk the lineage replaces: each parent asked for by its code on the date. */
  private List<Unit> walked(String code, LocalDate on) {
    List<Unit> chain = new ArrayList<>();
    Optional<Unit> next = units.find(code, on);
    while (next.isPresent()) {
      chain.add(0, next.get());
      String parent = next.get().parentCode();
      next = parent == null ? Optional.empty() : units.find(parent, on);
    }
    return chain;
  }

  private List<Unit> everyUnitUnder(String province, LocalDate on) {
    return units.unitsUnder(units.find(province, on).orElseThrow(), on);
  }

  @Test
  void theLineageOfEveryUnitIsTheWalkOfItsParents() {
    List<Unit> before = everyUnitUnder("06", BEFORE);
    List<Unit> after = everyUnitUnder("19", AFTER);
    assertThat(before).as("Bắc Kạn, its districts and communes").hasSize(1 + 8 + 108);
    assertThat(after.size()).as("Thái Nguyên and its communes").isGreaterThan(90);
    for (Unit u : before) {
      assertThat(units.lineage(u.code(), BEFORE)).as(u.code()).isEqualTo(walked(u.code(), BEFORE));
    }
    for (Unit u : after) {
      assertThat(units.lineage(u.code(), AFTER)).as(u.code()).isEqualTo(walked(u.code(), AFTER));
    }
    Unit commune = before.get(before.size() - 1);
    List<Unit> line = units.lineage(commune.code(), BEFORE);
    assertThat(line)
        .extracting(Unit::level)
        .containsExactly(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE);
    assertThat(units.ancestors(commune, BEFORE)).isEqualTo(line.subList(0, 2));
  }

  /**
   * Many lineages asked at once — every unit of two provinces, each on its own date, a unit not in
   * force on its date, an unknown code and a repeated start — each the walk of its parents.
   */
  @Test
  void theLineagesOfManyUnitsAtOnceAreEachTheWalkOfItsParents() {
    List<Units.At> starts = new ArrayList<>();
    everyUnitUnder("06", BEFORE).forEach(u -> starts.add(new Units.At(u.code(), BEFORE)));
    everyUnitUnder("19", AFTER).forEach(u -> starts.add(new Units.At(u.code(), AFTER)));
    Unit district = everyUnitUnder("06", BEFORE).get(1);
    starts.add(new Units.At(district.code(), AFTER));
    starts.add(new Units.At("no-such-unit", BEFORE));
    starts.add(starts.get(5));
    java.util.Map<Units.At, List<Unit>> lines = units.lineages(starts);
    assertThat(lines).hasSize(starts.size() - 1);
    for (Units.At at : starts) {
      assertThat(lines.get(at)).as(at.toString()).isEqualTo(walked(at.code(), at.asOf()));
    }
    assertThat(lines.get(new Units.At(district.code(), AFTER))).isEmpty();
    assertThat(lines.get(starts.get(5))).isNotEmpty();
    assertThat(units.lineages(List.of())).isEmpty();
  }

  @Test
  void aUnitNotInForceOnTheDateHasNoLineage() {
    Unit district = everyUnitUnder("06", BEFORE).get(1);
    assertThat(district.level()).isEqualTo(UnitLevel.DISTRICT);
    assertThat(units.lineage(district.code(), AFTER)).isEmpty();
    assertThat(units.lineage("no-such-unit", BEFORE)).isEmpty();
  }
}
