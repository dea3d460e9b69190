package vn.cbcs.importexport.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import vn.cbcs.importexport.ImportRefusedException;

/**
 * Finds the header row among the first rows of a sheet: the row naming most template columns
 * (titles and notes above it are common). A header cell left blank by a vertical merge (a two-row
 * header: "STT" merged over both rows, "Trình độ" over its sub-columns) takes the text of the cell
 * above. Columns are matched by header whatever their order; required ones must be there.
 */
final class HeaderRow {

  private HeaderRow() {}

  /** The header's row number (1-based); fills {@code cellOf}: template column → cell index. */
  static int locate(
      List<Row> buffered,
      List<Column> columns,
      ImportLimits limits,
      String sheetName,
      int[] cellOf) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      for (String k : columns.get(i).keys()) {
        byKey.putIfAbsent(k, i);
      }
    }
    int best = -1;
    int bestScore = 0;
    for (int r = 0; r < buffered.size(); r++) {
      int score = 0;
      for (Cell c : buffered.get(r)) {
        if (c != null && c.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
          if (byKey.containsKey(Text.key(c.getText()))) {
            score++;
          }
        }
      }
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    java.util.Arrays.fill(cellOf, -1);
    if (best < 0) {
      throw missing(columns, sheetName, List.of());
    }
    Row header = buffered.get(best);
    Row above = best > 0 ? buffered.get(best - 1) : null;
    int width =
        Math.min(
            Math.max(header.getCellCount(), above == null ? 0 : above.getCellCount()),
            limits.maxColumns());
    for (int c = 0; c < width; c++) {
      String text = header.hasCell(c) ? header.getCellText(c) : "";
      if ((text == null || text.isBlank()) && above != null && above.hasCell(c)) {
        text = above.getCellText(c);
      }
      Integer col = byKey.get(Text.key(text));
      if (col == null) {
        continue;
      }
      if (cellOf[col] >= 0) {
        throw new ImportRefusedException("import.file.duplicateHeader", columns.get(col).header());
      }
      cellOf[col] = c;
    }
    List<String> absent = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).required() && cellOf[i] < 0) {
        absent.add(columns.get(i).header());
      }
    }
    if (!absent.isEmpty()) {
      throw missing(columns, sheetName, absent);
    }
    return header.getRowNum();
  }

  private static ImportRefusedException missing(
      List<Column> columns, String sheetName, List<String> absent) {
    List<String> needed =
        absent.isEmpty()
            ? columns.stream().filter(Column::required).map(Column::header).toList()
            : absent;
    return new ImportRefusedException("import.file.headers", sheetName, String.join(", ", needed));
  }
}
