package vn.cbcs.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Approved movements in the openings ({@code recruitment_vacancies_on}, {@code GET
 * /api/units/{code}/vacancies}) between two communes of after the reform, 01324 and 01336, which no
 * other test uses: a transfer out counts as leaving by movement (not as a post ending), the person
 * arrives in the other commune; a secondment out is not a departure (NĐ 170/2025 Điều 26 khoản 3)
 * but its end is one for the receiving commune; a plan not yet approved counts nowhere.
 */
@IntegrationTest
class VacanciesMovementsTest {

  static final String FROM = "01324";
  static final String TO = "01336";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private static long create(Api admin, String name) {
    ObjectNode p = person(name, false, 1986);
    p.set("assignments", array(assignment(FROM, "VTVL_VHXH_Y_TE", "2025-07-01", null)));
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static long plan(Api admin, long person, String kind, String from, String until) {
    Map<String, Object> m = new HashMap<>();
    m.put("personId", person);
    m.put("kind", kind);
    m.put("fromUnit", FROM);
    m.put("toUnit", TO);
    m.put("positionCode", "VTVL_VP_KE_TOAN");
    m.put("fromDate", from);
    m.put("untilDate", until);
    m.put("reason", "Bố trí theo nhu cầu công tác");
    Api.Response r = admin.post("/api/movements", m);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static void approve(Api admin, long id) {
    Map<String, Object> d = new HashMap<>();
    d.put("number", "7/QĐ-UBND");
    d.put("decidedOn", "2027-01-15");
    d.put("issuer", "UBND tỉnh Cao Bằng");
    Api.Response r = admin.post("/api/movements/" + id + "/decision", d);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  private JsonNode vacancies(String unit, String asOf, int months) {
    Api.Response r =
        Api.admin(port).get("/api/units/" + unit + "/vacancies?asOf=" + asOf + "&months=" + months);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonNode post(JsonNode body, String code) {
    for (JsonNode p : body.get("posts")) {
      if (p.get("positionCode").asString().equals(code)) {
        return p;
      }
    }
    throw new AssertionError("no post " + code + " in " + body);
  }

  @Test
  void approvedMovementsLeaveAndArriveWithinTheWindow() {
    Api admin = Api.admin(port);
    long moved = create(admin, "Bế Văn Chuyển");
    long seconded = create(admin, "Bế Thị Phái");
    long planned = create(admin, "Bế Văn Dự");
    long transfer = plan(admin, moved, "TRANSFER", "2027-04-01", null);
    long secondment = plan(admin, seconded, "SECONDMENT", "2027-04-01", "2027-09-30");
    plan(admin, planned, "TRANSFER", "2027-04-01", null); // never approved

    // before the decisions nothing moves
    JsonNode before = vacancies(FROM, "2027-03-01", 6);
    assertThat(before.get("leavingMovement").get("value").asInt()).isZero();
    assertThat(vacancies(TO, "2027-03-01", 6).get("arriving").get("value").asInt()).isZero();

    approve(admin, transfer);
    approve(admin, secondment);

    JsonNode from = vacancies(FROM, "2027-03-01", 6);
    JsonNode health = post(from, "VTVL_VHXH_Y_TE");
    assertThat(health.get("filled").asInt()).isEqualTo(3);
    // the transfer only: the seconded person stays on the staff (Điều 26 khoản 3)
    assertThat(health.get("leavingMovement").asInt()).isEqualTo(1);
    assertThat(health.get("leavingPostEnd").asInt()).isZero();
    assertThat(health.get("leaving").asInt()).isEqualTo(1);
    assertThat(from.get("leavingMovement").get("value").asInt()).isEqualTo(1);
    assertThat(from.get("leavingMovement").get("rule").asString()).contains("Điều 25", "Điều 26");
    assertThat(from.get("leaving").get("value").asInt()).isEqualTo(1);
    assertThat(from.get("rules").get("arriving").asString()).contains("Nghị định 170/2025");

    // the window: 1-4-2027 is after 2 months from 31-1-2027, and on their last day from 1-2-2027
    assertThat(
            post(vacancies(FROM, "2027-01-31", 2), "VTVL_VHXH_Y_TE").get("leavingMovement").asInt())
        .isZero();
    assertThat(
            post(vacancies(FROM, "2027-02-01", 2), "VTVL_VHXH_Y_TE").get("leavingMovement").asInt())
        .isEqualTo(1);

    JsonNode to = vacancies(TO, "2027-03-01", 6);
    JsonNode accounting = post(to, "VTVL_VP_KE_TOAN");
    assertThat(accounting.get("arriving").asInt()).isEqualTo(2);
    assertThat(accounting.get("filled").asInt()).isZero();
    assertThat(to.get("arriving").get("value").asInt()).isEqualTo(2);

    // once there, the secondment's end (30-9-2027) is a departure of the receiving commune
    JsonNode later = vacancies(TO, "2027-05-01", 6);
    JsonNode there = post(later, "VTVL_VP_KE_TOAN");
    assertThat(there.get("filled").asInt()).isEqualTo(2);
    assertThat(there.get("arriving").asInt()).isZero();
    assertThat(there.get("leavingMovement").asInt()).isEqualTo(1);
    assertThat(there.get("leavingPostEnd").asInt()).isZero();
  }

  /** ADR 15 point 3: the columns of the read model after V108, in order. */
  @Test
  void theReadModelKeepsItsColumnsAndAddsTwo() {
    List<String> columns =
        new ArrayList<>(
            jdbc.sql(
                    "SELECT unnest(proargnames[4:]) FROM pg_proc WHERE proname ="
                        + " 'recruitment_vacancies_on'")
                .query(String.class)
                .list());
    assertThat(columns)
        .containsExactly(
            "position_code",
            "seats",
            "filled",
            "leaving",
            "leaving_retirement",
            "leaving_term",
            "leaving_post_end",
            "leaving_movement",
            "arriving");
  }
}
