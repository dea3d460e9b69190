package vn.cbcs.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.cbcs.indicators.ReportedValue;
import vn.cbcs.indicators.ReportedValues;
import vn.cbcs.platform.Actor;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.ResolutionDraft;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.Target;
import vn.cbcs.resolutions.TargetDraft;

/**
 * The demo's resolutions (REGULATIONS.md §13.7). Bắc Kạn's Resolution 10-NQ/TU (2016): its 93% and
 * 94.07% are results the province reported for 2020, so they are recorded as reported figures
 * beside the computed ones, not as targets; the resolution's own targets are not in the sources
 * read, so none is invented (the former illustrative 2018 and 2025 milestones are gone). An
 * illustrative 2026–2030 resolution of the new Thái Nguyên keeps levels to look at, each without a
 * source: the pages say so and the review never judges them đạt / chưa đạt.
 */
@Component
class DemoResolutions {

  static final String BAC_KAN = "06";
  static final String THAI_NGUYEN = "19";

  /** Where the two figures of Resolution 10-NQ/TU come from. */
  static final String NQ10_REPORT =
      "Phỏng vấn Trưởng Ban Tổ chức Tỉnh ủy Bắc Kạn về kết quả thực hiện Nghị quyết 10-NQ/TU"
          + " (nguồn của PRODUCT.md; số hiệu văn bản cần xác minh)";

  private final Resolutions resolutions;
  private final ReportedValues reported;

  DemoResolutions(Resolutions resolutions, ReportedValues reported) {
    this.resolutions = resolutions;
    this.reported = reported;
  }

  void record(DemoSettings settings, Actor actor) {
    if (!settings.provinces().contains(BAC_KAN)
        || settings.start().getYear() > 2016
        || resolutions.all(actor).stream().anyMatch(r -> r.number().equals("10-NQ/TU"))) {
      return;
    }
    resolutions.create(
        new ResolutionDraft(
            "10-NQ/TU",
            "Nghị quyết về nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã",
            "Tỉnh ủy Bắc Kạn",
            LocalDate.of(2016, 4, 26),
            BAC_KAN,
            "93% và 94,07% là kết quả tỉnh báo cáo cho năm 2020, ghi là số liệu báo cáo (không"
                + " phải chỉ tiêu); chỉ tiêu của Nghị quyết chưa có trong nguồn đã đọc nên không"
                + " ghi."),
        actor);
    LocalDate end2020 = LocalDate.of(2020, 12, 31);
    report("PRO_SO_CAP_PLUS", end2020, "93", actor);
    report("LLCT_SO_TRUNG_CAP", end2020, "94.07", actor);
    if (settings.end().isBefore(LocalDate.of(2025, 7, 1))) {
      return;
    }
    Resolution tn =
        resolutions.create(
            new ResolutionDraft(
                "01-NQ/TU (minh họa)",
                "Nghị quyết về xây dựng đội ngũ cán bộ, công chức cấp xã giai đoạn 2026–2030",
                "Tỉnh ủy Thái Nguyên",
                LocalDate.of(2025, 12, 15),
                THAI_NGUYEN,
                "Nghị quyết minh họa của bản trình diễn, không phải văn bản thật: các mức dưới"
                    + " đây không có căn cứ, chỉ để tham chiếu."),
            actor);
    target(tn, "PRO_DAI_HOC_PLUS", 2028, 8, 1, "90", actor);
    target(tn, "LLCT_TRUNG_CAP_PLUS", 2030, 12, 31, "80", actor);
    target(tn, "MEETS_STANDARD", 2028, 8, 1, "100", actor);
    target(tn, "WOMEN", 2030, 12, 31, "30", actor);
  }

  private void report(String code, LocalDate asOf, String value, Actor actor) {
    reported.record(
        new ReportedValue.Draft(
            code,
            BAC_KAN,
            asOf,
            asOf,
            new BigDecimal(value),
            null,
            null,
            NQ10_REPORT,
            "Ban Tổ chức Tỉnh ủy Bắc Kạn",
            "Kết quả báo cáo cho năm 2020, không phải chỉ tiêu (REGULATIONS.md §13.7)."),
        actor);
  }

  private void target(
      Resolution r, String code, int year, int month, int day, String value, Actor actor) {
    resolutions.addTarget(
        r.id(),
        new TargetDraft(
            code,
            LocalDate.of(year, month, day),
            new BigDecimal(value),
            Target.Direction.AT_LEAST,
            "Mức minh họa của bản trình diễn",
            null),
        actor);
  }
}
