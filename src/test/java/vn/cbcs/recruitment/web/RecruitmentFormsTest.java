package vn.cbcs.recruitment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestUsers;

/**
 * The page forms of a round on Xã Cô Ba (01327), dates typed dd/mm/yyyy: open a round (a refused
 * form keeps what was typed and names every rule, nothing written), enter candidates, enter scores
 * (ranked at once), decide — each form through the same service as the JSON API.
 */
@IntegrationTest
class RecruitmentFormsTest {

  static final String XA = "01327";

  @LocalServerPort int port;

  private static Map<String, String> round(String applicationsClose) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("unitCode", XA);
    f.put("title", "Thi tuyển công chức xã Cô Ba năm 2026");
    f.put("method", "EXAM");
    f.put("planNumber", "7/KH-UBND");
    f.put("planDate", "01/03/2026");
    f.put("planIssuer", "UBND tỉnh Cao Bằng");
    f.put("noticeDate", "10/03/2026");
    f.put("applicationsClose", applicationsClose);
    f.put("candidateListDate", "20/04/2026");
    f.put("round1Date", "05/05/2026");
    f.put("round2Date", "15/05/2026");
    f.put("markingDate", "25/05/2026");
    f.put("positionCode0", "VTVL_VHXH_Y_TE");
    f.put("seats0", "1");
    return f;
  }

  private static Map<String, String> candidate(String name, boolean female, int year) {
    Map<String, String> c = new HashMap<>();
    c.put("positionCode", "VTVL_VHXH_Y_TE");
    c.put("fullName", name);
    c.put("personalId", PersonJsonMother.personalId(female, year));
    c.put("sex", female ? "FEMALE" : "MALE");
    c.put("birthDate", "01/06/" + year);
    c.put("phone", "0912 000 111");
    c.put("generalEducation", "12/12");
    c.put("professionalLevel", "DAI_HOC");
    c.put("major", "Y tế công cộng");
    return c;
  }

  @Test
  void openEnterScoreRankAndDecideThroughTheForms() {
    BrowserSession b = new BrowserSession(port);
    b.signIn("admin", "admin-test-password");
    Api admin = Api.admin(port);
    int before = admin.get("/api/recruitment/rounds?unit=" + XA).json().size();
    HttpResponse<String> unitPage = b.get("/recruitment?unit=" + XA + "&asOf=01/03/2026");
    assertThat(unitPage.statusCode()).isEqualTo(200);
    assertThat(unitPage.body())
        .contains("data-testid=\"round-open\"", "value=\"01/03/2026\"", "VTVL_VHXH_Y_TE");

    // 29 days for the applications and a position row without seats: refused, as typed, nothing
    Map<String, String> bad = round("08/04/2026");
    bad.put("positionCode1", "VTVL_VP_KE_TOAN");
    bad.put("seats1", "một");
    HttpResponse<String> refused = b.post("/recruitment/rounds", bad);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("data-testid=\"open-errors\"", "Điều 15 khoản 4", "một")
        .contains("value=\"Thi tuyển công chức xã Cô Ba năm 2026\"", "value=\"08/04/2026\"");
    assertThat(admin.get("/api/recruitment/rounds?unit=" + XA).json().size()).isEqualTo(before);

    HttpResponse<String> opened = b.post("/recruitment/rounds", round("09/04/2026"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
    String location = opened.headers().firstValue("Location").orElseThrow();
    long id = Long.parseLong(location.replaceAll(".*/rounds/", ""));
    JsonNode r = admin.get("/api/recruitment/rounds/" + id).json();
    assertThat(r.get("applicationsClose").asString()).isEqualTo("2026-04-09");

    // candidates: a 30th of February and an 11-digit ID refuse the form, kept as typed
    b.get("/recruitment/rounds/" + id);
    Map<String, String> wrong = candidate("Đinh Thị Sai", true, 1998);
    wrong.put("birthDate", "30/02/1998");
    wrong.put("personalId", "01234567890");
    wrong.put("priority", "ETHNIC_MINORITY");
    HttpResponse<String> noCandidate = b.post("/recruitment/rounds/" + id + "/candidates", wrong);
    assertThat(noCandidate.statusCode()).isEqualTo(200);
    assertThat(noCandidate.body())
        .contains("data-testid=\"candidate-errors\"", "value=\"Đinh Thị Sai\"")
        .contains("value=\"30/02/1998\"", "value=\"01234567890\"");
    assertThat(admin.get("/api/recruitment/rounds/" + id).json().get("candidates").size()).isZero();

    Map<String, String> first = candidate("Đinh Thị Trúng", true, 1998);
    first.put("priority", "ETHNIC_MINORITY");
    assertThat(b.post("/recruitment/rounds/" + id + "/candidates", first).statusCode())
        .isEqualTo(302);
    b.get("/recruitment/rounds/" + id);
    assertThat(
            b.post(
                    "/recruitment/rounds/" + id + "/candidates",
                    candidate("Hà Văn Nhì", false, 1997))
                .statusCode())
        .isEqualTo(302);
    List<Long> ids = new ArrayList<>();
    admin
        .get("/api/recruitment/rounds/" + id)
        .json()
        .get("candidates")
        .forEach(c -> ids.add(c.get("id").asLong()));
    assertThat(ids).hasSize(2);

    // scores: a written mark over 100 refuses the whole table, typed values kept, nothing written
    HttpResponse<String> page = b.get("/recruitment/rounds/" + id);
    assertThat(page.body()).contains("data-testid=\"round-scores\"");
    Map<String, String> scores = new HashMap<>();
    scores.put("round1Correct." + ids.get(0), "40");
    scores.put("round1Total." + ids.get(0), "60");
    scores.put("written." + ids.get(0), "80");
    scores.put("interview." + ids.get(0), "60");
    scores.put("round1Correct." + ids.get(1), "45");
    scores.put("round1Total." + ids.get(1), "60");
    scores.put("written." + ids.get(1), "120");
    scores.put("interview." + ids.get(1), "70");
    HttpResponse<String> noScores = b.post("/recruitment/rounds/" + id + "/scores", scores);
    assertThat(noScores.statusCode()).isEqualTo(200);
    assertThat(noScores.body()).contains("data-testid=\"score-errors\"", "value=\"120\"");
    assertThat(
            admin
                .get("/api/recruitment/rounds/" + id)
                .json()
                .get("candidates")
                .get(0)
                .get("written")
                .isNull())
        .isTrue();

    scores.put("written." + ids.get(1), "82");
    assertThat(b.post("/recruitment/rounds/" + id + "/scores", scores).statusCode()).isEqualTo(302);
    // ranked: 80×0.7 + 60×0.3 = 74 + 5 priority = 79 ahead of 82×0.7 + 70×0.3 = 78.4
    JsonNode ranked =
        admin
            .get("/api/recruitment/rounds/" + id + "/results")
            .json()
            .get("positions")
            .get(0)
            .get("candidates");
    assertThat(ranked.get(0).get("fullName").asString()).isEqualTo("Đinh Thị Trúng");
    assertThat(ranked.get(0).get("score").get("total").decimalValue()).isEqualByComparingTo("79");
    assertThat(ranked.get(0).get("outcome").asString()).isEqualTo("RECRUITED");
    assertThat(ranked.get(1).get("outcome").asString()).isEqualTo("PASSED");

    // decide through the page's form, dates dd/mm/yyyy
    b.get("/recruitment/rounds/" + id);
    Map<String, String> d = new HashMap<>();
    d.put("number", "88/QĐ-UBND");
    d.put("decidedOn", "20/06/2026");
    d.put("issuer", "UBND tỉnh Cao Bằng");
    d.put("startOn", "01/07/2026");
    HttpResponse<String> decided = b.post("/recruitment/rounds/" + id + "/decision", d);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(302);
    assertThat(b.get("/recruitment/rounds/" + id).body())
        .contains("Đinh Thị Trúng", "Trúng tuyển")
        .doesNotContain("data-testid=\"round-candidate\"", "data-testid=\"round-scores\"");
  }

  @Test
  void aCommuneOfficerSeesNoFormAndIsRefusedOpening() {
    String officer = TestUsers.create(port, "xacoba", "COMMUNE_OFFICER", XA);
    BrowserSession b = new BrowserSession(port);
    b.signIn(officer, TestUsers.PASSWORD);
    HttpResponse<String> page = b.get("/recruitment?unit=" + XA);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("data-testid=\"round-open\"");
    assertThat(b.post("/recruitment/rounds", round("09/04/2026")).statusCode()).isEqualTo(403);
  }
}
