package vn.cbcs.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestUsers;

/**
 * The JSON flow of a round on Xã Nam Quang (Cao Bằng, 01297), which no other test uses: open a
 * round (the deadlines of NĐ 170/2025 Điều 15–16 checked) → candidates → scores → results ranked
 * with priority points (Điều 6, 10) → the decision (Điều 19), refused while a tie at the last seat
 * is open (Điều 10 khoản 2), then accepted: the new cadres are in the commune's list with the post
 * by that decision, and a decided round changes no more.
 */
@IntegrationTest
class RecruitmentRoundFlowTest {

  static final String XA = "01297";

  @LocalServerPort int port;

  static Map<String, Object> round(String applicationsClose, String round2) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("unitCode", XA);
    r.put("title", "Thi tuyển công chức xã Nam Quang năm 2026");
    r.put("method", "EXAM");
    r.put("planNumber", "12/KH-UBND");
    r.put("planDate", "2026-03-01");
    r.put("planIssuer", "UBND tỉnh Cao Bằng");
    r.put("noticeDate", "2026-03-10");
    r.put("applicationsClose", applicationsClose);
    r.put("candidateListDate", "2026-04-20");
    r.put("round1Date", "2026-05-05");
    r.put("round2Date", round2);
    r.put("markingDate", "2026-05-25");
    r.put(
        "positions",
        List.of(
            Map.of("positionCode", "VTVL_VHXH_Y_TE", "seats", 1),
            Map.of("positionCode", "VTVL_VP_KE_TOAN", "seats", 1)));
    return r;
  }

  private static Map<String, Object> candidate(
      String position, String name, boolean female, int year, List<String> priority) {
    Map<String, Object> c = new HashMap<>();
    c.put("positionCode", position);
    c.put("personalId", PersonJsonMother.personalId(female, year));
    c.put("fullName", name);
    c.put("sex", female ? "FEMALE" : "MALE");
    c.put("birthDate", year + "-06-01");
    c.put("phone", "0912 345 678");
    c.put("priority", priority);
    // what the positions' standards look at (grade chuyên viên: đại học; kế toán: its field)
    c.put("generalEducation", "12/12");
    c.put("professionalLevel", "DAI_HOC");
    c.put("major", position.equals("VTVL_VP_KE_TOAN") ? "Kế toán doanh nghiệp" : "Y tế công cộng");
    return c;
  }

  private static Map<String, Object> score(long id, int correct, String written, String interview) {
    Map<String, Object> s = new HashMap<>();
    s.put("candidateId", id);
    s.put("round1Correct", correct);
    s.put("round1Total", 60);
    s.put("written", written);
    s.put("interview", interview);
    return s;
  }

  private static List<String> fields(Api.Response r) {
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  @Test
  void openCandidatesScoresResultsDecisionAndTheNewCadresAreInTheCommune() {
    Api admin = Api.admin(port);
    // applications 29 days after the notice, round 2 more than 10 days after round 1: refused,
    // every reason with its rule, nothing written
    Api.Response bad = admin.post("/api/recruitment/rounds", round("2026-04-08", "2026-05-16"));
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(fields(bad)).contains("applicationsClose", "round2Date");
    assertThat(bad.body()).contains("Điều 15 khoản 4").contains("Điều 16 khoản 4 điểm a");
    long before = admin.get("/api/recruitment/rounds?unit=" + XA).json().size();
    assertThat(before).isZero();

    Api.Response opened = admin.post("/api/recruitment/rounds", round("2026-04-09", "2026-05-15"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("id").asLong();
    JsonNode timeline = opened.json().get("timeline");
    assertThat(timeline.get(0).get("step").asString()).isEqualTo("applicationsClose");
    assertThat(timeline.get(0).get("earliest").asString()).isEqualTo("2026-04-09");
    assertThat(timeline.get(0).get("rule").asString()).contains("Điều 15 khoản 4");
    timeline.forEach(s -> assertThat(s.get("ok").asBoolean()).as(s.toString()).isTrue());

    // candidates: one under 18 and an unknown priority group refuse the whole list
    Api.Response young =
        admin.post(
            "/api/recruitment/rounds/" + id + "/candidates",
            Map.of(
                "candidates",
                List.of(
                    candidate("VTVL_VHXH_Y_TE", "Nông Thị Nhỏ", true, 2009, List.of()),
                    candidate("VTVL_VHXH_Y_TE", "Lý Văn Vua", false, 1995, List.of("KING")))));
    assertThat(young.status()).as(young.body()).isEqualTo(400);
    assertThat(fields(young))
        .containsExactlyInAnyOrder("candidates[1].priority", "candidates[0].birthDate");
    assertThat(young.body()).contains("Điều 19");

    Api.Response added =
        admin.post(
            "/api/recruitment/rounds/" + id + "/candidates",
            Map.of(
                "candidates",
                List.of(
                    candidate(
                        "VTVL_VHXH_Y_TE",
                        "Nông Thị Tuyển",
                        true,
                        1998,
                        List.of("ETHNIC_MINORITY", "TRADE_UNION_OFFICER")),
                    candidate("VTVL_VHXH_Y_TE", "Hoàng Văn Cao", false, 1997, List.of()),
                    candidate("VTVL_VHXH_Y_TE", "Bế Văn Trượt", false, 1996, List.of()),
                    candidate("VTVL_VP_KE_TOAN", "Lục Thị Bằng", true, 1999, List.of()),
                    candidate("VTVL_VP_KE_TOAN", "Đàm Thị Nhau", true, 1999, List.of()))));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    List<Long> ids = new ArrayList<>();
    added.json().get("ids").forEach(n -> ids.add(n.asLong()));

    Api.Response scored =
        admin.post(
            "/api/recruitment/rounds/" + id + "/scores",
            Map.of(
                "scores",
                List.of(
                    score(ids.get(0), 40, "80", "60"), // 74 + 5 (only the highest) = 79
                    score(ids.get(1), 45, "82", "70"), // 78.4, no priority
                    score(ids.get(2), 29, "95", "95"), // round 1 below 50%
                    score(ids.get(3), 50, "70", "70"), // 70 — tied with the next on every rule
                    score(ids.get(4), 50, "70", "70"))));
    assertThat(scored.status()).as(scored.body()).isEqualTo(200);

    JsonNode results = admin.get("/api/recruitment/rounds/" + id + "/results").json();
    JsonNode health =
        results.get("positions").get(0).get("positionCode").asString().equals("VTVL_VHXH_Y_TE")
            ? results.get("positions").get(0)
            : results.get("positions").get(1);
    JsonNode first = health.get("candidates").get(0);
    assertThat(first.get("fullName").asString()).isEqualTo("Nông Thị Tuyển");
    assertThat(first.get("outcome").asString()).isEqualTo("RECRUITED");
    assertThat(first.get("score").get("total").decimalValue()).isEqualByComparingTo("79");
    assertThat(first.get("score").get("priorityPoints").decimalValue()).isEqualByComparingTo("5");
    assertThat(health.get("candidates").get(1).get("outcome").asString()).isEqualTo("PASSED");
    assertThat(health.get("candidates").get(2).get("outcome").asString()).isEqualTo("FAILED");

    Map<String, Object> decision = new HashMap<>();
    decision.put("number", "345/QĐ-UBND");
    decision.put("decidedOn", "2026-06-20");
    decision.put("issuer", "UBND tỉnh Cao Bằng");
    decision.put("signer", "Nông Văn Ký");
    decision.put("startOn", "2026-07-01");
    // the tie at the last seat of the accounting post is the head's to decide: refused until named
    Api.Response tied = admin.post("/api/recruitment/rounds/" + id + "/decision", decision);
    assertThat(tied.status()).as(tied.body()).isEqualTo(400);
    assertThat(fields(tied)).containsExactly("chosen");
    assertThat(tied.body()).contains("Điều 10 khoản 2");
    // a start more than 30 days after the decision (Điều 19 khoản 2) is refused too
    Map<String, Object> late = new HashMap<>(decision);
    late.put("startOn", "2026-07-21");
    late.put("chosen", List.of(ids.get(3)));
    Api.Response tooLate = admin.post("/api/recruitment/rounds/" + id + "/decision", late);
    assertThat(tooLate.status()).as(tooLate.body()).isEqualTo(400);
    assertThat(fields(tooLate)).containsExactly("startOn");
    assertThat(tooLate.body()).contains("Điều 19 khoản 2");

    decision.put("chosen", List.of(ids.get(3)));
    Api.Response decided = admin.post("/api/recruitment/rounds/" + id + "/decision", decision);
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    assertThat(decided.json().get("personIds").size()).isEqualTo(2);
    assertThat(decided.json().get("round").get("status").asString()).isEqualTo("DECIDED");

    // the new cadres are in the commune's list, with the post by that decision
    JsonNode list = admin.get("/api/people?unit=" + XA + "&asOf=2026-07-01").json();
    Map<String, String> posts = new HashMap<>();
    list.get("items")
        .forEach(p -> posts.put(p.get("fullName").asString(), p.get("positionCode").asString()));
    assertThat(posts)
        .containsEntry("Nông Thị Tuyển", "VTVL_VHXH_Y_TE")
        .containsEntry("Lục Thị Bằng", "VTVL_VP_KE_TOAN")
        .doesNotContainKeys("Hoàng Văn Cao", "Bế Văn Trượt", "Đàm Thị Nhau");
    long person = decided.json().get("personIds").get(0).asLong();
    JsonNode record = admin.get("/api/people/" + person).json();
    assertThat(record.toString()).contains("345/QĐ-UBND").contains("RECRUITMENT");

    // the pages read the same services: the round with its results, the commune with its rounds
    String page = admin.download("/recruitment/rounds/" + id).text();
    assertThat(page)
        .contains("Nông Thị Tuyển", "Trúng tuyển", "Không đạt", "Điều 15 khoản 4")
        .contains("/people/" + person)
        .doesNotContain("data-testid=\"round-decision\"");
    assertThat(admin.download("/recruitment?unit=" + XA + "&asOf=2026-07-01").text())
        .contains("Thi tuyển công chức xã Nam Quang năm 2026", "Chỗ trống");

    // a decided round changes no more
    Api.Response again = admin.post("/api/recruitment/rounds/" + id + "/decision", decision);
    assertThat(again.status()).isEqualTo(409);
    Api.Response more =
        admin.post(
            "/api/recruitment/rounds/" + id + "/scores",
            Map.of("scores", List.of(score(ids.get(1), 45, "99", "99"))));
    assertThat(more.status()).isEqualTo(409);
  }

  @Test
  void aCommuneOfficerWithoutRecruitReadsButDoesNotOpen() {
    String officer = TestUsers.create(port, "xanq", "COMMUNE_OFFICER", XA);
    Api api = new Api(port, officer, TestUsers.PASSWORD);
    Api.Response r = api.post("/api/recruitment/rounds", round("2026-04-09", "2026-05-15"));
    assertThat(r.status()).as(r.body()).isEqualTo(403);
    assertThat(api.get("/api/recruitment/rounds?unit=" + XA).status()).isEqualTo(200);
  }
}
