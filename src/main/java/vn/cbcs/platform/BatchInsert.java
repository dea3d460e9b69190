package vn.cbcs.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows in few statements: {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...}, cut so that
 * no statement binds more than {@value #MAX_PARAMS} values. Statement-level triggers (the audit
 * log's capture, the indicators' generation) then run once per statement and see every row in their
 * transition table, so the audit log records each row as it would have one by one.
 */
public final class BatchInsert {

  /** pgjdbc binds at most 65,535 values per statement; stay well under. */
  static final int MAX_PARAMS = 30_000;

  private BatchInsert() {}

  /**
   * Inserts {@code rows} (each one value per column, in order) into {@code table}; a column written
   * {@code name::type} has its values cast to that type.
   */
  public static void insert(
      JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int per = Math.max(1, MAX_PARAMS / columns.size());
    // "changes::jsonb": the column changes, its value cast to jsonb
    String head =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", columns.stream().map(c -> c.replaceFirst("::.*$", "")).toList())
            + ") VALUES ";
    String tuple =
        "("
            + String.join(
                ", ",
                columns.stream()
                    .map(c -> c.contains("::") ? "?" + c.substring(c.indexOf("::")) : "?")
                    .toList())
            + ")";
    jdbc.execute(
        (ConnectionCallback<Void>)
            con -> {
              for (int from = 0; from < rows.size(); from += per) {
                List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + per));
                execute(con, head, tuple, columns.size(), part);
              }
              return null;
            });
  }

  private static void execute(
      Connection con, String head, String tuple, int width, List<Object[]> part)
      throws SQLException {
    StringBuilder sql = new StringBuilder(head.length() + part.size() * (tuple.length() + 2));
    sql.append(head);
    for (int i = 0; i < part.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(tuple);
    }
    try (PreparedStatement ps = con.prepareStatement(sql.toString())) {
      int n = 1;
      for (Object[] row : part) {
        if (row.length != width) {
          throw new IllegalArgumentException(
              "row of " + row.length + " values, " + width + " columns");
        }
        for (Object v : row) {
          bind(ps, n++, v);
        }
      }
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.NULL);
    } else if (v instanceof LocalDate d) {
      ps.setObject(i, d);
    } else if (v instanceof Enum<?> e) {
      ps.setString(i, e.name());
    } else {
      ps.setObject(i, v);
    }
  }

  /** {@code n} new values of a table's id sequence, in order (ids given before the rows exist). */
  public static List<Long> ids(JdbcTemplate jdbc, String table, int n) {
    List<Long> ids = new ArrayList<>(n);
    if (n == 0) {
      return ids;
    }
    jdbc.query(
        "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)",
        (ResultSet rs) -> {
          ids.add(rs.getLong(1));
        },
        table,
        n);
    return ids;
  }
}
