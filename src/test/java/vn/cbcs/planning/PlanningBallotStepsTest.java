package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;
import vn.cbcs.support.TestUsers;

/**
 * The ballot steps of a candidate beyond one introduction round and one vote (issue 14: "the ballot
 * results of each step — introduction rounds, vote counts and shares"; QĐ 377-QĐ/TW, HD 45-HD/BTCTW
 * mục II): two introduction rounds and the committee's vote, each with its share computed (14/17 =
 * 82,35 %); bad input refused with every reason and nothing written; shown by the plan's API, its
 * check and the planning list document. Xã 01558 (Cao Bằng, from 1-7-2025), no other test.
 */
@IntegrationTest
class PlanningBallotStepsTest {

  static final String UNIT = "01558";

  @LocalServerPort int port;
  @Autowired Plans plans;
  @Autowired PlanDocuments documents;
  @Autowired JdbcClient jdbc;

  private static Map<String, Object> step(
      String candidate, String kind, String body, String on, int votes, int voters) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("candidateId", candidate);
    m.put("kind", kind);
    m.put("body", body);
    m.put("heldOn", on);
    m.put("votesFor", votes);
    m.put("voters", voters);
    return m;
  }

  private long steps(long candidate) {
    return jdbc.sql("SELECT count(*) FROM planning_candidate_ballot WHERE candidate_id = ?")
        .param(candidate)
        .query(Long.class)
        .single();
  }

  @Test
  void introductionRoundsAndTheVoteAreRecordedWithTheirShares() {
    ObjectNode p = person("Hoàng Văn Phiếu " + System.nanoTime() % 100_000, false, 1990);
    p.set("assignments", array(assignment(UNIT, "PHO_CHU_TICH_UBND", "2025-07-01", null)));
    var created = Api.admin(port).post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long deputy = created.json().get("id").asLong();
    Plan plan = PlanningFixture.committeePlan(plans, UNIT, null);
    Candidate c =
        plans.addCandidate(
            plan.id(),
            new PlanInputs.NewCandidate(
                String.valueOf(deputy), "CHU_TICH_UBND", 2, 30, 38, null, null, "2026-06-01", null),
            TestActors.ADMIN);
    String cid = String.valueOf(c.id());
    String user = TestUsers.create(port, "qhphieu", "COMMUNE_OFFICER", UNIT);
    Api officer = new Api(port, user, TestUsers.PASSWORD);
    String url = "/api/plans/" + plan.id() + "/ballots";

    // refused with every reason, nothing written
    var bad = officer.post(url, step(cid, "PHONG_VAN", "", "2099-01-01", 18, 17));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .contains("\"field\":\"kind\"", "\"field\":\"body\"", "\"field\":\"heldOn\"")
        .contains("\"field\":\"votesFor\"", "18 phiếu trên 17 người");
    assertThat(steps(c.id())).isZero();

    var first =
        officer.post(
            url, step(cid, "INTRODUCTION", "Hội nghị cán bộ chủ chốt", "2026-05-10", 31, 40));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    var second =
        officer.post(url, step(cid, "INTRODUCTION", "Ban Chấp hành", "2026-05-20", 12, 17));
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    var vote = officer.post(url, step(cid, "VOTE", "Ban Thường vụ", "2026-05-28", 14, 17));
    assertThat(vote.status()).as(vote.body()).isEqualTo(201);
    JsonNode all = vote.json().get("ballots");
    assertThat(all).hasSize(3);
    assertThat(all.get(0).get("round").asInt()).isEqualTo(1);
    assertThat(all.get(1).get("round").asInt()).isEqualTo(2); // the next introduction round
    assertThat(all.get(1).get("share").decimalValue()).isEqualByComparingTo("70.59");
    assertThat(all.get(2).get("kind").asString()).isEqualTo("VOTE");
    assertThat(all.get(2).get("round").asInt()).isEqualTo(1);
    assertThat(all.get(2).get("share").decimalValue()).isEqualByComparingTo("82.35");
    assertThat(all.get(2).get("overHalf").asBoolean()).isTrue();

    // the same step twice is refused
    Map<String, Object> again = step(cid, "VOTE", "Ban Thường vụ", "2026-05-28", 14, 17);
    again.put("round", 1);
    var twice = officer.post(url, again);
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("Đã ghi kết quả bước VOTE vòng 1");
    assertThat(steps(c.id())).isEqualTo(3);

    // the plan, its check and the planning list show them
    JsonNode shown = officer.get("/api/plans/" + plan.id()).json();
    assertThat(shown.get("candidates").get(0).get("ballots")).hasSize(3);
    JsonNode check = officer.get("/api/plans/" + plan.id() + "/check").json();
    assertThat(check.get("candidates").get(0).get("ballots")).hasSize(3);
    PlanDocument list = documents.list(plan.id(), TestActors.ADMIN);
    assertThat(list.sections()).hasSize(2);
    List<List<String>> rows = list.sections().get(1).rows();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2))
        .contains("Biểu quyết, vòng 1", "Ban Thường vụ", "28/05/2026", "14/17 (82,4%)");
    assertThat(rows.get(1)).contains("Giới thiệu, vòng 2", "12/17 (70,6%)");
    // the plan page shows them and records one more through its form
    BrowserSession b = new BrowserSession(port);
    b.signIn(user, TestUsers.PASSWORD);
    var page = b.get("/plans/" + plan.id());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-testid=\"candidate-ballots\"", "Biểu quyết, vòng 1", "14/17 phiếu (82,35%)")
        .contains("data-testid=\"ballot-form\"");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("candidateId", cid);
    form.put("kind", "VOTE");
    form.put("body", "Ban Chấp hành");
    form.put("heldOn", "30/05/2026");
    form.put("votesFor", "20");
    form.put("voters", "17");
    var refused = b.post("/plans/" + plan.id() + "/ballots", form);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("data-testid=\"ballot-errors\"", "20 phiếu trên 17 người");
    assertThat(steps(c.id())).isEqualTo(3);
    form.put("votesFor", "15");
    var recorded = b.post("/plans/" + plan.id() + "/ballots", form);
    assertThat(recorded.statusCode()).isEqualTo(302);
    assertThat(steps(c.id())).isEqualTo(4);
    assertThat(b.get("/plans/" + plan.id()).body()).contains("Biểu quyết, vòng 2", "15/17 phiếu");
  }
}
