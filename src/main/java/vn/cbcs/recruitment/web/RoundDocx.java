package vn.cbcs.recruitment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.cbcs.platform.DocxParts;

/**
 * A Word draft in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I, the individual decision, Mẫu
 * 1.4): A4 portrait, margins 2 cm top and bottom, 3 cm left, 1.5 cm right; Liberation Serif; body
 * 14 pt justified with a 1.27 cm first-line indent; the letterhead as a borderless two-column table
 * (issuer and number on the left, the national motto and the place and date on the right), the kind
 * and subject centred in bold, the recipients and the signature block at the end. The same shape as
 * the reports module's review document (ReviewDocxWriter), kept here because recruitment does not
 * depend on reports (ADR 15). The text is a draft: an officer checks and signs it.
 */
final class RoundDocx {

  static final String FONT = "Liberation Serif";
  private static final int CM = DocxParts.CM;
  static final int TEXT_WIDTH = DocxParts.textWidth(false);
  private static final double BODY = 14;
  private static final double HEAD = 13;
  private static final double CELL = 11;
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final XWPFDocument doc = new XWPFDocument();

  RoundDocx(String title) {
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(title);
    core.setCreator("CBCS");
    DocxParts.page(doc, false);
  }

  static String dateLine(String place, LocalDate d) {
    return d == null
        ? place + ", ngày … tháng … năm 20…"
        : place
            + ", ngày "
            + String.format("%02d", d.getDayOfMonth())
            + " tháng "
            + String.format("%02d", d.getMonthValue())
            + " năm "
            + d.getYear();
  }

  static String date(LocalDate d) {
    return d == null ? "" : d.format(DMY);
  }

  private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean it) {
    return DocxParts.run(p, text, FONT, size, bold, it);
  }

  private static XWPFParagraph centred(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    return p;
  }

  private static void rule(XWPFParagraph p, int width, int percent) {
    int indent = width * (100 - percent) / 200;
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.setBorderTop(Borders.SINGLE);
    centred(p);
    run(p, "", 4, false, false);
  }

  /** The letterhead: the body above and the issuer (bold), the number; the motto and the date. */
  RoundDocx letterhead(String above, String issuer, String number, String dateLine) {
    int leftWidth = TEXT_WIDTH * 40 / 100;
    XWPFTable t = table(new int[] {leftWidth, TEXT_WIDTH - leftWidth});
    t.removeBorders();
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFParagraph first = centred(left.getParagraphs().get(0));
    if (above != null && !above.isBlank()) {
      run(first, above.toUpperCase(java.util.Locale.ROOT), HEAD, false, false);
      first = centred(left.addParagraph());
    }
    run(first, issuer.toUpperCase(java.util.Locale.ROOT), HEAD, true, false);
    rule(left.addParagraph(), leftWidth, 35);
    run(centred(left.addParagraph()), number, HEAD, false, false);
    XWPFTableCell right = t.getRow(0).getCell(1);
    run(
        centred(right.getParagraphs().get(0)),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        12,
        true,
        false);
    run(centred(right.addParagraph()), "Độc lập - Tự do - Hạnh phúc", HEAD, true, false)
        .setUnderline(UnderlinePatterns.SINGLE);
    XWPFParagraph d = centred(right.addParagraph());
    d.setSpacingBefore(160);
    run(d, dateLine, HEAD, false, true);
    doc.createParagraph();
    return this;
  }

  RoundDocx title(String kind, String subject) {
    XWPFParagraph k = centred(doc.createParagraph());
    k.setSpacingBefore(240);
    run(k, kind, BODY, true, false);
    run(centred(doc.createParagraph()), subject, BODY, true, false);
    rule(doc.createParagraph(), TEXT_WIDTH, 25);
    return this;
  }

  RoundDocx centredBold(String text) {
    XWPFParagraph p = centred(doc.createParagraph());
    p.setSpacingBefore(120);
    p.setSpacingAfter(120);
    run(p, text, BODY, true, false);
    return this;
  }

  RoundDocx para(String text, boolean italic) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setFirstLineIndent(CM * 127 / 100);
    p.setSpacingAfter(120);
    p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
    run(p, text, BODY, false, italic);
    return this;
  }

  /** An article: "Điều n." in bold, then its text. */
  RoundDocx article(String head, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setFirstLineIndent(CM * 127 / 100);
    p.setSpacingAfter(120);
    p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
    run(p, head + " ", BODY, true, false);
    run(p, text, BODY, false, false);
    return this;
  }

  /** A grid with a bold header row; widths in parts of the text width. */
  RoundDocx grid(String caption, List<String> header, int[] parts, List<List<String>> rows) {
    if (caption != null) {
      XWPFParagraph c = centred(doc.createParagraph());
      c.setSpacingBefore(120);
      c.setSpacingAfter(60);
      run(c, caption, 12, true, false);
    }
    int sum = 0;
    for (int p : parts) {
      sum += p;
    }
    int[] widths = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      widths[i] = TEXT_WIDTH * parts[i] / sum;
    }
    XWPFTable t = table(widths);
    fill(t.getRow(0), header, true);
    for (List<String> r : rows) {
      fill(t.createRow(), r, false);
    }
    return this;
  }

  private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
    for (int i = 0; i < cells.size(); i++) {
      XWPFTableCell c = row.getCell(i);
      XWPFParagraph p = c.getParagraphs().get(0);
      p.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
      run(p, cells.get(i), CELL, bold, false);
    }
  }

  /** The recipients (left) and the signature block (right), as at the end of every decision. */
  RoundDocx signature(List<String> recipients, String capacity, String signer) {
    int half = TEXT_WIDTH / 2;
    XWPFTable t = table(new int[] {half, TEXT_WIDTH - half});
    t.removeBorders();
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFParagraph n = left.getParagraphs().get(0);
    run(n, "Nơi nhận:", 12, true, true);
    for (String r : recipients) {
      run(left.addParagraph(), "- " + r, 11, false, false);
    }
    XWPFTableCell right = t.getRow(0).getCell(1);
    run(centred(right.getParagraphs().get(0)), capacity, HEAD, true, false);
    run(centred(right.addParagraph()), "(Ký, ghi rõ họ tên, đóng dấu)", HEAD, false, true);
    for (int i = 0; i < 3; i++) {
      right.addParagraph();
    }
    run(centred(right.addParagraph()), signer == null ? "" : signer, HEAD, true, false);
    return this;
  }

  private XWPFTable table(int[] widths) {
    XWPFTable t = doc.createTable(1, widths.length);
    var pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    var grid = t.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = t.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (int i = 0; i < widths.length; i++) {
      t.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
    }
    return t;
  }

  byte[] bytes() {
    try (doc;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
