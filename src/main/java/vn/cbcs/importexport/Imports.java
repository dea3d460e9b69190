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
import vn.cbcs.importexport.internal.ImportProgress;
import vn.cbcs.importexport.internal.ImportRunner;
import vn.cbcs.importexport.internal.ImportStore;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.security.Visibility;

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
  private final Visibility visibility;
  private final ImportProgress progress;

  Imports(
      ImportStore store,
      ImportRunner runner,
      ImportLimits limits,
      MessageSource messages,
      Visibility visibility,
      ImportProgress progress) {
    this.visibility = visibility;
    this.progress = progress;
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
   * Keeps the file and starts its dry run ({@code dryRun}) or its commit in the background, with
   * the actor who sent it (the rows are checked against their ground, on the import's thread).
   *
   * @return the import as queued
   */
  public ImportReport submit(
      byte[] file, String fileName, ImportKind kind, ImportMode mode, boolean dryRun, Actor actor) {
    actor.require(Capability.IMPORT);
    if (file == null || file.length == 0) {
      throw new BadRequestException("file", "import.file.empty");
    }
    String name = fileName == null || fileName.isBlank() ? "import.xlsx" : fileName.strip();
    // some browsers send a whole path
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    // control, invisible and bidi-control characters are taken out of a file's name (it is kept
    // and shown, and it names the import in the reason of every change it makes)
    name =
        name.codePoints()
            .filter(cp -> !vn.cbcs.platform.TextRules.refused(cp, false))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    if (name.isBlank()) {
      name = "import.xlsx";
    }
    if (name.length() > 255) {
      name = name.substring(name.length() - 255);
    }
    long id =
        store.insert(
            kind,
            mode,
            dryRun,
            name,
            file,
            sha256(file),
            actor.username(),
            actor.unrestricted() ? null : actor.access().scopes());
    start(id, actor, !dryRun);
    return require(id, actor);
  }

  /** Commits a dry run of one's own whose report is ready (409 otherwise). */
  public ImportReport commit(long id, Actor actor) {
    ImportReport r = requireOwn(id, actor);
    if (!r.committable() || !store.queueCommit(id)) {
      throw new ConflictException("import.notCommittable", id);
    }
    start(id, actor, true);
    return require(id, actor);
  }

  /** Stops a running import of one's own: nothing it did is kept. */
  public boolean cancel(long id, Actor actor) {
    requireOwn(id, actor);
    return runner.cancel(id);
  }

  /** An import the actor sent (administrators: any) for committing or cancelling. */
  private ImportReport requireOwn(long id, Actor actor) {
    actor.require(Capability.IMPORT);
    ImportReport r = row(id);
    if (!actor.unrestricted() && !r.createdBy().equals(actor.username())) {
      throw new ForbiddenException("import.notYours", id);
    }
    return r;
  }

  private void start(long id, Actor actor, boolean commit) {
    running.put(
        id,
        workers.submit(
            () -> {
              try {
                runner.run(id, actor, commit);
              } finally {
                running.remove(id);
              }
            }));
  }

  /** Waits (at most {@code max}) for a running import to finish; its report as it stands then. */
  public ImportReport await(long id, Duration max, Actor actor) {
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
    return require(id, actor);
  }

  public Duration apiWait() {
    return Duration.ofSeconds(limits.apiWaitSeconds());
  }

  /** The import as stored, with the live counts of its run when it is running here. */
  private ImportReport row(long id) {
    return progress.overlay(
        store.find(id).orElseThrow(() -> new NotFoundException("import.notFound", id)));
  }

  /**
   * An import the actor may read: their own; or, for readers of imports (inspectors), one sent from
   * a ground within theirs; administrators read all. 404 when there is none, 403 otherwise.
   */
  public ImportReport require(long id, Actor actor) {
    actor.requireAny(Capability.IMPORT, Capability.READ_IMPORTS);
    ImportReport r = row(id);
    if (!readable(r, actor)) {
      throw new ForbiddenException("import.notYours", id);
    }
    return r;
  }

  private boolean readable(ImportReport r, Actor actor) {
    if (actor.unrestricted() || r.createdBy().equals(actor.username())) {
      return true;
    }
    if (!actor.can(Capability.READ_IMPORTS)) {
      return false;
    }
    List<String> sent = store.scopeUnits(r.id());
    if (sent == null) {
      return false; // sent with unrestricted access: only unrestricted readers
    }
    java.util.Set<String> ground = visibility.communesEver(actor);
    for (String unit : sent) {
      if (!visibility.coversUnit(actor, unit, vn.cbcs.platform.AsOf.today())
          && !ground.contains(unit)) {
        return false;
      }
    }
    return !sent.isEmpty();
  }

  /** The latest imports the actor may read, newest first. */
  public List<ImportReport> recent(int limit, Actor actor) {
    actor.requireAny(Capability.IMPORT, Capability.READ_IMPORTS);
    return store.list(Math.max(1, Math.min(limit, 500))).stream()
        .filter(r -> readable(r, actor))
        .map(progress::overlay)
        .toList();
  }

  /** Rows of the import's latest run; {@code outcome} null for all. */
  public List<RowReport> rows(long id, RowOutcome outcome, int offset, int limit, Actor actor) {
    ImportReport r = require(id, actor);
    return store.rows(id, r.runNo(), outcome, Math.max(0, offset), Math.max(1, limit));
  }

  /** The file as it was sent. */
  public byte[] file(long id, Actor actor) {
    require(id, actor);
    return store.file(id);
  }

  /**
   * The rejected rows of the latest run as an xlsx with the template's sheet name and headers and a
   * reason column, to be fixed and sent again.
   */
  public void writeErrors(long id, OutputStream out, Actor actor) throws IOException {
    ImportReport r = require(id, actor);
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
