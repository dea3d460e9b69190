package vn.cbcs.evaluation.export;

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
import java.util.List;
import vn.cbcs.evaluation.SummaryByUnit;
import vn.cbcs.platform.PdfFonts;

/**
 * The summary of ratings by unit and level as a PDF (A4 landscape), in the shipped Liberation Serif
 * (read from the classpath {@code fonts/}, as the printouts of the reports module; embedded, so the
 * Vietnamese letters show and copy as typed).
 */
public final class SummaryPdf {

  private final SummaryLabels labels;

  public SummaryPdf(SummaryLabels labels) {
    this.labels = labels;
  }

  public byte[] write(SummaryByUnit.Summary s) {
    Font regular = new Font(PdfFonts.regular(), 10);
    Font bold = new Font(PdfFonts.bold(), 10);
    Font title = new Font(PdfFonts.bold(), 13);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      Paragraph t = new Paragraph(labels.title(s), title);
      t.setAlignment(Element.ALIGN_CENTER);
      doc.add(t);
      Paragraph u = new Paragraph(labels.unitLine(s), regular);
      u.setAlignment(Element.ALIGN_CENTER);
      doc.add(u);
      for (SummaryByUnit.Table table : s.tables()) {
        Paragraph sys = new Paragraph(labels.systemLine(table), bold);
        sys.setSpacingBefore(10);
        sys.setSpacingAfter(4);
        doc.add(sys);
        List<String> header = labels.header();
        PdfPTable grid = new PdfPTable(header.size());
        grid.setWidthPercentage(100);
        float[] widths = new float[header.size()];
        java.util.Arrays.fill(widths, 1.2f);
        widths[0] = 0.6f;
        widths[1] = 4f;
        grid.setWidths(widths);
        grid.setHeaderRows(1);
        for (String h : header) {
          grid.addCell(cell(h, bold, Element.ALIGN_CENTER));
        }
        int n = 1;
        for (SummaryByUnit.Row row : table.rows()) {
          grid.addCell(cell(String.valueOf(n++), regular, Element.ALIGN_CENTER));
          grid.addCell(cell(row.name(), regular, Element.ALIGN_LEFT));
          for (long v : SummaryLabels.values(row)) {
            grid.addCell(cell(String.valueOf(v), regular, Element.ALIGN_RIGHT));
          }
        }
        grid.addCell(cell("", bold, Element.ALIGN_CENTER));
        grid.addCell(cell(labels.sum(), bold, Element.ALIGN_LEFT));
        for (long v : SummaryLabels.values(table.total())) {
          grid.addCell(cell(String.valueOf(v), bold, Element.ALIGN_RIGHT));
        }
        doc.add(grid);
        String cap = labels.cap(table);
        if (cap != null) {
          doc.add(new Paragraph(cap, regular));
        }
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static PdfPCell cell(String text, Font font, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(align);
    c.setPadding(3);
    return c;
  }
}
