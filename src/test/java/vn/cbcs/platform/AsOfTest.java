package vn.cbcs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AsOfTest {

  @Test
  void readsIsoAndVietnameseDates() {
    assertThat(AsOf.parseIso("asOf", "2025-06-30")).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(AsOf.parseLenient("asOf", "30/06/2025")).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(AsOf.parseLenient("asOf", "1/7/2025")).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void blankIsTodayInVietnam() {
    assertThat(AsOf.parseIso("asOf", " ")).isEqualTo(AsOf.today());
    assertThat(AsOf.parseIso("asOf", null)).isEqualTo(AsOf.today());
  }

  @Test
  void badDatesNameTheParameter() {
    assertThatThrownBy(() -> AsOf.parseIso("asOf", "2025-13-01"))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.parameter()).isEqualTo("asOf"));
    assertThatThrownBy(() -> AsOf.parseLenient("validFrom", "31/02/2025"))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.parameter()).isEqualTo("validFrom"));
  }
}
