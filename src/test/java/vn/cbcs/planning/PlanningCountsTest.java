package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.AsOf;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Known answers of the committee coefficient (QĐ 377-QĐ/TW Điều 26 khoản 1; HD 45-HD/BTCTW mục
 * II.6.1: 1.0–1.5 × the seats), on Xã Đồng Văn (00721, Tuyên Quang), which no other test uses.
 */
@IntegrationTest
class PlanningCountsTest {

  static final String DONG_VAN = "00721";

  @LocalServerPort int port;

  private long plan(int bch, int btv, int ubkt) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitCode", DONG_VAN);
    body.put("bodyKind", "PARTY_COMMITTEE");
    body.put("termFrom", 2025);
    body.put("referenceDate", "2030-07-01");
    body.put("bchSeats", bch);
    body.put("btvSeats", btv);
    body.put("ubktSeats", ubkt);
    var r = Api.admin(port).post("/api/plans", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /**
   * HD 45's own example: 50 BCH → at most 75, 15 BTV → 23, 9 UBKT → 14 (and at least 50, 15, 9).
   */
  @Test
  void theCoefficientOfHD45sExample_Dieu26_khoan1() {
    long id = plan(50, 15, 9);
    JsonNode check = Api.admin(port).get("/api/plans/" + id + "/check").json();
    Map<String, List<Integer>> bounds = new LinkedHashMap<>();
    for (JsonNode v : check.get("plan")) {
      assertThat(v.get("rule").asString()).isEqualTo("COMMITTEE_COEFFICIENT");
      assertThat(v.get("verdict").asString()).isEqualTo("WARN"); // nobody yet: below 1.0 ×
      assertThat(v.get("article").asString()).contains("Điều 26 khoản 1");
      JsonNode n = v.get("numbers");
      bounds.put(n.get(0).asString(), List.of(n.get(5).asInt(), n.get(6).asInt()));
    }
    assertThat(bounds)
        .containsExactly(
            Map.entry("COMMITTEE_BCH", List.of(50, 75)),
            Map.entry("COMMITTEE_BTV", List.of(15, 23)),
            Map.entry("COMMITTEE_UBKT", List.of(9, 14)));
  }

  /** 2 BTV seats × 1.5 = 3: the third is accepted (and meets 1.0 ×), the fourth refused. */
  @Test
  void aFourthForTwoStandingCommitteeSeatsIsRefused() {
    long id = plan(9, 2, 3);
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ObjectNode p = person("Lù Văn Ủy " + i + " " + (System.nanoTime() % 100000), false, 1985 + i);
      p.set(
          "assignments",
          array(assignment(DONG_VAN, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
      var r = Api.admin(port).post("/api/people", p);
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      people.add(r.json().get("id").asLong());
    }
    String today = AsOf.today().toString();
    for (int i = 0; i < 4; i++) {
      var r =
          Api.admin(port)
              .post(
                  "/api/plans/" + id + "/candidates",
                  Map.of(
                      "personId",
                      String.valueOf(people.get(i)),
                      "targetPost",
                      "COMMITTEE_BTV",
                      "target",
                      2,
                      "addedOn",
                      today));
      if (i < 3) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
      } else {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("COMMITTEE_BTV: 4 người quy hoạch, vượt tối đa 3 người");
        assertThat(r.body()).contains("Điều 26 khoản 1");
      }
    }
    JsonNode check = Api.admin(port).get("/api/plans/" + id + "/check").json();
    for (JsonNode v : check.get("plan")) {
      if (v.get("numbers").get(0).asString().equals("COMMITTEE_BTV")) {
        assertThat(v.get("verdict").asString()).isEqualTo("PASS");
        assertThat(v.get("numbers").get(1).asInt()).isEqualTo(3);
      }
    }
    assertThat(Api.admin(port).get("/api/plans/" + id).json().get("candidates").size())
        .isEqualTo(3);
  }
}
