package vn.cbcs.reports.quality;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.cbcs.platform.PdfFonts;
import vn.cbcs.reports.docs.PdfKit;

/**
 * The quality table as a PDF: A4 landscape, the same header block, headers, counts, totals, notes
 * and signatures as the worksheet; Liberation Serif embedded. Counts shrink to fit when a table
 * holds six-digit numbers (the whole country).
 */
public final class QualityPdf {

  private static final float CM = PdfKit.CM;
  private static final float MARGIN = 1.2f * CM;
  private static final float PADDING = 2f;
  private static final Color TOTAL = new Color(0xE6, 0xE6, 0xE6);
  private final QualityLabels labels;

  public QualityPdf(QualityLabels labels) {
    this.labels = labels;
  }

  public byte[] write(QualityTable t) {
    Document doc = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfWriter.getInstance(doc, out);
    doc.addTitle(QualityLabels.TITLE + " – " + t.unitName());
    doc.addSubject(QualityLabels.asOfLine(t));
    doc.addCreator("CBCS");
    doc.open();
    doc.add(PdfKit.letterhead(t.letterhead(), null, null, 11, new float[] {38, 17, 45}));
    Paragraph title = PdfKit.paragraph(QualityLabels.TITLE, PdfKit.bold(14), Element.ALIGN_CENTER);
    title.setSpacingBefore(8);
    doc.add(title);
    doc.add(PdfKit.paragraph(QualityLabels.asOfLine(t), PdfKit.italic(11), Element.ALIGN_CENTER));
    Paragraph scope =
        PdfKit.paragraph(QualityLabels.scopeLine(t), PdfKit.regular(10), Element.ALIGN_CENTER);
    scope.setSpacingAfter(6);
    doc.add(scope);
    doc.add(table(t));
    for (String note : QualityLabels.notes(t)) {
      Font f = note.startsWith("CẢNH BÁO") ? PdfKit.warning(9) : PdfKit.italic(9);
      Paragraph p = PdfKit.paragraph(note, f, Element.ALIGN_JUSTIFIED);
      p.setSpacingBefore(3);
      doc.add(p);
    }
    doc.add(signatures(t));
    doc.close();
    return out.toByteArray();
  }

  private PdfPTable table(QualityTable t) {
    List<QualityColumn> columns = t.columns();
    int n = columns.size();
    PdfPTable table = new PdfPTable(n + 2);
    table.setWidthPercentage(100);
    float[] widths = new float[n + 2];
    widths[0] = 0.8f;
    widths[1] = 3.6f;
    for (int i = 0; i < n; i++) {
      widths[i + 2] = 0.68f;
    }
    table.setWidths(widths);
    table.setHeaderRows(3);
    float total = 0;
    for (float w : widths) {
      total += w;
    }
    float column = (PageSize.A4.rotate().getWidth() - 2 * MARGIN) * widths[2] / total;
    float size = numberSize(PdfKit.number(t.largest()), column);
    Font head = PdfKit.bold(6.5f);
    table.addCell(header("STT", head, 2, 1, false));
    table.addCell(header("Đơn vị", head, 2, 1, false));
    int i = 0;
    while (i < n) {
      QualityColumn c = columns.get(i);
      if (c.group() == null) {
        table.addCell(header(labels.column(c), head, 2, 1, true));
        i++;
        continue;
      }
      int span = 1;
      while (i + span < n && c.group().equals(columns.get(i + span).group())) {
        span++;
      }
      table.addCell(header(labels.group(c), head, 1, span, false));
      i += span;
    }
    for (QualityColumn c : columns) {
      if (c.group() != null) {
        table.addCell(header(labels.column(c), head, 1, 1, true));
      }
    }
    Font numbers = PdfKit.italic(6);
    for (int k = 1; k <= n + 2; k++) {
      PdfPCell c = new PdfPCell(new Phrase("(" + k + ")", numbers));
      c.setHorizontalAlignment(Element.ALIGN_CENTER);
      table.addCell(c);
    }
    int no = 1;
    Font plain = PdfKit.regular(size);
    for (QualityTable.Row row : t.rows()) {
      table.addCell(value(String.valueOf(no++), plain, Element.ALIGN_CENTER, null));
      table.addCell(value(row.name(), PdfKit.regular(7.5f), Element.ALIGN_LEFT, null));
      for (int k = 0; k < n; k++) {
        table.addCell(value(PdfKit.number(row.count(k)), plain, Element.ALIGN_RIGHT, null));
      }
    }
    Font bold = PdfKit.bold(size);
    table.addCell(value("", bold, Element.ALIGN_CENTER, TOTAL));
    table.addCell(value(t.total().name(), PdfKit.bold(7.5f), Element.ALIGN_LEFT, TOTAL));
    for (int k = 0; k < n; k++) {
      table.addCell(value(PdfKit.number(t.total().count(k)), bold, Element.ALIGN_RIGHT, TOTAL));
    }
    return table;
  }

  /**
   * The largest size (7.5 pt down to 4 pt) at which the widest number, in bold as the total row
   * prints it, fits its column with the cell's padding: numbers are never broken across lines.
   */
  static float numberSize(String widest, float columnWidth) {
    float size = 7.5f;
    while (size > 4f && PdfFonts.bold().getWidthPoint(widest, size) + 2 * PADDING > columnWidth) {
      size -= 0.25f;
    }
    return size;
  }

  private static PdfPCell header(String text, Font f, int rows, int cols, boolean rotated) {
    PdfPCell c = new PdfPCell(new Phrase(text, f));
    c.setRowspan(rows);
    c.setColspan(cols);
    c.setHorizontalAlignment(Element.ALIGN_CENTER);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setPadding(2);
    if (rotated) {
      c.setRotation(90);
      c.setMinimumHeight(rows == 2 ? 2.9f * CM : 2.3f * CM);
    }
    return c;
  }

  private static PdfPCell value(String text, Font f, int align, Color background) {
    PdfPCell c = new PdfPCell(new Phrase(text, f));
    c.setHorizontalAlignment(align);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setPadding(PADDING);
    // a count stays on one line (its size is chosen to fit); names may wrap
    c.setNoWrap(align == Element.ALIGN_RIGHT);
    c.setPaddingBottom(3);
    if (background != null) {
      c.setBackgroundColor(background);
    }
    return c;
  }

  private static PdfPTable signatures(QualityTable t) {
    PdfPTable s = new PdfPTable(3);
    s.setWidthPercentage(100);
    s.setWidths(new float[] {38, 17, 45});
    s.setSpacingBefore(10);
    s.setKeepTogether(true);
    PdfPCell left = PdfKit.cell();
    left.addElement(PdfKit.paragraph(" ", PdfKit.regular(11), Element.ALIGN_CENTER));
    left.addElement(PdfKit.paragraph("NGƯỜI LẬP BIỂU", PdfKit.bold(11), Element.ALIGN_CENTER));
    left.addElement(
        PdfKit.paragraph("(Ký, ghi rõ họ tên)", PdfKit.italic(10), Element.ALIGN_CENTER));
    s.addCell(left);
    s.addCell(PdfKit.cell());
    PdfPCell right = PdfKit.cell();
    right.addElement(
        PdfKit.paragraph(QualityLabels.dateLine(t), PdfKit.italic(11), Element.ALIGN_CENTER));
    right.addElement(PdfKit.paragraph("THỦ TRƯỞNG ĐƠN VỊ", PdfKit.bold(11), Element.ALIGN_CENTER));
    right.addElement(
        PdfKit.paragraph("(Ký tên, đóng dấu)", PdfKit.italic(10), Element.ALIGN_CENTER));
    s.addCell(right);
    return s;
  }
}
