package vn.cbcs.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.IntegrationTest;

/**
 * Data-integrity checks written as SQL that must return no rows (the DHIS2 habit): the loaded map
 * is a tree on every day, paths agree with parents, and the crosswalk joins real versions.
 */
@IntegrationTest
class UnitIntegrityTest {

  @Autowired JdbcClient jdbc;

  private List<String> violations(String sql) {
    return jdbc.sql(sql).query(String.class).list();
  }

  @Test
  void everyUnitHasItsParentInForceOnItsFirstAndLastDay() {
    for (String day :
        List.of(
            "coalesce(u.valid_from, DATE '2025-01-01')",
            "coalesce(u.valid_to, DATE '2026-11-01')")) {
      assertThat(
              violations(
                  "SELECT u.code || ' ' || u.full_name FROM unit u WHERE u.parent_code IS NOT NULL"
                      + " AND NOT EXISTS (SELECT 1 FROM unit p WHERE p.code = u.parent_code"
                      + " AND daterange(p.valid_from, p.valid_to, '[]') @> "
                      + day
                      + ")"))
          .as("units without a parent in force on " + day)
          .isEmpty();
    }
  }

  @Test
  void parentsAreOneLevelUp() {
    assertThat(
            violations(
                "SELECT u.code FROM unit u JOIN unit p ON p.code = u.parent_code"
                    + " AND daterange(p.valid_from, p.valid_to, '[]') && daterange(u.valid_from, u.valid_to, '[]')"
                    + " WHERE NOT ((u.level = 'DISTRICT' AND p.level = 'PROVINCE')"
                    + " OR (u.level = 'COMMUNE' AND p.level IN ('DISTRICT', 'PROVINCE')))"))
        .isEmpty();
  }

  @Test
  void aCommuneHasADistrictParentBeforeJuly2025AndAProvinceParentAfter() {
    assertThat(
            violations(
                "SELECT u.code FROM unit u WHERE u.level = 'COMMUNE' AND u.valid_to <= DATE '2025-06-30'"
                    + " AND length(u.parent_code) <> 3"))
        .isEmpty();
    assertThat(
            violations(
                "SELECT u.code FROM unit u WHERE u.level = 'COMMUNE' AND u.valid_from >= DATE '2025-07-01'"
                    + " AND length(u.parent_code) <> 2"))
        .isEmpty();
  }

  @Test
  void everyCrosswalkLinkJoinsTwoVersions() {
    assertThat(
            violations(
                "SELECT x.predecessor_code || '>' || x.successor_code FROM unit_crosswalk x"
                    + " WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE u.code = x.predecessor_code"
                    + " AND u.valid_to = x.effective_date - 1)"
                    + " OR NOT EXISTS (SELECT 1 FROM unit u WHERE u.code = x.successor_code"
                    + " AND u.valid_from = x.effective_date)"))
        .isEmpty();
  }

  @Test
  void everyUnitOfBefore2025HasASuccessor() {
    assertThat(
            violations(
                "SELECT u.code || ' ' || u.full_name FROM unit u WHERE u.valid_to = DATE '2025-06-30'"
                    + " AND NOT EXISTS (SELECT 1 FROM unit_crosswalk x WHERE x.predecessor_code = u.code"
                    + " AND x.effective_date = DATE '2025-07-01')"))
        .isEmpty();
  }
}
