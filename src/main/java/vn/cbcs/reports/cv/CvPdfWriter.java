package vn.cbcs.reports.cv;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.cbcs.platform.PdfFonts;
import vn.cbcs.reports.cv.CvContent.Align;
import vn.cbcs.reports.cv.CvContent.Block;
import vn.cbcs.reports.cv.CvContent.Heading;
import vn.cbcs.reports.cv.CvContent.Line;
import vn.cbcs.reports.cv.CvContent.PhotoAndTitle;
import vn.cbcs.reports.cv.CvContent.Signatures;
import vn.cbcs.reports.cv.CvContent.Span;
import vn.cbcs.reports.cv.CvContent.Style;
import vn.cbcs.reports.cv.CvContent.Table;

/** Lays {@link CvContent} out as a PDF: A4 portrait, 2 cm margins, Liberation Serif embedded. */
public final class CvPdfWriter {

  static final float CM = 72f / 2.54f;
  private static final float BODY = 12;
  private static final float SMALL = 10;
  private static final float CELL = 10.5f;
  private static final Color WARNING = new Color(0xB0, 0x00, 0x20);

  public byte[] write(CvContent content) {
    Document doc = new Document(PageSize.A4, 2 * CM, 2 * CM, 2 * CM, 2 * CM);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    writer.setPageEvent(new Footer(content.footer()));
    doc.addTitle("Sơ yếu lý lịch – " + content.personName());
    doc.addSubject(
        "Sơ yếu lý lịch (Thông tư 06/2023/TT-BNV), thông tin tại ngày " + content.asOf());
    doc.addCreator("CBCS");
    doc.open();
    for (Block block : content.blocks()) {
      if (block instanceof Heading && writer.getVerticalPosition(true) - doc.bottom() < 4 * CM) {
        doc.newPage(); // keep a section heading with what follows it
      }
      doc.add(element(block));
    }
    doc.close();
    return out.toByteArray();
  }

  private Element element(Block block) {
    if (block instanceof Line l) {
      return paragraph(l);
    } else if (block instanceof Heading h) {
      return heading(h);
    } else if (block instanceof PhotoAndTitle p) {
      return photoAndTitle(p);
    } else if (block instanceof Table t) {
      return table(t);
    }
    return signatures((Signatures) block);
  }

  static Font font(Style style, float size) {
    return switch (style) {
      case LABEL -> new Font(PdfFonts.regular(), size);
      case VALUE -> new Font(PdfFonts.bold(), size);
      case NOTE -> new Font(PdfFonts.italic(), size);
      case WARNING -> new Font(PdfFonts.bold(), size, Font.NORMAL, WARNING);
    };
  }

  private static Paragraph paragraph(Line line) {
    float size = line.small() ? SMALL : BODY;
    Paragraph p = new Paragraph();
    p.setFont(font(Style.LABEL, size)); // also the font of the line end iText adds
    p.setLeading(size * 1.25f);
    for (Span s : line.spans()) {
      p.add(new Chunk(s.text(), font(s.style(), size)));
    }
    p.setAlignment(align(line.align()));
    p.setSpacingAfter(2);
    return p;
  }

  private static int align(Align align) {
    return switch (align) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
      case JUSTIFY -> Element.ALIGN_JUSTIFIED;
    };
  }

  private static Paragraph heading(Heading h) {
    Paragraph p = new Paragraph(h.text(), font(Style.VALUE, BODY));
    p.setLeading(BODY * 1.25f);
    p.setSpacingBefore(8);
    p.setSpacingAfter(3);
    p.setKeepTogether(true);
    return p;
  }

  private static PdfPTable photoAndTitle(PhotoAndTitle p) {
    PdfPTable t = new PdfPTable(3);
    t.setWidthPercentage(100);
    t.setWidths(new float[] {4 * CM, 0.6f * CM, 12.2f * CM});
    t.setSpacingBefore(8);
    t.setSpacingAfter(10);
    PdfPCell photo = new PdfPCell();
    photo.setFixedHeight(6 * CM);
    photo.setBorder(Rectangle.BOX);
    photo.setHorizontalAlignment(Element.ALIGN_CENTER);
    photo.setVerticalAlignment(Element.ALIGN_MIDDLE);
    photo.setPhrase(new Phrase(String.join("\n", p.photoCaption()), font(Style.LABEL, SMALL)));
    t.addCell(photo);
    t.addCell(blank());
    PdfPCell title = new PdfPCell(new Phrase(p.title(), font(Style.VALUE, 18)));
    title.setBorder(Rectangle.NO_BORDER);
    title.setHorizontalAlignment(Element.ALIGN_CENTER);
    title.setVerticalAlignment(Element.ALIGN_MIDDLE);
    t.addCell(title);
    return t;
  }

  private static PdfPCell blank() {
    PdfPCell c = new PdfPCell(new Phrase("", font(Style.LABEL, SMALL)));
    c.setBorder(Rectangle.NO_BORDER);
    return c;
  }

  private static PdfPTable table(Table table) {
    int n = table.columns().size();
    PdfPTable t = new PdfPTable(n);
    t.setWidthPercentage(100);
    float[] widths = new float[n];
    for (int i = 0; i < n; i++) {
      widths[i] = table.columns().get(i).width();
    }
    t.setWidths(widths);
    t.setSpacingBefore(3);
    t.setSpacingAfter(6);
    boolean grouped = table.grouped();
    int captionRows = 0;
    if (table.caption() != null) {
      // a header row, so the caption never stays alone at the foot of a page
      PdfPCell caption = new PdfPCell(new Phrase(table.caption(), font(Style.LABEL, BODY)));
      caption.setColspan(n);
      caption.setBorder(Rectangle.NO_BORDER);
      caption.setPaddingLeft(0);
      caption.setPaddingBottom(5);
      t.addCell(caption);
      captionRows = 1;
    }
    t.setHeaderRows(captionRows + (grouped ? 2 : 1));
    for (int i = 0; i < n; i++) {
      var column = table.columns().get(i);
      if (column.group() == null) {
        PdfPCell c = cell(column.title(), true);
        c.setRowspan(grouped ? 2 : 1);
        t.addCell(c);
      } else if (table.startsGroup(i)) {
        PdfPCell c = cell(column.group(), true);
        c.setColspan(table.groupSpan(i));
        t.addCell(c);
      }
    }
    if (grouped) {
      table.columns().stream()
          .filter(c -> c.group() != null)
          .forEach(c -> t.addCell(cell(c.title(), true)));
    }
    for (List<String> row : table.rows()) {
      row.forEach(v -> t.addCell(cell(v, false)));
    }
    return t;
  }

  private static PdfPCell cell(String text, boolean header) {
    PdfPCell c = new PdfPCell(new Phrase(text, font(header ? Style.VALUE : Style.LABEL, CELL)));
    c.setPadding(3);
    c.setPaddingBottom(5);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setHorizontalAlignment(header ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
    return c;
  }

  private static PdfPTable signatures(Signatures s) {
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(100);
    t.setSpacingBefore(14);
    t.setKeepTogether(true);
    t.addCell(lines(s.left()));
    t.addCell(lines(s.right()));
    return t;
  }

  private static PdfPCell lines(List<Line> lines) {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    lines.forEach(l -> c.addElement(paragraph(l)));
    return c;
  }

  /** The as-of line (and the synthetic-data warning) and the page number on every page. */
  private static final class Footer extends PdfPageEventHelper {

    private final List<String> lines;

    Footer(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      float y = document.bottom() - 0.8f * CM;
      for (int i = 0; i < lines.size(); i++) {
        Style style = i == 0 ? Style.NOTE : Style.WARNING;
        ColumnText.showTextAligned(
            writer.getDirectContent(),
            Element.ALIGN_LEFT,
            new Phrase(lines.get(i), font(style, 9)),
            document.left(),
            y - i * 11,
            0);
      }
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_RIGHT,
          new Phrase("Trang " + writer.getPageNumber(), font(Style.NOTE, 9)),
          document.right(),
          y,
          0);
    }
  }
}
