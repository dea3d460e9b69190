package vn.cbcs.planning.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import vn.cbcs.planning.PlanDocument;
import vn.cbcs.platform.PdfFonts;

/**
 * A planning document as a PDF: A4 landscape (the tables are wide), margins 2 cm top and bottom, 3
 * cm left, 1.5 cm right (NĐ 30/2020 Phụ lục I), in the shipped Liberation Serif (embedded, so the
 * Vietnamese letters show and copy as typed — as the printouts of the evaluation and recruitment
 * modules).
 */
final class PlanDocumentPdf {

  private static final float CM = 28.35f;

  private PlanDocumentPdf() {}

  static byte[] write(PlanDocument d) {
    Font regular = new Font(PdfFonts.regular(), 11);
    Font bold = new Font(PdfFonts.bold(), 11);
    Font head = new Font(PdfFonts.bold(), 12);
    Font title = new Font(PdfFonts.bold(), 14);
    Font italic = new Font(PdfFonts.italic(), 12);
    Font cell = new Font(PdfFonts.regular(), 10);
    Font cellBold = new Font(PdfFonts.bold(), 10);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 3 * CM, 1.5f * CM, 2 * CM, 2 * CM);
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      PdfPTable top = new PdfPTable(2);
      top.setWidthPercentage(100);
      top.setWidths(new float[] {1f, 1.3f});
      top.addCell(plain(d.issuerAbove() + "\n" + d.issuer() + "\n*", head, Element.ALIGN_CENTER));
      top.addCell(plain(d.nationalHeader() + "\n\n", head, Element.ALIGN_CENTER));
      top.addCell(plain("", regular, Element.ALIGN_CENTER));
      top.addCell(plain(d.placeAndDate(), italic, Element.ALIGN_CENTER));
      doc.add(top);
      Paragraph t = new Paragraph(d.title(), title);
      t.setAlignment(Element.ALIGN_CENTER);
      t.setSpacingBefore(12);
      doc.add(t);
      Paragraph sub = new Paragraph(d.subtitle(), bold);
      sub.setAlignment(Element.ALIGN_CENTER);
      sub.setSpacingAfter(8);
      doc.add(sub);
      for (String line : d.intro()) {
        Paragraph p = new Paragraph(line, regular);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(1.27f * CM);
        doc.add(p);
      }
      for (PlanDocument.Section s : d.sections()) {
        if (s.heading() != null) {
          Paragraph h = new Paragraph(s.heading(), bold);
          h.setSpacingBefore(8);
          doc.add(h);
        }
        PdfPTable grid = new PdfPTable(s.header().size());
        grid.setWidthPercentage(100);
        grid.setWidths(s.widths());
        grid.setHeaderRows(1);
        grid.setSpacingBefore(6);
        for (String h : s.header()) {
          grid.addCell(boxed(h, cellBold, Element.ALIGN_CENTER));
        }
        for (var row : s.rows()) {
          for (int i = 0; i < row.size(); i++) {
            grid.addCell(
                boxed(row.get(i), cell, i == 0 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
          }
        }
        if (s.rows().isEmpty()) {
          PdfPCell none = boxed("—", cell, Element.ALIGN_CENTER);
          none.setColspan(s.header().size());
          grid.addCell(none);
        }
        doc.add(grid);
      }
      for (String line : d.closing()) {
        Paragraph p = new Paragraph(line, regular);
        p.setSpacingBefore(6);
        doc.add(p);
      }
      PdfPTable sign = new PdfPTable(2);
      sign.setWidthPercentage(100);
      sign.setSpacingBefore(12);
      sign.addCell(plain("", regular, Element.ALIGN_CENTER));
      sign.addCell(plain(d.signerTitle() + "\n\n\n\n" + d.signer(), head, Element.ALIGN_CENTER));
      doc.add(sign);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static PdfPCell plain(String text, Font font, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(align);
    c.setBorder(Rectangle.NO_BORDER);
    return c;
  }

  private static PdfPCell boxed(String text, Font font, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(align);
    c.setPadding(3);
    return c;
  }
}
