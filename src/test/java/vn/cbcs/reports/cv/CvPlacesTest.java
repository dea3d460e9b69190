package vn.cbcs.reports.cv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitType;

/** The CV names each place once: a free text that repeats the unit's names loses those parts. */
class CvPlacesTest {

  private static Unit unit(String code, String name, String fullName, UnitType type) {
    return new Unit(
        code, name, fullName, name, fullName, type, null, code, LocalDate.of(2008, 1, 1), null);
  }

  static final List<Unit> CHAIN =
      List.of(
          unit("06", "Bắc Kạn", "Tỉnh Bắc Kạn", UnitType.TINH),
          unit("063", "Chợ Đồn", "Huyện Chợ Đồn", UnitType.HUYEN),
          unit("01864", "Xuân Lạc", "Xã Xuân Lạc", UnitType.XA));

  @Test
  void partsOfTheTextThatNameAUnitOfTheChainAreDropped() {
    assertThat(CvPlaces.withoutUnits("Thôn Nà Pài, Xã Xuân Lạc, huyện Chợ Đồn", CHAIN))
        .isEqualTo("Thôn Nà Pài");
    assertThat(CvPlaces.withoutUnits("Xã Xuân Lạc; Chợ Đồn; Tỉnh Bắc Kạn", CHAIN)).isNull();
    // a text without a code is kept whole
    assertThat(CvPlaces.withoutUnits("Xã Xuân Lạc, Huyện Chợ Đồn", List.of()))
        .isEqualTo("Xã Xuân Lạc, Huyện Chợ Đồn");
    assertThat(CvPlaces.withoutUnits("Bản Khuổi Ha", CHAIN)).isEqualTo("Bản Khuổi Ha");
  }
}
