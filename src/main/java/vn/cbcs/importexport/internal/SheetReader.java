package vn.cbcs.importexport.internal;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.ImportRefusedException;
import vn.cbcs.platform.FieldError;

/**
 * Streams the data rows of a kind's sheet (fastexcel: one row in memory at a time). Finds the
 * visible sheet by name (diacritics, case and spaces aside), the header row among the first rows
 * (titles above it and merged header cells are common: a header cell left blank by a vertical merge
 * takes the text of the cell above), maps the template's columns by header whatever their order,
 * and skips empty rows, the template's example row and a row of column numbers under the header.
 * Formulas are read as the value Excel computed and saved with them.
 */
public final class SheetReader implements Closeable {

  private static final int HEADER_SCAN = 30;

  private final ReadableWorkbook workbook;
  private final List<Column> columns;
  private final ImportLimits limits;
  private final Sheet sheet;
  private final Stream<Row> stream;
  private final Iterator<Row> source;
  private final List<Row> buffered = new ArrayList<>();
  private final int[] cellOf;
  private final int headerRow;
  private int emptyRows;
  private int dataRows;

  private SheetReader(byte[] file, ImportKind kind, ImportLimits limits) throws IOException {
    this.workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
    this.columns = Columns.of(kind);
    this.limits = limits;
    this.sheet = findSheet(workbook, kind);
    this.stream = sheet.openStream();
    this.source = stream.iterator();
    while (buffered.size() < HEADER_SCAN && source.hasNext()) {
      buffered.add(source.next());
    }
    this.cellOf = new int[columns.size()];
    this.headerRow = HeaderRow.locate(buffered, columns, limits, sheet.getName(), cellOf);
  }

  /** Opens the sheet of {@code kind}; refuses a file without it or without its headers. */
  public static SheetReader open(byte[] file, ImportKind kind, ImportLimits limits) {
    try {
      return new SheetReader(file, kind, limits);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportRefusedException refused) {
        throw refused;
      }
      throw new ImportRefusedException("import.file.unreadable");
    }
  }

  public String sheetName() {
    return sheet.getName();
  }

  public List<Column> columns() {
    return columns;
  }

  /** Whether the file has the column (its header was found). */
  public boolean has(int column) {
    return cellOf[column] >= 0;
  }

  /** "E12": the cell of a template column in a row, as Excel names it. */
  public String cellAddress(int column, int rowNo) {
    return letters(cellOf[column]) + rowNo;
  }

  /** 0 → A, 25 → Z, 26 → AA. */
  public static String letters(int index) {
    StringBuilder b = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      b.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return b.toString();
  }

  /** The data rows; the limits of rows, empty rows and columns refuse the file as reading goes. */
  public Iterator<RawRow> rows() {
    return new Iterator<>() {
      private RawRow next = advance();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public RawRow next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        RawRow r = next;
        next = advance();
        return r;
      }
    };
  }

  private RawRow advance() {
    while (true) {
      Row row = nextPhysical();
      if (row == null) {
        return null;
      }
      if (row.getRowNum() <= headerRow) {
        continue;
      }
      RawRow raw = read(row);
      if (raw == null) {
        if (++emptyRows > limits.maxEmptyRows()) {
          throw new ImportRefusedException("import.file.emptyRows", limits.maxEmptyRows());
        }
        continue;
      }
      if (++dataRows > limits.maxRows()) {
        throw new ImportRefusedException("import.file.tooManyRows", limits.maxRows());
      }
      return raw;
    }
  }

  private Row nextPhysical() {
    if (!buffered.isEmpty()) {
      return buffered.remove(0);
    }
    try {
      return source.hasNext() ? source.next() : null;
    } catch (RuntimeException e) {
      throw new ImportRefusedException("import.file.unreadable");
    }
  }

  /** The row's template columns, or null for a row to skip (empty, example, column numbers). */
  private RawRow read(Row row) {
    boolean anyData = false;
    boolean numbering = true;
    int filled = 0;
    for (Cell c : row) {
      if (c == null || c.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY) {
        continue;
      }
      String raw = c.getRawValue();
      if (raw == null || raw.isBlank()) {
        continue;
      }
      if (c.getColumnIndex() >= limits.maxColumns()) {
        throw new ImportRefusedException(
            "import.file.tooManyColumns", c.getAddress().toString(), limits.maxColumns());
      }
      filled++;
      if (!raw.strip().matches("\\(?\\d{1,3}\\)?")) {
        numbering = false;
      }
      if (c.getColumnIndex() != cellOf[0]) {
        anyData = true;
      }
    }
    if (!anyData || (numbering && filled >= 3)) {
      return null;
    }
    String[] values = new String[columns.size()];
    boolean[] numeric = new boolean[columns.size()];
    List<FieldError> problems = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (cellOf[i] < 0 || !row.hasCell(cellOf[i])) {
        continue;
      }
      Cell c = row.getCell(cellOf[i]);
      if (c == null) {
        continue;
      }
      readCell(c, i, values, numeric, problems);
    }
    if (values[0] != null && isExample(values[0])) {
      return null;
    }
    return new RawRow(row.getRowNum(), values, numeric, problems);
  }

  private void readCell(
      Cell c, int i, String[] values, boolean[] numeric, List<FieldError> problems) {
    String id = columns.get(i).id();
    switch (c.getType()) {
      case EMPTY -> {}
      case ERROR -> problems.add(new FieldError(id, "import.cell.error", c.getRawValue()));
      case BOOLEAN -> values[i] = Boolean.TRUE.equals(c.asBoolean()) ? "TRUE" : "FALSE";
      case NUMBER -> {
        values[i] = plain(c.getRawValue());
        numeric[i] = values[i] != null;
      }
      case FORMULA -> {
        String cached = c.getRawValue();
        if (cached == null || cached.isEmpty()) {
          problems.add(new FieldError(id, "import.cell.formula", c.getFormula()));
        } else if (plain(cached) != null) {
          values[i] = plain(cached);
          numeric[i] = true;
        } else {
          values[i] = cached;
        }
      }
      default -> values[i] = c.getText();
    }
    if (values[i] != null && values[i].length() > ImportLimits.MAX_CELL_CHARS) {
      values[i] = null;
      problems.add(new FieldError(id, "import.cell.tooLong", ImportLimits.MAX_CELL_CHARS));
    }
    if (values[i] != null && values[i].isBlank()) {
      values[i] = null;
    }
  }

  private static String plain(String number) {
    if (number == null) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(number.strip());
      d = d.stripTrailingZeros();
      return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isExample(String no) {
    String k = Text.key(no);
    return k.equals("vi du") || k.equals("vd") || k.equals("example") || k.equals("mau");
  }

  private static Sheet findSheet(ReadableWorkbook workbook, ImportKind kind) {
    String wanted = Text.key(kind.sheetName());
    List<Sheet> sheets = workbook.getSheets().toList();
    Sheet hidden = null;
    for (Sheet s : sheets) {
      if (Text.key(s.getName()).equals(wanted)) {
        if (s.getVisibility() == SheetVisibility.VISIBLE) {
          return s;
        }
        hidden = s;
      }
    }
    if (hidden != null) {
      throw new ImportRefusedException("import.file.sheetHidden", kind.sheetName());
    }
    String names =
        String.join(
            ", ",
            sheets.stream()
                .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
                .map(s -> "\"" + s.getName() + "\"")
                .toList());
    throw new ImportRefusedException("import.file.sheetMissing", kind.sheetName(), names);
  }

  @Override
  public void close() {
    stream.close();
    try {
      workbook.close();
    } catch (IOException e) {
      // nothing to release beyond memory
    }
  }
}
