package vn.cbcs.importexport.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.cbcs.importexport.ImportReport;

/**
 * The counts of the imports running in this process, kept in memory while their one transaction is
 * open (writing them to the table would take a second connection, ADR 14). The reports read through
 * {@code Imports} show them; they are stored when the run ends. A running import lives in this
 * process only: after a restart it is failed anyway.
 */
@Component
public class ImportProgress {

  /** The counts of a run, as published by its thread. */
  record Live(
      int run,
      boolean committing,
      int validated,
      int accepted,
      int updated,
      int unchanged,
      int rejected) {}

  private final Map<Long, Live> running = new ConcurrentHashMap<>();

  void update(long id, int run, ImportStore.Counts c, boolean committing) {
    running.put(
        id, new Live(run, committing, c.validated, c.accepted, c.updated, c.unchanged, c.rejected));
  }

  void clear(long id) {
    running.remove(id);
  }

  /** The report with the live counts of its run, when it is running here; else as stored. */
  public ImportReport overlay(ImportReport stored) {
    Live live = running.get(stored.id());
    if (live == null || !stored.status().running() || live.run() != stored.runNo()) {
      return stored;
    }
    return stored.withCounts(
        live.validated(),
        live.committing() ? live.validated() : 0,
        live.accepted(),
        live.updated(),
        live.unchanged(),
        live.rejected());
  }
}
