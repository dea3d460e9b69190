package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Role;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * A commune's list reads its posts by the commune's code alone, with the commune's name given, so
 * that PostgreSQL can keep one plan for it (issue 18: the list page under load). The rows are those
 * of the unit tree's query it replaced — posts of units in force on the date whose code is the
 * commune's or whose path lies under it, each person's first post, the unit's name of that date —
 * for every commune of the demo province before and after the 2025 map, for an unrestricted actor,
 * an officer of the province and the commune's own officer.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonCommuneListTest {

  private static final LocalDate BEFORE = LocalDate.of(2020, 12, 31);

  /** The list's rows as the unit tree's query found them before (every person of the commune). */
  private static final String BY_THE_TREE =
      "WITH a AS (SELECT DISTINCT ON (pa.person_id) pa.person_id, pa.unit_code,"
          + " pa.position_code, u.full_name AS unit_name FROM positions_assignments_on(:d) pa"
          + " JOIN units_in_force_on(:d) u ON u.code = pa.unit_code"
          + " WHERE u.code = :c OR (u.path >= :start AND u.path < :end)"
          + " ORDER BY pa.person_id, pa.concurrent, pa.valid_from)"
          + " SELECT p.id, a.unit_code, a.unit_name, a.position_code FROM person p"
          + " JOIN a ON a.person_id = p.id"
          + " ORDER BY p.given_name COLLATE vi, p.full_name COLLATE vi, p.id";

  @Autowired DemoDataGenerator generator;
  @Autowired PersonDirectory directory;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @BeforeAll
  void demo() {
    DemoProvince.ensure(generator);
  }

  private record Row(long id, String unit, String unitName, String position) {}

  @Test
  void aCommunesListHoldsThePeopleTheUnitTreeFound() {
    int communes = 0;
    int people = 0;
    for (LocalDate date : List.of(BEFORE, DemoProvince.END)) {
      List<String> inPost =
          jdbc.sql(
                  "SELECT DISTINCT pa.unit_code FROM positions_assignments_on(:d) pa"
                      + " JOIN units_in_force_on(:d) u ON u.code = pa.unit_code"
                      + " WHERE u.level = 'COMMUNE' ORDER BY 1")
              .param("d", date)
              .query(String.class)
              .list();
      assertThat(inPost).as("communes with people in post on " + date).hasSizeGreaterThan(5);
      for (String code : inPost) {
        Unit commune = units.find(code, date).orElseThrow();
        String province = units.ancestors(commune, date).get(0).code();
        List<Row> expected =
            jdbc.sql(BY_THE_TREE)
                .param("d", date)
                .param("c", code)
                .param("start", commune.path() + "/")
                .param("end", commune.path() + "0")
                .query(
                    (rs, i) ->
                        new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        for (Actor actor :
            List.of(
                TestActors.SYSTEM,
                TestActors.user("commune-list-tinh", Role.PROVINCE_OFFICER, province),
                TestActors.user("commune-list-xa", Role.PROVINCE_OFFICER, code))) {
          assertThat(listed(date, code, actor))
              .as("%s on %s for %s", code, date, actor.username())
              .isEqualTo(expected);
        }
        communes++;
        people += expected.size();
      }
    }
    assertThat(people).as("people compared in %d communes", communes).isGreaterThan(1_000);
  }

  /** Every row of the commune's list, page by page, with its total checked. */
  private List<Row> listed(LocalDate date, String commune, Actor actor) {
    PersonFilter f =
        new PersonFilter(date, commune, null, null, null, null, null, null, null, null);
    List<Row> rows = new ArrayList<>();
    for (int page = 0; ; page++) {
      PersonDirectory.Listed listed = directory.listing(f, page, 40, actor);
      assertThat(listed.scope()).isEqualTo(units.find(commune, date).orElseThrow());
      PersonPage p = listed.page();
      p.items()
          .forEach(r -> rows.add(new Row(r.id(), r.unitCode(), r.unitName(), r.positionCode())));
      if (!p.hasNext()) {
        assertThat(p.total()).as("total of %s on %s", commune, date).isEqualTo(rows.size());
        return rows;
      }
    }
  }

  /**
   * The driver prepares a statement it has sent five times on a connection; PostgreSQL then keeps
   * one generic plan for a commune's list instead of planning each page (the list forced a plan per
   * page before, which cost most of its time in PostgreSQL under load).
   */
  @Test
  void aCommunesListKeepsOnePlan() {
    String commune = DemoProvince.busiestCommune(jdbc, DemoProvince.END);
    PersonFilter f =
        new PersonFilter(DemoProvince.END, commune, null, null, null, null, null, null, null, null);
    Long generic =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  for (int i = 0; i < 12; i++) {
                    assertThat(directory.list(f, 0, 50, TestActors.SYSTEM).items()).isNotEmpty();
                  }
                  return jdbc.sql(
                          "SELECT coalesce(sum(generic_plans), 0) FROM pg_prepared_statements"
                              + " WHERE statement LIKE '%AS unit_name FROM"
                              + " positions_assignments_on%'")
                      .query(Long.class)
                      .single();
                });
    assertThat(generic).as("runs of the commune's list on one kept plan").isGreaterThan(0);
  }
}
