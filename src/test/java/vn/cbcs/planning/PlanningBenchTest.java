package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.people.Sex;
import vn.cbcs.standards.RetirementAge;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;
import vn.cbcs.support.TestUsers;

/**
 * The bench of a commune ({@code GET /api/units/{code}/bench}, {@code /plans/bench}): the UBND
 * chair retires within the configured 24 months (row {@code bench_risk_months}) with nobody planned
 * — a post at risk, uncovered in the year of the retirement — until a deputy with the post's
 * political-theory level is planned as đối tượng 1. Xã Má Lé (00718, Hà Giang, until 30-6-2025), no
 * other test; as of 1-10-2024.
 */
@IntegrationTest
class PlanningBenchTest {

  static final String UNIT = "00718";
  static final String AS_OF = "2024-10-01";

  @LocalServerPort int port;
  @Autowired Plans plans;

  private long create(String name, int born, String post, String since) {
    ObjectNode p = person(name + " " + System.nanoTime() % 100_000, false, born);
    p.set("assignments", array(assignment(UNIT, post, since, "2025-06-30")));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static JsonNode post(JsonNode bench, String code) {
    for (JsonNode p : bench.get("posts")) {
      if (p.get("code").asString().equals(code)) {
        return p;
      }
    }
    throw new AssertionError("no post " + code);
  }

  @Test
  void aPostWhoseHolderLeavesSoonWithoutAnEligibleSuccessorIsAtRisk() {
    String user = TestUsers.create(port, "qhbench", "COMMUNE_OFFICER", UNIT);
    Api officer = new Api(port, user, TestUsers.PASSWORD);
    long chair = create("Triệu Văn Hưu", 1965, "CHU_TICH_UBND_XA", "2022-01-01");
    long deputy = create("Triệu Văn Kế", 1983, "PHO_CHU_TICH_UBND_XA", "2023-07-01");
    var q =
        Api.admin(port)
            .post(
                "/api/people/" + deputy + "/qualifications",
                qualification("POLITICAL_THEORY", "TRUNG_CAP", "2016-06-30"));
    assertThat(q.status()).as(q.body()).isEqualTo(201);
    LocalDate retirement =
        RetirementAge.of(LocalDate.of(1965, 3, 15), Sex.MALE, 0).retirementDate();
    assertThat(retirement).isBetween(LocalDate.parse(AS_OF), LocalDate.parse(AS_OF).plusMonths(24));

    var r = officer.get("/api/units/" + UNIT + "/bench?asOf=" + AS_OF + "&years=5");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode bench = r.json();
    assertThat(bench.get("riskMonths").asInt()).isEqualTo(24);
    JsonNode chairPost = post(bench, "CHU_TICH_UBND_XA");
    assertThat(chairPost.get("holders").get(0).get("personId").asLong()).isEqualTo(chair);
    assertThat(chairPost.get("leaving").get(0).get("why").asString()).isEqualTo("RETIREMENT");
    assertThat(chairPost.get("leaving").get(0).get("on").asString())
        .isEqualTo(retirement.toString());
    assertThat(chairPost.get("atRisk").asBoolean()).isTrue();
    assertThat(bench.get("atRisk").toString()).contains("CHU_TICH_UBND_XA");
    JsonNode projection = bench.get("projection");
    assertThat(projection).hasSize(5);
    assertThat(projection.get(0).get("year").asInt()).isEqualTo(2024);
    JsonNode year = projection.get(retirement.getYear() - 2024);
    assertThat(year.get("retirements").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(year.get("uncoveredPosts").toString()).contains("CHU_TICH_UBND_XA");
    // the deputy's appointment (1-7-2023) ends five years later: a term end in 2028
    JsonNode deputyPost = post(bench, "PHO_CHU_TICH_UBND_XA");
    assertThat(deputyPost.get("leaving").get(0).get("why").asString()).isEqualTo("TERM_END");
    assertThat(deputyPost.get("leaving").get(0).get("on").asString()).isEqualTo("2028-06-30");
    assertThat(projection.get(4).get("termEnds").asInt()).isGreaterThanOrEqualTo(1);

    // planned: the deputy, đối tượng 1 with the post's level, is eligible now — no longer at risk
    Plan plan =
        plans.create(
            new PlanInputs.NewPlan(
                UNIT,
                "PEOPLES_COMMITTEE",
                2021,
                2026,
                "2024-06-01",
                "2021-03-01",
                null,
                null,
                null,
                List.of(),
                new PlanInputs.Approval("9-QĐ/ĐU", "2024-06-01", "Bí thư Đảng ủy xã")),
            TestActors.ADMIN);
    plans.addCandidate(
        plan.id(),
        new PlanInputs.NewCandidate(
            String.valueOf(deputy),
            "CHU_TICH_UBND_XA",
            1,
            null,
            null,
            null,
            null,
            "2024-06-01",
            null),
        TestActors.ADMIN);
    JsonNode after = officer.get("/api/units/" + UNIT + "/bench?asOf=" + AS_OF).json();
    JsonNode planned = post(after, "CHU_TICH_UBND_XA");
    assertThat(planned.get("ready").asInt()).isEqualTo(1);
    assertThat(planned.get("atRisk").asBoolean()).isFalse();
    assertThat(after.get("atRisk").toString()).doesNotContain("CHU_TICH_UBND_XA");
    assertThat(
            after
                .get("projection")
                .get(retirement.getYear() - 2024)
                .get("uncoveredPosts")
                .toString())
        .doesNotContain("CHU_TICH_UBND_XA");

    // the page shows the same, in Vietnamese
    BrowserSession b = new BrowserSession(port);
    b.signIn(user, TestUsers.PASSWORD);
    var page = b.get("/plans/bench?unit=" + UNIT + "&asOf=" + AS_OF);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Nguồn kế cận và dự báo", "đủ điều kiện ngay", "Triệu Văn Kế");

    // bad input and another commune
    var bad = officer.get("/api/units/" + UNIT + "/bench?years=11&asOf=" + AS_OF);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("từ 1 đến 10 năm");
    assertThat(officer.get("/api/units/00709/bench?asOf=" + AS_OF).status()).isEqualTo(403);
    assertThat(officer.get("/api/units/99999/bench?asOf=" + AS_OF).status()).isEqualTo(404);
  }
}
