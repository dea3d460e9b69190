package vn.cbcs.reports.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.cbcs.indicators.Indicator;

/**
 * The Vietnamese sentences of a review: how each built-in indicator reads in running text ("tỷ lệ
 * cán bộ, công chức cấp xã có trình độ chuyên môn từ sơ cấp trở lên"), and the judgement of a
 * target ("…đạt 92,90%, chưa đạt chỉ tiêu 93,00% (thấp hơn 0,10 điểm phần trăm)"). An indicator
 * defined or redefined by an officer is named by its own title in quotes, since its wording may no
 * longer match.
 */
public final class TargetPhrases {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String CBCC = "tỷ lệ cán bộ, công chức cấp xã ";

  private static final Map<String, String> BUILT_IN =
      Map.ofEntries(
          Map.entry("PRO_SO_CAP_PLUS", CBCC + "có trình độ chuyên môn từ sơ cấp trở lên"),
          Map.entry(
              "LLCT_SO_TRUNG_CAP", CBCC + "có trình độ lý luận chính trị sơ cấp hoặc trung cấp"),
          Map.entry("PRO_DAI_HOC_PLUS", CBCC + "có trình độ chuyên môn đại học trở lên"),
          Map.entry(
              "LLCT_TRUNG_CAP_PLUS", CBCC + "có trình độ lý luận chính trị từ trung cấp trở lên"),
          Map.entry("MEETS_STANDARD", CBCC + "đạt tiêu chuẩn chức vụ, chức danh"),
          Map.entry("WOMEN", CBCC + "là nữ"),
          Map.entry("ETHNIC_MINORITY", CBCC + "là người dân tộc thiểu số"),
          Map.entry("AGE_UNDER_35", CBCC + "dưới 35 tuổi"),
          Map.entry("AGE_35_45", CBCC + "từ 35 đến dưới 45 tuổi"),
          Map.entry("AGE_45_55", CBCC + "từ 45 đến dưới 55 tuổi"),
          Map.entry("AGE_55_PLUS", CBCC + "từ 55 tuổi trở lên"),
          Map.entry("PARTY_MEMBER", CBCC + "là đảng viên"),
          Map.entry(
              "QLNN_CHUYEN_VIEN_PLUS",
              CBCC + "đã qua bồi dưỡng quản lý nhà nước ngạch chuyên viên trở lên"),
          Map.entry(
              "COMMUNES_STAFFED_TO_QUOTA",
              "tỷ lệ xã có đủ số lượng cán bộ, công chức theo định mức"));

  private TargetPhrases() {}

  /** Built-in indicators whose later versions say something else (REGULATIONS.md §13). */
  private static final Map<String, String> BUILT_IN_V2 =
      Map.of(
          "LLCT_SO_TRUNG_CAP",
          CBCC + "có trình độ lý luận chính trị từ sơ cấp trở lên",
          "COMMUNES_STAFFED_TO_QUOTA",
          "tỷ lệ xã bố trí đủ các chức danh và không vượt số lượng cán bộ, công chức theo quy định");

  /** The indicator in running text, starting in lower case. */
  public static String phrase(Indicator indicator) {
    String builtIn = BUILT_IN.get(indicator.code());
    if (indicator.builtIn()
        && indicator.version() == 2
        && BUILT_IN_V2.containsKey(indicator.code())) {
      return BUILT_IN_V2.get(indicator.code());
    }
    if (indicator.builtIn()
        && indicator.version() == 1
        && builtIn != null
        && !"COMMUNES_STAFFED_TO_QUOTA".equals(indicator.code())) {
      return builtIn;
    }
    return "tỷ lệ theo chỉ số \u201c" + indicator.nameVi() + "\u201d";
  }

  /** 92,90% */
  public static String percent(BigDecimal value) {
    return value == null
        ? "—"
        : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
  }

  /** Points with two decimals and a comma, without sign: 0,10 */
  public static String points(BigDecimal value) {
    return value.abs().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  /** A change in points with its sign: +1,25 / −0,40 / 0,00 */
  public static String signedPoints(BigDecimal value) {
    if (value == null) {
      return "—";
    }
    int sign = value.signum();
    return (sign > 0 ? "+" : sign < 0 ? "\u2212" : "") + points(value);
  }

  /** 26/4/2016, as resolutions are cited. */
  public static String shortDate(LocalDate d) {
    return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
  }

  public static String date(LocalDate d) {
    return DATE.format(d);
  }

  /**
   * The sentence of a level without a source (REGULATIONS.md §13.7): the value and the level, never
   * "đạt" or "chưa đạt".
   */
  static String referenceSentence(
      String phrase, LocalDate judgedOn, BigDecimal value, LocalDate milestone, BigDecimal level) {
    String head = "Đến " + date(judgedOn) + ", " + phrase;
    if (value == null) {
      return head + " chưa tính được (không có người hoặc đơn vị nào trong phạm vi).";
    }
    return head
        + " là "
        + percent(value)
        + "; mức tham chiếu "
        + percent(level)
        + " đến "
        + date(milestone)
        + " chưa có căn cứ (minh họa), không dùng để đánh giá.";
  }

  /** The sentence of a reported figure beside the value computed from the records. */
  static String reportedSentence(
      String phrase,
      LocalDate asOf,
      BigDecimal reported,
      String body,
      String document,
      BigDecimal computed) {
    return "Theo "
        + document
        + " ("
        + body
        + "), đến "
        + date(asOf)
        + " "
        + phrase
        + " là "
        + percent(reported)
        + " (số liệu báo cáo); tính từ hồ sơ trên hệ thống CBCS tại cùng ngày: "
        + percent(computed)
        + ".";
  }

  /**
   * The sentence of one target.
   *
   * @param value the value on {@code judgedOn} (null: nobody to count)
   * @param due whether the milestone is reached on the date reported on
   * @param met whether the value meets the target
   * @param atMost whether the target is a ceiling ("không quá")
   */
  static String sentence(
      String phrase,
      LocalDate judgedOn,
      BigDecimal value,
      LocalDate milestone,
      BigDecimal target,
      boolean due,
      boolean met,
      boolean atMost) {
    String head = "Đến " + date(judgedOn) + ", " + phrase;
    if (value == null) {
      return head + " chưa tính được (không có người hoặc đơn vị nào trong phạm vi).";
    }
    String targetText = (atMost ? "không quá " : "") + percent(target);
    BigDecimal diff = value.subtract(target);
    String gap =
        diff.signum() == 0
            ? ""
            : " ("
                + (diff.signum() > 0 ? "cao hơn " : "thấp hơn ")
                + points(diff)
                + " điểm phần trăm)";
    if (due) {
      String verdict;
      if (!met) {
        verdict = "chưa đạt chỉ tiêu ";
      } else if (diff.signum() == 0) {
        verdict = "đạt chỉ tiêu ";
      } else {
        verdict = atMost ? "đạt chỉ tiêu " : "vượt chỉ tiêu ";
      }
      return head + " đạt " + percent(value) + ", " + verdict + targetText + gap + ".";
    }
    return head
        + " đạt "
        + percent(value)
        + "; chỉ tiêu đến "
        + date(milestone)
        + " là "
        + targetText
        + (met
            ? ", đã đạt trước thời hạn" + gap + "."
            : ", còn " + (atMost ? "cao hơn " : "thiếu ") + points(diff) + " điểm phần trăm.");
  }
}
