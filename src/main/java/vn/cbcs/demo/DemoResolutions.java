package vn.cbcs.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.Actor;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.ResolutionDraft;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.Target;
import vn.cbcs.resolutions.TargetDraft;

/**
 * The demo's resolutions: Bắc Kạn's Resolution 10-NQ/TU (2016) with the two targets the province
 * published (93% and 94.07% by the end of 2020) and plausible mid-term and 2025 milestones, and an
 * illustrative 2026–2030 resolution of the new Thái Nguyên whose milestones are still ahead.
 */
@Component
class DemoResolutions {

  static final String BAC_KAN = "06";
  static final String THAI_NGUYEN = "19";
  private final Resolutions resolutions;

  DemoResolutions(Resolutions resolutions) {
    this.resolutions = resolutions;
  }

  void record(DemoSettings settings, Actor actor) {
    if (!settings.provinces().contains(BAC_KAN)
        || settings.start().getYear() > 2016
        || resolutions.all(actor).stream().anyMatch(r -> r.number().equals("10-NQ/TU"))) {
      return;
    }
    Resolution nq10 =
        resolutions.create(
            new ResolutionDraft(
                "10-NQ/TU",
                "Nghị quyết về nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã",
                "Tỉnh ủy Bắc Kạn",
                LocalDate.of(2016, 4, 26),
                BAC_KAN,
                "Chỉ tiêu 93% và 94,07% theo Nghị quyết; các mốc 2018 và 2025 là số liệu minh họa"
                    + " của bản trình diễn."),
            actor);
    target(nq10, "PRO_SO_CAP_PLUS", 2018, 12, 31, "88", actor);
    target(nq10, "PRO_SO_CAP_PLUS", 2020, 12, 31, "93", actor);
    target(nq10, "LLCT_SO_TRUNG_CAP", 2018, 12, 31, "90", actor);
    target(nq10, "LLCT_SO_TRUNG_CAP", 2020, 12, 31, "94.07", actor);
    target(nq10, "PRO_DAI_HOC_PLUS", 2020, 12, 31, "45", actor);
    target(nq10, "PRO_DAI_HOC_PLUS", 2025, 6, 30, "60", actor);
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
                "Nghị quyết minh họa của bản trình diễn, không phải văn bản thật."),
            actor);
    target(tn, "PRO_DAI_HOC_PLUS", 2028, 8, 1, "90", actor);
    target(tn, "LLCT_TRUNG_CAP_PLUS", 2030, 12, 31, "80", actor);
    target(tn, "MEETS_STANDARD", 2028, 8, 1, "100", actor);
    target(tn, "WOMEN", 2030, 12, 31, "30", actor);
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
            null),
        actor);
  }
}
