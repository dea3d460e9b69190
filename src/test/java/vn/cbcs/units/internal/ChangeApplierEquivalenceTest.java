package vn.cbcs.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.support.IntegrationTest;

/**
 * The in-memory recomputation gives the map the row-by-row one gave (issue 18), on the shipped
 * changes: the versions, the links and the kept images of the official lists, column by column (ids
 * of the rows a change makes aside: a recomputation makes them anew).
 */
@IntegrationTest
class ChangeApplierEquivalenceTest {

  @Autowired ChangeApplier applier;
  @Autowired ChangeRows rows;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void everyShippedChangeRecomputedGivesTheSameMapBothWays() {
    Set<String> codes =
        new LinkedHashSet<>(
            jdbc.sql("SELECT DISTINCT unit_code FROM unit_change_unit ORDER BY 1")
                .query(String.class)
                .list());
    assertThat(codes).as("the shipped histories are loaded").hasSizeGreaterThan(400);
    compare(codes);
  }

  @Test
  void oneChangesFamilyRecomputedGivesTheSameMapBothWays() {
    // a Bắc Kạn merger of 2020: its codes and every code linked to them by another change
    String code =
        jdbc.sql(
                "SELECT p.unit_code FROM unit_change_unit p JOIN unit_change c ON c.id ="
                    + " p.change_id WHERE c.kind = 'MERGED' ORDER BY c.id, p.id LIMIT 1")
            .query(String.class)
            .single();
    compare(Set.of(code));
  }

  private void compare(Set<String> seeds) {
    SqlChangeApplier reference = new SqlChangeApplier(jdbc, rows);
    String before = map();
    Set<String> inMemory = new LinkedHashSet<>();
    String byMemory =
        inRolledBack(
            () -> {
              inMemory.addAll(applier.recompute(seeds));
              return map();
            });
    Set<String> rowByRow = new LinkedHashSet<>();
    String byRows =
        inRolledBack(
            () -> {
              rowByRow.addAll(reference.recompute(seeds));
              return map();
            });
    assertThat(inMemory).as("the same codes recomputed").isEqualTo(rowByRow);
    assertThat(byMemory).as("the same map").isEqualTo(byRows);
    assertThat(byMemory).as("recomputing the loaded map changes nothing").isEqualTo(before);
  }

  private String inRolledBack(Supplier<String> work) {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    return tx.execute(
        status -> {
          status.setRollbackOnly();
          return work.get();
        });
  }

  private String map() {
    List<String> parts =
        List.of(
            "SELECT count(*) || ':' || md5(string_agg(concat_ws('|', code, level, type, name,"
                + " full_name, name_en, full_name_en, parent_code, path, valid_from, valid_to,"
                + " dataset_id, ended_by, change_id, search_key, CASE WHEN change_id IS NULL THEN"
                + " id END), ',' ORDER BY code, valid_from NULLS FIRST, valid_to)) FROM unit",
            "SELECT count(*) || ':' || md5(string_agg(concat_ws('|', predecessor_code,"
                + " successor_code, effective_date, kind, note, derived, dataset_id, change_id),"
                + " ',' ORDER BY predecessor_code, successor_code, effective_date)) FROM"
                + " unit_crosswalk",
            "SELECT count(*) || ':' || md5(string_agg(unit_id || '|' || image::text, ',' ORDER BY"
                + " unit_id)) FROM unit_base_image");
    return String.join(
        " / ", parts.stream().map(q -> jdbc.sql(q).query(String.class).single()).toList());
  }
}
