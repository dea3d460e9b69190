package vn.cbcs.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.Role;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestActors;

/**
 * Luật BVDLCN 2025 Điều 25: the data of a candidate not recruited is erased once the retention
 * period after the decision (rule row privacy.unsuccessful_candidate_days, 90 days) has passed —
 * not a day before; the recruited candidate and the scores stay; the audit log keeps no readable
 * name. Xã Quảng Lâm (Cao Bằng, 01304), used by no other test.
 */
@IntegrationTest
class CandidateErasureTest {

  static final String XA = "01304";

  @LocalServerPort int port;
  @Autowired CandidateErasure erasure;
  @Autowired JdbcClient jdbc;

  @Test
  void theLoserIsErasedAfterTheRetentionPeriodAndNotBefore() {
    Api admin = Api.admin(port);
    Map<String, Object> round = RecruitmentRoundFlowTest.round("2026-04-09", "2026-05-15");
    round.put("unitCode", XA);
    round.put("title", "Thi tuyển công chức xã Quảng Lâm năm 2026");
    round.put("positions", List.of(Map.of("positionCode", "VTVL_VHXH_Y_TE", "seats", 1)));
    Api.Response opened = admin.post("/api/recruitment/rounds", round);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("id").asLong();
    List<Map<String, Object>> people = new ArrayList<>();
    for (String name : List.of("Lò Văn Được", "Lò Thị Xóa")) {
      Map<String, Object> c = new HashMap<>();
      c.put("positionCode", "VTVL_VHXH_Y_TE");
      c.put("personalId", PersonJsonMother.personalId(name.contains("Thị"), 1996));
      c.put("fullName", name);
      c.put("sex", name.contains("Thị") ? "FEMALE" : "MALE");
      c.put("birthDate", "1996-02-02");
      c.put("priority", List.of("ETHNIC_MINORITY"));
      c.put("generalEducation", "12/12");
      c.put("professionalLevel", "DAI_HOC");
      c.put("major", "Y học dự phòng");
      people.add(c);
    }
    Api.Response added =
        admin.post("/api/recruitment/rounds/" + id + "/candidates", Map.of("candidates", people));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    long winner = added.json().get("ids").get(0).asLong();
    long loser = added.json().get("ids").get(1).asLong();
    Api.Response scored =
        admin.post(
            "/api/recruitment/rounds/" + id + "/scores",
            Map.of(
                "scores",
                List.of(
                    Map.of(
                        "candidateId",
                        winner,
                        "round1Correct",
                        40,
                        "round1Total",
                        60,
                        "written",
                        "90"),
                    Map.of(
                        "candidateId",
                        loser,
                        "round1Correct",
                        40,
                        "round1Total",
                        60,
                        "written",
                        "60"))));
    assertThat(scored.status()).as(scored.body()).isEqualTo(200);
    Map<String, Object> decision = new HashMap<>();
    decision.put("number", "77/QĐ-UBND");
    decision.put("decidedOn", "2026-06-20");
    decision.put("issuer", "UBND tỉnh Cao Bằng");
    decision.put("startOn", "2026-07-01");
    Api.Response decided = admin.post("/api/recruitment/rounds/" + id + "/decision", decision);
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);

    // 89 days after the decision: nothing of this round is erased
    erasure.erase(LocalDate.of(2026, 9, 17), TestActors.SYSTEM);
    assertThat(name(loser)).isEqualTo("Lò Thị Xóa");
    // 90 days after: the candidate not recruited is erased, on the record; the recruited one stays
    erasure.erase(LocalDate.of(2026, 9, 18), TestActors.SYSTEM);
    assertThat(name(loser)).isNull();
    assertThat(
            jdbc.sql(
                    "SELECT personal_id IS NULL AND birth_date IS NULL AND priority = '{}'"
                        + " AND erased_by = 'system' FROM recruitment_candidate WHERE id = ?")
                .param(loser)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(name(winner)).isEqualTo("Lò Văn Được");
    // judged again without the birth date, the erased candidate is still eligible (not ranked
    // otherwise than before)
    assertThat(
            admin.get("/api/recruitment/rounds/" + id + "/results").json().get("ineligible").size())
        .isZero();
    // the results keep the scores, without a name
    JsonNode results = admin.get("/api/recruitment/rounds/" + id + "/results").json();
    JsonNode rows = results.get("positions").get(0).get("candidates");
    assertThat(rows.get(1).get("erased").asBoolean()).isTrue();
    assertThat(rows.get(1).get("score").get("round2").decimalValue()).isEqualByComparingTo("60");
    assertThat(rows.get(0).get("fullName").asString()).isEqualTo("Lò Văn Được");
    // the audit log has the erasure and no readable name of the erased candidate
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_log WHERE table_name = 'recruitment_candidate'"
                        + " AND row_key = ? AND kind = 'UPDATE'")
                .param(String.valueOf(loser))
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_log WHERE table_name = 'recruitment_candidate'"
                        + " AND (before::text LIKE '%Lò Thị Xóa%' OR after::text LIKE '%Lò Thị Xóa%')")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void onlyThoseWhoRecruitMayErase() {
    assertThatThrownBy(
            () ->
                erasure.erase(
                    LocalDate.of(2026, 9, 18), TestActors.user("xa", Role.COMMUNE_OFFICER, XA)))
        .isInstanceOf(ForbiddenException.class);
  }

  private String name(long candidate) {
    return jdbc.sql("SELECT full_name FROM recruitment_candidate WHERE id = ?")
        .param(candidate)
        .query((rs, i) -> rs.getString(1))
        .list()
        .get(0);
  }
}
