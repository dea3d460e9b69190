package vn.cbcs.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded cluster's two roles, generated at its first start and kept with it,
 * in {@code cbcs.pgpass} inside the cluster directory ({@code ./data/pg/cbcs.pgpass}; PostgreSQL
 * makes that directory owner-only, and the file is {@code 600} too). The file is in PostgreSQL's
 * password-file format, so that an operator can use it as it is: {@code
 * PGPASSFILE=data/pg/cbcs.pgpass psql -h localhost -p PORT -U cbcs cbcs}.
 */
final class PasswordFile {

  static final String SUPERUSER = "postgres";
  static final String APP_ROLE = "cbcs";

  private static final Logger log = LoggerFactory.getLogger(PasswordFile.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  /** The superuser's (for CBCS's own set-up only) and the application role's passwords. */
  record Passwords(String superuser, String app) {}

  private PasswordFile() {}

  static Path of(Path dataDir) {
    return dataDir.resolve("cbcs.pgpass");
  }

  static Optional<Passwords> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    ownerOnly(file);
    String superuser = null;
    String app = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split(":", 5);
      if (f.length == 5 && f[3].equals(SUPERUSER)) {
        superuser = f[4];
      } else if (f.length == 5 && f[3].equals(APP_ROLE)) {
        app = f[4];
      }
    }
    if (superuser == null || app == null || superuser.isEmpty() || app.isEmpty()) {
      throw new IllegalStateException(
          "The password file "
              + file
              + " lacks the line of '"
              + SUPERUSER
              + "' or '"
              + APP_ROLE
              + "'");
    }
    return Optional.of(new Passwords(superuser, app));
  }

  /** Two new passwords. */
  static Passwords generate() {
    return new Passwords(password(), password());
  }

  /** Writes the file whole (a new file, then renamed). */
  static void write(Path file, Passwords p) throws IOException {
    String text =
        "# Passwords of the embedded PostgreSQL of CBCS, generated at its first start. Keep this"
            + " file private\n"
            + "localhost:*:*:"
            + SUPERUSER
            + ":"
            + p.superuser()
            + "\n"
            + "localhost:*:*:"
            + APP_ROLE
            + ":"
            + p.app()
            + "\n";
    Path partial = privateFile(file.toAbsolutePath().getParent(), file.getFileName() + ".");
    try {
      Files.writeString(partial, text, StandardCharsets.UTF_8);
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    log.info("Generated the passwords of the embedded PostgreSQL into {}", file);
  }

  static void writeUnchecked(Path file, Passwords p) {
    try {
      write(file, p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A temporary file readable by its owner only, for {@code initdb --pwfile} (the cluster directory
   * must be empty for {@code initdb}); the caller deletes it.
   */
  static Path initdbPasswordFile(String password) throws IOException {
    Path f = privateFile(Path.of(System.getProperty("java.io.tmpdir")), "cbcs-initdb-");
    Files.writeString(f, password + "\n", StandardCharsets.UTF_8);
    return f;
  }

  /** 32 random bytes, base64url: 256 bits, and no character that the file format would split. */
  private static String password() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static Path privateFile(Path dir, String prefix) throws IOException {
    if (posix()) {
      FileAttribute<Set<PosixFilePermission>> attr =
          PosixFilePermissions.asFileAttribute(OWNER_ONLY);
      return Files.createTempFile(dir, prefix, ".tmp", attr);
    }
    return Files.createTempFile(dir, prefix, ".tmp");
  }

  /** A file made readable to others since (a copy, a umask) is closed again. */
  private static void ownerOnly(Path file) throws IOException {
    if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      log.warn("{} was readable by others; set to owner-only (600)", file);
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }
}
