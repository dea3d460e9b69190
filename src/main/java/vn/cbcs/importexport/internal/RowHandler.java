package vn.cbcs.importexport.internal;

/**
 * Turns one row into writes through the record's APIs, inside the import's transaction and the
 * row's savepoint (a refused row's writes are rolled back to it). A row refused by the checks comes
 * back {@code REJECTED}; a write refused half-way throws and the runner reports it.
 */
public interface RowHandler {

  RowResult apply(RawRow row);

  /**
   * How many rounds the rows are applied in (1: in the file's order). A handler whose rows depend
   * on the other rows of the file (the ratings' HTXSNV cap) applies some of them in a later round.
   */
  default int rounds() {
    return 1;
  }

  /** The round (1..{@link #rounds()}) a row is applied in. */
  default int round(RawRow row) {
    return 1;
  }

  /** API field names (e.g. {@code assignments[0].decision.number}) → template column ids. */
  String column(String field);
}
