package vn.cbcs.platform.db;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server is a child process started with {@code pg_ctl}; if the JVM is killed ({@code
 * kill -9}) it survives, holding the data directory. On the next start we stop such an orphan so
 * that the application comes back by itself. A directory still locked by a live CBCS instance is
 * refused instead.
 */
final class StaleServer {

  private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

  private StaleServer() {}

  static void stopIfOrphaned(Path dataDir) throws IOException {
    Path lockFile = dataDir.resolve("epg-lock");
    if (Files.exists(lockFile)) {
      try (RandomAccessFile raf = new RandomAccessFile(lockFile.toFile(), "rw");
          FileLock lock = raf.getChannel().tryLock()) {
        if (lock == null) {
          throw new IllegalStateException(
              "The data directory "
                  + dataDir
                  + " is in use by another running CBCS instance. Stop it, or set"
                  + " cbcs.embedded-db.data-dir to another directory.");
        }
      }
    }
    Optional<ProcessHandle> orphan = postmaster(dataDir);
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle process = orphan.get();
    log.warn(
        "Found a PostgreSQL server (pid {}) left running on {} by a previous run; stopping it",
        process.pid(),
        dataDir);
    process.destroy(); // SIGTERM: smart shutdown; the previous JVM's connections are gone
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (process.isAlive() && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (process.isAlive()) {
      throw new IllegalStateException(
          "Could not stop the PostgreSQL server (pid " + process.pid() + ") on " + dataDir);
    }
  }

  private static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    String firstLine =
        Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
    long pid;
    try {
      pid = Long.parseLong(firstLine);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false));
  }
}
