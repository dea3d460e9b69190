package vn.cbcs.recruitment.web;

import static vn.cbcs.platform.PdfParts.bold;
import static vn.cbcs.platform.PdfParts.boxed;
import static vn.cbcs.platform.PdfParts.grid;
import static vn.cbcs.platform.PdfParts.header;
import static vn.cbcs.platform.PdfParts.italic;
import static vn.cbcs.platform.PdfParts.regular;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;
import vn.cbcs.platform.PdfParts;

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
    Font regular = regular(13);
    Font bold = bold(13);
    Font italic = italic(13);
    Font small = regular(11);
    Font smallBold = bold(11);
    return PdfParts.write(
        new Document(PageSize.A4, 3 * CM, 1.5f * CM, 2 * CM, 2 * CM),
        doc -> {
          PdfPTable head = grid(new float[] {40, 60});
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
                      List.of(smallBold, smallBold, small, italic(11)))));
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
          PdfPTable sign = grid(new float[] {50, 50});
          sign.setSpacingBefore(14);
          List<Paragraph> recipients = new java.util.ArrayList<>();
          recipients.add(new Paragraph("Nơi nhận:", smallBold));
          d.recipients().forEach(r -> recipients.add(new Paragraph("- " + r, small)));
          sign.addCell(plain(recipients));
          sign.addCell(plain(lines(List.of(d.capacity(), "", "", "", d.signer()), List.of(bold))));
          doc.add(sign);
          doc.newPage();
          doc.add(centred(d.listTitle(), bold, 0));
          PdfPTable grid = grid(new float[] {6, 26, 13, 10, 30, 12});
          grid.setSpacingBefore(10);
          header(grid, d.header(), smallBold, Element.ALIGN_LEFT);
          for (List<String> row : d.rows()) {
            for (String v : row) {
              grid.addCell(boxed(v, small, Element.ALIGN_LEFT));
            }
          }
          doc.add(grid);
        });
  }

  /** Centred lines for one cell; the last font repeats. */
  private static List<Paragraph> lines(List<String> texts, List<Font> fonts) {
    List<Paragraph> out = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Font f = fonts.get(Math.min(i, fonts.size() - 1));
      out.add(PdfParts.centred(texts.get(i).isEmpty() ? " " : texts.get(i), f));
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
    Paragraph p = PdfParts.centred(text, font);
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
}
