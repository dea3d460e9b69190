package vn.cbcs.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The import's floor on the database side: the rows an import of the people file writes (people,
 * their first revisions, two qualifications, a decision and a post each), written straight from the
 * scratch table {@code bench_copy} by set-based SQL (one statement per table, codes resolved in
 * SQL), through the same tables, indexes, constraints and audit triggers, in one transaction that
 * is rolled back. What the import adds above it is its own work: reading, checks, row reports.
 */
final class WriteFloor {

  private static final String[] STATEMENTS = {
    "SELECT set_config('cbcs.actor', 'bench', true), set_config('cbcs.source', 'IMPORT', true),"
        + " set_config('cbcs.reason', 'write floor', true)",
    "CREATE TEMP TABLE floor_rows ON COMMIT DROP AS SELECT"
        + " nextval(pg_get_serial_sequence('person', 'id')) AS person_id,"
        + " nextval(pg_get_serial_sequence('decision', 'id')) AS decision_id, b.*"
        + " FROM bench_copy b",
    "INSERT INTO person (id, personal_id, full_name, sex, birth_date, ethnicity_code, synthetic,"
        + " created_by, updated_by) SELECT person_id, personal_id, full_name,"
        + " CASE sex WHEN 'Nữ' THEN 'FEMALE' ELSE 'MALE' END, birth_date,"
        + " CASE WHEN ethnicity = 'Kinh' THEN '01' ELSE '02' END, false, 'bench', 'bench'"
        + " FROM floor_rows",
    "INSERT INTO person_revision (person_id, version, changed_by, source, reason, changes)"
        + " SELECT person_id, 0, 'bench', 'IMPORT', 'write floor',"
        + " jsonb_build_object('fullName', jsonb_build_object('after', full_name),"
        + " 'personalId', jsonb_build_object('after', personal_id)) FROM floor_rows",
    "INSERT INTO qualification (person_id, track, level, major, awarded_on, recorded_by)"
        + " SELECT person_id, 'PROFESSIONAL', 'DAI_HOC', major, pro_date, 'bench' FROM floor_rows"
        + " UNION ALL SELECT person_id, 'POLITICAL_THEORY', 'TRUNG_CAP', NULL, pol_date, 'bench'"
        + " FROM floor_rows",
    "INSERT INTO decision (id, number, decided_on, issuer, kind, recorded_by)"
        + " SELECT decision_id, decision_no, decision_date, issuer, 'APPOINTMENT', 'bench'"
        + " FROM floor_rows",
    "INSERT INTO assignment (person_id, unit_code, position_code, concurrent, valid_from,"
        + " start_decision_id, recorded_by) SELECT person_id, split_part(unit, ' ', 1), position,"
        + " false, from_date, decision_id, 'bench' FROM floor_rows"
  };

  private WriteFloor() {}

  /** Writes the rows of {@code bench_copy} and rolls back; returns the seconds taken. */
  static double seconds(DataSource dataSource, long expectedPeople) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        long t = System.nanoTime();
        for (String sql : STATEMENTS) {
          s.execute(sql);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        try (var rs =
            s.executeQuery(
                "SELECT count(*) FROM assignment a JOIN floor_rows f USING (person_id)")) {
          rs.next();
          if (rs.getLong(1) != expectedPeople) {
            throw new IllegalStateException(
                "write floor wrote " + rs.getLong(1) + " posts, not " + expectedPeople);
          }
        }
        return seconds;
      } finally {
        c.rollback();
      }
    }
  }
}
