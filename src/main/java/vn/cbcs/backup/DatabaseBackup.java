package vn.cbcs.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;
import vn.cbcs.backup.internal.BackupWriter;
import vn.cbcs.backup.internal.Restorer;

/**
 * Backs the database up into a zip (one consistent snapshot, while CBCS runs) and restores such a
 * zip into an empty database. Needs no {@code pg_dump}: the rows travel as PostgreSQL {@code COPY}
 * text through the JDBC driver, so the same file restores into the embedded PostgreSQL 17 or an
 * external PostgreSQL 15+.
 */
@Service
public class DatabaseBackup {

  private final DataSource dataSource;

  public DatabaseBackup(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Writes a backup of the whole database to {@code out} (not closed). */
  public BackupManifest backup(OutputStream out) throws IOException {
    try (Connection c = dataSource.getConnection()) {
      return BackupWriter.write(c, out);
    } catch (SQLException e) {
      throw new IllegalStateException("Backup failed: " + e.getMessage(), e);
    }
  }

  /**
   * Restores {@code file} into this database, which must be empty; {@code actor} is named in the
   * audit log's RESTORE event.
   */
  public RestoreReport restore(Path file, String actor) {
    try {
      return Restorer.restore(dataSource, file, actor);
    } catch (SQLException e) {
      throw new IllegalStateException("Restore failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest of a backup file. */
  public static BackupManifest read(Path file) throws IOException {
    return Restorer.manifest(file);
  }
}
