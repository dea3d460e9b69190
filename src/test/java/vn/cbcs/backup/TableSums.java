package vn.cbcs.backup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row count and an MD5 of every row's text, per table: an independent way to say that two databases
 * hold the same data (not the backup's own checksums). The sign-in session tables are left out: a
 * backup never holds them.
 */
final class TableSums {

  private TableSums() {}

  static Map<String, String> of(DataSource ds, Map<String, Long> maxIds) {
    JdbcClient jdbc = JdbcClient.create(ds);
    List<String> tables =
        jdbc.sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tablename <> 'flyway_schema_history'"
                    + " AND tablename NOT IN ('spring_session', 'spring_session_attributes')"
                    + " ORDER BY tablename")
            .query(String.class)
            .list();
    Map<String, String> sums = new LinkedHashMap<>();
    for (String t : tables) {
      String where = "";
      if (maxIds.containsKey(t)) {
        where = " WHERE " + (t.equals("audit_seal") ? "seq" : "id") + " <= " + maxIds.get(t);
      }
      sums.put(
          t,
          jdbc.sql(
                  "SELECT count(*) || ' ' || md5(coalesce(string_agg(x::text, E'\\n'"
                      + " ORDER BY x::text COLLATE \"C\"), '')) FROM public.\""
                      + t
                      + "\" x"
                      + where)
              .query(String.class)
              .single());
    }
    return sums;
  }

  /** The last ids of the audit tables: events appended after a backup are left out. */
  static Map<String, Long> auditHeads(DataSource ds) {
    JdbcClient jdbc = JdbcClient.create(ds);
    Map<String, Long> heads = new LinkedHashMap<>();
    heads.put("audit_log", jdbc.sql("SELECT max(id) FROM audit_log").query(Long.class).single());
    heads.put("audit_txn", jdbc.sql("SELECT max(id) FROM audit_txn").query(Long.class).single());
    heads.put("audit_seal", jdbc.sql("SELECT max(seq) FROM audit_seal").query(Long.class).single());
    return heads;
  }
}
