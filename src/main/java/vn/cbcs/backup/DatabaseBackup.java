package vn.cbcs.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.cbcs.backup.internal.BackupCipher;
import vn.cbcs.backup.internal.BackupWriter;
import vn.cbcs.backup.internal.Restorer;
import vn.cbcs.platform.Bilingual;

/**
 * Backs the database up into a zip (one consistent snapshot, while CBCS runs) and restores such a
 * zip into an empty database. Needs no {@code pg_dump}: the rows travel as PostgreSQL {@code COPY}
 * text through the JDBC driver, so the same file restores into the embedded PostgreSQL 17 or an
 * external PostgreSQL 15+. With {@code cbcs.backup.encryption-key} set, backups are written
 * encrypted (AES-256-GCM, see {@link BackupCipher}); a restore recognises an encrypted file and
 * needs the key.
 */
@Service
public class DatabaseBackup {

  private final DataSource dataSource;
  private final byte[] key;

  /** Backups written in the clear; encrypted ones are refused at restore. */
  public DatabaseBackup(DataSource dataSource) {
    this(dataSource, null);
  }

  /**
   * @param encryptionKey base64 of 32 random bytes ({@code openssl rand -base64 32}); blank:
   *     backups are not encrypted
   * @throws IllegalArgumentException when the key is not 32 bytes of base64
   */
  @Autowired
  public DatabaseBackup(
      DataSource dataSource, @Value("${cbcs.backup.encryption-key:}") String encryptionKey) {
    this.dataSource = dataSource;
    this.key = BackupCipher.key(encryptionKey);
  }

  /** Whether backups are written encrypted. */
  public boolean encrypts() {
    return key != null;
  }

  /** Writes a backup of the whole database to {@code out} (not closed), encrypted if configured. */
  /** A backup asked for by someone: only an actor allowed to take backups (403 otherwise). */
  public BackupManifest backup(OutputStream out, vn.cbcs.platform.Actor actor) throws IOException {
    actor.require(vn.cbcs.platform.Capability.BACKUP);
    return backup(out);
  }

  public BackupManifest backup(OutputStream out) throws IOException {
    try (Connection c = dataSource.getConnection()) {
      if (key == null) {
        return BackupWriter.write(c, out);
      }
      BackupCipher.Encrypting encrypting = BackupCipher.encrypt(out, key);
      BackupManifest manifest = BackupWriter.write(c, encrypting);
      encrypting.finish();
      return manifest;
    } catch (SQLException e) {
      throw new IllegalStateException("Backup failed: " + e.getMessage(), e);
    }
  }

  /**
   * Restores {@code file} into this database, which must be empty; {@code actor} is named in the
   * audit log's RESTORE event. An encrypted file is first decrypted whole and checked: with no key,
   * a wrong key or a damaged file nothing is restored.
   */
  public RestoreReport restore(Path file, String actor) {
    try {
      if (!BackupCipher.isEncrypted(file)) {
        return Restorer.restore(dataSource, file, file.getFileName().toString(), actor);
      }
      Path plain = BackupCipher.decryptToTemporaryFile(file, requireKey(file));
      try {
        return Restorer.restore(dataSource, plain, file.getFileName().toString(), actor);
      } finally {
        Files.deleteIfExists(plain);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Restore failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest of a backup file, encrypted or not. */
  public BackupManifest manifest(Path file) throws IOException {
    if (!BackupCipher.isEncrypted(file)) {
      return Restorer.manifest(file);
    }
    Path plain = BackupCipher.decryptToTemporaryFile(file, requireKey(file));
    try {
      return Restorer.manifest(plain);
    } finally {
      Files.deleteIfExists(plain);
    }
  }

  /** The manifest of a backup file written in the clear. */
  public static BackupManifest read(Path file) throws IOException {
    if (BackupCipher.isEncrypted(file)) {
      throw new IllegalArgumentException(
          Bilingual.message("backup.encrypted.no-key", file.getFileName()));
    }
    return Restorer.manifest(file);
  }

  private byte[] requireKey(Path file) {
    if (key == null) {
      throw new IllegalArgumentException(
          Bilingual.message("backup.encrypted.no-key", file.getFileName()));
    }
    return key;
  }
}
