package vn.cbcs.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/**
 * A candidate is judged against the standard of the position applied for with the standards
 * module's rule rows (grade chuyên viên: đại học, Luật CBCC 80/2025 Điều 24; kế toán: the field of
 * accounting, Luật Kế toán 2015 Điều 51): an ineligible candidate is not ranked, whatever the
 * scores, and the reason names the rule. Round on Xã Cô Ba (01327).
 */
@IntegrationTest
class EligibilityTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private static Map<String, Object> candidate(
      String position, String name, int year, String level, String major) {
    Map<String, Object> c = new HashMap<>();
    c.put("positionCode", position);
    c.put("personalId", PersonJsonMother.personalId(false, year));
    c.put("fullName", name);
    c.put("sex", "MALE");
    c.put("birthDate", year + "-03-03");
    c.put("generalEducation", "12/12");
    c.put("professionalLevel", level);
    c.put("major", major);
    return c;
  }

  @Test
  void anIneligibleCandidateIsNotRankedAndTheRuleIsNamed() {
    Api admin = Api.admin(port);
    Map<String, Object> round = RecruitmentRoundFlowTest.round("2026-04-09", "2026-05-15");
    round.put("unitCode", "01327");
    round.put("title", "Xét tiêu chuẩn người dự tuyển xã Cô Ba 2026");
    Api.Response opened = admin.post("/api/recruitment/rounds", round);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("id").asLong();

    // an unknown level and a malformed general education refuse the list
    Map<String, Object> odd = candidate("VTVL_VP_KE_TOAN", "Vi Văn Lạ", 1990, "PHD", "Kế toán");
    odd.put("generalEducation", "mười hai");
    Api.Response refused =
        admin.post(
            "/api/recruitment/rounds/" + id + "/candidates", Map.of("candidates", List.of(odd)));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body())
        .contains("candidates[0].professionalLevel", "candidates[0].generalEducation");

    Api.Response added =
        admin.post(
            "/api/recruitment/rounds/" + id + "/candidates",
            Map.of(
                "candidates",
                List.of(
                    candidate("VTVL_VP_KE_TOAN", "Vi Văn Đủ", 1991, "DAI_HOC", "Kế toán"),
                    candidate("VTVL_VP_KE_TOAN", "Vi Văn Luật", 1992, "DAI_HOC", "Luật kinh tế"),
                    candidate("VTVL_VHXH_Y_TE", "Vi Văn Cao Đẳng", 1993, "CAO_DANG", "Y tế"),
                    candidate("VTVL_VHXH_Y_TE", "Vi Văn Thạc Sĩ", 1994, "THAC_SI", "Y tế"))));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    long enough = added.json().get("ids").get(0).asLong();
    long law = added.json().get("ids").get(1).asLong();
    long college = added.json().get("ids").get(2).asLong();
    long master = added.json().get("ids").get(3).asLong();

    // the ineligible ones have the best marks: still not ranked
    List<Map<String, Object>> scores =
        List.of(
            score(enough, 40, "60", "60"),
            score(law, 60, "99", "99"),
            score(college, 60, "99", "99"),
            score(master, 40, "60", "60"));
    Api.Response scored =
        admin.post("/api/recruitment/rounds/" + id + "/scores", Map.of("scores", scores));
    assertThat(scored.status()).as(scored.body()).isEqualTo(200);

    JsonNode results = admin.get("/api/recruitment/rounds/" + id + "/results").json();
    Map<Long, JsonNode> byId = new HashMap<>();
    results
        .get("positions")
        .forEach(p -> p.get("candidates").forEach(c -> byId.put(c.get("candidateId").asLong(), c)));
    assertThat(byId.get(enough).get("outcome").asString()).isEqualTo("RECRUITED");
    assertThat(byId.get(master).get("outcome").asString()).isEqualTo("RECRUITED");
    assertThat(byId.get(law).get("outcome").asString()).isEqualTo("INELIGIBLE");
    assertThat(byId.get(law).get("rank").isNull()).isTrue();
    assertThat(byId.get(college).get("outcome").asString()).isEqualTo("INELIGIBLE");

    JsonNode why = results.get("ineligible");
    assertThat(why.has(String.valueOf(enough))).isFalse();
    assertThat(why.get(String.valueOf(law)).get(0).get("code").asString())
        .isEqualTo("FIELD_OF_STUDY");
    assertThat(why.get(String.valueOf(law)).get(0).get("message").asString())
        .contains("Luật kinh tế", "Luật Kế toán 2015 Điều 51");
    assertThat(why.get(String.valueOf(college)).get(0).get("message").asString())
        .contains("Đại học", "Cao đẳng", "Điều 24");

    // the page shows the same verdict with its rule
    String page = admin.download("/recruitment/rounds/" + id).text();
    assertThat(page).contains("data-testid=\"ineligible\"", "Luật Kế toán 2015 Điều 51");

    // the results list as a PDF, read back: Vietnamese text as typed, the ranking and the reasons
    Api.Download pdf = admin.download("/recruitment/rounds/" + id + "/results.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().getContentType().toString()).isEqualTo("application/pdf");
    String text = vn.cbcs.reports.CvReadBack.pdfText(pdf.bytes());
    assertThat(text)
        .contains("DANH SÁCH KẾT QUẢ TUYỂN DỤNG", "Xét tiêu chuẩn người dự tuyển xã Cô Ba 2026")
        .contains("Vi Văn Đủ", "Trúng tuyển", "Vi Văn Luật", "Không đủ tiêu chuẩn")
        .contains("Luật Kế toán 2015 Điều 51");
    assertThat(text.indexOf("Vi Văn Đủ")).isLessThan(text.indexOf("Vi Văn Luật"));

    // once a candidate's identity is erased (as CandidateErasure does, birth date included), the
    // verdict stands: the ineligible one with the best marks is still not ranked
    jdbc.sql(
            "UPDATE recruitment_candidate SET personal_id = NULL, full_name = NULL, sex = NULL,"
                + " birth_date = NULL, phone = NULL, priority = '{}', erased_at = now(),"
                + " erased_by = 'test' WHERE id IN (?, ?)")
        .params(law, enough)
        .update();
    Map<Long, String> after = new HashMap<>();
    admin
        .get("/api/recruitment/rounds/" + id + "/results")
        .json()
        .get("positions")
        .forEach(
            p ->
                p.get("candidates")
                    .forEach(
                        c ->
                            after.put(c.get("candidateId").asLong(), c.get("outcome").asString())));
    assertThat(after).containsEntry(law, "INELIGIBLE").containsEntry(enough, "RECRUITED");
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
}
