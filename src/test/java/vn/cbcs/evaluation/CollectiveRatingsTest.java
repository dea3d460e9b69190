package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestUsers;

/**
 * QĐ 366-QĐ/TW: the leadership collective is rated before its head. The Party rating of the
 * People's Committee chair is refused until the committee's collective rating is recorded; a
 * vice-chair needs none, nor does the state rating (NĐ 90/2020 has no such rule). Test data: Xã Bảo
 * Lạc (01321, Cao Bằng), year 2025; no other test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectiveRatingsTest {

  static final String BAO_LAC = "01321";

  @LocalServerPort int port;

  Api officer;
  Api head;
  Api otherHead;

  @BeforeAll
  void users() {
    officer =
        new Api(
            port, TestUsers.create(port, "xalb", "COMMUNE_OFFICER", BAO_LAC), TestUsers.PASSWORD);
    head =
        new Api(port, TestUsers.create(port, "ctlb", "COMMUNE_HEAD", BAO_LAC), TestUsers.PASSWORD);
    // the head of another commune of the province (Xã Nam Quang)
    otherHead =
        new Api(port, TestUsers.create(port, "ctnq", "COMMUNE_HEAD", "01297"), TestUsers.PASSWORD);
  }

  private long holder(String name, String post) {
    ObjectNode p = PersonJsonMother.person(name + " " + System.nanoTime() % 100_000, true, 1978);
    p.set("assignments", array(assignment(BAO_LAC, post, "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** A 2025 evaluation of a leader, proposed HTTNV: ready for the decision. */
  private long ready(long person, String system) {
    Api.Response o =
        officer.post(
            "/api/evaluations",
            Map.of(
                "personId",
                String.valueOf(person),
                "year",
                2025,
                "system",
                system,
                "leader",
                true));
    assertThat(o.status()).as(o.body()).isEqualTo(201);
    long id = o.json().get("id").asLong();
    ok(
        officer.post(
            "/api/evaluations/" + id + "/self-assessment",
            // QĐ 366: 30 + 70 points; NĐ 90 as configured here: 20 + 80
            "PARTY".equals(system)
                ? Map.of("generalPoints", "26", "taskPoints", "56", "on", "2025-11-20")
                : Map.of("generalPoints", "18", "taskPoints", "66", "on", "2025-11-20")));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/meeting",
            Map.of("on", "2025-11-25", "minutes", "Biên bản họp", "votesHttnv", 9)));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/proposal",
            Map.of("level", "HTTNV", "points", "82", "on", "2025-11-26")));
    return id;
  }

  private static void ok(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  private Api.Response decide(long id) {
    return head.post(
        "/api/evaluations/" + id + "/decision",
        Map.of(
            "level", "HTTNV", "number", id + "/QĐ-ĐU", "date", "2025-12-12", "signer", "Bí thư"));
  }

  private static Map<String, Object> collective(String body) {
    return Map.of(
        "year",
        2025,
        "system",
        "PARTY",
        "body",
        body,
        "level",
        "HTTNV",
        "number",
        "88-QĐ/ĐU",
        "date",
        "2025-12-05",
        "signer",
        "Ban Thường vụ Đảng ủy");
  }

  @Test
  void theChairsPartyRatingWaitsForTheCommitteesCollectiveRating() {
    long chair = holder("Nông Văn Chủ Tịch", "CHU_TICH_UBND");
    long deputy = holder("Nông Thị Phó", "PHO_CHU_TICH_UBND");
    long chairParty = ready(chair, "PARTY");
    long chairState = ready(chair, "STATE");
    long deputyParty = ready(deputy, "PARTY");

    Api.Response refused = decide(chairParty);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("Ủy ban nhân dân", "2025", "Quy định 366-QĐ/TW");
    // the vice-chair heads no collective; the state regime has no such rule
    assertThat(decide(deputyParty).status()).isEqualTo(200);
    assertThat(decide(chairState).status()).isEqualTo(200);

    // outside the head's commune: refused, and nothing written
    assertThat(
            otherHead
                .post(
                    "/api/units/" + BAO_LAC + "/collective-ratings",
                    collective("PEOPLES_COMMITTEE"))
                .status())
        .isEqualTo(403);
    assertThat(otherHead.get("/api/units/" + BAO_LAC + "/collective-ratings?year=2025").status())
        .isEqualTo(403);
    // the officer keeps records but does not decide ratings
    assertThat(
            officer
                .post(
                    "/api/units/" + BAO_LAC + "/collective-ratings",
                    collective("PEOPLES_COMMITTEE"))
                .status())
        .isEqualTo(403);
    assertThat(head.get("/api/units/" + BAO_LAC + "/collective-ratings?year=2025").json())
        .isEmpty();

    Api.Response recorded =
        head.post("/api/units/" + BAO_LAC + "/collective-ratings", collective("PEOPLES_COMMITTEE"));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.json().get("level").asString()).isEqualTo("HTTNV");
    assertThat(
            head.post(
                    "/api/units/" + BAO_LAC + "/collective-ratings",
                    collective("PEOPLES_COMMITTEE"))
                .status())
        .isEqualTo(409);
    assertThat(officer.get("/api/units/" + BAO_LAC + "/collective-ratings?year=2025").json())
        .hasSize(1);

    Api.Response decided = decide(chairParty);
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
  }

  @Test
  void aCollectiveRatingWithoutItsFieldsIsRefusedWithEveryReason() {
    Api.Response r =
        head.post("/api/units/" + BAO_LAC + "/collective-ratings", Map.of("year", 2025));
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("errors")).hasSizeGreaterThanOrEqualTo(5);
  }
}
