package vn.cbcs.importexport.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.ImportMode;
import vn.cbcs.importexport.ImportReport;
import vn.cbcs.importexport.ImportStatus;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport;

/** The tables {@code excel_import} and {@code excel_import_row}. */
@Component
public class ImportStore {

  private static final String COLUMNS =
      "id, kind, mode, dry_run, status, file_name, file_size, sheet, created_by, created_at,"
          + " finished_at, committed_by, committed_at, run_no, committed_run, rows_total,"
          + " rows_validated, rows_committed, accepted, updated, unchanged, rejected, message,"
          + " message_en";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ImportStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public long insert(
      ImportKind kind,
      ImportMode mode,
      boolean dryRun,
      String fileName,
      byte[] bytes,
      String sha256,
      String user,
      List<String> scopeUnits) {
    return jdbc.sql(
            "INSERT INTO excel_import (kind, mode, dry_run, status, file_name, file_size,"
                + " file_sha256, file_bytes, created_by, scope_units)"
                + " VALUES (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, CAST(? AS varchar[])) RETURNING id")
        .params(
            kind.name(),
            mode.name(),
            dryRun,
            fileName,
            bytes.length,
            sha256,
            bytes,
            user,
            scopeUnits == null ? null : scopeUnits.toArray(String[]::new))
        .query(Long.class)
        .single();
  }

  /**
   * The units of the sender's ground when the import was sent; null when it was sent with
   * unrestricted access (or there is no such import).
   */
  public List<String> scopeUnits(long id) {
    List<List<String>> rows =
        jdbc.sql("SELECT scope_units FROM excel_import WHERE id = ?")
            .param(id)
            .query(
                (rs, i) -> {
                  java.sql.Array a = rs.getArray(1);
                  return a == null ? null : List.of((String[]) a.getArray());
                })
            .list();
    return rows.isEmpty() ? null : rows.get(0);
  }

  public Optional<ImportReport> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM excel_import WHERE id = ?")
        .param(id)
        .query(ImportStore::map)
        .optional();
  }

  public List<ImportReport> list(int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM excel_import ORDER BY id DESC LIMIT ?")
        .param(limit)
        .query(ImportStore::map)
        .list();
  }

  public byte[] file(long id) {
    return jdbc.sql("SELECT file_bytes FROM excel_import WHERE id = ?")
        .param(id)
        .query(byte[].class)
        .single();
  }

  public void status(long id, ImportStatus status) {
    jdbc.sql("UPDATE excel_import SET status = ?, updated_at = now() WHERE id = ?")
        .params(status.name(), id)
        .update();
  }

  /** Queues a dry run's import for its commit; false if it is not waiting for one. */
  public boolean queueCommit(long id) {
    return jdbc.sql(
                "UPDATE excel_import SET status = 'QUEUED', dry_run = false, updated_at = now()"
                    + " WHERE id = ? AND status = 'VALIDATED'")
            .param(id)
            .update()
        == 1;
  }

  public void read(long id, String sheet, int rows) {
    jdbc.sql("UPDATE excel_import SET sheet = ?, rows_total = ?, updated_at = now() WHERE id = ?")
        .params(sheet, rows, id)
        .update();
  }

  /** Starts a run: a new run number, counters back to zero. */
  public int startRun(long id, ImportStatus status) {
    return jdbc.sql(
            "UPDATE excel_import SET run_no = run_no + 1, status = ?, rows_validated = 0,"
                + " rows_committed = 0, accepted = 0, updated = 0, unchanged = 0, rejected = 0,"
                + " message = NULL, message_en = NULL, updated_at = now() WHERE id = ?"
                + " RETURNING run_no")
        .params(status.name(), id)
        .query(Integer.class)
        .single();
  }

  public void progress(long id, Counts c, boolean committing) {
    jdbc.sql(
            "UPDATE excel_import SET rows_validated = ?, rows_committed = ?, accepted = ?,"
                + " updated = ?, unchanged = ?, rejected = ?, updated_at = now() WHERE id = ?")
        .params(
            c.validated,
            committing ? c.validated : 0,
            c.accepted,
            c.updated,
            c.unchanged,
            c.rejected,
            id)
        .update();
  }

  /** Inside the commit's transaction: the import is committed with the data, or not at all. */
  public void committed(long id, int run, String user) {
    jdbc.sql(
            "UPDATE excel_import SET status = 'COMMITTED', committed_run = ?, committed_by = ?,"
                + " committed_at = now(), finished_at = now(), updated_at = now() WHERE id = ?")
        .params(run, user, id)
        .update();
  }

  public void finish(long id, ImportStatus status, String message, String messageEn) {
    jdbc.sql(
            "UPDATE excel_import SET status = ?, message = ?, message_en = ?, finished_at = now(),"
                + " updated_at = now() WHERE id = ?")
        .params(status.name(), message, messageEn, id)
        .update();
  }

  /**
   * Refreshes the planner's statistics from inside the import's transaction, which sees its own
   * uncommitted rows: a large import into nearly empty tables would otherwise be planned as if they
   * were still empty (sequential scans per row, quadratic time). Only the tables this transaction
   * has written so far ({@code pg_stat_xact_user_tables}): the others' statistics are as good as
   * before, and so no other module's table is named here. Inside a transaction ANALYZE keeps its
   * lock on each table until the commit; SKIP_LOCKED passes over tables another import is
   * analysing, so that two imports never wait for each other here.
   */
  public void analyze() {
    List<String> written =
        jdbc.sql(
                "SELECT format('%I.%I', schemaname, relname) FROM pg_stat_xact_user_tables"
                    + " WHERE n_tup_ins + n_tup_upd + n_tup_del > 0 ORDER BY 1")
            .query(String.class)
            .list();
    if (!written.isEmpty()) {
      jdbc.sql("ANALYZE (SKIP_LOCKED) " + String.join(", ", written)).update();
    }
  }

  /** Imports left running by a stopped process: their transaction died with it. */
  public int failInterrupted(String message, String messageEn) {
    return jdbc.sql(
            "UPDATE excel_import SET status = 'FAILED', message = ?, message_en = ?,"
                + " finished_at = now() WHERE status IN ('QUEUED', 'READING', 'VALIDATING',"
                + " 'COMMITTING')")
        .params(message, messageEn)
        .update();
  }

  /** Writes row reports, prepared with {@link StoredRow#of}, in one batch. */
  public void insertRows(long id, int run, List<StoredRow> rows) {
    List<Object[]> args = new ArrayList<>();
    for (StoredRow r : rows) {
      args.add(
          new Object[] {
            id,
            run,
            r.sheet(),
            r.row(),
            r.outcome(),
            r.personId(),
            r.personalId(),
            r.fullName(),
            r.errors(),
            r.changes(),
            r.cells()
          });
    }
    vn.cbcs.platform.BatchInsert.insert(
        template,
        "excel_import_row",
        List.of(
            "import_id",
            "run_no",
            "sheet",
            "row_no",
            "outcome",
            "person_id",
            "personal_id",
            "full_name",
            "errors::jsonb",
            "changes::jsonb",
            "cells::jsonb"),
        args);
  }

  /**
   * A row report as it is stored: its lists already written as JSON (compact to keep until the run
   * ends).
   */
  public record StoredRow(
      String sheet,
      int row,
      String outcome,
      Long personId,
      String personalId,
      String fullName,
      String errors,
      String changes,
      String cells) {

    public static StoredRow of(RowRecord r) {
      RowReport x = r.report();
      return new StoredRow(
          x.sheet(),
          x.row(),
          x.outcome().name(),
          x.personId(),
          x.personalId(),
          x.fullName(),
          x.errors().isEmpty() ? "[]" : JSON.writeValueAsString(x.errors()),
          x.changes().isEmpty() ? "[]" : JSON.writeValueAsString(x.changes()),
          r.cells() == null ? null : JSON.writeValueAsString(r.cells()));
    }
  }

  /** Rows of a run in sheet order; {@code outcome} null: all. */
  public List<RowReport> rows(long id, int run, RowOutcome outcome, int offset, int limit) {
    return jdbc.sql(
            "SELECT sheet, row_no, outcome, person_id, personal_id, full_name, errors, changes"
                + " FROM excel_import_row WHERE import_id = ? AND run_no = ?"
                + " AND (CAST(? AS varchar) IS NULL OR outcome = ?) ORDER BY row_no, id"
                + " OFFSET ? LIMIT ?")
        .params(
            id,
            run,
            outcome == null ? null : outcome.name(),
            outcome == null ? null : outcome.name(),
            offset,
            limit)
        .query(ImportStore::row)
        .list();
  }

  /** The rejected rows of a run as read, with their reasons, one at a time (error reports). */
  public void rejected(long id, int run, Consumer<RejectedRow> each) {
    jdbc.sql(
            "SELECT row_no, cells, errors FROM excel_import_row WHERE import_id = ? AND run_no = ?"
                + " AND outcome = 'REJECTED' ORDER BY row_no, id")
        .params(id, run)
        .query(
            rs -> {
              List<Object> cells =
                  rs.getString(2) == null
                      ? List.of()
                      : JSON.readValue(rs.getString(2), new TypeReference<List<Object>>() {});
              List<RowReport.CellError> errors =
                  JSON.readValue(
                      rs.getString(3), new TypeReference<List<RowReport.CellError>>() {});
              each.accept(new RejectedRow(rs.getInt(1), cells, errors));
            });
  }

  /** A rejected row for the error report. */
  public record RejectedRow(int row, List<Object> cells, List<RowReport.CellError> errors) {}

  /**
   * A row report with the row's cells as read (kept for rejected rows only): text, or a number for
   * a cell that held one (a date serial stays a date when written back).
   */
  public record RowRecord(RowReport report, List<Object> cells) {}

  /** Counters of a run. */
  public static final class Counts {
    public int validated;
    public int accepted;
    public int updated;
    public int unchanged;
    public int rejected;

    public void add(RowOutcome o) {
      validated++;
      switch (o) {
        case NEW -> accepted++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
        case REJECTED -> rejected++;
      }
    }
  }

  private static RowReport row(ResultSet rs, int i) throws SQLException {
    return new RowReport(
        rs.getString(1),
        rs.getInt(2),
        RowOutcome.valueOf(rs.getString(3)),
        rs.getObject(4, Long.class),
        rs.getString(5),
        rs.getString(6),
        JSON.readValue(rs.getString(7), new TypeReference<List<RowReport.CellError>>() {}),
        JSON.readValue(rs.getString(8), new TypeReference<List<RowReport.Change>>() {}));
  }

  private static ImportReport map(ResultSet rs, int i) throws SQLException {
    return new ImportReport(
        rs.getLong("id"),
        ImportKind.valueOf(rs.getString("kind")),
        ImportMode.valueOf(rs.getString("mode")),
        rs.getBoolean("dry_run"),
        ImportStatus.valueOf(rs.getString("status")),
        rs.getString("file_name"),
        rs.getInt("file_size"),
        rs.getString("sheet"),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        instant(rs, "finished_at"),
        rs.getString("committed_by"),
        instant(rs, "committed_at"),
        rs.getInt("run_no"),
        rs.getObject("committed_run", Integer.class),
        rs.getInt("rows_total"),
        rs.getInt("rows_validated"),
        rs.getInt("rows_committed"),
        rs.getInt("accepted"),
        rs.getInt("updated"),
        rs.getInt("unchanged"),
        rs.getInt("rejected"),
        rs.getString("message"),
        rs.getString("message_en"));
  }

  private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
    java.sql.Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
