package vn.cbcs.reports.quality;

import java.time.LocalDate;
import java.util.List;
import vn.cbcs.reports.docs.Letterhead;

/**
 * The quality table of a unit on a date: one row per child unit and a total, one count per column.
 *
 * @param unitCode the unit as asked ({@code ""} for the whole country)
 * @param unitName its full name ({@code "Toàn quốc"} for the country)
 * @param throughCrosswalk the unit is not in force on {@code asOf}: its ground is taken as the
 *     communes of that date that cover it
 * @param communes how many communes the scope holds
 * @param synthetic how many of the people counted are generated (demo) records
 * @param letterhead who issues the table (the left of the header block) and where
 */
public record QualityTable(
    String unitCode,
    String unitName,
    LocalDate asOf,
    boolean throughCrosswalk,
    int communes,
    List<QualityColumn> columns,
    List<Row> rows,
    Row total,
    long synthetic,
    Letterhead letterhead) {

  public QualityTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** One child unit (or the total): counts in the order of {@code columns}. */
  public record Row(String code, String name, List<Long> counts) {

    public Row {
      counts = List.copyOf(counts);
    }

    public long count(int column) {
      return counts.get(column);
    }
  }

  public int column(String key) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + key);
  }

  /** The largest count, to size the printed numbers. */
  public long largest() {
    return total.counts().stream().mapToLong(Long::longValue).max().orElse(0);
  }
}
