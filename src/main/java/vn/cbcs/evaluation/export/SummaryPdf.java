package vn.cbcs.evaluation.export;

import static vn.cbcs.platform.PdfParts.bold;
import static vn.cbcs.platform.PdfParts.boxed;
import static vn.cbcs.platform.PdfParts.centred;
import static vn.cbcs.platform.PdfParts.grid;
import static vn.cbcs.platform.PdfParts.header;
import static vn.cbcs.platform.PdfParts.heading;
import static vn.cbcs.platform.PdfParts.regular;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import vn.cbcs.evaluation.SummaryByUnit;
import vn.cbcs.platform.PdfParts;

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
    Font regular = regular(10);
    Font bold = bold(10);
    return PdfParts.write(
        PdfParts.landscapeList(),
        doc -> {
          doc.add(centred(labels.title(s), bold(13)));
          doc.add(centred(labels.unitLine(s), regular));
          for (SummaryByUnit.Table table : s.tables()) {
            doc.add(heading(labels.systemLine(table), bold));
            List<String> header = labels.header();
            float[] widths = new float[header.size()];
            java.util.Arrays.fill(widths, 1.2f);
            widths[0] = 0.6f;
            widths[1] = 4f;
            PdfPTable grid = grid(widths);
            header(grid, header, bold, Element.ALIGN_CENTER);
            int n = 1;
            for (SummaryByUnit.Row row : table.rows()) {
              grid.addCell(boxed(String.valueOf(n++), regular, Element.ALIGN_CENTER));
              grid.addCell(boxed(row.name(), regular, Element.ALIGN_LEFT));
              for (long v : SummaryLabels.values(row)) {
                grid.addCell(boxed(String.valueOf(v), regular, Element.ALIGN_RIGHT));
              }
            }
            grid.addCell(boxed("", bold, Element.ALIGN_CENTER));
            grid.addCell(boxed(labels.sum(), bold, Element.ALIGN_LEFT));
            for (long v : SummaryLabels.values(table.total())) {
              grid.addCell(boxed(String.valueOf(v), bold, Element.ALIGN_RIGHT));
            }
            doc.add(grid);
            String cap = labels.cap(table);
            if (cap != null) {
              doc.add(new Paragraph(cap, regular));
            }
          }
        });
  }
}
