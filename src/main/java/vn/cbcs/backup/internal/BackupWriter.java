package vn.cbcs.backup.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.cbcs.backup.BackupManifest;

/**
 * Writes a backup: every table of one repeatable-read snapshot, streamed with {@code COPY} into a
 * zip entry while its SHA-256 is computed, then the manifest. The tables of {@link
 * Catalog#LEFT_OUT} (live sign-in sessions) are not copied; the manifest names them.
 */
public final class BackupWriter {

  public static final String MANIFEST = "manifest.json";
  static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private BackupWriter() {}

  public static String entry(String table) {
    return "tables/" + table + ".copy";
  }

  public static BackupManifest write(Connection c, OutputStream target)
      throws SQLException, IOException {
    c.setAutoCommit(false);
    try (var s = c.createStatement()) {
      s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    try {
      Catalog.canonicalSettings(c);
      ZipOutputStream zip = new ZipOutputStream(target);
      List<BackupManifest.Table> tables = new ArrayList<>();
      List<BackupManifest.Excluded> excluded = new ArrayList<>();
      PGConnection pg = c.unwrap(PGConnection.class);
      for (String table : Catalog.tables(c)) {
        if (Catalog.LEFT_OUT.containsKey(table)) {
          excluded.add(new BackupManifest.Excluded(table, Catalog.LEFT_OUT.get(table)));
          continue;
        }
        List<String> columns = Catalog.columns(c, table);
        String select = Catalog.select(table, columns, Catalog.orderColumns(c, table, columns));
        zip.putNextEntry(new ZipEntry(entry(table)));
        MessageDigest sha = Checksums.sha256();
        long rows =
            pg.getCopyAPI()
                .copyOut(
                    "COPY (" + select + ") TO STDOUT",
                    new DigestOutputStream(new KeepOpen(zip), sha));
        zip.closeEntry();
        tables.add(
            new BackupManifest.Table(table, columns, rows, HexFormat.of().formatHex(sha.digest())));
      }
      BackupManifest manifest =
          new BackupManifest(
              BackupManifest.FORMAT,
              Instant.now(),
              Catalog.schemaVersion(c),
              serverVersion(c),
              tables,
              excluded,
              sequences(c),
              auditHead(c, true),
              auditHead(c, false));
      zip.putNextEntry(new ZipEntry(MANIFEST));
      zip.write(JSON.writeValueAsBytes(manifest));
      zip.closeEntry();
      zip.finish();
      zip.flush();
      return manifest;
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
  }

  private static List<BackupManifest.Sequence> sequences(Connection c) throws SQLException {
    List<BackupManifest.Sequence> list = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT sequencename, coalesce(last_value, start_value), last_value IS NOT NULL"
                    + " FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        list.add(new BackupManifest.Sequence(rs.getString(1), rs.getLong(2), rs.getBoolean(3)));
      }
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  private static <T> T auditHead(Connection c, boolean seq) throws SQLException {
    if (!Catalog.exists(c, "audit_seal")) {
      return null;
    }
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT seq, encode(hash, 'hex') FROM audit_seal ORDER BY seq DESC LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      return (T) (seq ? (Object) rs.getLong(1) : rs.getString(2));
    }
  }

  private static String serverVersion(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SHOW server_version");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** COPY closes the stream it writes to; the zip must stay open for the next entry. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
