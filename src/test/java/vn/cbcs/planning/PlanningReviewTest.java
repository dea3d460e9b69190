package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

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
 * The annual review of an approved plan (QĐ 377-QĐ/TW Điều 29; HD 45 mục II.8): on 31-3-2024 the
 * system proposes to take out a candidate disciplined since January (discipline in force) and to
 * add the UBND deputy (one level below the plan's post, eligible as đối tượng 1); the officer
 * accepts both with reasons, carried out by the plan's own removal and addition. Xã Kim Thạch
 * (00703, Hà Giang, until 30-6-2025), no other test.
 */
@IntegrationTest
class PlanningReviewTest {

  static final String UNIT = "00703";

  @LocalServerPort int port;
  @Autowired Plans plans;
  @Autowired JdbcClient jdbc;

  private long create(String name, int born, String post) {
    ObjectNode p = person(name + " " + System.nanoTime() % 100_000, false, born);
    p.set("assignments", array(assignment(UNIT, post, "2021-07-01", "2025-06-30")));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static JsonNode proposal(JsonNode review, String kind) {
    for (JsonNode p : review.get("proposals")) {
      if (p.get("kind").asString().equals(kind)) {
        return p;
      }
    }
    throw new AssertionError("no " + kind + " proposal in " + review);
  }

  @Test
  void theReviewProposesAndTheOfficerDecidesThroughThePlan() {
    String user = TestUsers.create(port, "qhreview", "COMMUNE_OFFICER", UNIT);
    Api officer = new Api(port, user, TestUsers.PASSWORD);
    long deputy = create("Đàm Văn Kế Cận", 1984, "PHO_CHU_TICH_UBND_XA");
    var q =
        Api.admin(port)
            .post(
                "/api/people/" + deputy + "/qualifications",
                qualification("POLITICAL_THEORY", "TRUNG_CAP", "2016-06-30"));
    assertThat(q.status()).as(q.body()).isEqualTo(201);
    long punished = create("Đàm Văn Vi Phạm", 1990, "TAI_CHINH_KE_TOAN");
    long kept = create("Đàm Thị Ở Lại", 1991, "VAN_HOA_XA_HOI");

    Plan draft =
        plans.create(
            new PlanInputs.NewPlan(
                UNIT,
                "PEOPLES_COMMITTEE",
                2021,
                2026,
                "2023-06-01",
                "2021-03-01",
                null,
                null,
                null,
                List.of(),
                null),
            TestActors.ADMIN);
    var notApproved = officer.post("/api/plans/" + draft.id() + "/reviews", Map.of("year", 2024));
    assertThat(notApproved.status()).isEqualTo(400);
    assertThat(notApproved.body()).contains("Chỉ rà soát quy hoạch đã được phê duyệt");

    Plan plan =
        plans.create(
            new PlanInputs.NewPlan(
                UNIT,
                "PEOPLES_COMMITTEE",
                2021,
                2026,
                "2023-06-01",
                "2021-03-01",
                null,
                null,
                null,
                List.of(),
                new PlanInputs.Approval("11-QĐ/ĐU", "2023-06-01", "Bí thư Đảng ủy xã")),
            TestActors.ADMIN);
    for (long person : List.of(punished, kept)) {
      plans.addCandidate(
          plan.id(),
          new PlanInputs.NewCandidate(
              String.valueOf(person),
              "CHU_TICH_UBND_XA",
              2,
              null,
              null,
              null,
              null,
              "2023-06-01",
              null),
          TestActors.ADMIN);
    }
    // a discipline decided after the plan's approval, in force on the review day
    jdbc.sql(
            "INSERT INTO person_discipline (person_id, form, system, decided_on, effective_from,"
                + " effective_to) VALUES (?, 'KHIEN_TRACH', 'STATE', DATE '2024-01-10',"
                + " DATE '2024-01-10', DATE '2025-01-09')")
        .param(punished)
        .update();

    String base = "/api/plans/" + plan.id() + "/reviews";
    var wrongDay = officer.post(base, Map.of("year", 2024, "reviewDate", "2023-12-01"));
    assertThat(wrongDay.status()).isEqualTo(400);
    assertThat(wrongDay.body()).contains("phải thuộc năm 2024");

    var started = officer.post(base, Map.of("year", 2024, "reviewDate", "2024-03-31"));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonNode review = started.json();
    assertThat(review.get("proposals")).hasSize(2);
    JsonNode out = proposal(review, "OUT");
    assertThat(out.get("personId").asLong()).isEqualTo(punished);
    assertThat(out.get("grounds").get(0).get("rule").asString()).isEqualTo("DISCIPLINE");
    assertThat(out.get("grounds").get(0).get("message").asString())
        .contains("Đang chịu kỷ luật KHIEN_TRACH", "Điều 29");
    JsonNode in = proposal(review, "IN");
    assertThat(in.get("personId").asLong()).isEqualTo(deputy);
    assertThat(in.get("targetPost").asString()).isEqualTo("CHU_TICH_UBND_XA");
    assertThat(in.get("target").asInt()).isEqualTo(1);
    // once a year
    var again = officer.post(base, Map.of("year", 2024));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("đã được rà soát năm 2024");

    // a decision needs its reason: refused, nothing changed
    String decisions = base + "/2024/decisions";
    var noReason =
        officer.post(decisions, Map.of("proposalId", out.get("id").asString(), "accept", true));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(plans.require(plan.id(), TestActors.ADMIN).active()).hasSize(2);

    var takenOut =
        officer.post(
            decisions,
            Map.of(
                "proposalId",
                out.get("id").asString(),
                "accept",
                true,
                "reason",
                "Bị kỷ luật khiển trách"));
    assertThat(takenOut.status()).as(takenOut.body()).isEqualTo(200);
    var added =
        officer.post(
            decisions,
            Map.of(
                "proposalId",
                in.get("id").asString(),
                "accept",
                true,
                "reason",
                "Đủ tiêu chuẩn, bổ sung"));
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(proposal(added.json(), "IN").get("candidateId").isNull()).isFalse();
    var twice =
        officer.post(
            decisions,
            Map.of("proposalId", in.get("id").asString(), "accept", false, "reason", "Lại"));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("đã được quyết định");

    Plan after = plans.require(plan.id(), TestActors.ADMIN);
    assertThat(after.active())
        .extracting(Candidate::personId)
        .containsExactlyInAnyOrder(kept, deputy);
    Candidate removed =
        after.candidates().stream().filter(c -> c.personId() == punished).findFirst().orElseThrow();
    assertThat(removed.removedReason()).isEqualTo("Bị kỷ luật khiển trách");
    assertThat(removed.removedOn()).hasToString("2024-03-31");

    JsonNode shown = officer.get(base + "/2024").json();
    assertThat(shown.get("open").asLong()).isZero();
    assertThat(proposal(shown, "OUT").get("decision").asString()).isEqualTo("ACCEPTED");
    assertThat(officer.get(base + "/2025").status()).isEqualTo(404);

    BrowserSession b = new BrowserSession(port);
    b.signIn(user, TestUsers.PASSWORD);
    var page = b.get("/plans/" + plan.id() + "/reviews/2024");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Rà soát năm 2024", "Đưa ra khỏi quy hoạch", "Chấp thuận");
    assertThat(b.get("/plans/" + plan.id()).body())
        .contains("/plans/" + plan.id() + "/reviews/2024");
  }
}
