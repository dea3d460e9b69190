package vn.cbcs.importexport;

import java.util.List;

/**
 * One spreadsheet row of an import: where it is, what became of it, the person it concerns, every
 * reason it was refused and every field it changes.
 *
 * @param row the row number as Excel shows it (1-based)
 */
public record RowReport(
    String sheet,
    int row,
    RowOutcome outcome,
    Long personId,
    String personalId,
    String fullName,
    List<CellError> errors,
    List<Change> changes) {

  public RowReport {
    errors = errors == null ? List.of() : List.copyOf(errors);
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  /** A reason a row was refused, pointing at its column (blank: the row as a whole). */
  public record CellError(String column, String cell, String message, String messageEn) {}

  /** A field changed by the row: its column, the value before and after (text). */
  public record Change(String column, String before, String after) {}
}
