package vn.cbcs.planning.web;

import static vn.cbcs.platform.PdfParts.bold;
import static vn.cbcs.platform.PdfParts.boxed;
import static vn.cbcs.platform.PdfParts.centred;
import static vn.cbcs.platform.PdfParts.grid;
import static vn.cbcs.platform.PdfParts.header;
import static vn.cbcs.platform.PdfParts.italic;
import static vn.cbcs.platform.PdfParts.plain;
import static vn.cbcs.platform.PdfParts.regular;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import vn.cbcs.planning.PlanDocument;
import vn.cbcs.platform.PdfParts;

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
    Font regular = regular(11);
    Font bold = bold(11);
    Font head = bold(12);
    Font title = bold(14);
    Font italic = italic(12);
    Font cell = regular(10);
    Font cellBold = bold(10);
    Document page = new Document(PageSize.A4.rotate(), 3 * CM, 1.5f * CM, 2 * CM, 2 * CM);
    return PdfParts.write(
        page,
        doc -> {
          PdfPTable top = grid(new float[] {1f, 1.3f});
          top.addCell(
              plain(d.issuerAbove() + "\n" + d.issuer() + "\n*", head, Element.ALIGN_CENTER));
          top.addCell(plain(d.nationalHeader() + "\n\n", head, Element.ALIGN_CENTER));
          top.addCell(plain("", regular, Element.ALIGN_CENTER));
          top.addCell(plain(d.placeAndDate(), italic, Element.ALIGN_CENTER));
          doc.add(top);
          Paragraph t = centred(d.title(), title);
          t.setSpacingBefore(12);
          doc.add(t);
          Paragraph sub = centred(d.subtitle(), bold);
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
            PdfPTable grid = grid(s.widths());
            grid.setSpacingBefore(6);
            header(grid, s.header(), cellBold, Element.ALIGN_CENTER);
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
          PdfPTable sign = grid(2);
          sign.setSpacingBefore(12);
          sign.addCell(plain("", regular, Element.ALIGN_CENTER));
          sign.addCell(
              plain(d.signerTitle() + "\n\n\n\n" + d.signer(), head, Element.ALIGN_CENTER));
          doc.add(sign);
        });
  }
}
