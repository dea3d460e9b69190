package vn.cbcs.reports.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.cbcs.platform.DocxParts;
import vn.cbcs.platform.PdfFonts;
import vn.cbcs.reports.docs.Letterhead;
import vn.cbcs.reports.review.ReviewContent.Block;
import vn.cbcs.reports.review.ReviewContent.Chart;
import vn.cbcs.reports.review.ReviewContent.Column;
import vn.cbcs.reports.review.ReviewContent.Heading;
import vn.cbcs.reports.review.ReviewContent.Para;
import vn.cbcs.reports.review.ReviewContent.Table;
import vn.cbcs.reports.review.ReviewContent.Title;

/**
 * Lays a review out as a Word document in the shape of NĐ 30/2020 (Phụ lục I): A4 portrait, margins
 * 2 cm top and bottom, 3 cm left, 1.5 cm right; "Times New Roman" (LibreOffice shows the
 * metric-compatible Liberation Serif); body 14 pt, justified, first lines indented 1.27 cm; the
 * header block as a borderless two-column table.
 */
public final class ReviewDocxWriter {

  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;
  static final int CM = 567;
  static final int LEFT = 3 * CM;
  static final int RIGHT = CM * 3 / 2;
  static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
  static final double BODY = 14;
  static final double HEAD = 13;
  static final double CELL = 11;
  private static final String WARNING = "B00020";

  public byte[] write(ReviewContent content) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var core = doc.getProperties().getCoreProperties();
      core.setTitle(content.documentTitle());
      core.setCreator("CBCS");
      letterhead(doc, content);
      int images = 0;
      for (Block block : content.blocks()) {
        if (block instanceof Title t) {
          title(doc, t);
        } else if (block instanceof Heading h) {
          heading(doc, h);
        } else if (block instanceof Para p) {
          para(doc, p);
        } else if (block instanceof Table t) {
          table(doc, t);
        } else if (block instanceof Chart c) {
          chart(doc, c, ++images);
        }
      }
      closing(doc, content);
      footer(doc.createFooter(HeaderFooterType.DEFAULT), content.footer());
      page(doc);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
    return DocxParts.run(p, text, PdfFonts.DOCX_FAMILY, size, bold, italic);
  }

  static void spacing(XWPFParagraph p, int before, int after, double line) {
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    p.setSpacingBetween(line, LineSpacingRule.AUTO);
  }

  private static XWPFParagraph centred(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
    spacing(p, 0, 0, 1.0);
    return p;
  }

  /** A short rule: a paragraph with a top border, indented to {@code percent} of the width. */
  private static void rule(XWPFParagraph p, int width, int percent) {
    int indent = width * (100 - percent) / 200;
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.setBorderTop(Borders.SINGLE);
    spacing(p, 0, 0, 1.0);
    run(p, "", 4, false, false);
  }

  private void letterhead(XWPFDocument doc, ReviewContent c) {
    int leftWidth = TEXT_WIDTH * 40 / 100;
    int rightWidth = TEXT_WIDTH - leftWidth;
    XWPFTable t = create(doc, new int[] {leftWidth, rightWidth});
    t.removeBorders();
    XWPFTableRow row = t.getRow(0);
    XWPFTableCell left = row.addNewTableCell();
    left.setWidth(String.valueOf(leftWidth));
    List<Letterhead.Line> lines = c.letterhead().lines();
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = i == 0 ? left.getParagraphs().get(0) : left.addParagraph();
      run(centred(p), lines.get(i).text(), HEAD, lines.get(i).bold(), false);
    }
    rule(left.addParagraph(), leftWidth, 35);
    run(centred(left.addParagraph()), c.number(), HEAD, false, false);
    XWPFTableCell right = row.addNewTableCell();
    right.setWidth(String.valueOf(rightWidth));
    run(
        centred(right.getParagraphs().get(0)),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        12,
        true,
        false);
    XWPFRun motto =
        run(centred(right.addParagraph()), "Độc lập - Tự do - Hạnh phúc", HEAD, true, false);
    motto.setUnderline(UnderlinePatterns.SINGLE);
    XWPFParagraph date = centred(right.addParagraph());
    spacing(date, 160, 0, 1.0);
    run(date, c.dateLine(), HEAD, false, true);
    spaceAfter(doc);
  }

  private static void title(XWPFDocument doc, Title t) {
    XWPFParagraph kind = doc.createParagraph();
    kind.setAlignment(ParagraphAlignment.CENTER);
    spacing(kind, 240, 0, 1.0);
    run(kind, t.kind(), BODY, true, false);
    XWPFParagraph subject = doc.createParagraph();
    subject.setAlignment(ParagraphAlignment.CENTER);
    spacing(subject, 0, 0, 1.0);
    run(subject, t.subject(), BODY, true, false);
    rule(doc.createParagraph(), TEXT_WIDTH, 25);
    XWPFParagraph gap = doc.createParagraph();
    spacing(gap, 0, 120, 1.0);
  }

  private static void heading(XWPFDocument doc, Heading h) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setFirstLineIndent(CM * 127 / 100);
    p.setKeepNext(true);
    spacing(p, 120, 60, 1.15);
    run(p, h.text(), BODY, true, false);
  }

  private static void para(XWPFDocument doc, Para para) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setFirstLineIndent(CM * 127 / 100);
    spacing(p, 0, 120, 1.15);
    run(p, para.text(), BODY, false, para.note());
  }

  private void table(XWPFDocument doc, Table table) {
    XWPFParagraph caption = doc.createParagraph();
    caption.setAlignment(ParagraphAlignment.CENTER);
    caption.setKeepNext(true);
    spacing(caption, 60, 60, 1.0);
    run(caption, table.caption(), 12, true, true);
    int n = table.columns().size();
    float total = 0;
    for (Column c : table.columns()) {
      total += c.width();
    }
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      widths[i] = Math.round(TEXT_WIDTH * table.columns().get(i).width() / total);
    }
    XWPFTable t = create(doc, widths);
    boolean grouped = table.grouped();
    XWPFTableRow first = t.getRow(0);
    XWPFTableRow second = null;
    if (grouped) {
      second = t.createRow();
      clear(second);
    }
    for (int i = 0; i < n; i++) {
      Column column = table.columns().get(i);
      if (column.group() == null) {
        XWPFTableCell c = cell(first.addNewTableCell(), column.title(), true, false, widths[i]);
        if (second != null) {
          tcPr(c).addNewVMerge().setVal(STMerge.RESTART);
          tcPr(cell(second.addNewTableCell(), "", true, false, widths[i])).addNewVMerge();
        }
      } else {
        if (table.startsGroup(i)) {
          int span = table.groupSpan(i);
          int width = 0;
          for (int k = i; k < i + span; k++) {
            width += widths[k];
          }
          XWPFTableCell c = cell(first.addNewTableCell(), column.group(), true, false, width);
          tcPr(c).addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        cell(second.addNewTableCell(), column.title(), true, false, widths[i]);
      }
    }
    first.setRepeatHeader(true);
    if (second != null) {
      second.setRepeatHeader(true);
    }
    for (List<String> values : table.rows()) {
      XWPFTableRow row = t.createRow();
      clear(row);
      for (int i = 0; i < n; i++) {
        cell(
            row.addNewTableCell(),
            values.get(i),
            false,
            table.columns().get(i).number(),
            widths[i]);
      }
      row.setCantSplitRow(true);
    }
    spaceAfter(doc);
  }

  private static XWPFTableCell cell(
      XWPFTableCell cell, String text, boolean header, boolean number, int width) {
    cell.setWidth(String.valueOf(width));
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(
        header
            ? ParagraphAlignment.CENTER
            : number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
    spacing(p, 20, 20, 1.0);
    if (!text.isEmpty()) {
      run(p, text, CELL, header, false);
    }
    return cell;
  }

  private static void chart(XWPFDocument doc, Chart c, int n)
      throws IOException, InvalidFormatException {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setKeepNext(true);
    spacing(p, 120, 0, 1.0);
    p.createRun()
        .addPicture(
            new ByteArrayInputStream(c.png()),
            Document.PICTURE_TYPE_PNG,
            "bieu-do-" + n + ".png",
            Units.toEMU(c.width()),
            Units.toEMU(c.height()));
    XWPFParagraph caption = doc.createParagraph();
    caption.setAlignment(ParagraphAlignment.CENTER);
    spacing(caption, 40, 160, 1.0);
    run(caption, c.caption(), 12, false, true);
  }

  private void closing(XWPFDocument doc, ReviewContent c) {
    int half = TEXT_WIDTH / 2;
    XWPFTable t = create(doc, new int[] {half, TEXT_WIDTH - half});
    t.removeBorders();
    XWPFTableRow row = t.getRow(0);
    row.setCantSplitRow(true);
    XWPFTableCell left = row.addNewTableCell();
    left.setWidth(String.valueOf(half));
    XWPFParagraph label = left.getParagraphs().get(0);
    spacing(label, 120, 0, 1.0);
    run(label, "Nơi nhận:", 12, true, true);
    for (String r : c.recipients()) {
      XWPFParagraph p = left.addParagraph();
      spacing(p, 0, 0, 1.0);
      run(p, r, 11, false, false);
    }
    XWPFTableCell right = row.addNewTableCell();
    right.setWidth(String.valueOf(TEXT_WIDTH - half));
    for (int i = 0; i < c.signer().size(); i++) {
      XWPFParagraph p = i == 0 ? right.getParagraphs().get(0) : right.addParagraph();
      centred(p);
      if (i == 0) {
        spacing(p, 120, 0, 1.0);
      }
      run(p, c.signer().get(i), BODY, true, false);
    }
  }

  private static void footer(XWPFFooter footer, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p =
          i == 0 && !footer.getParagraphs().isEmpty()
              ? footer.getParagraphs().get(0)
              : footer.createParagraph();
      XWPFRun r = run(p, lines.get(i), 9, i > 0, i == 0);
      if (i > 0) {
        r.setColor(WARNING);
      }
    }
  }

  private static XWPFTable create(XWPFDocument doc, int[] widths) {
    XWPFTable t = doc.createTable();
    t.setWidth(String.valueOf(TEXT_WIDTH));
    var pr = t.getCTTbl().getTblPr();
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    CTTblGrid grid = t.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = t.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    clear(t.getRow(0));
    return t;
  }

  private static void clear(XWPFTableRow row) {
    while (!row.getTableCells().isEmpty()) {
      row.removeCell(row.getTableCells().size() - 1);
    }
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static void spaceAfter(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    spacing(p, 0, 0, 1.0);
    run(p, "", 4, false, false);
  }

  private static void page(XWPFDocument doc) {
    var body = doc.getDocument().getBody();
    CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    m.setTop(BigInteger.valueOf(2 * CM));
    m.setBottom(BigInteger.valueOf(2 * CM));
    m.setLeft(BigInteger.valueOf(LEFT));
    m.setRight(BigInteger.valueOf(RIGHT));
    m.setHeader(BigInteger.valueOf(CM));
    m.setFooter(BigInteger.valueOf(CM));
  }
}
