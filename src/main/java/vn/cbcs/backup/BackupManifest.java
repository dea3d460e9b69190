package vn.cbcs.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds: written last into the zip as {@code manifest.json}.
 *
 * @param schemaVersion the last Flyway migration applied to the database backed up
 * @param tables each table with its columns (generated ones left out), row count and the SHA-256 of
 *     its rows in COPY text form, in primary-key order
 * @param excludedTables tables deliberately not in the backup, with the reason (the sign-in
 *     sessions: live credentials); they are empty after a restore. Null in backups of earlier
 *     versions.
 * @param sequences the value of each sequence
 * @param auditHeadSeq the last seal of the audit chain at the time of the backup
 * @param auditHeadHash its SHA-256, hex
 */
public record BackupManifest(
    String format,
    Instant createdAt,
    String schemaVersion,
    String server,
    List<Table> tables,
    List<Excluded> excludedTables,
    List<Sequence> sequences,
    Long auditHeadSeq,
    String auditHeadHash) {

  public static final String FORMAT = "cbcs-backup/1";

  /** One table of the backup. */
  public record Table(String name, List<String> columns, long rows, String sha256) {}

  /** A table left out of the backup on purpose, and why. */
  public record Excluded(String name, String reason) {}

  /** One sequence: {@code setval(name, value, called)}. */
  public record Sequence(String name, long value, boolean called) {}

  /** The tables left out; empty for a backup of an earlier version. */
  public List<Excluded> excluded() {
    return excludedTables == null ? List.of() : excludedTables;
  }

  public long rows() {
    return tables.stream().mapToLong(Table::rows).sum();
  }
}
