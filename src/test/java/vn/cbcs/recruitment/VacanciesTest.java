package vn.cbcs.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.people.Sex;
import vn.cbcs.standards.RetirementAge;
import vn.cbcs.standards.Staffing;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * {@code GET /api/units/{code}/vacancies} and the read model {@code recruitment_vacancies_on} on Xã
 * Lý Bôn (Cao Bằng, 01294), which no other test uses: the allocation as the ceiling, the people in
 * post, the places not yet filled, and per post the holders leaving by retirement (NĐ 135/2020),
 * the end of a 5-year appointment (NĐ 170/2025 Điều 28) or a recorded end.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VacanciesTest {

  static final String XA = "01294";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Staffing staffing;

  @BeforeAll
  void people() {
    staffing.allocate(
        XA, 12, LocalDate.of(2025, 7, 1), "Quyết định giao biên chế (thử)", TestActors.SYSTEM);
    // retires 31-8-2028 (a man born in August 1966 retires at 62: NĐ 135/2020)
    ObjectNode a = person("Nông Văn Hưu", false, 1966);
    a.put("birthDate", "1966-08-10");
    a.set("assignments", array(recruited("VTVL_VHXH_Y_TE", "2025-07-01", null)));
    create(a);
    // appointed head of division from 1-7-2025: the 5-year term ends 30-6-2030
    ObjectNode b = person("Hoàng Thị Bổ", true, 1985);
    b.set("assignments", array(assignment(XA, "TRUONG_PHONG_VH_XH", "2025-07-01", null)));
    create(b);
    // a post recorded with its end on 31-5-2028
    ObjectNode c = person("Lục Thị Kết", true, 1992);
    c.set("assignments", array(recruited("VTVL_VP_KE_TOAN", "2025-07-01", "2028-05-31")));
    create(c);
    ObjectNode d = person("La Văn Ở", false, 1980);
    d.set("assignments", array(recruited("VTVL_VHXH_Y_TE", "2025-07-01", null)));
    create(d);
  }

  private static ObjectNode recruited(String position, String from, String to) {
    ObjectNode a = assignment(XA, position, from, to);
    ((ObjectNode) a.get("decision")).put("kind", "RECRUITMENT");
    return a;
  }

  private void create(ObjectNode p) {
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  private JsonNode get(String query) {
    Api.Response r = Api.admin(port).get("/api/units/" + XA + "/vacancies?" + query);
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
  void ceilingInPostUnfilledAndLeavingWithTheirRules() {
    JsonNode v = get("asOf=2028-03-01&months=6");
    assertThat(v.get("ceiling").get("value").asInt()).isEqualTo(12);
    assertThat(v.get("ceiling").get("rule").asString()).isEqualTo("allocation");
    assertThat(v.get("inPost").get("value").asInt()).isEqualTo(4);
    assertThat(v.get("unfilled").get("value").asInt()).isEqualTo(8);
    assertThat(v.get("unfilled").get("rule").asString()).contains("Điều 45");
    // retirement on 31-8-2028 and the post ending 31-5-2028 are within 6 months
    assertThat(v.get("leaving").get("value").asInt()).isEqualTo(2);
    assertThat(v.get("leaving").get("rule").asString()).contains("Điều 169", "Điều 28");
    JsonNode health = post(v, "VTVL_VHXH_Y_TE");
    assertThat(health.get("filled").asInt()).isEqualTo(2);
    assertThat(health.get("leaving").asInt()).isEqualTo(1);
    assertThat(health.get("leavingRetirement").asInt()).isEqualTo(1);
    assertThat(health.get("seats").isNull()).isTrue();
    JsonNode accounting = post(v, "VTVL_VP_KE_TOAN");
    assertThat(accounting.get("leavingPostEnd").asInt()).isEqualTo(1);
    JsonNode head = post(v, "TRUONG_PHONG_VH_XH");
    assertThat(head.get("seats").asInt()).isEqualTo(1);
    assertThat(head.get("seatsFree").asInt()).isZero();
    assertThat(head.get("leaving").asInt()).isZero();
    // a post with fixed seats nobody holds is listed with its free seat
    JsonNode chair = post(v, "CHU_TICH_UBND");
    assertThat(chair.get("filled").asInt()).isZero();
    assertThat(chair.get("seatsFree").asInt()).isEqualTo(1);
  }

  @Test
  void theWindowEndsAfterTheGivenMonths() {
    // 5 months from 1-3-2028 end on 1-8-2028: the retirement of 31-8-2028 is not inside
    JsonNode v = get("asOf=2028-03-01&months=5");
    assertThat(v.get("leaving").get("value").asInt()).isEqualTo(1);
    assertThat(post(v, "VTVL_VHXH_Y_TE").get("leavingRetirement").asInt()).isZero();
  }

  @Test
  void theEndOfAFiveYearAppointment_ND170Art28() {
    JsonNode v = get("asOf=2030-03-01&months=6");
    JsonNode head = post(v, "TRUONG_PHONG_VH_XH");
    assertThat(head.get("leavingTerm").asInt()).isEqualTo(1);
    assertThat(
            post(get("asOf=2030-03-01&months=3"), "TRUONG_PHONG_VH_XH").get("leavingTerm").asInt())
        .isZero();
  }

  @Test
  void badInputAndUnknownUnits() {
    assertThat(Api.admin(port).get("/api/units/" + XA + "/vacancies?months=0").status())
        .isEqualTo(400);
    assertThat(Api.admin(port).get("/api/units/" + XA + "/vacancies?months=x").status())
        .isEqualTo(400);
    assertThat(Api.admin(port).get("/api/units/99999/vacancies").status()).isEqualTo(404);
    Api.Response province = Api.admin(port).get("/api/units/04/vacancies");
    assertThat(province.status()).as(province.body()).isEqualTo(400);
  }

  /** ADR 15 point 3: the contract of the read model — its columns, in order. */
  @Test
  void theReadModelKeepsItsColumns() {
    List<String> columns = new ArrayList<>();
    jdbc.sql("SELECT * FROM recruitment_vacancies_on(:u, DATE '2028-03-01', 6) LIMIT 0")
        .param("u", XA)
        .query(
            rs -> {
              var md = rs.getMetaData();
              for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
              }
            });
    if (columns.isEmpty()) {
      // no row: read the columns from the catalogue instead
      columns.addAll(
          jdbc.sql(
                  "SELECT unnest(proargnames[4:]) FROM pg_proc WHERE proname = 'recruitment_vacancies_on'")
              .query(String.class)
              .list());
    }
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

  /** The SQL retirement date is the Java rule (NĐ 135/2020) for every birth month of 1955–1975. */
  @Test
  void sqlRetirementIsTheJavaRule_ND135() {
    List<String> mismatches = new ArrayList<>();
    for (int y = 1955; y <= 1975; y++) {
      for (int m = 1; m <= 12; m++) {
        for (Sex s : Sex.values()) {
          LocalDate born = LocalDate.of(y, m, m == 2 ? 28 : 30 - (m % 2));
          LocalDate sql =
              jdbc.sql("SELECT recruitment_retirement_date(:b, :s)")
                  .param("b", born)
                  .param("s", s.name())
                  .query(LocalDate.class)
                  .single();
          LocalDate java = RetirementAge.of(born, s).retirementDate();
          if (!java.equals(sql)) {
            mismatches.add(born + " " + s + ": java " + java + ", sql " + sql);
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
