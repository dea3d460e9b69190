package vn.cbcs.importexport;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.cbcs.importexport.internal.ErrorReportWriter;
import vn.cbcs.importexport.internal.ImportLimits;
import vn.cbcs.importexport.internal.ImportRunner;
import vn.cbcs.importexport.internal.ImportStore;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.NotFoundException;

/**
 * Excel imports: a file is kept as sent, then read, checked and (unless a dry run) committed in the
 * background, so that a long import can be left and followed again; its report says what became of
 * every row. A dry run can be committed later, after checking its report.
 */
@Service
public class Imports {

  private final ImportStore store;
  private final ImportRunner runner;
  private final ImportLimits limits;
  private final MessageSource messages;
  private final ExecutorService workers;
  private final Map<Long, Future<?>> running = new ConcurrentHashMap<>();

  Imports(ImportStore store, ImportRunner runner, ImportLimits limits, MessageSource messages) {
    this.store = store;
    this.runner = runner;
    this.limits = limits;
    this.messages = messages;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            limits.workers(),
            r -> {
              Thread t = new Thread(r, "excel-import-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Keeps the file and starts its dry run ({@code dryRun}) or its commit in the background.
   *
   * @return the import as queued
   */
  public ImportReport submit(
      byte[] file, String fileName, ImportKind kind, ImportMode mode, boolean dryRun, String user) {
    if (file == null || file.length == 0) {
      throw new BadRequestException("file", "import.file.empty");
    }
    String name = fileName == null || fileName.isBlank() ? "import.xlsx" : fileName.strip();
    // some browsers send a whole path
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "");
    if (name.isBlank()) {
      name = "import.xlsx";
    }
    if (name.length() > 255) {
      name = name.substring(name.length() - 255);
    }
    long id = store.insert(kind, mode, dryRun, name, file, sha256(file), user);
    start(id, user, !dryRun);
    return require(id);
  }

  /** Commits a dry run whose report is ready (409 otherwise). */
  public ImportReport commit(long id, String user) {
    ImportReport r = require(id);
    if (!r.committable() || !store.queueCommit(id)) {
      throw new ConflictException("import.notCommittable", id);
    }
    start(id, user, true);
    return require(id);
  }

  /** Stops a running import: nothing it did is kept. */
  public boolean cancel(long id) {
    require(id);
    return runner.cancel(id);
  }

  private void start(long id, String user, boolean commit) {
    running.put(
        id,
        workers.submit(
            () -> {
              try {
                runner.run(id, user, commit);
              } finally {
                running.remove(id);
              }
            }));
  }

  /** Waits (at most {@code max}) for a running import to finish; its report as it stands then. */
  public ImportReport await(long id, Duration max) {
    Future<?> f = running.get(id);
    if (f != null) {
      try {
        f.get(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // still running: the caller gets the progress so far
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // the runner records its own failures
      }
    }
    return require(id);
  }

  public Duration apiWait() {
    return Duration.ofSeconds(limits.apiWaitSeconds());
  }

  public Optional<ImportReport> find(long id) {
    return store.find(id);
  }

  public ImportReport require(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("import.notFound", id));
  }

  /** The latest imports, newest first. */
  public List<ImportReport> recent(int limit) {
    return store.list(Math.max(1, Math.min(limit, 500)));
  }

  /** Rows of the import's latest run; {@code outcome} null for all. */
  public List<RowReport> rows(long id, RowOutcome outcome, int offset, int limit) {
    ImportReport r = require(id);
    return store.rows(id, r.runNo(), outcome, Math.max(0, offset), Math.max(1, limit));
  }

  /** The file as it was sent. */
  public byte[] file(long id) {
    require(id);
    return store.file(id);
  }

  /**
   * The rejected rows of the latest run as an xlsx with the template's sheet name and headers and a
   * reason column, to be fixed and sent again.
   */
  public void writeErrors(long id, OutputStream out) throws IOException {
    ImportReport r = require(id);
    ErrorReportWriter.write(r.kind(), out, each -> store.rejected(id, r.runNo(), each));
  }

  /** At start-up: imports a stopped process left running are failed (their transaction died). */
  @EventListener(ApplicationReadyEvent.class)
  void failInterrupted() {
    Locale vi = Locale.forLanguageTag("vi");
    store.failInterrupted(
        messages.getMessage("import.interrupted", null, vi),
        messages.getMessage("import.interrupted", null, Locale.ENGLISH));
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }

  private static String sha256(byte[] file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
