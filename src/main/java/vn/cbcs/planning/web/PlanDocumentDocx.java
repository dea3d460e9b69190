package vn.cbcs.planning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.cbcs.planning.PlanDocument;
import vn.cbcs.platform.DocxParts;
import vn.cbcs.platform.PdfFonts;

/**
 * A planning document as a Word file: A4 landscape, margins 2 cm top and bottom, 3 cm left, 1.5 cm
 * right (NĐ 30/2020 Phụ lục I); "Times New Roman" as the reports module's documents (LibreOffice
 * shows the metric-compatible Liberation Serif); the header block as a borderless two-column table.
 */
final class PlanDocumentDocx {

  private static final int CM = DocxParts.CM;
  private static final int TEXT_WIDTH = DocxParts.textWidth(true);
  private static final String FAMILY = PdfFonts.DOCX_FAMILY;

  private PlanDocumentDocx() {}

  static byte[] write(PlanDocument d) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getProperties().getCoreProperties().setTitle(d.title());
      doc.getProperties().getCoreProperties().setCreator("CBCS");
      XWPFTable top = doc.createTable(2, 2);
      top.removeBorders();
      top.setWidth(String.valueOf(TEXT_WIDTH));
      lines(top.getRow(0).getCell(0), List.of(d.issuerAbove(), d.issuer(), "*"), 13, true, false);
      lines(top.getRow(0).getCell(1), List.of(d.nationalHeader()), 13, true, false);
      lines(top.getRow(1).getCell(0), List.of(""), 13, false, false);
      lines(top.getRow(1).getCell(1), List.of(d.placeAndDate()), 13, false, true);
      centred(doc.createParagraph(), d.title(), 14, true).setSpacingBefore(240);
      centred(doc.createParagraph(), d.subtitle(), 13, true).setSpacingAfter(160);
      for (String line : d.intro()) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(CM * 127 / 100);
        run(p, line, 13, false, false);
      }
      for (PlanDocument.Section s : d.sections()) {
        if (s.heading() != null) {
          XWPFParagraph h = doc.createParagraph();
          h.setSpacingBefore(120);
          h.setKeepNext(true);
          run(h, s.heading(), 13, true, false);
        }
        XWPFTable t = doc.createTable(1 + Math.max(1, s.rows().size()), s.header().size());
        t.setWidth(String.valueOf(TEXT_WIDTH));
        float total = 0;
        for (float w : s.widths()) {
          total += w;
        }
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < s.header().size(); i++) {
          XWPFTableCell c = head.getCell(i);
          c.setWidth(String.valueOf((int) (TEXT_WIDTH * s.widths()[i] / total)));
          cell(c, s.header().get(i), true, ParagraphAlignment.CENTER);
        }
        if (s.rows().isEmpty()) {
          cell(t.getRow(1).getCell(0), "—", false, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < s.rows().size(); r++) {
          List<String> row = s.rows().get(r);
          for (int i = 0; i < row.size(); i++) {
            cell(
                t.getRow(r + 1).getCell(i),
                row.get(i),
                false,
                i == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
          }
        }
      }
      for (String line : d.closing()) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        run(p, line, 13, false, false);
      }
      XWPFTable sign = doc.createTable(1, 2);
      sign.removeBorders();
      sign.setWidth(String.valueOf(TEXT_WIDTH));
      lines(sign.getRow(0).getCell(0), List.of(""), 13, false, false);
      lines(
          sign.getRow(0).getCell(1),
          List.of(d.signerTitle(), "", "", "", d.signer()),
          13,
          true,
          false);
      DocxParts.page(doc, true);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void lines(
      XWPFTableCell cell, List<String> lines, double size, boolean bold, boolean italic) {
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      run(p, lines.get(i), size, bold, italic);
    }
  }

  private static void cell(XWPFTableCell c, String text, boolean bold, ParagraphAlignment align) {
    XWPFParagraph p = c.getParagraphs().get(0);
    p.setAlignment(align);
    run(p, text, 11, bold, false);
  }

  private static XWPFParagraph centred(XWPFParagraph p, String text, double size, boolean bold) {
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, size, bold, false);
    return p;
  }

  private static XWPFRun run(
      XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
    return DocxParts.run(p, text, FAMILY, size, bold, italic);
  }
}
