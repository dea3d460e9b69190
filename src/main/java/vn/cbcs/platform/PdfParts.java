package vn.cbcs.platform;

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

/**
 * The pieces the PDF writers of every module share (OpenPDF): the document written to bytes, fonts
 * of the shipped Liberation Serif ({@link PdfFonts}) in a size, table cells with and without a
 * border, full-width tables with a repeated header row, and centred paragraphs.
 */
public final class PdfParts {

  /** What a writer adds to the open document. */
  @FunctionalInterface
  public interface Body {
    void write(Document doc) throws DocumentException;
  }

  private PdfParts() {}

  /** The page of the lists and summaries: A4 landscape, half-inch (36 pt) margins. */
  public static Document landscapeList() {
    return new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
  }

  /** {@code doc} opened, filled by {@code body}, closed, as bytes. */
  public static byte[] write(Document doc, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      body.write(doc);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  public static Font regular(float size) {
    return new Font(PdfFonts.regular(), size);
  }

  public static Font bold(float size) {
    return new Font(PdfFonts.bold(), size);
  }

  public static Font italic(float size) {
    return new Font(PdfFonts.italic(), size);
  }

  /** A cell of a grid: bordered, 3 pt padding. */
  public static PdfPCell boxed(String text, Font font, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(align);
    c.setPadding(3);
    return c;
  }

  /** A cell without border, as in a header or signature block laid out as a table. */
  public static PdfPCell plain(String text, Font font, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(align);
    c.setBorder(Rectangle.NO_BORDER);
    return c;
  }

  /** A table the width of the text with {@code columns} equal columns. */
  public static PdfPTable grid(int columns) {
    PdfPTable t = new PdfPTable(columns);
    t.setWidthPercentage(100);
    return t;
  }

  /** A table the width of the text with columns of these relative widths. */
  public static PdfPTable grid(float[] widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    return t;
  }

  /** The header row of {@code grid} (repeated on every page): one boxed cell a text. */
  public static void header(PdfPTable grid, List<String> texts, Font font, int align) {
    grid.setHeaderRows(1);
    for (String h : texts) {
      grid.addCell(boxed(h, font, align));
    }
  }

  public static Paragraph centred(String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    return p;
  }

  /** The heading over a table: 10 pt before, 4 pt after. */
  public static Paragraph heading(String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    return p;
  }
}
