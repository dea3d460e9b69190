package vn.cbcs.reports.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TargetPhrasesTest {

  private static final String P =
      "tỷ lệ cán bộ, công chức cấp xã có trình độ chuyên môn từ sơ cấp trở lên";
  private static final LocalDate D = LocalDate.of(2020, 12, 31);

  private static String due(String value, String target, boolean atMost) {
    BigDecimal v = new BigDecimal(value);
    BigDecimal t = new BigDecimal(target);
    boolean met = atMost ? v.compareTo(t) <= 0 : v.compareTo(t) >= 0;
    return TargetPhrases.sentence(P, D, v, D, t, true, met, atMost);
  }

  @Test
  void missedExceededAndMetExactly() {
    assertThat(due("92.90", "93", false))
        .isEqualTo(
            "Đến 31/12/2020, "
                + P
                + " đạt 92,90%, chưa đạt chỉ tiêu 93,00% (thấp hơn 0,10 điểm"
                + " phần trăm).");
    assertThat(due("94.07", "93", false))
        .isEqualTo(
            "Đến 31/12/2020, "
                + P
                + " đạt 94,07%, vượt chỉ tiêu 93,00% (cao hơn 1,07 điểm phần"
                + " trăm).");
    assertThat(due("93.00", "93", false))
        .isEqualTo("Đến 31/12/2020, " + P + " đạt 93,00%, đạt chỉ tiêu 93,00%.");
  }

  @Test
  void aCeilingIsMetFromBelow() {
    assertThat(due("10", "15", true))
        .isEqualTo(
            "Đến 31/12/2020, "
                + P
                + " đạt 10,00%, đạt chỉ tiêu không quá 15,00% (thấp hơn 5,00"
                + " điểm phần trăm).");
    assertThat(due("16", "15", true)).contains("chưa đạt chỉ tiêu không quá 15,00%");
  }

  @Test
  void aTargetStillAhead() {
    LocalDate later = LocalDate.of(2025, 6, 30);
    assertThat(
            TargetPhrases.sentence(
                P, D, new BigDecimal("50"), later, new BigDecimal("60"), false, false, false))
        .isEqualTo(
            "Đến 31/12/2020, "
                + P
                + " đạt 50,00%; chỉ tiêu đến 30/06/2025 là 60,00%, còn thiếu"
                + " 10,00 điểm phần trăm.");
    assertThat(
            TargetPhrases.sentence(
                P, D, new BigDecimal("65"), later, new BigDecimal("60"), false, true, false))
        .endsWith("là 60,00%, đã đạt trước thời hạn (cao hơn 5,00 điểm phần trăm).");
  }

  @Test
  void nobodyToCount() {
    assertThat(TargetPhrases.sentence(P, D, null, D, BigDecimal.TEN, true, false, false))
        .isEqualTo(
            "Đến 31/12/2020, "
                + P
                + " chưa tính được (không có người hoặc đơn vị nào trong phạm vi).");
  }

  @Test
  void theSubjectOfTheTitle() {
    assertThat(ReviewContentFactory.subjectOf("Nghị quyết về nâng cao chất lượng"))
        .isEqualTo(" về nâng cao chất lượng");
    assertThat(ReviewContentFactory.subjectOf("Nâng cao chất lượng"))
        .isEqualTo(" về nâng cao chất lượng");
  }
}
