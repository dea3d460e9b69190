package vn.cbcs.importexport;

import java.time.Instant;

/**
 * An import as it stands: the file, who sent it, the counts so far, and, when refused or failed,
 * why (in Vietnamese and English). The rows are read with {@link Imports#rows}.
 *
 * @param rowsRead data rows found in the sheet (empty rows not counted)
 * @param rowsValidated rows checked so far in the current run
 * @param rowsCommitted rows written so far in the commit's transaction (final once committed)
 *     <p>While an import runs, its counts are those of the instance running it (kept in memory, ADR
 *     14); they are stored when it ends.
 */
public record ImportReport(
    long id,
    ImportKind kind,
    ImportMode mode,
    boolean dryRun,
    ImportStatus status,
    String fileName,
    int fileSize,
    String sheet,
    String createdBy,
    Instant createdAt,
    Instant finishedAt,
    String committedBy,
    Instant committedAt,
    int runNo,
    Integer committedRun,
    int rowsRead,
    int rowsValidated,
    int rowsCommitted,
    int accepted,
    int updated,
    int unchanged,
    int rejected,
    String message,
    String messageEn) {

  /** The same import with the counts of its running run. */
  public ImportReport withCounts(
      int validated, int committing, int accepted, int updated, int unchanged, int rejected) {
    return new ImportReport(
        id,
        kind,
        mode,
        dryRun,
        status,
        fileName,
        fileSize,
        sheet,
        createdBy,
        createdAt,
        finishedAt,
        committedBy,
        committedAt,
        runNo,
        committedRun,
        rowsRead,
        validated,
        committing,
        accepted,
        updated,
        unchanged,
        rejected,
        message,
        messageEn);
  }

  public boolean committed() {
    return status == ImportStatus.COMMITTED;
  }

  /** A dry run whose report is ready and which may now be committed. */
  public boolean committable() {
    return status == ImportStatus.VALIDATED && (mode == ImportMode.PARTIAL || rejected == 0);
  }

  /** Percentage of the current phase done, for a progress bar. */
  public int percent() {
    if (rowsRead == 0) {
      return status.running() ? 0 : 100;
    }
    int done = status == ImportStatus.COMMITTING ? rowsCommitted : rowsValidated;
    return Math.min(100, (int) (100L * done / rowsRead));
  }
}
