package vn.cbcs.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

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
 * The 2025 transition board as indicators (ADR 15 §7) on Xã 01768 (after the reform, used by no
 * other test) on 1-3-2026, known answers: of three civil servants two are placed in a graded job
 * position whose standard they meet (TRANSITION_PLACED 2/3, the same as the board), the chairman (a
 * cadre) is not counted; four people against an allocation of 2 is a surplus (TRANSITION_NO_SURPLUS
 * 0/1); the dashboard shows both with a link to the members.
 */
@IntegrationTest
class TransitionIndicatorsTest {

  static final String XA = "01768";
  static final String Q = "unit=" + XA + "&asOf=2026-03-01";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long hire(Api admin, String name, int year, String post, String level) {
    ObjectNode p = person(name, false, year);
    p.set("assignments", array(assignment(XA, post, "2025-07-01", null)));
    p.set("qualifications", array(qualification("PROFESSIONAL", level, "2012-06-30")));
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  @Test
  void placedAndSurplusAsIndicatorsWithTheirMembers() {
    Api admin = Api.admin(port);
    Map<String, Object> allocation = new HashMap<>();
    allocation.put("quota", 2);
    allocation.put("from", "2025-07-01");
    allocation.put("legalBasis", "QĐ giao biên chế 2025 (thử)");
    Api.Response a = admin.post("/api/units/" + XA + "/allocations", allocation);
    assertThat(a.status()).as(a.body()).isIn(200, 201);
    hire(admin, "Hà Văn Đã Xếp", 1990, "VTVL_VHXH_Y_TE", "DAI_HOC");
    hire(admin, "Hà Văn Chưa Đạt", 1991, "VTVL_VP_KE_TOAN", "CAO_DANG");
    hire(admin, "Hà Văn Cũng Xếp", 1988, "VTVL_VHXH_Y_TE", "DAI_HOC");
    hire(admin, "Hà Văn Chủ Tịch", 1970, "CHU_TICH_UBND", "DAI_HOC");

    JsonNode placed = admin.get("/api/indicators/TRANSITION_PLACED/value?" + Q).json();
    assertThat(placed.get("numerator").asLong()).isEqualTo(2);
    assertThat(placed.get("denominator").asLong()).isEqualTo(3);
    JsonNode board = admin.get("/api/units/" + XA + "/transition?asOf=2026-03-01").json();
    assertThat(board.get("placement").get("placed").asLong()).isEqualTo(2);
    assertThat(board.get("placement").get("civilServants").asLong()).isEqualTo(3);

    JsonNode rest =
        admin.get("/api/indicators/TRANSITION_PLACED/people?" + Q + "&part=rest").json();
    assertThat(rest.get("count").asLong()).isEqualTo(1);
    JsonNode notYet = rest.get("people").get(0);
    assertThat(notYet.get("name").asString()).isEqualTo("Hà Văn Chưa Đạt");
    JsonNode in =
        admin.get("/api/indicators/TRANSITION_PLACED/people?" + Q + "&part=numerator").json();
    List<String> details = new ArrayList<>();
    in.get("people").forEach(p -> details.add(p.get("detail").asString()));
    assertThat(details).allSatisfy(d -> assertThat(d).contains("VTVL_VHXH_Y_TE"));

    JsonNode surplus = admin.get("/api/indicators/TRANSITION_NO_SURPLUS/value?" + Q).json();
    assertThat(surplus.get("numerator").asLong()).isZero();
    assertThat(surplus.get("denominator").asLong()).isEqualTo(1);
    JsonNode communes =
        admin.get("/api/indicators/TRANSITION_NO_SURPLUS/people?" + Q + "&part=rest").json();
    assertThat(communes.get("people").get(0).get("detail").asString()).contains("4", "2");

    String page = admin.download("/dashboard?unit=" + XA + "&asOf=01/03/2026").text();
    assertThat(page)
        .contains("data-testid=\"dashboard-transition\"")
        .contains("data-testid=\"transition-TRANSITION_PLACED\"")
        .contains("/indicators/TRANSITION_PLACED?");
  }

  /** ADR 15 point 3: the columns of the read model. */
  @Test
  void theReadModelKeepsItsColumns() {
    assertThat(
            jdbc.sql(
                    "SELECT unnest(proargnames[2:]) FROM pg_proc WHERE proname ="
                        + " 'recruitment_placed_on'")
                .query(String.class)
                .list())
        .containsExactly("person_id", "position_code", "grade");
  }
}
