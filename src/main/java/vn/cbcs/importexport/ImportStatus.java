package vn.cbcs.importexport;

/** Where an import stands. */
public enum ImportStatus {
  QUEUED,
  READING,
  VALIDATING,
  /** Dry run done: the report is ready and nothing was written; it can be committed. */
  VALIDATED,
  COMMITTING,
  /** Written in one transaction. */
  COMMITTED,
  /** The file, or (all or nothing) one of its rows, was refused: nothing was written. */
  REFUSED,
  /** An unexpected error or a restart stopped it: nothing was written. */
  FAILED,
  /** Stopped by the user: nothing was written. */
  CANCELLED;

  public boolean running() {
    return this == QUEUED || this == READING || this == VALIDATING || this == COMMITTING;
  }

  public String messageKey() {
    return "import.status." + name();
  }
}
