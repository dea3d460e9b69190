package vn.cbcs.recruitment.web;

import com.lowagie.text.Chunk;
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
import java.util.List;
import java.util.Locale;
import vn.cbcs.platform.PdfFonts;

/**
 * The recruitment decision draft as a PDF: A4 portrait, margins 2 / 2 / 3 / 1.5 cm (top, bottom,
 * left, right, NĐ 30/2020/NĐ-CP Phụ lục I), Liberation Serif embedded (the Vietnamese letters show
 * and copy as typed); the list of those recruited on a page of its own. The same text as the Word
 * draft ({@link DecisionDraft}).
 */
final class DecisionPdf {

  private static final float CM = 28.35f;

  private DecisionPdf() {}

  static byte[] write(DecisionDraft d) {
    Font regular = new Font(PdfFonts.regular(), 13);
    Font bold = new Font(PdfFonts.bold(), 13);
    Font italic = new Font(PdfFonts.italic(), 13);
    Font small = new Font(PdfFonts.regular(), 11);
    Font smallBold = new Font(PdfFonts.bold(), 11);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 3 * CM, 1.5f * CM, 2 * CM, 2 * CM);
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      PdfPTable head = new PdfPTable(new float[] {40, 60});
      head.setWidthPercentage(100);
      head.addCell(
          plain(
              lines(
                  List.of(d.issuer().toUpperCase(Locale.ROOT), "", d.number()),
                  List.of(smallBold, small, small))));
      head.addCell(
          plain(
              lines(
                  List.of(
                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      "Độc lập - Tự do - Hạnh phúc",
                      "",
                      d.dateLine()),
                  List.of(smallBold, smallBold, small, new Font(PdfFonts.italic(), 11)))));
      doc.add(head);
      doc.add(centred("QUYẾT ĐỊNH", bold, 18));
      doc.add(centred(d.subject(), bold, 0));
      doc.add(centred(d.issuer().toUpperCase(Locale.ROOT), bold, 12));
      for (String b : d.bases()) {
        doc.add(justified(new Phrase(b, italic)));
      }
      doc.add(centred("QUYẾT ĐỊNH:", bold, 8));
      for (List<String> a : d.articles()) {
        Phrase p = new Phrase();
        p.add(new Chunk(a.get(0) + " ", bold));
        p.add(new Chunk(a.get(1), regular));
        doc.add(justified(p));
      }
      PdfPTable sign = new PdfPTable(new float[] {50, 50});
      sign.setWidthPercentage(100);
      sign.setSpacingBefore(14);
      List<Paragraph> recipients = new java.util.ArrayList<>();
      recipients.add(new Paragraph("Nơi nhận:", smallBold));
      d.recipients().forEach(r -> recipients.add(new Paragraph("- " + r, small)));
      sign.addCell(plain(recipients));
      sign.addCell(plain(lines(List.of(d.capacity(), "", "", "", d.signer()), List.of(bold))));
      doc.add(sign);
      doc.newPage();
      doc.add(centred(d.listTitle(), bold, 0));
      PdfPTable grid = new PdfPTable(new float[] {6, 26, 13, 10, 30, 12});
      grid.setWidthPercentage(100);
      grid.setSpacingBefore(10);
      grid.setHeaderRows(1);
      for (String h : d.header()) {
        grid.addCell(cell(h, smallBold));
      }
      for (List<String> row : d.rows()) {
        for (String v : row) {
          grid.addCell(cell(v, small));
        }
      }
      doc.add(grid);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** Centred lines for one cell; the last font repeats. */
  private static List<Paragraph> lines(List<String> texts, List<Font> fonts) {
    List<Paragraph> out = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Font f = fonts.get(Math.min(i, fonts.size() - 1));
      Paragraph line = new Paragraph(texts.get(i).isEmpty() ? " " : texts.get(i), f);
      line.setAlignment(Element.ALIGN_CENTER);
      out.add(line);
    }
    return out;
  }

  private static PdfPCell plain(List<Paragraph> content) {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    content.forEach(c::addElement);
    return c;
  }

  private static Paragraph centred(String text, Font font, float before) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    return p;
  }

  private static Paragraph justified(Phrase content) {
    Paragraph p = new Paragraph(content);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    p.setFirstLineIndent(1.27f * CM);
    p.setSpacingBefore(4);
    return p;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setPadding(3);
    return c;
  }
}
