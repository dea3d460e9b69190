package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * A woman planned as entitled to retire at 60 (HD 45-HD/BTCTW mục II.5.2, third indent; QĐ
 * 377-QĐ/TW Điều 25 khoản 2) is remembered with the candidate: born 15-6-1971, she retires under NĐ
 * 135/2020 in 2029 (58 years), 40-odd months after the reference date 1-3-2026 — refused as đối
 * tượng 1 (60 months) by the general rule; computed with 60 she retires in June 2031, 63 months
 * after it, and is accepted. The plan's check, the succession view (readiness) and the annual
 * review then compute her age with 60, as on the day she was added. Xã 01537 (Cao Bằng, from
 * 1-7-2025), no other test.
 */
@IntegrationTest
class PlanningWomanAt60Test {

  static final String UNIT = "01537";

  @LocalServerPort int port;
  @Autowired Plans plans;
  @Autowired PlanReviews reviews;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private PlanInputs.NewCandidate candidate(long person, Boolean womanAt60) {
    return new PlanInputs.NewCandidate(
        String.valueOf(person),
        "CHU_TICH_UBND",
        1,
        null,
        null,
        null,
        null,
        "2025-08-01",
        womanAt60);
  }

  private static String verdict(JsonNode candidate, String rule) {
    for (JsonNode v : candidate.get("verdicts")) {
      if (v.get("rule").asString().equals(rule)) {
        return v.get("verdict").asString();
      }
    }
    throw new AssertionError("no " + rule + " in " + candidate);
  }

  @Test
  void theWomanAt60IsRememberedAndUsedByTheCheckTheSuccessionAndTheReview_HD45II52() {
    ObjectNode p = person("Lục Thị Sáu Mươi " + System.nanoTime() % 100_000, true, 1971);
    p.put("birthDate", "1971-06-15");
    p.set("assignments", array(assignment(UNIT, "PHO_CHU_TICH_UBND", "2025-07-01", null)));
    ObjectNode chair = person("Lục Văn Chủ Tịch " + System.nanoTime() % 100_000, false, 1966);
    chair.set("assignments", array(assignment(UNIT, "CHU_TICH_UBND", "2025-07-01", null)));
    assertThat(Api.admin(port).post("/api/people", chair).status()).isEqualTo(201);
    var created = Api.admin(port).post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long woman = created.json().get("id").asLong();
    var q =
        Api.admin(port)
            .post(
                "/api/people/" + woman + "/qualifications",
                qualification("POLITICAL_THEORY", "CAO_CAP", "2015-06-30"));
    assertThat(q.status()).as(q.body()).isEqualTo(201);

    Plan plan =
        plans.create(
            new PlanInputs.NewPlan(
                UNIT,
                "PEOPLES_COMMITTEE",
                2021,
                2026,
                "2025-08-01",
                "2026-03-01",
                null,
                null,
                null,
                List.of(),
                new PlanInputs.Approval("9-QĐ/ĐU", "2025-08-01", "Bí thư Đảng ủy xã")),
            TestActors.ADMIN);

    // the general rule: she retires too early for đối tượng 1
    assertThatThrownBy(
            () -> plans.addCandidate(plan.id(), candidate(woman, null), TestActors.ADMIN))
        .isInstanceOf(InvalidInputException.class);
    Candidate added = plans.addCandidate(plan.id(), candidate(woman, true), TestActors.ADMIN);
    assertThat(added.womanAt60()).isTrue();

    // the plan's check on a later day, the succession view and the review keep the 60
    JsonNode check =
        Api.admin(port).get("/api/plans/" + plan.id() + "/check?asOf=2025-09-01").json();
    JsonNode mine = check.get("candidates").get(0);
    assertThat(mine.get("womanAt60").asBoolean()).isTrue();
    assertThat(verdict(mine, "AGE")).isEqualTo("PASS");
    JsonNode succession =
        Api.admin(port).get("/api/units/" + UNIT + "/succession?asOf=2025-09-01").json();
    assertThat(succession.toString()).contains("\"personId\":" + woman);
    assertThat(succession.toString()).doesNotContain("NOT_ELIGIBLE");

    // the read model of the indicator POSTS_AT_RISK (V117): the chair leaves within 36 months,
    // and she is eligible now with 60 — so the post is not at risk
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM planning_posts_at_risk_on(DATE '2025-09-01', 36,"
                        + " ARRAY['"
                        + UNIT
                        + "']::varchar[]) WHERE position_code = 'CHU_TICH_UBND'")
                .query(Long.class)
                .single())
        .isZero();

    Review review =
        reviews.start(plan.id(), new PlanReviews.NewReview(2026, "2026-03-31"), TestActors.ADMIN);
    assertThat(review.proposals())
        .noneMatch(x -> x.kind() == Review.Kind.OUT && x.personId() == woman);
    assertThat(plans.require(plan.id(), TestActors.ADMIN).active())
        .extracting(Candidate::addedOn)
        .containsExactly(LocalDate.of(2025, 8, 1));
  }
}
