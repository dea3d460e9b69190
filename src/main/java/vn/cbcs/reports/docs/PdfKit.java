package vn.cbcs.reports.docs;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.util.List;
import vn.cbcs.platform.PdfFonts;
import vn.cbcs.platform.PdfParts;

/**
 * What the PDF writers of official documents share, beyond {@link PdfParts}: the header block of NĐ
 * 30/2020 — issuing body left, national motto right, each with its short rule under it.
 */
public final class PdfKit {

  public static final float CM = 72f / 2.54f;
  public static final Color WARNING = new Color(0xB0, 0x00, 0x20);

  private PdfKit() {}

  public static Font regular(float size) {
    return PdfParts.regular(size);
  }

  public static Font bold(float size) {
    return PdfParts.bold(size);
  }

  public static Font italic(float size) {
    return PdfParts.italic(size);
  }

  public static Font warning(float size) {
    return new Font(PdfFonts.bold(), size, Font.NORMAL, WARNING);
  }

  public static Paragraph paragraph(String text, Font font, int align) {
    Paragraph p = new Paragraph(new Chunk(text, font));
    p.setFont(font);
    p.setAlignment(align);
    p.setLeading(font.getSize() * 1.25f);
    return p;
  }

  /** A centred short rule, {@code percent} of the column wide. */
  public static Paragraph rule(float percent) {
    Paragraph p = new Paragraph();
    p.setFont(regular(2));
    // the line is drawn on its own baseline: a leading that clears the previous line's
    // descenders and the dots below Vietnamese vowels (ạ, ệ), so that it never crosses the text
    p.setLeading(6);
    LineSeparator line = new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 0);
    p.add(new Chunk(line));
    p.setSpacingAfter(4);
    return p;
  }

  /**
   * The header block: the issuing body's lines and {@code number} left, the national motto right,
   * then {@code dateLine} (italic) under the motto when given.
   */
  public static PdfPTable letterhead(
      Letterhead head, String number, String dateLine, float size, float[] widths) {
    PdfPTable t = new PdfPTable(widths.length);
    t.setWidthPercentage(100);
    t.setWidths(widths);
    PdfPCell left = cell();
    List<Letterhead.Line> lines = head.lines();
    for (Letterhead.Line l : lines) {
      left.addElement(
          paragraph(l.text(), l.bold() ? bold(size) : regular(size), Element.ALIGN_CENTER));
    }
    left.addElement(rule(35));
    if (number != null) {
      left.addElement(paragraph(number, regular(size), Element.ALIGN_CENTER));
    }
    t.addCell(left);
    for (int i = 2; i < widths.length; i++) {
      t.addCell(cell());
    }
    PdfPCell right = cell();
    right.addElement(
        paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold(size - 0.5f), Element.ALIGN_CENTER));
    right.addElement(paragraph("Độc lập - Tự do - Hạnh phúc", bold(size), Element.ALIGN_CENTER));
    right.addElement(rule(55));
    if (dateLine != null) {
      Paragraph d = paragraph(dateLine, italic(size), Element.ALIGN_CENTER);
      d.setSpacingBefore(4);
      right.addElement(d);
    }
    t.addCell(right);
    return t;
  }

  /** An empty cell without border. */
  public static PdfPCell cell() {
    return PdfParts.plain("", regular(1), Element.ALIGN_LEFT);
  }

  /** Vietnamese grouping: 12.345. */
  public static String number(long n) {
    String s = Long.toString(Math.abs(n));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        b.append('.');
      }
      b.append(s.charAt(i));
    }
    return (n < 0 ? "-" : "") + b;
  }
}
