package vn.cbcs.importexport.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.ImportMode;
import vn.cbcs.importexport.ImportRefusedException;
import vn.cbcs.importexport.ImportReport;
import vn.cbcs.importexport.ImportStatus;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.CurrentActor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.MessageException;

/**
 * Runs an import: a first streaming pass counts the rows and refuses a broken file before anything
 * is touched; the second pass applies every row in ONE transaction, each row in its own savepoint
 * (a refused row is rolled back to it and reported). A dry run rolls the whole transaction back; a
 * commit commits it, or, all or nothing, rolls it back when a row was refused.
 *
 * <p>The run holds one connection, never two (ADR 14): its progress is kept in memory ({@link
 * ImportProgress}) for the pages to follow, and its row reports in a buffer; a run that commits
 * writes them in its own transaction just before the commit, and a run that is rolled back (a dry
 * run, a refused all-or-nothing commit, a cancel) writes them after the rollback, with its final
 * status, so that it still explains every row.
 */
@Component
public class ImportRunner {

  private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final int BATCH = 500;

  private final ImportStore store;
  private final ImportServices services;
  private final ImportLimits limits;
  private final MessageSource messages;
  private final ImportProgress progress;
  private final TransactionTemplate main;
  private final TransactionTemplate row;
  private final Map<Long, AtomicBoolean> cancels = new ConcurrentHashMap<>();

  ImportRunner(
      ImportStore store,
      ImportServices services,
      ImportLimits limits,
      MessageSource messages,
      ImportProgress progress,
      PlatformTransactionManager tx) {
    this.store = store;
    this.services = services;
    this.limits = limits;
    this.messages = messages;
    this.progress = progress;
    this.main = new TransactionTemplate(tx);
    this.row = new TransactionTemplate(tx);
    this.row.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** A run under way: its number, its counts and its buffered row reports. */
  private record Run(
      long id, int no, boolean commit, ImportStore.Counts counts, RowReportBuffer rows) {}

  /** Asks a running import to stop; its transaction is rolled back at the next row. */
  public boolean cancel(long id) {
    AtomicBoolean flag = cancels.get(id);
    if (flag == null) {
      return false;
    }
    flag.set(true);
    return true;
  }

  /**
   * Runs the import (dry run or commit, as {@code commit} says) in the calling thread, with the
   * actor who asked for it: every row goes through the record services with that actor, so a row
   * outside their ground is refused there, as a form would be.
   */
  public void run(long id, Actor user, boolean commit) {
    CurrentActor.runAs(user, () -> runAs(id, user, commit));
  }

  private void runAs(long id, Actor user, boolean commit) {
    AtomicBoolean cancelled = new AtomicBoolean();
    cancels.put(id, cancelled);
    Run run = null;
    try {
      ImportReport job = store.find(id).orElseThrow();
      byte[] file = store.file(id);
      store.status(id, ImportStatus.READING);
      XlsxGuard.check(file, limits);
      count(file, job.kind(), id);
      int no = store.startRun(id, commit ? ImportStatus.COMMITTING : ImportStatus.VALIDATING);
      run = new Run(id, no, commit, new ImportStore.Counts(), RowReportBuffer.create());
      Run r = run;
      Actor actor = actor(user, job);
      boolean kept = main.execute(status -> apply(job, file, r, actor, cancelled, status));
      if (!kept) {
        rolledBack(job, run);
      }
    } catch (ImportRefusedException e) {
      end(id, run, ImportStatus.REFUSED, e);
    } catch (Cancelled e) {
      end(id, run, ImportStatus.CANCELLED, vi("import.cancelled"), en("import.cancelled"));
    } catch (ForbiddenException e) {
      end(id, run, ImportStatus.REFUSED, e);
    } catch (RuntimeException e) {
      log.error("Import {} failed; its transaction was rolled back", id, e);
      end(id, run, ImportStatus.FAILED, vi("import.failed"), en("import.failed"));
    } finally {
      if (run != null) {
        run.rows().close();
      }
      cancels.remove(id);
      progress.clear(id);
    }
  }

  /** A run whose transaction was rolled back on purpose: a dry run, or all or nothing refused. */
  private void rolledBack(ImportReport job, Run run) {
    ImportStore.Counts c = run.counts();
    if (!run.commit()) {
      end(run.id(), run, ImportStatus.VALIDATED, null, null);
    } else if (job.mode() == ImportMode.ALL_OR_NOTHING && c.rejected > 0) {
      end(
          run.id(),
          run,
          ImportStatus.REFUSED,
          vi("import.allOrNothing.refused", c.rejected),
          en("import.allOrNothing.refused", c.rejected));
    }
  }

  private void end(long id, Run run, ImportStatus status, MessageException e) {
    end(id, run, status, vi(e.messageKey(), e.args()), en(e.messageKey(), e.args()));
  }

  /**
   * Ends a run that kept nothing, after its transaction: its row reports and counts so far and its
   * final status, in one short transaction (the thread holds no other connection now). Should the
   * reports fail to be written, the status is written alone.
   */
  private void end(long id, Run run, ImportStatus status, String message, String messageEn) {
    if (run == null) {
      store.finish(id, status, message, messageEn);
      return;
    }
    try {
      main.executeWithoutResult(
          s -> {
            saveRows(run);
            store.progress(run.id(), run.counts(), false);
            store.finish(run.id(), status, message, messageEn);
          });
    } catch (RuntimeException e) {
      log.error("Import {}: its row reports could not be written", run.id(), e);
      store.finish(run.id(), status, message, messageEn);
    }
  }

  private int count(byte[] file, ImportKind kind, long id) {
    try (SheetReader reader = SheetReader.open(file, kind, limits)) {
      int n = 0;
      Iterator<RawRow> it = reader.rows();
      while (it.hasNext()) {
        it.next();
        if (++n % 5000 == 0) {
          store.read(id, reader.sheetName(), n);
        }
      }
      if (n == 0) {
        throw new ImportRefusedException("import.file.noRows", reader.sheetName());
      }
      store.read(id, reader.sheetName(), n);
      return n;
    }
  }

  /**
   * The second pass, in the run's transaction.
   *
   * @return whether the transaction is to be committed
   */
  private boolean apply(
      ImportReport job,
      byte[] file,
      Run run,
      Actor actor,
      AtomicBoolean cancelled,
      org.springframework.transaction.TransactionStatus status) {
    ImportStore.Counts counts = run.counts();
    RowHandler handler = handler(job.kind(), actor);
    // most kinds: one round in the file's order; ratings: HTXSNV decisions after the other rows
    for (int round = 1; round <= handler.rounds(); round++) {
      applyRound(job, file, run, cancelled, handler, round);
    }
    if (!run.commit() || (job.mode() == ImportMode.ALL_OR_NOTHING && counts.rejected > 0)) {
      status.setRollbackOnly();
      return false;
    }
    // committed with the data, or not at all
    saveRows(run);
    store.progress(run.id(), counts, true);
    store.committed(run.id(), run.no(), actor.username());
    return true;
  }

  /** One pass over the rows, applying those of the round. */
  private void applyRound(
      ImportReport job,
      byte[] file,
      Run run,
      AtomicBoolean cancelled,
      RowHandler handler,
      int round) {
    ImportStore.Counts counts = run.counts();
    if (handler instanceof Chunked chunked && handler.rounds() == 1) {
      applyChunks(job, file, run, cancelled, chunked);
      return;
    }
    try (SheetReader reader = SheetReader.open(file, job.kind(), limits)) {
      Iterator<RawRow> it = reader.rows();
      while (it.hasNext()) {
        if (cancelled.get() || Thread.currentThread().isInterrupted()) {
          throw new Cancelled();
        }
        RawRow raw = it.next();
        if (handler.rounds() > 1 && handler.round(raw) != round) {
          continue;
        }
        RowResult r = applyRow(handler, raw);
        counts.add(r.outcome());
        if (counts.validated == 1000
            || counts.validated == 4000
            || counts.validated == 16000
            || counts.validated == 64000) {
          store.analyze();
        }
        run.rows().add(ImportStore.StoredRow.of(record(reader, raw, r, handler)));
        progress.update(run.id(), run.no(), counts, run.commit());
      }
    }
  }

  /**
   * One pass over the rows a chunk at a time ({@link Chunked}): the same results, counts and
   * reports as row by row, in the file's order.
   */
  private void applyChunks(
      ImportReport job, byte[] file, Run run, AtomicBoolean cancelled, Chunked handler) {
    Chunked.Runner runner =
        new Chunked.Runner() {
          @Override
          public RowResult oneByOne(RawRow raw) {
            return applyRow(handler, raw);
          }

          @Override
          public <T> T inSavepoint(java.util.function.Supplier<T> work) {
            return row.execute(s -> work.get());
          }
        };
    try (SheetReader reader = SheetReader.open(file, job.kind(), limits)) {
      Iterator<RawRow> it = reader.rows();
      List<RawRow> chunk = new ArrayList<>(Chunked.CHUNK);
      while (it.hasNext() || !chunk.isEmpty()) {
        if (cancelled.get() || Thread.currentThread().isInterrupted()) {
          throw new Cancelled();
        }
        if (it.hasNext() && chunk.size() < Chunked.CHUNK) {
          chunk.add(it.next());
          continue;
        }
        List<RowResult> results = handler.applyChunk(chunk, runner);
        for (int i = 0; i < chunk.size(); i++) {
          counted(run, results.get(i));
          run.rows()
              .add(ImportStore.StoredRow.of(record(reader, chunk.get(i), results.get(i), handler)));
        }
        chunk.clear();
      }
    }
  }

  /** A row's outcome counted; the planner's statistics refreshed as the tables grow (ADR 7). */
  private void counted(Run run, RowResult r) {
    ImportStore.Counts counts = run.counts();
    counts.add(r.outcome());
    if (counts.validated == 1000
        || counts.validated == 4000
        || counts.validated == 16000
        || counts.validated == 64000) {
      store.analyze();
    }
    progress.update(run.id(), run.no(), counts, run.commit());
  }

  /** The run's buffered row reports, written in the transaction of the caller. */
  private void saveRows(Run run) {
    run.rows().drain(BATCH, rows -> store.insertRows(run.id(), run.no(), rows));
  }

  private RowResult applyRow(RowHandler handler, RawRow raw) {
    try {
      return row.execute(
          s -> {
            RowResult r = handler.apply(raw);
            if (r.outcome() == RowOutcome.REJECTED) {
              s.setRollbackOnly();
            }
            return r;
          });
    } catch (InvalidInputException e) {
      List<FieldError> errors = new ArrayList<>();
      e.errors()
          .forEach(x -> errors.add(new FieldError(handler.column(x.field()), x.key(), x.args())));
      return RowResult.rejected(null, null, errors);
    } catch (ConflictException e) {
      return RowResult.rejected(null, null, List.of(new FieldError("", e.messageKey(), e.args())));
    } catch (ForbiddenException | vn.cbcs.platform.NotFoundException e) {
      // outside the actor's ground, or gone: said without any value of the record
      return RowResult.rejected(
          null,
          null,
          List.of(new FieldError("", "import.row.refused", vi(e.messageKey(), e.args()))));
    } catch (DataAccessException e) {
      log.warn(
          "Import row {} refused by the database: {}",
          raw.rowNo(),
          e.getMostSpecificCause().getMessage());
      return RowResult.rejected(null, null, List.of(new FieldError("", "import.row.database")));
    }
  }

  private ImportStore.RowRecord record(SheetReader reader, RawRow raw, RowResult r, RowHandler h) {
    List<Column> columns = reader.columns();
    List<RowReport.CellError> errors = new ArrayList<>();
    for (FieldError e : r.errors()) {
      int index = -1;
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).id().equals(e.field())) {
          index = i;
        }
      }
      String header = index >= 0 ? columns.get(index).header() : label(e.field());
      String cell = index >= 0 && reader.has(index) ? reader.cellAddress(index, raw.rowNo()) : "";
      errors.add(
          new RowReport.CellError(header, cell, vi(e.key(), e.args()), en(e.key(), e.args())));
    }
    String pid = r.personalId() != null ? r.personalId() : raw.value(1);
    String name = r.fullName() != null ? r.fullName() : raw.value(2);
    RowReport report =
        new RowReport(
            reader.sheetName(),
            raw.rowNo(),
            r.outcome(),
            r.personId(),
            pid,
            name,
            errors,
            r.changes());
    List<Object> cells = null;
    if (r.outcome() == RowOutcome.REJECTED) {
      cells = new ArrayList<>();
      for (int i = 0; i < raw.values().length; i++) {
        String v = raw.values()[i];
        cells.add(v != null && raw.numeric()[i] ? new java.math.BigDecimal(v) : v);
      }
    }
    return new ImportStore.RowRecord(report, cells);
  }

  private String label(String field) {
    if (field == null || field.isBlank()) {
      return "";
    }
    return messages.getMessage("person.field." + field, null, field, VI);
  }

  private RowHandler handler(ImportKind kind, Actor actor) {
    Lookups lookups = services.lookups();
    return switch (kind) {
      case PEOPLE -> new PeopleRowHandler(services, lookups, actor);
      case QUALIFICATIONS -> new QualificationRowHandler(services, lookups, actor);
      case ASSIGNMENTS -> new AssignmentRowHandler(services, lookups, actor);
      case RATINGS -> new RatingRowHandler(services, actor);
      case RECRUIT_CANDIDATES -> new CandidateRowHandler(services, lookups, actor);
      case RECRUIT_SCORES -> new ScoreRowHandler(services, actor);
      case PLAN_CANDIDATES -> new PlanCandidateRowHandler(services, actor);
      case TRAINING_COURSES -> new CourseRowHandler(services, lookups, actor);
      case TRAINING_RESULTS -> new CourseResultRowHandler(services, actor);
    };
  }

  private Actor actor(Actor user, ImportReport job) {
    String reason = "Nhập Excel số " + job.id() + " (" + job.fileName() + ")";
    return user.via(Actor.Source.IMPORT)
        .withReason(reason.length() > 500 ? reason.substring(0, 500) : reason);
  }

  private String vi(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  private String en(String key, Object... args) {
    return messages.getMessage(key, args, key, Locale.ENGLISH);
  }

  /** The user stopped the import. */
  static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("cancelled", null, false, false);
    }
  }
}
