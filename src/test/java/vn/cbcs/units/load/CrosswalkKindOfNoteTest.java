package vn.cbcs.units.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cbcs.units.CrosswalkKind;

/** The wording of the official conversion table, read as a merge kind. */
class CrosswalkKindOfNoteTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Nhập toàn bộ|FULL",
        "Nhập toàn bộ diện tích|FULL",
        "Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo|FULL",
        "Đổi tên|FULL",
        "Đổi loại hình|FULL",
        "Nhập một phần|PARTIAL",
        "Nhâp một phần diện tích|PARTIAL",
        "Nhập một phần diện tích, toàn bộ dân số|PARTIAL",
        "Phần còn lại sau khi tách một phần vào xã Canh Vinh|PARTIAL",
        "Đổi tên, đổi loại hình từ một phần thị trấn Lai Uyên|PARTIAL",
        "Giữ nguyên |UNCHANGED"
      })
  void readsTheNote(String note, CrosswalkKind kind) {
    LoadReport report = new LoadReport("test");
    assertThat(ConversionTableLoader.kindOf(NameKey.clean(note), 1, report)).isEqualTo(kind);
    assertThat(report.notes("Unknown notes read as PARTIAL")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void anUnknownNoteIsPartialAndReported() {
    LoadReport report = new LoadReport("test");
    assertThat(ConversionTableLoader.kindOf("Điều chỉnh địa giới", 7, report))
        .isEqualTo(CrosswalkKind.PARTIAL);
    assertThat(report.notes("Unknown notes read as PARTIAL")).hasSize(1);
  }
}
