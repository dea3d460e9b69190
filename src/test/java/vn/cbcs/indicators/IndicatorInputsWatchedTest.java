package vn.cbcs.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.indicators.internal.InputGeneration;
import vn.cbcs.support.IntegrationTest;

/**
 * Every table of the schema bumps the generation of the indicators' inputs (migration V101), except
 * those left out on purpose: a new table that feeds indicators needs {@code SELECT
 * indicator_inputs_watch('table')} in its migration, or a place in this list with its reason.
 */
@IntegrationTest
class IndicatorInputsWatchedTest {

  /** Written on reads, sign-ins and by the import's bookkeeping; never read by indicators. */
  static final Set<String> LEFT_OUT =
      Set.of(
          "audit_checkpoint",
          "audit_log",
          "audit_seal",
          "audit_txn",
          "spring_session",
          "spring_session_attributes",
          "login_failure",
          "app_token",
          "app_user",
          "app_user_person",
          "app_user_role",
          "app_user_scope",
          "excel_import",
          "excel_import_row",
          "person_photo",
          "person_attachment",
          "indicator_input_generation",
          // derived from person and assignment (both watched) by their triggers, V123
          "person_reach",
          // how many people are on record, kept by person's triggers, V125
          "person_count",
          // the generations of the figures kept per commune, bumped by triggers, V126
          "indicator_commune_generation",
          "indicator_map_generation",
          "flyway_schema_history");

  @Autowired JdbcClient jdbc;
  @Autowired InputGeneration generation;
  @Autowired TransactionTemplate tx;

  @Test
  void everyTableButThoseLeftOutIsWatched() {
    List<String> unwatched =
        jdbc.sql(
                "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace"
                    + " AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND NOT EXISTS"
                    + " (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid"
                    + " AND t.tgname = 'indicator_inputs_changed') ORDER BY 1")
            .query(String.class)
            .list();
    assertThat(unwatched).allMatch(LEFT_OUT::contains, "left out on purpose");
    assertThat(unwatched).doesNotContain("person", "qualification", "assignment", "unit");
  }

  @Test
  void aCommittedWriteBumpsItOnceARolledBackOneNot() {
    long g0 = generation.current();
    tx.executeWithoutResult(
        s -> {
          jdbc.sql("UPDATE unit_attribute SET id = id WHERE false").update();
          jdbc.sql("UPDATE person SET id = id WHERE false").update();
        });
    long g1 = generation.current();
    assertThat(g1).isEqualTo(g0 + 1);
    tx.executeWithoutResult(
        s -> {
          jdbc.sql("UPDATE person SET id = id WHERE false").update();
          s.setRollbackOnly();
        });
    assertThat(generation.current()).isEqualTo(g1);
    jdbc.sql("UPDATE login_failure SET key = key WHERE false").update();
    assertThat(generation.current()).as("not an input").isEqualTo(g1);
  }
}
