package vn.cbcs.reports.review;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.cbcs.reports.docs.PdfKit;
import vn.cbcs.reports.review.ReviewContent.Block;
import vn.cbcs.reports.review.ReviewContent.Chart;
import vn.cbcs.reports.review.ReviewContent.Column;
import vn.cbcs.reports.review.ReviewContent.Heading;
import vn.cbcs.reports.review.ReviewContent.Para;
import vn.cbcs.reports.review.ReviewContent.Table;
import vn.cbcs.reports.review.ReviewContent.Title;

/**
 * Lays a review out as a PDF with the page and type of NĐ 30/2020: A4 portrait, margins 2 cm top
 * and bottom, 3 cm left, 1.5 cm right, Liberation Serif (embedded) at 14 pt.
 */
public final class ReviewPdfWriter {

  private static final float CM = PdfKit.CM;
  private static final float BODY = 14;
  private static final float HEAD = 13;
  private static final float CELL = 11;

  public byte[] write(ReviewContent content) {
    Document doc = new Document(PageSize.A4, 3 * CM, 1.5f * CM, 2 * CM, 2 * CM);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    writer.setPageEvent(new Footer(content.footer()));
    doc.addTitle(content.documentTitle());
    doc.addCreator("CBCS");
    doc.open();
    doc.add(
        PdfKit.letterhead(
            content.letterhead(),
            content.number(),
            content.dateLine(),
            HEAD,
            new float[] {40, 60}));
    for (Block block : content.blocks()) {
      if (block instanceof Title t) {
        title(doc, t);
      } else if (block instanceof Heading h) {
        if (writer.getVerticalPosition(true) - doc.bottom() < 5 * CM) {
          doc.newPage(); // keep a heading with what follows it
        }
        Paragraph p = PdfKit.paragraph(h.text(), PdfKit.bold(BODY), Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(1.27f * CM);
        p.setSpacingBefore(6);
        p.setSpacingAfter(3);
        p.setKeepTogether(true);
        doc.add(p);
      } else if (block instanceof Para para) {
        Paragraph p =
            PdfKit.paragraph(
                para.text(),
                para.note() ? PdfKit.italic(BODY) : PdfKit.regular(BODY),
                Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(1.27f * CM);
        p.setSpacingAfter(6);
        doc.add(p);
      } else if (block instanceof Table t) {
        doc.add(table(t));
      } else if (block instanceof Chart c) {
        chart(doc, c);
      }
    }
    doc.add(closing(content));
    doc.close();
    return out.toByteArray();
  }

  private static void title(Document doc, Title t) {
    Paragraph kind = PdfKit.paragraph(t.kind(), PdfKit.bold(BODY), Element.ALIGN_CENTER);
    kind.setSpacingBefore(14);
    doc.add(kind);
    doc.add(PdfKit.paragraph(t.subject(), PdfKit.bold(BODY), Element.ALIGN_CENTER));
    Paragraph rule = PdfKit.rule(25);
    rule.setSpacingAfter(10);
    doc.add(rule);
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
    t.setSpacingBefore(4);
    t.setSpacingAfter(8);
    PdfPCell caption = new PdfPCell(new Phrase(table.caption(), boldItalic(12)));
    caption.setColspan(n);
    caption.setBorder(0);
    caption.setHorizontalAlignment(Element.ALIGN_CENTER);
    caption.setPaddingBottom(6);
    t.addCell(caption);
    boolean grouped = table.grouped();
    t.setHeaderRows(1 + (grouped ? 2 : 1));
    for (int i = 0; i < n; i++) {
      Column column = table.columns().get(i);
      if (column.group() == null) {
        PdfPCell c = cell(column.title(), true, false);
        c.setRowspan(grouped ? 2 : 1);
        t.addCell(c);
      } else if (table.startsGroup(i)) {
        PdfPCell c = cell(column.group(), true, false);
        c.setColspan(table.groupSpan(i));
        t.addCell(c);
      }
    }
    if (grouped) {
      table.columns().stream()
          .filter(c -> c.group() != null)
          .forEach(c -> t.addCell(cell(c.title(), true, false)));
    }
    for (List<String> row : table.rows()) {
      for (int i = 0; i < n; i++) {
        t.addCell(cell(row.get(i), false, table.columns().get(i).number()));
      }
    }
    return t;
  }

  private static Font boldItalic(float size) {
    return new Font(vn.cbcs.platform.PdfFonts.bold(), size, Font.ITALIC);
  }

  private static PdfPCell cell(String text, boolean header, boolean number) {
    PdfPCell c = new PdfPCell(new Phrase(text, header ? PdfKit.bold(CELL) : PdfKit.regular(CELL)));
    c.setPadding(3);
    c.setPaddingBottom(5);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setHorizontalAlignment(
        header ? Element.ALIGN_CENTER : number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    return c;
  }

  private static void chart(Document doc, Chart c) {
    try {
      Image image = Image.getInstance(c.png());
      image.scaleAbsolute(c.width(), c.height());
      image.setAlignment(Element.ALIGN_CENTER);
      PdfPTable box = new PdfPTable(1);
      box.setWidthPercentage(100);
      box.setKeepTogether(true);
      box.setSpacingBefore(6);
      PdfPCell picture = new PdfPCell(image, false);
      picture.setBorder(0);
      picture.setHorizontalAlignment(Element.ALIGN_CENTER);
      box.addCell(picture);
      PdfPCell caption = new PdfPCell(new Phrase(c.caption(), PdfKit.italic(12)));
      caption.setBorder(0);
      caption.setHorizontalAlignment(Element.ALIGN_CENTER);
      caption.setPaddingBottom(8);
      box.addCell(caption);
      doc.add(box);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PdfPTable closing(ReviewContent c) {
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(100);
    t.setSpacingBefore(12);
    t.setKeepTogether(true);
    PdfPCell left = PdfKit.cell();
    left.addElement(PdfKit.paragraph("Nơi nhận:", boldItalic(12), Element.ALIGN_LEFT));
    for (String r : c.recipients()) {
      left.addElement(PdfKit.paragraph(r, PdfKit.regular(11), Element.ALIGN_LEFT));
    }
    t.addCell(left);
    PdfPCell right = PdfKit.cell();
    for (String s : c.signer()) {
      right.addElement(PdfKit.paragraph(s, PdfKit.bold(BODY), Element.ALIGN_CENTER));
    }
    t.addCell(right);
    return t;
  }

  /** The source line (and the synthetic-data warning) and the page number on every page. */
  private static final class Footer extends PdfPageEventHelper {

    private final List<String> lines;

    Footer(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      float y = document.bottom() - 0.9f * CM;
      for (int i = 0; i < lines.size(); i++) {
        ColumnText.showTextAligned(
            writer.getDirectContent(),
            Element.ALIGN_LEFT,
            new Phrase(lines.get(i), i == 0 ? PdfKit.italic(8.5f) : PdfKit.warning(8.5f)),
            document.left(),
            y - i * 10,
            0);
      }
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_RIGHT,
          new Phrase(String.valueOf(writer.getPageNumber()), PdfKit.regular(10)),
          document.right(),
          y,
          0);
    }
  }
}
