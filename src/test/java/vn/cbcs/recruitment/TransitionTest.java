package vn.cbcs.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * The 2025 transition board of Xã Cô Ba (01327) on 1-3-2026: civil servants placed in a graded job
 * position whose standard they meet vs not yet (deadline 1-7-2027, Luật CBCC 80/2025 Điều 45 khoản
 * 2), the surplus against an allocation of 2 and the retirements before 30-6-2030 that absorb it
 * (Điều 45 khoản 1), with the people behind the numbers on the page.
 */
@IntegrationTest
class TransitionTest {

  static final String XA = "01327";

  @LocalServerPort int port;

  private long hire(Api admin, String name, int year, String post, String level) {
    ObjectNode p = person(name, false, year);
    p.set("assignments", array(assignment(XA, post, "2025-07-01", null)));
    if (level != null) {
      p.set("qualifications", array(qualification("PROFESSIONAL", level, "2012-06-30")));
    }
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  @Test
  void placedNotPlacedSurplusAndTheRetirementsThatAbsorbIt() {
    Api admin = Api.admin(port);
    Map<String, Object> allocation = new HashMap<>();
    allocation.put("quota", 2);
    allocation.put("from", "2025-07-01");
    allocation.put("legalBasis", "QĐ 12/QĐ-UBND tỉnh Cao Bằng giao biên chế 2025 (thử)");
    Api.Response a = admin.post("/api/units/" + XA + "/allocations", allocation);
    assertThat(a.status()).as(a.body()).isIn(200, 201);

    hire(admin, "Lương Văn Xếp", 1990, "VTVL_VHXH_Y_TE", "DAI_HOC");
    hire(admin, "Lương Văn Chưa", 1991, "VTVL_VP_KE_TOAN", "CAO_DANG");
    hire(admin, "Lương Văn Hưu", 1965, "VTVL_VHXH_Y_TE", "DAI_HOC");
    hire(admin, "Lương Văn Chủ", 1966, "CHU_TICH_UBND", "DAI_HOC");

    Api.Response r = admin.get("/api/units/" + XA + "/transition?asOf=2026-03-01");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode b = r.json();
    JsonNode placement = b.get("placement");
    assertThat(placement.get("civilServants").asLong()).isEqualTo(3);
    assertThat(placement.get("placed").asLong()).isEqualTo(2);
    assertThat(placement.get("notPlaced").asLong()).isEqualTo(1);
    assertThat(placement.get("deadline").asString()).isEqualTo("2027-07-01");
    assertThat(placement.get("rule").asString()).contains("Điều 45 khoản 2");
    JsonNode surplus = b.get("surplus");
    assertThat(surplus.get("allocation").asInt()).isEqualTo(2);
    assertThat(surplus.get("inPost").asLong()).isEqualTo(4);
    assertThat(surplus.get("surplus").asLong()).isEqualTo(2);
    assertThat(surplus.get("deadline").asString()).isEqualTo("2030-06-30");
    assertThat(surplus.get("rule").asString()).contains("Điều 45 khoản 1");
    // the two born in 1965 and 1966 reach the statutory age before 30-6-2030
    assertThat(surplus.get("retiringInPeriod").asLong()).isEqualTo(2);
    assertThat(surplus.get("surplusAfterRetirements").asLong()).isZero();
    Map<String, Boolean> placed = new HashMap<>();
    b.get("people")
        .forEach(p -> placed.put(p.get("fullName").asString(), p.get("placed").asBoolean()));
    assertThat(placed)
        .containsEntry("Lương Văn Xếp", true)
        .containsEntry("Lương Văn Chưa", false)
        .containsEntry("Lương Văn Hưu", true);

    // the page drills down to the people not yet placed
    String page =
        admin
            .download("/recruitment/transition?unit=" + XA + "&asOf=01/03/2026&show=notPlaced")
            .text();
    assertThat(page)
        .contains("Lương Văn Chưa", "2030", "Điều 45 khoản 2", "value=\"01/03/2026\"")
        .doesNotContain("Lương Văn Xếp");
  }
}
