package vn.cbcs.units.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void spellingVariantsOfOneNameAreTheSameKey() {
    assertThat(NameKey.loose("Phường Yên Hòa")).isEqualTo(NameKey.loose("Phường Yên Hoà"));
    assertThat(NameKey.loose("Xã Đại áng")).isEqualTo(NameKey.loose("Xã Đại Áng"));
    assertThat(NameKey.loose("Xã Ea H'Leo")).isEqualTo(NameKey.loose("Xã Ea H’leo"));
    assertThat(NameKey.loose("Thị trấn Mù Cang Chải ")).isEqualTo("mucangchai");
  }

  @Test
  void differentNamesStayDifferent() {
    assertThat(NameKey.loose("Xã Mỹ Hưng")).isNotEqualTo(NameKey.loose("Xã Hồng Quang"));
    assertThat(NameKey.loose("Xã Kim Trung")).isNotEqualTo(NameKey.loose("Xã Kim Chung"));
  }

  @Test
  void plainRemovesDiacriticsIncludingDStroke() {
    assertThat(NameKey.plain("Chợ  Đồn")).isEqualTo("cho don");
    String decomposed = Normalizer.normalize("Chợ Đồn", Normalizer.Form.NFD);
    assertThat(NameKey.plain(decomposed)).isEqualTo("cho don");
  }

  @Test
  void cleanNormalisesAndCollapsesWhitespace() {
    assertThat(NameKey.clean("Đặc khu Côn Đảo\n")).isEqualTo("Đặc khu Côn Đảo");
    assertThat(NameKey.clean(Normalizer.normalize("Hòa", Normalizer.Form.NFD))).isEqualTo("Hòa");
  }
}
