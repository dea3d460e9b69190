package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.security.Visibility;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * The evaluation of a person for a year, step by step to its decision, through the JSON API: a
 * cadre self-assesses, an officer comments, records the meeting and proposes, the commune's head
 * decides within the HTXSNV cap. Test data: Xã Bình Thành (05605, Thái Nguyên), used by no other
 * test; evaluation year 2026 (Law 80/2025, NĐ 335/2025).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationWorkflowTest {

  static final String BINH_THANH = "05605";
  static final String PASSWORD = vn.cbcs.support.TestUsers.PASSWORD;
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

  @LocalServerPort int port;
  @Autowired Visibility visibility;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.context.ConfigurableApplicationContext context;

  /** The RatingDecided events announced since the class started. */
  final List<RatingDecided> decided = new java.util.concurrent.CopyOnWriteArrayList<>();

  Api admin;
  Api officer;
  Api head;

  @BeforeAll
  void users() {
    admin = Api.admin(port);
    context.addApplicationListener(
        (org.springframework.context.ApplicationListener<
                org.springframework.context.PayloadApplicationEvent<RatingDecided>>)
            e -> decided.add(e.getPayload()));
    officer = new Api(port, user("xabt", "COMMUNE_OFFICER", BINH_THANH), PASSWORD);
    head = new Api(port, user("ctbt", "COMMUNE_HEAD", BINH_THANH), PASSWORD);
  }

  private String user(String prefix, String role, String scope) {
    return vn.cbcs.support.TestUsers.create(port, prefix, role, scope);
  }

  private long person(String name, String commune) {
    ObjectNode p =
        vn.cbcs.support.PersonJsonMother.person(name + " " + SEQ.incrementAndGet(), true, 1988);
    p.set(
        "assignments",
        array(assignment(commune, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static List<String> fields(Api.Response r) {
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private long open(Api api, long person, int year) {
    Api.Response r =
        api.post("/api/evaluations", Map.of("personId", String.valueOf(person), "year", year));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** Self-assessment, meeting and proposal by the officer: ready for a decision. */
  private long ready(long person) {
    long id = open(officer, person, 2026);
    ok(
        officer.post(
            "/api/evaluations/" + id + "/self-assessment",
            Map.of("generalPoints", "27", "taskPoints", "55", "on", "2026-11-20")));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/meeting",
            Map.of("on", "2026-11-25", "minutes", "Biên bản họp", "votesHttnv", 9)));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/proposal",
            Map.of("level", "HTTNV", "points", "82", "on", "2026-11-26")));
    return id;
  }

  private static JsonNode ok(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static Map<String, Object> decision(String level, String number) {
    return Map.of(
        "level", level, "number", number, "date", "2026-12-10", "signer", "Chủ tịch UBND xã");
  }

  @Test
  @DisplayName("Luật 80/2025 Điều 25–26: self-assessment, comments, meeting, proposal, decision")
  void aCadreIsRatedStepByStepAndTheRatingIsFinalWithItsDecision() {
    long p = person("Nông Thị Đánh Giá", BINH_THANH);
    String cadre = user("cbbt", "CADRE", BINH_THANH);
    assertThat(visibility.linkPerson(cadre, p)).isTrue();
    Api self = new Api(port, cadre, PASSWORD);

    long id = open(self, p, 2026);
    JsonNode e = self.get("/api/evaluations/" + id).json();
    assertThat(e.get("status").asString()).isEqualTo("OPEN");
    assertThat(e.get("regime").asString()).isEqualTo("L80_ND335");
    assertThat(e.get("unitCode").asString()).isEqualTo(BINH_THANH);

    // a decision before the self-assessment is refused, saying why (and nothing is written)
    Api.Response early =
        head.post("/api/evaluations/" + id + "/decision", decision("HTTNV", "01/QĐ-UBND"));
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.json().get("errors").get(0).get("message").asString()).contains("tự đánh giá");
    assertThat(early.json().get("errors").get(0).get("messageEn").asString())
        .contains("self-assessment");

    JsonNode s =
        ok(
            self.post(
                "/api/evaluations/" + id + "/self-assessment",
                Map.of(
                    "generalPoints",
                    "28",
                    "taskPoints",
                    "60.5",
                    "level",
                    "HTTNV",
                    "text",
                    "Hoàn thành các nhiệm vụ được giao",
                    "on",
                    "2026-11-20")));
    assertThat(s.get("status").asString()).isEqualTo("SELF_ASSESSED");
    assertThat(s.get("selfAssessment").get("recordedBy").asString()).isEqualTo(cadre);
    // the cadre does not record the meeting
    assertThat(self.post("/api/evaluations/" + id + "/meeting", Map.of()).status()).isEqualTo(403);

    ok(
        officer.post(
            "/api/evaluations/" + id + "/comment",
            Map.of("text", "Đồng ý với tự đánh giá", "on", "2026-11-22")));
    // the meeting cannot be dated before the self-assessment
    Api.Response before =
        officer.post(
            "/api/evaluations/" + id + "/meeting",
            Map.of("on", "2026-11-19", "minutes", "Biên bản"));
    assertThat(fields(before)).containsExactly("on");
    JsonNode m =
        ok(
            officer.post(
                "/api/evaluations/" + id + "/meeting",
                Map.of(
                    "on",
                    "2026-11-25",
                    "minutes",
                    "Biên bản họp đánh giá",
                    "votesHttnv",
                    12,
                    "votesHtnv",
                    1)));
    assertThat(m.get("meeting").get("votes").get("HTTNV").asInt()).isEqualTo(12);
    ok(
        officer.post(
            "/api/evaluations/" + id + "/proposal",
            Map.of("level", "HTTNV", "points", "88.5", "on", "2026-11-26")));
    // the officer proposes but does not decide
    assertThat(
            officer.post("/api/evaluations/" + id + "/decision", decision("HTTNV", "x")).status())
        .isEqualTo(403);

    // no rating yet in the read model
    assertThat(ratingOf(p)).isEmpty();

    JsonNode d =
        ok(head.post("/api/evaluations/" + id + "/decision", decision("HTTNV", "125/QĐ-UBND")));
    assertThat(d.get("status").asString()).isEqualTo("DECIDED");
    assertThat(d.get("final").asBoolean()).isTrue();
    assertThat(d.get("decision").get("number").asString()).isEqualTo("125/QĐ-UBND");
    assertThat(decided).contains(new RatingDecided(id, p, 2026, RatingSystem.STATE));

    // final: part of the record, read by the person and through the read model
    JsonNode mine = ok(self.get("/api/people/" + p + "/evaluations"));
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).get("decision").get("level").asString()).isEqualTo("HTTNV");
    assertThat(ratingOf(p)).containsExactly("HTTNV L80_ND335 125/QĐ-UBND");
    Map<String, Object> row =
        jdbc.sql("SELECT * FROM evaluation_ratings_on(2026) WHERE person_id = :p")
            .param("p", p)
            .query()
            .singleRow();
    assertThat(row.get("state_level")).isEqualTo("HTTNV");
    assertThat(row.get("party_level")).isNull();

    // a final rating cannot be changed
    assertThat(
            head.post("/api/evaluations/" + id + "/decision", decision("HTXSNV", "126/QĐ"))
                .status())
        .isEqualTo(409);
    assertThat(self.post("/api/evaluations/" + id + "/self-assessment", Map.of()).status())
        .isEqualTo(409);
    // one evaluation per person, year and system
    Api.Response again =
        officer.post("/api/evaluations", Map.of("personId", String.valueOf(p), "year", 2026));
    assertThat(again.status()).isEqualTo(409);
  }

  private List<String> ratingOf(long person) {
    return jdbc.sql(
            "SELECT level || ' ' || regime || ' ' || decision_number"
                + " FROM evaluation_rating_of(:p, 2026, 'STATE')")
        .param("p", person)
        .query(String.class)
        .list();
  }

  @Test
  @DisplayName("NĐ 335/2025, QĐ 366 Điều 11 điểm 1.4: HTXSNV ≤ 20% of HTTNV, refused beyond")
  void theCapIsCheckedWhereItBites() {
    // a unit of its own for the cap: the year 2027 in Bình Thành is used by no other test
    long star = person("Lục Văn Xuất Sắc", BINH_THANH);
    long id = open(officer, star, 2027);
    ok(
        officer.post(
            "/api/evaluations/" + id + "/self-assessment",
            Map.of("generalPoints", "30", "taskPoints", "68", "on", "2027-11-20")));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/meeting",
            Map.of("on", "2027-11-25", "minutes", "Biên bản")));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/proposal",
            Map.of("level", "HTXSNV", "points", "98", "on", "2027-11-26")));
    Api.Response over =
        head.post(
            "/api/evaluations/" + id + "/decision",
            Map.of(
                "level", "HTXSNV", "number", "7/QĐ", "date", "2027-12-10", "signer", "Chủ tịch"));
    assertThat(over.status()).as(over.body()).isEqualTo(409);
    assertThat(over.json().get("message").asString())
        .contains("1 người HTXSNV", "0 người HTTNV", "20%", "Nghị định 335/2025");
    assertThat(over.json().get("messageEn").asString()).contains("HTXSNV cap exceeded");
    assertThat(ok(head.get("/api/evaluations/" + id)).get("status").asString())
        .isEqualTo("PROPOSED");

    JsonNode summary = ok(head.get("/api/units/" + BINH_THANH + "/evaluations/summary?year=2027"));
    JsonNode state = summary.get("systems").get(0);
    assertThat(state.get("system").asString()).isEqualTo("STATE");
    assertThat(state.get("statuses").get("PROPOSED").asInt()).isEqualTo(1);
    assertThat(state.get("cap").get("allowed").asInt()).isZero();
    assertThat(state.get("cap").get("withinCap").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("Five HTTNV allow one HTXSNV (20%), the summary counts per level")
  void fiveGoodRatingsAllowOneExcellent() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(ready(person("Hà Thị Tốt " + i, BINH_THANH)));
    }
    long star = ready(person("Ma Văn Giỏi", BINH_THANH));
    for (long id : ids) {
      ok(head.post("/api/evaluations/" + id + "/decision", decision("HTTNV", id + "/QĐ")));
    }
    JsonNode before = ok(head.get("/api/units/" + BINH_THANH + "/evaluations/summary?year=2026"));
    long httnv = before.get("systems").get(0).get("levels").get("HTTNV").asLong();
    assertThat(httnv).isGreaterThanOrEqualTo(5);
    ok(head.post("/api/evaluations/" + star + "/decision", decision("HTXSNV", star + "/QĐ")));
    JsonNode after = ok(head.get("/api/units/" + BINH_THANH + "/evaluations/summary?year=2026"));
    JsonNode cap = after.get("systems").get(0).get("cap");
    assertThat(cap.get("htxsnv").asLong()).isEqualTo(1);
    assertThat(cap.get("withinCap").asBoolean()).isTrue();
    assertThat(cap.get("verdict").asString()).contains("Trong tỉ lệ");
    // the list of the unit's decided evaluations
    JsonNode decided =
        ok(officer.get("/api/evaluations?unit=" + BINH_THANH + "&year=2026&status=DECIDED"));
    assertThat(decided.size()).isGreaterThanOrEqualTo(6);
  }

  @Test
  @DisplayName("ADR 13: capability 403, missing 404, outside the ground 403")
  void theOrderOfRefusals() {
    long elsewhere = person("Lường Văn Nơi Khác", "01840");
    Api.Response outside =
        officer.post(
            "/api/evaluations", Map.of("personId", String.valueOf(elsewhere), "year", 2026));
    assertThat(outside.status()).isEqualTo(403);
    Api.Response missing =
        officer.post("/api/evaluations", Map.of("personId", "987654321", "year", 2026));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(head.post("/api/evaluations", Map.of()).status()).isEqualTo(403);
    Api.Response empty = officer.post("/api/evaluations", Map.of());
    assertThat(fields(empty)).containsExactlyInAnyOrder("personId", "year");
    long there = open(admin, elsewhere, 2026);
    assertThat(officer.get("/api/evaluations/" + there).status()).isEqualTo(403);
    assertThat(officer.get("/api/evaluations/987654321").status()).isEqualTo(404);
    assertThat(head.get("/api/evaluations?unit=01840&year=2026").status()).isEqualTo(403);
    assertThat(head.get("/api/units/99999/evaluations/summary?year=2026").status()).isEqualTo(404);
    // a year without a post
    long p = person("Đinh Văn Chưa Làm", BINH_THANH);
    Api.Response noPost =
        officer.post("/api/evaluations", Map.of("personId", String.valueOf(p), "year", 2024));
    assertThat(noPost.status()).isEqualTo(400);
    assertThat(fields(noPost)).containsExactly("year");
  }

  @Test
  @DisplayName(
      "The unit's page lists the year's evaluations; the person's page shows final ratings")
  void pagesShowTheUnitsEvaluationsAndThePersonsFinalRatings() {
    long p = person("Triệu Thị Trang", BINH_THANH);
    long id = ready(p);
    ok(head.post("/api/evaluations/" + id + "/decision", decision("HTTNV", "88/QĐ-UBND")));
    Api.Download unitPage = officer.download("/evaluations?unit=" + BINH_THANH + "&year=2026");
    assertThat(unitPage.status()).isEqualTo(200);
    assertThat(unitPage.text())
        .contains(
            "Đánh giá, xếp loại chất lượng",
            "Triệu Thị Trang",
            "/people/" + p + "/evaluations",
            "88/QĐ-UBND",
            "Hoàn thành tốt nhiệm vụ",
            "Trong tỉ lệ")
        .doesNotContain("Hồ sơ số " + p);
    Api.Download personPage = officer.download("/people/" + p + "/evaluations");
    assertThat(personPage.status()).isEqualTo(200);
    assertThat(personPage.text())
        .contains("Kết quả xếp loại chính thức", "Hoàn thành tốt nhiệm vụ", "88/QĐ-UBND");
    assertThat(officer.download("/people/" + p).text()).contains("/people/" + p + "/evaluations");
  }

  @Test
  @DisplayName("QĐ 366-QĐ/TW: a Party rating beside the state one; a level the regime lacks")
  void aPartyRatingBesideTheStateOne() {
    long p = person("Hoàng Văn Đảng Viên", BINH_THANH);
    long state = open(officer, p, 2026);
    Api.Response r =
        officer.post(
            "/api/evaluations",
            Map.of("personId", String.valueOf(p), "year", 2026, "system", "PARTY"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("regime").asString()).isEqualTo("QD366");
    long party = r.json().get("id").asLong();
    assertThat(party).isNotEqualTo(state);
    ok(
        officer.post(
            "/api/evaluations/" + party + "/self-assessment",
            Map.of("generalPoints", "29", "taskPoints", "60", "on", "2026-12-01")));
    ok(
        officer.post(
            "/api/evaluations/" + party + "/meeting",
            Map.of("on", "2026-12-02", "minutes", "Biên bản họp chi bộ")));
    // QĐ 366 has no "not rated" level
    Api.Response notRated =
        officer.post(
            "/api/evaluations/" + party + "/proposal",
            Map.of("level", "NOT_RATED", "on", "2026-12-03"));
    assertThat(notRated.status()).isEqualTo(400);
    assertThat(fields(notRated)).containsExactly("level");
    // Party points are 30 + 70
    Api.Response tooMany =
        officer.post(
            "/api/evaluations/" + party + "/self-assessment",
            Map.of("generalPoints", "31", "taskPoints", "71", "on", "2026-12-01"));
    assertThat(fields(tooMany)).containsExactlyInAnyOrder("generalPoints", "taskPoints");
    assertThat(ok(officer.get("/api/people/" + p + "/evaluations"))).hasSize(2);
  }

  @Test
  @DisplayName(
      "NĐ 335/2025: major errors declared at the self-assessment, where the regime has them")
  void majorErrorsAtTheSelfAssessment() {
    long p = person("Vũ Văn Lỗi Lớn", BINH_THANH);
    long state = open(officer, p, 2026);
    JsonNode s =
        ok(
            officer.post(
                "/api/evaluations/" + state + "/self-assessment",
                Map.of(
                    "generalPoints",
                    "28",
                    "taskPoints",
                    "68",
                    "majorErrors",
                    1,
                    "on",
                    "2026-11-20")));
    assertThat(s.get("selfAssessment").get("majorErrors").asInt()).isEqualTo(1);
    Api.Response noTask =
        officer.post(
            "/api/evaluations/" + state + "/self-assessment",
            Map.of("generalPoints", "28", "majorErrors", 1, "on", "2026-11-20"));
    assertThat(noTask.status()).isEqualTo(400);
    assertThat(fields(noTask)).contains("majorErrors");
    Api.Response r =
        officer.post(
            "/api/evaluations",
            Map.of("personId", String.valueOf(p), "year", 2026, "system", "PARTY"));
    long party = r.json().get("id").asLong();
    Api.Response notInRegime =
        officer.post(
            "/api/evaluations/" + party + "/self-assessment",
            Map.of(
                "generalPoints", "28", "taskPoints", "68", "majorErrors", 2, "on", "2026-11-20"));
    assertThat(notInRegime.status()).isEqualTo(400);
    assertThat(fields(notInRegime)).containsExactly("majorErrors");
    // nothing half-written: the first self-assessment stands
    assertThat(
            ok(officer.get("/api/evaluations/" + state))
                .get("selfAssessment")
                .get("majorErrors")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  @DisplayName(
      "QĐ 366-QĐ/TW Điều 11 điểm 4.1: a leader's proposal against the subordinate units is flagged")
  void aLeadersProposalAgainstTheUnitsIsFlagged() {
    long p = person("Trần Văn Bí Thư", BINH_THANH);
    Api.Response r =
        officer.post(
            "/api/evaluations",
            Map.of("personId", String.valueOf(p), "year", 2026, "system", "PARTY", "leader", true));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long id = r.json().get("id").asLong();
    ok(
        officer.post(
            "/api/evaluations/" + id + "/self-assessment",
            Map.of("generalPoints", "29", "taskPoints", "63", "on", "2026-12-01")));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/meeting",
            Map.of("on", "2026-12-02", "minutes", "Biên bản họp chi bộ")));
    Map<String, Object> proposal = new java.util.HashMap<>();
    proposal.put("level", "HTXSNV");
    proposal.put("points", "92");
    proposal.put("on", "2026-12-03");
    proposal.put("subordinateUnits", 4);
    proposal.put("subordinateUnitsKhtnv", 3);
    JsonNode flagged = ok(officer.post("/api/evaluations/" + id + "/proposal", proposal));
    // accepted (the competent person decides), but flagged with the rule
    assertThat(flagged.get("status").asString()).isEqualTo("PROPOSED");
    assertThat(flagged.get("proposal").get("level").asString()).isEqualTo("HTXSNV");
    assertThat(flagged.get("warnings")).hasSize(1);
    JsonNode w = flagged.get("warnings").get(0);
    assertThat(w.get("code").asString()).isEqualTo("leaderUnitsKhtnv");
    assertThat(w.get("article").asString()).contains("Điều 11 điểm 4.1");
    assertThat(w.get("message").asString()).contains("3/4");
    // the level the conditions allow: no warning; without subordinate ratings: none either
    proposal.put("level", "KHTNV");
    assertThat(ok(officer.post("/api/evaluations/" + id + "/proposal", proposal)).get("warnings"))
        .isEmpty();
    proposal.put("subordinateUnitsKhtnv", 2);
    proposal.put("level", "HTXSNV");
    assertThat(ok(officer.post("/api/evaluations/" + id + "/proposal", proposal)).get("warnings"))
        .isEmpty();
    // counts that do not add up are refused, nothing written
    proposal.put("subordinateUnitsKhtnv", 5);
    Api.Response bad = officer.post("/api/evaluations/" + id + "/proposal", proposal);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).containsExactly("subordinateUnits");
    // not a leader: subordinate units are refused
    long q = person("Lê Thị Chuyên Viên", BINH_THANH);
    long other = open(officer, q, 2026);
    ok(
        officer.post(
            "/api/evaluations/" + other + "/self-assessment",
            Map.of("generalPoints", "25", "taskPoints", "55", "on", "2026-11-20")));
    ok(
        officer.post(
            "/api/evaluations/" + other + "/meeting",
            Map.of("on", "2026-11-25", "minutes", "Biên bản họp")));
    proposal.put("subordinateUnitsKhtnv", 1);
    Api.Response notLeader = officer.post("/api/evaluations/" + other + "/proposal", proposal);
    assertThat(notLeader.status()).isEqualTo(400);
    assertThat(fields(notLeader)).containsExactly("subordinateUnits");
  }

  @Test
  @DisplayName("ADR 15: the read models keep their columns")
  void readModelColumnsArePinned() {
    assertThat(result("evaluation_rating_of(bigint,integer,character varying)"))
        .isEqualTo(
            "TABLE(level character varying, regime character varying, decision_id bigint,"
                + " decision_number character varying, decision_date date)");
    assertThat(result("evaluation_ratings_on(integer)"))
        .isEqualTo(
            "TABLE(person_id bigint, unit_code character varying, state_level character varying,"
                + " state_regime character varying, party_level character varying,"
                + " party_regime character varying, state_decided_on date, party_decided_on date)");
  }

  private String result(String signature) {
    return jdbc.sql("SELECT pg_get_function_result(CAST(:s AS regprocedure))")
        .param("s", signature)
        .query(String.class)
        .single();
  }
}
