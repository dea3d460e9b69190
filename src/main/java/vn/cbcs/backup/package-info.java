/**
 * Backup and restore of the whole database, the same for the embedded and an external PostgreSQL
 * and without any client tool installed: a zip of each table's rows (PostgreSQL {@code COPY} text,
 * in primary-key order) with a manifest of the schema version, row counts, SHA-256 of each table
 * and the head of the audit chain. A backup is taken from one consistent snapshot while CBCS runs
 * ({@code GET /api/backup}) or by the command {@code --cbcs.backup=FILE}; {@code
 * --cbcs.restore=FILE} restores into an empty database and proves every table equal to the backup.
 * The sign-in sessions (live credentials) are never in a backup; with {@code
 * cbcs.backup.encryption-key} set, backups are encrypted (AES-256-GCM). See {@link
 * vn.cbcs.backup.DatabaseCommands}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Backup",
    allowedDependencies = {"platform", "audit", "security"})
package vn.cbcs.backup;
