package vn.cbcs.platform.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The embedded cluster's {@code pg_hba.conf}: every connection, over the Unix socket or loopback
 * TCP, needs a password checked with {@code scram-sha-256}. zonky's {@code initdb -A trust} wrote
 * one that lets any local user in as superuser without a password; clusters of earlier CBCS
 * versions still have it until their next start.
 */
final class PgHba {

  static final String CONTENT =
      """
      # Written by CBCS at every start of its embedded PostgreSQL; changes are overwritten.
      # Every connection needs a password, checked with scram-sha-256; the server listens on the
      # loopback address only (listen_addresses = localhost). The passwords are in the file
      # cbcs.pgpass in this directory. No replication connections.
      # TYPE  DATABASE  USER  ADDRESS       METHOD
      local   all       all                 scram-sha-256
      host    all       all   127.0.0.1/32  scram-sha-256
      host    all       all   ::1/128       scram-sha-256
      """;

  private PgHba() {}

  static Path of(Path dataDir) {
    return dataDir.resolve("pg_hba.conf");
  }

  /** Whether some line lets a client in without a password ({@code trust}, as zonky wrote it). */
  static boolean letsInWithoutPassword(Path dataDir) throws IOException {
    Path file = of(dataDir);
    if (!Files.exists(file)) {
      return false;
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(l -> l.replaceFirst("#.*", "").trim())
        .filter(l -> !l.isEmpty())
        .anyMatch(
            l ->
                Arrays.stream(l.split("\\s+"))
                    .anyMatch(t -> t.equals("trust") || t.equals("peer") || t.equals("ident")));
  }

  static boolean isCurrent(Path dataDir) throws IOException {
    Path file = of(dataDir);
    return Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(CONTENT);
  }

  /** Replaces the file whole (written beside it, then renamed). */
  static void write(Path dataDir) throws IOException {
    Path partial = Files.createTempFile(dataDir, "pg_hba", ".tmp");
    try {
      Files.writeString(partial, CONTENT, StandardCharsets.UTF_8);
      Files.move(partial, of(dataDir), StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
