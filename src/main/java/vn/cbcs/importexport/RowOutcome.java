package vn.cbcs.importexport;

/** What became of one spreadsheet row. */
public enum RowOutcome {
  /** Accepted as a new record (or, for qualifications and posts, a new fact). */
  NEW,
  /** Accepted as a change of an existing record; the report lists each field old → new. */
  UPDATED,
  /** Already recorded exactly so: nothing to write (re-importing a file changes nothing). */
  UNCHANGED,
  /** Refused, with every reason. */
  REJECTED;

  public String messageKey() {
    return "import.outcome." + name();
  }
}
