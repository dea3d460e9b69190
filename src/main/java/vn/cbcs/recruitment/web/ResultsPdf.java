package vn.cbcs.recruitment.web;

import static vn.cbcs.platform.PdfParts.bold;
import static vn.cbcs.platform.PdfParts.boxed;
import static vn.cbcs.platform.PdfParts.centred;
import static vn.cbcs.platform.PdfParts.grid;
import static vn.cbcs.platform.PdfParts.header;
import static vn.cbcs.platform.PdfParts.heading;
import static vn.cbcs.platform.PdfParts.regular;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.PdfParts;
import vn.cbcs.recruitment.RecruitmentRules;
import vn.cbcs.recruitment.Results;

/**
 * The results list of a round (danh sách kết quả tuyển dụng, NĐ 170/2025 Điều 10, 12) as a PDF (A4
 * landscape) in Vietnamese, in the shipped Liberation Serif (embedded, so the Vietnamese letters
 * show and copy as typed — as the printouts of the reports and evaluation modules): per position
 * the candidates ranked with round 2, priority points, total and outcome, and for an ineligible
 * candidate the standard not met with its rule.
 */
final class ResultsPdf {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MessageSource messages;

  ResultsPdf(MessageSource messages) {
    this.messages = messages;
  }

  byte[] write(Results r, String unitName, Map<Long, List<FieldError>> ineligible) {
    Font regular = regular(10);
    Font bold = bold(10);
    return PdfParts.write(
        PdfParts.landscapeList(),
        doc -> {
          doc.add(centred(t("recruitment.pdf.title"), bold(13)));
          var round = r.round();
          doc.add(
              centred(
                  round.title()
                      + " — "
                      + unitName
                      + " — "
                      + t("recruitment.method." + round.method().name())
                      + " — "
                      + t("recruitment.page.plan")
                      + " "
                      + round.planNumber()
                      + " ("
                      + round.planDate().format(DMY)
                      + ", "
                      + round.planIssuer()
                      + ")",
                  regular));
          for (Results.PositionResult p : r.positions()) {
            doc.add(
                heading(
                    p.positionCode() + " — " + t("recruitment.page.seats") + " " + p.seats(),
                    bold));
            List<String> header =
                List.of(
                    t("recruitment.pdf.rank"),
                    t("recruitment.page.fullName"),
                    t("recruitment.page.birthDate"),
                    t("recruitment.page.round2"),
                    t("recruitment.page.priority"),
                    t("recruitment.page.total"),
                    t("recruitment.page.outcome"),
                    t("recruitment.page.reasons"));
            PdfPTable grid = grid(new float[] {0.6f, 3f, 1.3f, 1f, 1f, 1f, 2.2f, 4f});
            header(grid, header, bold, Element.ALIGN_CENTER);
            for (Results.Ranked c : p.candidates()) {
              var s = c.score();
              grid.addCell(
                  boxed(
                      c.rank() == null ? "" : String.valueOf(c.rank()),
                      regular,
                      Element.ALIGN_CENTER));
              grid.addCell(
                  boxed(
                      c.candidate().erased()
                          ? t("recruitment.page.erased")
                          : c.candidate().fullName(),
                      regular,
                      Element.ALIGN_LEFT));
              grid.addCell(
                  boxed(
                      c.candidate().birthDate() == null
                          ? ""
                          : c.candidate().birthDate().format(DMY),
                      regular,
                      Element.ALIGN_CENTER));
              grid.addCell(boxed(num(s == null ? null : s.round2()), regular, Element.ALIGN_RIGHT));
              grid.addCell(
                  boxed(num(s == null ? null : s.priorityPoints()), regular, Element.ALIGN_RIGHT));
              grid.addCell(boxed(num(s == null ? null : s.total()), regular, Element.ALIGN_RIGHT));
              grid.addCell(
                  boxed(
                      t("recruitment.outcome." + c.outcome().name()), regular, Element.ALIGN_LEFT));
              StringBuilder why = new StringBuilder();
              for (FieldError e : ineligible.getOrDefault(c.candidate().id(), List.of())) {
                why.append(messages.getMessage(e.key(), e.args(), e.key(), VI)).append(' ');
              }
              grid.addCell(boxed(why.toString().strip(), regular, Element.ALIGN_LEFT));
            }
            doc.add(grid);
          }
        });
  }

  private String t(String key) {
    return messages.getMessage(key, null, key, VI);
  }

  private static String num(java.math.BigDecimal v) {
    return v == null ? "—" : RecruitmentRules.plain(v).replace('.', ',');
  }
}
