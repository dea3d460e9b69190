package vn.cbcs.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tables of the application's schema as the database describes them. */
public final class Catalog {

  /** Flyway's own table is rebuilt by migrating, never copied. */
  static final String FLYWAY = "flyway_schema_history";

  /**
   * Tables never written into a backup nor loaded from one, with the reason the manifest gives:
   * they hold live credentials. A session row is a signed-in user; whoever had a copy could replay
   * its id as that user. A restored system starts with no one signed in.
   */
  public static final Map<String, String> LEFT_OUT =
      Map.of(
          "spring_session",
          "live sign-in sessions (credentials): never backed up, empty after a restore",
          "spring_session_attributes",
          "attributes of the live sign-in sessions (credentials): never backed up, empty after a"
              + " restore");

  private Catalog() {}

  /** The base tables of {@code public}, parents before children (foreign keys). */
  public static List<String> tables(Connection c) throws SQLException {
    Set<String> names = new LinkedHashSet<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')"
                    + " AND NOT c.relispartition ORDER BY c.relname");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (!FLYWAY.equals(rs.getString(1))) {
          names.add(rs.getString(1));
        }
      }
    }
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    names.forEach(n -> parents.put(n, new LinkedHashSet<>()));
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT cl.relname, pa.relname FROM pg_constraint k"
                    + " JOIN pg_class cl ON cl.oid = k.conrelid"
                    + " JOIN pg_class pa ON pa.oid = k.confrelid"
                    + " JOIN pg_namespace n ON n.oid = cl.relnamespace"
                    + " WHERE k.contype = 'f' AND n.nspname = 'public'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String child = rs.getString(1);
        String parent = rs.getString(2);
        if (parents.containsKey(child) && names.contains(parent) && !child.equals(parent)) {
          parents.get(child).add(parent);
        }
      }
    }
    List<String> ordered = new ArrayList<>();
    Deque<String> ready = new ArrayDeque<>();
    parents.forEach(
        (t, p) -> {
          if (p.isEmpty()) {
            ready.add(t);
          }
        });
    while (!ready.isEmpty()) {
      String t = ready.poll();
      ordered.add(t);
      parents.forEach(
          (child, p) -> {
            if (p.remove(t) && p.isEmpty()) {
              ready.add(child);
            }
          });
    }
    if (ordered.size() != names.size()) {
      throw new IllegalStateException("Foreign keys between tables form a cycle");
    }
    return ordered;
  }

  /** The stored (not generated) columns of a table, in order. */
  public static List<String> columns(Connection c, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT a.attname FROM pg_attribute a"
                + " WHERE a.attrelid = ('public.' || quote_ident(?))::regclass AND a.attnum > 0"
                + " AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    return columns;
  }

  /** The primary key's columns, or every column when there is none. */
  public static List<String> orderColumns(Connection c, String table, List<String> columns)
      throws SQLException {
    List<String> key = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT a.attname FROM pg_index i"
                + " JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                + " WHERE i.indrelid = ('public.' || quote_ident(?))::regclass AND i.indisprimary"
                + " ORDER BY k.n")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          key.add(rs.getString(1));
        }
      }
    }
    return key.isEmpty() ? columns : key;
  }

  /**
   * The rows of a table in a canonical order: by key, each key column compared as text in byte
   * order, so that the order is the same on every server whatever its collation.
   */
  public static String select(String table, List<String> columns, List<String> order) {
    return "SELECT "
        + String.join(", ", columns.stream().map(Catalog::quote).toList())
        + " FROM public."
        + quote(table)
        + " ORDER BY "
        + String.join(
            ", ", order.stream().map(col -> quote(col) + "::text COLLATE \"C\"").toList());
  }

  public static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** The last migration applied, or null on an empty database. */
  public static String schemaVersion(Connection c) throws SQLException {
    if (!exists(c, FLYWAY)) {
      return null;
    }
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                    + " ORDER BY installed_rank DESC LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  public static boolean exists(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass('public.' || ?)")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1) != null;
      }
    }
  }

  /** Settings under which COPY text is the same on every server and client. */
  public static void canonicalSettings(Connection c) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute(
          "SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD';"
              + " SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 1;"
              + " SET LOCAL bytea_output = 'hex'");
    }
  }
}
