package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Planning reads discipline through the people module's read model {@code
 * people_disciplines_decided} (V76, with the effective period since V82), not a view of its own:
 * the duplicate view is gone, and "in force" (QĐ 377-QĐ/TW Điều 29) follows the decision's period.
 * Thị trấn Phó Bảng (00712, Hà Giang, until 30-6-2025), no other test; dates of 2023–2024.
 */
@IntegrationTest
class PlanningDisciplineReadModelTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PlanningFacts facts;

  @Test
  void planningHasNoDisciplineViewOfItsOwn() {
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM information_schema.views"
                        + " WHERE table_name = 'planning_person_disciplines'")
                .query(Long.class)
                .single())
        .isZero();
  }

  /** The read model keeps its first four columns (evaluation reads them) and adds the period. */
  @Test
  void theReadModelHasTheEffectivePeriod() {
    List<String> columns = new ArrayList<>();
    jdbc.sql("SELECT * FROM people_disciplines_decided(0, current_date, current_date) LIMIT 0")
        .query(
            (java.sql.ResultSet rs) -> {
              ResultSetMetaData md = rs.getMetaData();
              for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i) + ":" + md.getColumnTypeName(i));
              }
              return columns.size();
            });
    assertThat(columns)
        .containsExactly(
            "form:varchar",
            "system:varchar",
            "decided_on:date",
            "decision_number:text",
            "effective_from:date",
            "effective_to:date");
  }

  @Test
  void aDisciplineIsInForceOnlyInItsPeriod() {
    ObjectNode p = person("Hà Văn Kỷ Luật " + System.nanoTime() % 100_000, false, 1985);
    p.set(
        "assignments", array(assignment("00712", "TAI_CHINH_KE_TOAN", "2020-01-01", "2025-06-30")));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long id = r.json().get("id").asLong();
    jdbc.sql(
            "INSERT INTO person_discipline (person_id, form, system, decided_on, effective_from,"
                + " effective_to) VALUES (?, 'KHIEN_TRACH', 'STATE', DATE '2023-09-01',"
                + " DATE '2023-09-01', DATE '2024-08-31')")
        .param(id)
        .update();
    assertThat(facts.disciplinesInForce(id, LocalDate.of(2023, 8, 31))).isEmpty();
    assertThat(facts.disciplinesInForce(id, LocalDate.of(2023, 9, 1)))
        .singleElement()
        .satisfies(d -> assertThat(d).containsExactly("KHIEN_TRACH", "2024-08-31"));
    assertThat(facts.disciplinesInForce(id, LocalDate.of(2024, 8, 31))).hasSize(1);
    assertThat(facts.disciplinesInForce(id, LocalDate.of(2024, 9, 1))).isEmpty();
  }
}
