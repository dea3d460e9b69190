package vn.cbcs.importexport.internal;

/**
 * Turns one row into writes through the record's APIs, inside the import's transaction and the
 * row's savepoint (a refused row's writes are rolled back to it). A row refused by the checks comes
 * back {@code REJECTED}; a write refused half-way throws and the runner reports it.
 */
public interface RowHandler {

  RowResult apply(RawRow row);

  /** API field names (e.g. {@code assignments[0].decision.number}) → template column ids. */
  String column(String field);
}
