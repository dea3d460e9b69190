package vn.cbcs.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cbcs.support.IntegrationTest;

@IntegrationTest
class UnitSearchTest {

  @Autowired Units units;

  private List<String> names(String q, LocalDate asOf) {
    return units.search(q, asOf, 20).stream().map(h -> h.unit().fullName()).toList();
  }

  @Test
  void findsChoDonWithoutDiacritics() {
    List<UnitSearchHit> hits = units.search("cho don", LocalDate.of(2026, 1, 1), 20);
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).unit().fullName())
        .as("the unit in force comes first")
        .isEqualTo("Xã Chợ Đồn");
    assertThat(hits.get(0).inForce()).isTrue();
    assertThat(hits.get(0).parents()).isEqualTo("Tỉnh Thái Nguyên");
    assertThat(hits)
        .anySatisfy(
            h -> {
              assertThat(h.unit().fullName()).isEqualTo("Huyện Chợ Đồn");
              assertThat(h.inForce()).isFalse();
              assertThat(h.parents()).isEqualTo("Tỉnh Bắc Kạn");
            });
  }

  @Test
  void asOfBeforeTheReformTheDistrictComesFirst() {
    assertThat(names("Chợ Đồn", LocalDate.of(2024, 1, 1)).get(0)).isEqualTo("Huyện Chợ Đồn");
  }

  @Test
  void anyUnicodeNormalisationAndCaseFindTheSameUnits() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    String decomposed = Normalizer.normalize("Thượng Quan", Normalizer.Form.NFD);
    assertThat(names(decomposed, d)).contains("Xã Thượng Quan");
    assertThat(names("THUONG  QUAN", d)).contains("Xã Thượng Quan");
  }

  @Test
  void dStrokeMatchesD() {
    assertThat(names("duc xuan", LocalDate.of(2026, 1, 1))).contains("Phường Đức Xuân");
  }

  @Test
  void blankFindsNothing() {
    assertThat(units.search("  ", LocalDate.now(), 10)).isEmpty();
  }
}
