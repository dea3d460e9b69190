package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.planning.PlanningFixture.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * The what-if of the projection (issue 14): a đối tượng 2 without the post's political-theory level
 * (QĐ 377 Điều 25 khoản 1; HD 45 mục II.5.1) is ready only after training; assumed to complete the
 * level before the chair retires (31-12-2027), the post is covered and no longer at risk; assumed
 * after it, it stays at risk; nothing is written. Xã Tĩnh Túc (01729, Cao Bằng, from 1-7-2025), no
 * other test; as of 1-12-2026.
 */
@IntegrationTest
class PlanningWhatIfTest {

  static final String UNIT = "01729";
  static final String AS_OF = "2026-12-01";

  @LocalServerPort int port;
  @Autowired Plans plans;
  @Autowired JdbcClient jdbc;

  private long create(String name, int born, String post) {
    return PlanningFixture.person(port, UNIT, name, born, post);
  }

  private static JsonNode year(JsonNode bench, int year) {
    for (JsonNode y : bench.get("projection")) {
      if (y.get("year").asInt() == year) {
        return y;
      }
    }
    throw new AssertionError("no year " + year);
  }

  private long written(long person) {
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM qualification WHERE person_id = :p)"
                + " + (SELECT count(*) FROM planning_candidate WHERE person_id = :p)")
        .param("p", person)
        .query(Long.class)
        .single();
  }

  @Test
  void aCourseAssumedBeforeTheHolderLeavesCoversThePostAndWritesNothing() {
    long chair = create("Bế Văn Hưu", 1966, "CHU_TICH_UBND");
    long deputy = create("Bế Văn Kế", 1990, "PHO_CHU_TICH_UBND");
    PlanningFixture.chairSuccession(plans, UNIT, "5-QĐ/ĐU", deputy);
    String user = TestUsers.create(port, "qhwhatif", "COMMUNE_OFFICER", UNIT);
    Api officer = new Api(port, user, TestUsers.PASSWORD);
    long writtenBefore = written(deputy);

    // as recorded: only after training — the chair's post is at risk, 2027 not covered now
    String base = "/api/units/" + UNIT + "/projection?from=" + AS_OF + "&years=5";
    var r = officer.get(base);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode plain = r.json();
    JsonNode chairPost = post(plain, "CHU_TICH_UBND");
    assertThat(chairPost.get("holders").get(0).get("personId").asLong()).isEqualTo(chair);
    assertThat(chairPost.get("successors").get(0).get("readiness").asString())
        .isEqualTo("AFTER_TRAINING");
    assertThat(chairPost.get("ready").asInt()).isZero();
    assertThat(chairPost.get("atRisk").asBoolean()).isTrue();
    assertThat(year(plain, 2027).get("coveredAfterTraining").asInt()).isEqualTo(1);
    assertThat(year(plain, 2027).get("uncoveredPosts").toString()).doesNotContain("CHU_TICH_UBND");
    assertThat(year(plain, 2027).get("coveredReady").asInt()).isZero();

    // assumed: Cao cấp by 30-6-2027, before the chair leaves — covered, not at risk
    String assume = "&assume=" + deputy + ":POLITICAL_THEORY:CAO_CAP:2027-06-30";
    JsonNode what = officer.get(base + assume).json();
    JsonNode assumedPost = post(what, "CHU_TICH_UBND");
    assertThat(assumedPost.get("atRisk").asBoolean()).isFalse();
    assertThat(assumedPost.get("ready").asInt()).isZero(); // not yet on 1-12-2026
    assertThat(assumedPost.get("assumed").get(0).get("personId").asLong()).isEqualTo(deputy);
    assertThat(assumedPost.get("assumed").get(0).get("readyFrom").asString())
        .isEqualTo("2027-06-30");
    assertThat(year(what, 2027).get("coveredReady").asInt()).isEqualTo(1);
    assertThat(year(what, 2027).get("coveredAfterTraining").asInt()).isZero();
    assertThat(what.get("atRisk").toString()).doesNotContain("CHU_TICH_UBND");
    assertThat(what.get("assumptions").toString()).contains(deputy + ":POLITICAL_THEORY:CAO_CAP");

    // assumed after the chair leaves: still at risk; dated before the as-of date: ready now
    JsonNode late =
        officer.get(base + "&assume=" + deputy + ":POLITICAL_THEORY:CAO_CAP:2028-03-01").json();
    assertThat(post(late, "CHU_TICH_UBND").get("atRisk").asBoolean()).isTrue();
    JsonNode now =
        officer.get(base + "&assume=" + deputy + ":POLITICAL_THEORY:CAO_CAP:2026-11-01").json();
    assertThat(post(now, "CHU_TICH_UBND").get("ready").asInt()).isEqualTo(1);
    assertThat(post(now, "CHU_TICH_UBND").get("afterTraining").asInt()).isZero();
    // a level below the post's does not help
    JsonNode low =
        officer.get(base + "&assume=" + deputy + ":POLITICAL_THEORY:SO_CAP:2027-01-01").json();
    assertThat(post(low, "CHU_TICH_UBND").get("atRisk").asBoolean()).isTrue();

    // nothing was written: no qualification, the same candidacies, the read model as before
    assertThat(written(deputy)).isEqualTo(writtenBefore);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM planning_posts_at_risk_on(DATE '"
                        + AS_OF
                        + "', NULL, ARRAY['"
                        + UNIT
                        + "']::varchar[]) WHERE position_code = 'CHU_TICH_UBND'")
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // bad assumptions: 400 with every reason in Vietnamese
    var bad =
        officer.get(
            base
                + "&assume=abc&assume="
                + deputy
                + ":PROFESSIONAL:DAI_HOC:2027-01-01&assume="
                + deputy
                + ":POLITICAL_THEORY:CAO_CAP:2027-02-30");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .contains("không đúng dạng", "chỉ trình độ lý luận chính trị", "không hợp lệ");

    // the page: the small form, the assumption and the successor ready from its date
    BrowserSession b = new BrowserSession(port);
    b.signIn(user, TestUsers.PASSWORD);
    var page =
        b.get(
            "/plans/bench?unit="
                + UNIT
                + "&asOf="
                + AS_OF
                + "&wPerson="
                + deputy
                + "&wLevel=CAO_CAP&wBy=30/06/2027");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "data-testid=\"whatif-form\"",
            "đủ điều kiện từ 30/06/2027 (giả định)",
            "name=\"assume\" value=\"" + deputy + ":POLITICAL_THEORY:CAO_CAP:2027-06-30\"");
    var refused =
        b.get(
            "/plans/bench?unit="
                + UNIT
                + "&asOf="
                + AS_OF
                + "&wPerson="
                + deputy
                + "&wLevel=CAO_CAP&wBy=xx");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("data-testid=\"whatif-errors\"", "không hợp lệ");
  }
}
