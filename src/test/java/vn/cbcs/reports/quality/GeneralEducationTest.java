package vn.cbcs.reports.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneralEducationTest {

  @Test
  void twelveYearSystem() {
    assertThat(GeneralEducation.of("5/12")).isEqualTo(1);
    assertThat(GeneralEducation.of("6/12")).isEqualTo(2);
    assertThat(GeneralEducation.of("9/12")).isEqualTo(2);
    assertThat(GeneralEducation.of("10/12")).isEqualTo(3);
    assertThat(GeneralEducation.of("12/12")).isEqualTo(3);
  }

  @Test
  void tenYearSystemOfTheOldNorth() {
    assertThat(GeneralEducation.of("4/10")).isEqualTo(1);
    assertThat(GeneralEducation.of("5/10")).isEqualTo(2);
    assertThat(GeneralEducation.of("7/10")).isEqualTo(2);
    assertThat(GeneralEducation.of("8/10")).isEqualTo(3);
    assertThat(GeneralEducation.of("10/10")).isEqualTo(3);
  }

  @Test
  void notRecordedOrUnreadableIsNone() {
    assertThat(GeneralEducation.of(null)).isZero();
    assertThat(GeneralEducation.of("")).isZero();
    assertThat(GeneralEducation.of("13/12")).isZero();
    assertThat(GeneralEducation.of("0/12")).isZero();
    assertThat(GeneralEducation.of("12")).isZero();
  }
}
