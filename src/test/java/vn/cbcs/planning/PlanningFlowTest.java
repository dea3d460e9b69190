package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Role;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;
import vn.cbcs.support.TestUsers;

/**
 * The whole flow of a commune's succession plan through the JSON API, on Xã Ngọc Đường (00700,
 * Tuyên Quang), which no other test uses: a plan, candidates accepted and refused with the rule and
 * its numbers (the plan unchanged by a refusal), the check of every rule, a removal, the approval,
 * the succession view, the read model {@code planning_candidates_on}.
 */
@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningFlowTest {

  static final String NGOC_DUONG = "00700";
  static final String PHU_LINH = "00706";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Plans plans;

  Api officer;
  String today;
  long deputy; // Phó Chủ tịch UBND, trung cấp LLCT
  long chair; // Chủ tịch UBND
  long old; // born 1968: retires before the reference date
  long disciplined;
  final List<Long> staff = new ArrayList<>();

  @BeforeAll
  void people() {
    today = AsOf.today().toString();
    officer =
        new Api(
            port,
            TestUsers.create(port, "qhxa", "COMMUNE_OFFICER", NGOC_DUONG),
            TestUsers.PASSWORD);
    deputy = create("Ma Văn Kế", 1980, "PHO_CHU_TICH_UBND", null);
    var q =
        Api.admin(port)
            .post(
                "/api/people/" + deputy + "/qualifications",
                qualification("POLITICAL_THEORY", "TRUNG_CAP", "2015-06-30"));
    assertThat(q.status()).as(q.body()).isEqualTo(201);
    chair = create("Nông Văn Trưởng", 1975, "CHU_TICH_UBND", null);
    old = create("Hoàng Văn Lão", 1966, "VTVL_VP_HANH_CHINH_TONG_HOP", null);
    ObjectNode d = com();
    d.put("form", "KHIEN_TRACH");
    d.put("system", "STATE");
    d.put("decidedOn", AsOf.today().minusMonths(1).toString());
    d.put("effectiveFrom", AsOf.today().minusMonths(1).toString());
    d.put("issuer", "UBND xã Ngọc Đường (kiểm thử)");
    disciplined = create("Sầm Văn Luật", 1990, "VTVL_VP_KE_TOAN", d);
    for (int i = 0; i < 3; i++) {
      staff.add(create("Lý Thị Nguồn " + i, 1992 + i, "VTVL_VP_VAN_THU_LUU_TRU", null));
    }
  }

  private static ObjectNode com() {
    return person("x", false, 1980).objectNode();
  }

  private long create(String name, int born, String post, ObjectNode discipline) {
    ObjectNode p = person(name + " " + (System.nanoTime() % 100000), name.contains("Thị"), born);
    p.set("assignments", array(assignment(NGOC_DUONG, post, "2025-07-01", null)));
    if (discipline != null) {
      p.set("disciplines", array(discipline));
    }
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private long plan(Api api, String unit) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitCode", unit);
    body.put("bodyKind", "PEOPLES_COMMITTEE");
    body.put("termFrom", 2026);
    body.put("termTo", 2031);
    body.put("planDate", today);
    body.put("referenceDate", "2031-03-01");
    body.put("seats", List.of(Map.of("positionCode", "PHO_CHU_TICH_UBND", "seats", 2)));
    var r = api.post("/api/plans", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("status").asString()).isEqualTo("DRAFT");
    return r.json().get("id").asLong();
  }

  private Api.Response add(long plan, long person, String post, int target) {
    return officer.post(
        "/api/plans/" + plan + "/candidates",
        Map.of(
            "personId",
            String.valueOf(person),
            "targetPost",
            post,
            "target",
            target,
            "introVotes",
            14,
            "introVoters",
            17,
            "addedOn",
            today));
  }

  private int candidates(long plan) {
    return officer.get("/api/plans/" + plan).json().get("candidates").size();
  }

  @Test
  void aCommunePlanFromCandidatesToSuccession() {
    long plan = plan(officer, NGOC_DUONG);
    // đối tượng 1 from the level below, holding the post's trung cấp: accepted
    var a = add(plan, deputy, "CHU_TICH_UBND", 1);
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    assertThat(a.json().get("requiredPoliticalTheory").asString()).isEqualTo("TRUNG_CAP");
    assertThat(a.json().get("introduction").get("share").asDouble()).isEqualTo(82.35);
    // đối tượng 2 without the level: accepted (a training plan is due), up to 3 per post
    assertThat(add(plan, staff.get(0), "CHU_TICH_UBND", 2).status()).isEqualTo(201);
    assertThat(add(plan, staff.get(1), "CHU_TICH_UBND", 2).status()).isEqualTo(201);
    // a fourth for a one-seat post: QĐ 377 Điều 26 khoản 2, 4 > 3 × 1
    var fourth = add(plan, staff.get(2), "CHU_TICH_UBND", 2);
    assertThat(fourth.status()).isEqualTo(400);
    assertThat(fourth.body()).contains("Chủ tịch Ủy ban nhân dân xã sẽ có 4 người quy hoạch");
    assertThat(fourth.body()).contains("tối đa 3 người (3 người × 1 vị trí)", "Điều 26 khoản 2");
    assertThat(candidates(plan)).isEqualTo(3);
    // a multi-seat post: 3 × 2 seats declared with the plan
    assertThat(add(plan, staff.get(2), "PHO_CHU_TICH_UBND", 2).status()).isEqualTo(201);
    // the chair cannot be planned for a lower post (Điều 19 khoản 3)
    var lower = add(plan, chair, "PHO_CHU_TICH_UBND", 1);
    assertThat(lower.status()).isEqualTo(400);
    assertThat(lower.body()).contains("Chỉ quy hoạch vào chức danh cao hơn", "Điều 19 khoản 3");
    // too old for đối tượng 1 on the reference date March 2031 (Điều 25 khoản 2)
    var aged = add(plan, old, "PHO_CHU_TICH_UBND", 1);
    assertThat(aged.status()).isEqualTo(400);
    assertThat(aged.body()).contains("phải còn ít nhất 60 tháng", "Điều 25 khoản 2");
    // đối tượng 1 without the post's political theory (Điều 25 khoản 1)
    assertThat(aged.body()).contains("Đối tượng 1 phải có trình độ lý luận chính trị TRUNG_CAP");
    // a discipline in force (Điều 29)
    var punished = add(plan, disciplined, "PHO_CHU_TICH_UBND", 2);
    assertThat(punished.status()).isEqualTo(400);
    assertThat(punished.body()).contains("Đang chịu kỷ luật KHIEN_TRACH", "Điều 29");
    assertThat(candidates(plan)).isEqualTo(4);
    // three posts per person at most (Điều 26 khoản 2): the deputy's 2nd and 3rd, not a 4th
    assertThat(add(plan, deputy, "CHU_TICH_HDND", 1).status()).isEqualTo(201);
    assertThat(add(plan, deputy, "PHO_BI_THU_DANG_UY", 2).status()).isEqualTo(201);
    var many = add(plan, deputy, "BI_THU_DANG_UY", 2);
    assertThat(many.status()).isEqualTo(400);
    assertThat(many.body()).contains("4 chức danh lãnh đạo nhiệm kỳ 2026–2031, vượt tối đa 3");
    assertThat(candidates(plan)).isEqualTo(6);

    // every rule's verdict
    JsonNode check = officer.get("/api/plans/" + plan + "/check").json();
    assertThat(check.get("passes").asBoolean()).isTrue();
    List<String> rules = new ArrayList<>();
    check
        .get("candidates")
        .get(0)
        .get("verdicts")
        .forEach(v -> rules.add(v.get("rule").asString()));
    assertThat(rules)
        .containsExactly(
            "POST",
            "HIGHER_POST",
            "PER_POST",
            "PER_PERSON",
            "AGE",
            "POLITICAL_THEORY",
            "DISCIPLINE",
            "RATINGS");

    // a removal with its reason (the second đối tượng 2 of the chair's post)
    long removed = check.get("candidates").get(2).get("id").asLong();
    var out =
        officer.post(
            "/api/plans/" + plan + "/removals",
            Map.of("candidateId", String.valueOf(removed), "reason", "Chuyển công tác"));
    assertThat(out.status()).as(out.body()).isEqualTo(200);
    assertThat(out.json().get("removedReason").asString()).isEqualTo("Chuyển công tác");
    assertThat(officer.post("/api/plans/" + plan + "/removals", Map.of()).status()).isEqualTo(400);

    // approval by decision
    var approved =
        officer.post(
            "/api/plans/" + plan + "/approval",
            Map.of(
                "decisionNumber", "12-QĐ/ĐU",
                "decisionDate", today,
                "decisionSigner", "Bí thư Đảng ủy xã"));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.json().get("decision").get("number").asString()).isEqualTo("12-QĐ/ĐU");

    // the succession of the commune: the chair, and the planned successors with their readiness
    JsonNode view = officer.get("/api/units/" + NGOC_DUONG + "/succession?asOf=" + today).json();
    JsonNode chairPost = null;
    for (JsonNode p : view.get("posts")) {
      if (p.get("code").asString().equals("CHU_TICH_UBND")) {
        chairPost = p;
      }
    }
    assertThat(chairPost).isNotNull();
    assertThat(chairPost.get("holders").get(0).get("personId").asLong()).isEqualTo(chair);
    assertThat(chairPost.get("holders").get(0).get("retirementDate").asString())
        .isEqualTo("2037-03-31");
    Map<Long, String> readiness = new LinkedHashMap<>();
    chairPost
        .get("successors")
        .forEach(s -> readiness.put(s.get("personId").asLong(), s.get("readiness").asString()));
    assertThat(readiness)
        .containsEntry(deputy, "READY")
        .containsEntry(staff.get(0), "AFTER_TRAINING")
        .hasSize(2);

    // the read model
    List<Map<String, Object>> rows =
        jdbc.sql(
                "SELECT * FROM planning_candidates_on(CAST(:d AS date)) WHERE plan_id = :p"
                    + " ORDER BY person_id, position_code")
            .param("d", today)
            .param("p", plan)
            .query()
            .listOfRows();
    assertThat(rows).hasSize(5);
    assertThat(rows)
        .anySatisfy(
            r -> {
              assertThat(r.get("person_id")).isEqualTo(deputy);
              assertThat(r.get("position_code")).isEqualTo("CHU_TICH_UBND");
              assertThat(r.get("unit_code")).isEqualTo(NGOC_DUONG);
              assertThat(((Number) r.get("target")).intValue()).isEqualTo(1);
              assertThat(r.get("required_llct_level")).isEqualTo("TRUNG_CAP");
              assertThat(r.get("approved")).isEqualTo(true);
            });
  }

  /** The contract of the read model (ADR 15 point 3): its columns, in order, with their types. */
  @Test
  void theReadModelKeepsItsColumns() {
    List<String> columns = new ArrayList<>();
    jdbc.sql("SELECT * FROM planning_candidates_on(current_date) LIMIT 0")
        .query(
            (java.sql.ResultSet rs) -> {
              ResultSetMetaData md = rs.getMetaData();
              for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i) + ":" + md.getColumnTypeName(i));
              }
              return columns.size();
            });
    assertThat(columns)
        .containsExactly(
            "person_id:int8",
            "position_code:varchar",
            "unit_code:varchar",
            "target:int2",
            "required_llct_level:varchar",
            "required_llct_rank:int2",
            "plan_id:int8",
            "term_from:int4",
            "term_to:int4",
            "approved:bool");
  }

  /**
   * Inside the ground the answer; a plan of another commune is refused (403), a missing one 404.
   */
  @Test
  void aPlanOutsideTheGroundIsRefused() {
    long mine = plan(officer, NGOC_DUONG);
    Api neighbour =
        new Api(
            port, TestUsers.create(port, "qhpl", "COMMUNE_OFFICER", PHU_LINH), TestUsers.PASSWORD);
    long theirs = plan(neighbour, PHU_LINH);
    assertThat(officer.get("/api/plans/" + mine).status()).isEqualTo(200);
    assertThat(officer.get("/api/plans/" + theirs).status()).isEqualTo(403);
    assertThat(officer.get("/api/plans/" + theirs + "/check").status()).isEqualTo(403);
    assertThat(officer.post("/api/plans/" + theirs + "/candidates", Map.of()).status())
        .isEqualTo(403);
    assertThat(officer.get("/api/plans/987654321").status()).isEqualTo(404);
    assertThat(officer.get("/api/units/" + PHU_LINH + "/succession").status()).isEqualTo(403);
    // a plan of a commune outside the ground cannot be created
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitCode", PHU_LINH);
    body.put("bodyKind", "PARTY_COMMITTEE");
    body.put("termFrom", 2025);
    body.put("referenceDate", "2030-07-01");
    assertThat(officer.post("/api/plans", body).status()).isEqualTo(403);
    // bad input: every reason, nothing written
    var bad = officer.post("/api/plans", Map.of("bodyKind", "X", "termFrom", 2025, "termTo", 2031));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("unitCode", "bodyKind", "termTo", "referenceDate");
  }

  @Test
  void theServicePublishesItsEventsInTheTransaction(ApplicationEvents events) {
    var actor = TestActors.user("qh-events", Role.COMMUNE_OFFICER, NGOC_DUONG);
    Plan p =
        plans.create(
            new PlanInputs.NewPlan(
                NGOC_DUONG,
                "PARTY_COMMITTEE",
                2025,
                2030,
                today,
                "2030-07-01",
                15,
                5,
                3,
                List.of(),
                new PlanInputs.Approval("3-QĐ/ĐU", today, "Bí thư")),
            actor);
    assertThat(events.stream(PlanApproved.class).filter(e -> e.planId() == p.id())).hasSize(1);
    Candidate c =
        plans.addCandidate(
            p.id(),
            new PlanInputs.NewCandidate(
                String.valueOf(staff.get(2)), Candidate.BTV, 2, null, null, 9, 15, today, null),
            actor);
    assertThat(events.stream(CandidateAdded.class).filter(e -> e.candidateId() == c.id()))
        .hasSize(1);
    plans.removeCandidate(
        p.id(), new PlanInputs.Removal(String.valueOf(c.id()), today, "Thử"), actor);
    assertThat(events.stream(CandidateRemoved.class).filter(e -> e.candidateId() == c.id()))
        .hasSize(1);
  }
}
