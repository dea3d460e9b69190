package vn.cbcs.recruitment.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.PdfFonts;
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
    Font regular = new Font(PdfFonts.regular(), 10);
    Font bold = new Font(PdfFonts.bold(), 10);
    Font title = new Font(PdfFonts.bold(), 13);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      Paragraph t = new Paragraph(t("recruitment.pdf.title"), title);
      t.setAlignment(Element.ALIGN_CENTER);
      doc.add(t);
      var round = r.round();
      Paragraph sub =
          new Paragraph(
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
              regular);
      sub.setAlignment(Element.ALIGN_CENTER);
      doc.add(sub);
      for (Results.PositionResult p : r.positions()) {
        Paragraph head =
            new Paragraph(
                p.positionCode() + " — " + t("recruitment.page.seats") + " " + p.seats(), bold);
        head.setSpacingBefore(10);
        head.setSpacingAfter(4);
        doc.add(head);
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
        PdfPTable grid = new PdfPTable(header.size());
        grid.setWidthPercentage(100);
        grid.setWidths(new float[] {0.6f, 3f, 1.3f, 1f, 1f, 1f, 2.2f, 4f});
        grid.setHeaderRows(1);
        for (String h : header) {
          grid.addCell(cell(h, bold, Element.ALIGN_CENTER));
        }
        for (Results.Ranked c : p.candidates()) {
          var s = c.score();
          grid.addCell(
              cell(
                  c.rank() == null ? "" : String.valueOf(c.rank()), regular, Element.ALIGN_CENTER));
          grid.addCell(
              cell(
                  c.candidate().erased() ? t("recruitment.page.erased") : c.candidate().fullName(),
                  regular,
                  Element.ALIGN_LEFT));
          grid.addCell(
              cell(
                  c.candidate().birthDate() == null ? "" : c.candidate().birthDate().format(DMY),
                  regular,
                  Element.ALIGN_CENTER));
          grid.addCell(cell(num(s == null ? null : s.round2()), regular, Element.ALIGN_RIGHT));
          grid.addCell(
              cell(num(s == null ? null : s.priorityPoints()), regular, Element.ALIGN_RIGHT));
          grid.addCell(cell(num(s == null ? null : s.total()), regular, Element.ALIGN_RIGHT));
          grid.addCell(
              cell(t("recruitment.outcome." + c.outcome().name()), regular, Element.ALIGN_LEFT));
          StringBuilder why = new StringBuilder();
          for (FieldError e : ineligible.getOrDefault(c.candidate().id(), List.of())) {
            why.append(messages.getMessage(e.key(), e.args(), e.key(), VI)).append(' ');
          }
          grid.addCell(cell(why.toString().strip(), regular, Element.ALIGN_LEFT));
        }
        doc.add(grid);
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private String t(String key) {
    return messages.getMessage(key, null, key, VI);
  }

  private static String num(java.math.BigDecimal v) {
    return v == null ? "—" : RecruitmentRules.plain(v).replace('.', ',');
  }

  private static PdfPCell cell(String text, Font font, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(align);
    c.setPadding(3);
    return c;
  }
}
