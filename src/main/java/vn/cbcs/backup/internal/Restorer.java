package vn.cbcs.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cbcs.backup.BackupManifest;
import vn.cbcs.backup.RestoreReport;
import vn.cbcs.platform.Bilingual;

/**
 * Restores a backup into an empty database: migrates it to the backup's schema version, loads every
 * table in one transaction (user triggers off, so that the audit log is restored as it was rather
 * than logged again), checks each table against the manifest, migrates to the application's latest
 * version, then appends a RESTORE event to the audit log and verifies its chain.
 */
public final class Restorer {

  private static final Logger log = LoggerFactory.getLogger(Restorer.class);
  private static final List<String> AUDIT_TABLES =
      List.of("audit_txn", "audit_log", "audit_seal", "audit_checkpoint");

  private Restorer() {}

  public static BackupManifest manifest(Path file) throws IOException {
    ZipFile opened;
    try {
      opened = new ZipFile(file.toFile());
    } catch (java.util.zip.ZipException e) {
      throw new IllegalArgumentException(
          Bilingual.message("backup.not-a-backup", file.getFileName()), e);
    }
    try (ZipFile zip = opened) {
      ZipEntry entry = zip.getEntry(BackupWriter.MANIFEST);
      if (entry == null) {
        throw new IllegalArgumentException(
            Bilingual.message("backup.not-a-backup", file.getFileName()));
      }
      try (InputStream in = zip.getInputStream(entry)) {
        BackupManifest m = BackupWriter.JSON.readValue(in, BackupManifest.class);
        if (!BackupManifest.FORMAT.equals(m.format())) {
          throw new IllegalArgumentException("Unknown backup format " + m.format());
        }
        return m;
      }
    }
  }

  /**
   * @param file the plain zip
   * @param name the file's name for the audit log (the encrypted file's, when it was decrypted)
   */
  public static RestoreReport restore(DataSource dataSource, Path file, String name, String actor)
      throws IOException, SQLException {
    long started = System.currentTimeMillis();
    BackupManifest manifest = manifest(file);
    try (Connection c = dataSource.getConnection()) {
      requireEmpty(c);
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .target(MigrationVersion.fromVersion(manifest.schemaVersion()))
        .load()
        .migrate();
    try (Connection c = dataSource.getConnection()) {
      String reached = Catalog.schemaVersion(c);
      if (!manifest.schemaVersion().equals(reached)) {
        throw new IllegalStateException(
            "The backup is of schema version "
                + manifest.schemaVersion()
                + "; this CBCS knows versions up to "
                + reached
                + ". Restore it with the CBCS it was taken with, or a newer one.");
      }
      load(c, file, manifest);
    }
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT set_config('cbcs.actor', ?, true), set_config('cbcs.source', 'SYSTEM', true),"
                  + " set_config('cbcs.reason', ?, true),"
                  + " audit_record('RESTORE', NULL, NULL, NULL, NULL, NULL, ?, NULL)")) {
        ps.setString(1, actor);
        ps.setString(2, "Phục hồi từ bản sao lưu " + name);
        ps.setString(
            3,
            name
                + " created "
                + manifest.createdAt()
                + " schema "
                + manifest.schemaVersion()
                + " rows "
                + manifest.rows()
                + " audit head "
                + manifest.auditHeadSeq()
                + ":"
                + manifest.auditHeadHash());
        ps.executeQuery().close();
      }
      c.commit();
      String version = Catalog.schemaVersion(c);
      try (PreparedStatement ps = c.prepareStatement("SELECT ok, problem FROM audit_verify()");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        boolean ok = rs.getBoolean(1);
        String problem = rs.getString(2);
        c.commit();
        return new RestoreReport(
            manifest, version, ok, problem, System.currentTimeMillis() - started);
      }
    }
  }

  private static void requireEmpty(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace"
                    + " WHERE n.nspname = 'public' AND k.relkind IN ('r', 'p')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new IllegalStateException(
            "The database is not empty: a backup is restored into a new database only (an empty"
                + " one on an external server, or a new cbcs.embedded-db.data-dir).");
      }
    }
  }

  private static void load(Connection c, Path file, BackupManifest manifest)
      throws SQLException, IOException {
    c.setAutoCommit(false);
    try (ZipFile zip = new ZipFile(file.toFile());
        var s = c.createStatement()) {
      Catalog.canonicalSettings(c);
      List<String> order = Catalog.tables(c);
      for (BackupManifest.Table t : manifest.tables()) {
        if (!order.contains(t.name())) {
          throw new IllegalStateException("Table " + t.name() + " of the backup does not exist");
        }
        if (!Catalog.columns(c, t.name()).equals(t.columns())) {
          throw new IllegalStateException(
              "Table " + t.name() + " has other columns than backed up");
        }
      }
      // sessions in a backup of an earlier version are not brought back either
      List<String> restored =
          order.stream()
              .filter(n -> !Catalog.LEFT_OUT.containsKey(n))
              .filter(n -> manifest.tables().stream().anyMatch(t -> t.name().equals(n)))
              .toList();
      for (String t : restored) {
        s.execute("ALTER TABLE public." + Catalog.quote(t) + " DISABLE TRIGGER USER");
      }
      for (String t : AUDIT_TABLES) {
        if (restored.contains(t)) {
          // the migration took these from the application's role; it is the owner
          s.execute("GRANT TRUNCATE ON " + t + " TO CURRENT_USER");
        }
      }
      s.execute(
          "TRUNCATE "
              + String.join(
                  ", ", restored.stream().map(t -> "public." + Catalog.quote(t)).toList()));
      PGConnection pg = c.unwrap(PGConnection.class);
      for (String name : restored) {
        BackupManifest.Table t =
            manifest.tables().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        MessageDigest sha = Checksums.sha256();
        ZipEntry entry = zip.getEntry(BackupWriter.entry(name));
        if (entry == null) {
          throw new IllegalStateException("The backup lacks the rows of " + name);
        }
        long rows;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
          rows =
              pg.getCopyAPI()
                  .copyIn(
                      "COPY public."
                          + Catalog.quote(name)
                          + " ("
                          + String.join(", ", t.columns().stream().map(Catalog::quote).toList())
                          + ") FROM STDIN",
                      in);
        }
        if (rows != t.rows() || !HexFormat.of().formatHex(sha.digest()).equals(t.sha256())) {
          throw new IllegalStateException("The rows of " + name + " in the backup are damaged");
        }
      }
      for (BackupManifest.Sequence q : manifest.sequences()) {
        try (PreparedStatement ps =
            c.prepareStatement("SELECT setval(('public.' || quote_ident(?))::regclass, ?, ?)")) {
          ps.setString(1, q.name());
          ps.setLong(2, q.value());
          ps.setBoolean(3, q.called());
          ps.executeQuery().close();
        }
      }
      for (String t : restored) {
        s.execute("ALTER TABLE public." + Catalog.quote(t) + " ENABLE TRIGGER USER");
      }
      for (String t : AUDIT_TABLES) {
        if (restored.contains(t)) {
          s.execute("REVOKE TRUNCATE ON " + t + " FROM CURRENT_USER");
        }
      }
      // what is in the database now is what was backed up, table by table
      for (BackupManifest.Table t : manifest.tables()) {
        if (!restored.contains(t.name())) {
          continue;
        }
        Checksums.Sum sum = Checksums.of(c, t.name(), t.columns());
        if (sum.rows() != t.rows() || !sum.sha256().equals(t.sha256())) {
          throw new IllegalStateException("Table " + t.name() + " differs after the restore");
        }
      }
      c.commit();
      log.info("Restored {} tables, {} rows", manifest.tables().size(), manifest.rows());
    } catch (SQLException | IOException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }
}
