package vn.cbcs.platform;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text cells of the workbooks CBCS writes that a spreadsheet program never runs as a formula. Text
 * whose first character — or first after leading spaces — is {@code = + - @} (or their full-width
 * forms), or that starts with a tab or a carriage return, is written unchanged with Excel's own
 * "quote prefix" style ({@code quotePrefix="1"}, what Excel sets when someone types an apostrophe
 * first): shown and read back as the same text, never evaluated, also after editing the cell.
 * Numbers written as numbers are not text and stay numbers. One instance per workbook: it keeps the
 * quote-prefixed twin of each style it has met.
 */
public final class SafeCells {

  private final Workbook workbook;
  private final Map<Integer, CellStyle> quoted = new HashMap<>();

  public SafeCells(Workbook workbook) {
    this.workbook = workbook;
  }

  /** Whether a spreadsheet would take {@code s} as the start of a formula. */
  public static boolean formulaLike(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    if (s.charAt(0) == '\t' || s.charAt(0) == '\r') {
      return true;
    }
    int i = 0;
    while (i < s.length()
        && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
      i++;
    }
    if (i == s.length()) {
      return false;
    }
    return switch (s.charAt(i)) {
      case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }

  /** Writes text into a cell (keeping its style), quote-prefixed when it looks like a formula. */
  public void text(Cell cell, String value) {
    cell.setCellValue(value);
    if (formulaLike(value)) {
      cell.setCellStyle(quoted(cell.getCellStyle()));
    }
  }

  /** Writes text into a cell with {@code style} (null: the default), quote-prefixed if needed. */
  public void text(Cell cell, String value, CellStyle style) {
    if (style != null) {
      cell.setCellStyle(style);
    }
    text(cell, value);
  }

  /** The quote-prefixed twin of {@code base}. */
  public CellStyle quoted(CellStyle base) {
    CellStyle from = base == null ? workbook.getCellStyleAt(0) : base;
    if (from.getQuotePrefixed()) {
      return from;
    }
    return quoted.computeIfAbsent(
        (int) from.getIndex(),
        index -> {
          CellStyle style = workbook.createCellStyle();
          style.cloneStyleFrom(from);
          style.setQuotePrefixed(true);
          return style;
        });
  }
}
