package vn.cbcs.reports.cv;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.cbcs.reports.cv.CvContent.Column;
import vn.cbcs.reports.cv.CvContent.Line;
import vn.cbcs.reports.cv.CvContent.PhotoAndTitle;
import vn.cbcs.reports.cv.CvContent.Signatures;
import vn.cbcs.reports.cv.CvContent.Style;
import vn.cbcs.reports.cv.CvContent.Table;

/** The tables of the DOCX: the form's tables, the photo box beside the title, the signatures. */
final class CvDocxTables {

  /** 1 cm in twentieths of a point. */
  private static final int CM = 567;

  private static final double CELL = 10.5;

  private final XWPFDocument doc;

  CvDocxTables(XWPFDocument doc) {
    this.doc = doc;
  }

  void table(Table table) {
    if (table.caption() != null) {
      XWPFParagraph caption = doc.createParagraph();
      CvDocxWriter.spacing(caption, 40, 40);
      caption.setKeepNext(true);
      CvDocxWriter.run(caption, table.caption(), Style.LABEL, CvDocxWriter.BODY);
    }
    int n = table.columns().size();
    int[] widths = new int[n];
    float total = 0;
    for (Column c : table.columns()) {
      total += c.width();
    }
    for (int i = 0; i < n; i++) {
      widths[i] = Math.round(CvDocxWriter.TEXT_WIDTH * table.columns().get(i).width() / total);
    }
    XWPFTable t = create(widths);
    boolean grouped = table.grouped();
    XWPFTableRow first = t.getRow(0);
    XWPFTableRow second = grouped ? t.createRow() : null;
    cells(first, 0);
    if (second != null) {
      cells(second, 0);
    }
    for (int i = 0; i < n; i++) {
      Column column = table.columns().get(i);
      if (column.group() == null) {
        XWPFTableCell c = text(first.addNewTableCell(), column.title(), true, widths[i]);
        if (second != null) {
          tcPr(c).addNewVMerge().setVal(STMerge.RESTART);
          XWPFTableCell below = text(second.addNewTableCell(), "", true, widths[i]);
          tcPr(below).addNewVMerge();
        }
      } else {
        if (table.startsGroup(i)) {
          int span = table.groupSpan(i);
          int width = 0;
          for (int k = i; k < i + span; k++) {
            width += widths[k];
          }
          XWPFTableCell c = text(first.addNewTableCell(), column.group(), true, width);
          tcPr(c).addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        text(second.addNewTableCell(), column.title(), true, widths[i]);
      }
    }
    first.setRepeatHeader(true);
    if (second != null) {
      second.setRepeatHeader(true);
    }
    for (List<String> values : table.rows()) {
      XWPFTableRow row = t.createRow();
      cells(row, 0);
      for (int i = 0; i < n; i++) {
        text(row.addNewTableCell(), values.get(i), false, widths[i]);
      }
      row.setCantSplitRow(true);
    }
    spaceAfter();
  }

  void photoAndTitle(PhotoAndTitle p) {
    int[] widths = {4 * CM, CM * 6 / 10, CvDocxWriter.TEXT_WIDTH - 4 * CM - CM * 6 / 10};
    XWPFTable t = create(widths);
    t.removeBorders();
    XWPFTableRow row = t.getRow(0);
    cells(row, 0);
    row.setHeight(6 * CM);
    row.setHeightRule(TableRowHeightRule.EXACT);
    XWPFTableCell photo = row.addNewTableCell();
    width(photo, widths[0]);
    box(photo);
    photo.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    for (int i = 0; i < p.photoCaption().size(); i++) {
      XWPFParagraph para = i == 0 ? photo.getParagraphs().get(0) : photo.addParagraph();
      para.setAlignment(ParagraphAlignment.CENTER);
      CvDocxWriter.run(para, p.photoCaption().get(i), Style.LABEL, CvDocxWriter.SMALL);
    }
    width(row.addNewTableCell(), widths[1]);
    XWPFTableCell title = row.addNewTableCell();
    width(title, widths[2]);
    title.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    XWPFParagraph para = title.getParagraphs().get(0);
    para.setAlignment(ParagraphAlignment.CENTER);
    CvDocxWriter.run(para, p.title(), Style.VALUE, 18);
    spaceAfter();
  }

  void signatures(Signatures s) {
    int half = CvDocxWriter.TEXT_WIDTH / 2;
    XWPFTable t = create(new int[] {half, half});
    t.removeBorders();
    XWPFTableRow row = t.getRow(0);
    cells(row, 0);
    row.setCantSplitRow(true);
    lines(row.addNewTableCell(), s.left(), half);
    lines(row.addNewTableCell(), s.right(), half);
  }

  private void lines(XWPFTableCell cell, List<Line> lines, int width) {
    width(cell, width);
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
      CvDocxWriter.line(p, lines.get(i));
    }
  }

  /** A fixed-layout table of the text width, whose first row has no cells yet. */
  private XWPFTable create(int[] widths) {
    XWPFTable t = doc.createTable();
    t.setWidth(String.valueOf(CvDocxWriter.TEXT_WIDTH));
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
    return t;
  }

  /** Removes the cells of a new row from {@code keep} on (new rows copy the first row's cells). */
  private static void cells(XWPFTableRow row, int keep) {
    while (row.getTableCells().size() > keep) {
      row.removeCell(row.getTableCells().size() - 1);
    }
  }

  private static XWPFTableCell text(XWPFTableCell cell, String text, boolean header, int width) {
    width(cell, width);
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
    CvDocxWriter.spacing(p, 20, 20);
    if (!text.isEmpty()) {
      CvDocxWriter.run(p, text, header ? Style.VALUE : Style.LABEL, CELL);
    }
    return cell;
  }

  private static void width(XWPFTableCell cell, int twips) {
    cell.setWidth(String.valueOf(twips));
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static void box(XWPFTableCell cell) {
    CTTcBorders borders = tcPr(cell).addNewTcBorders();
    for (CTBorder b :
        List.of(
            borders.addNewTop(),
            borders.addNewLeft(),
            borders.addNewBottom(),
            borders.addNewRight())) {
      b.setVal(STBorder.SINGLE);
      b.setSz(BigInteger.valueOf(6));
      b.setColor("000000");
    }
  }

  /** An empty small paragraph after a table, so two tables never merge into one. */
  private void spaceAfter() {
    XWPFParagraph p = doc.createParagraph();
    CvDocxWriter.spacing(p, 0, 0);
    CvDocxWriter.run(p, "", Style.LABEL, 4);
  }
}
