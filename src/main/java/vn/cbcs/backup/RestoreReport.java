package vn.cbcs.backup;

/**
 * What a restore did.
 *
 * @param manifest the backup restored
 * @param schemaVersion the schema version after the restore (the application's latest)
 * @param auditChainOk whether {@code audit_verify()} found the restored audit log intact
 * @param auditProblem what it found wrong, if anything
 */
public record RestoreReport(
    BackupManifest manifest,
    String schemaVersion,
    boolean auditChainOk,
    String auditProblem,
    long millis) {}
