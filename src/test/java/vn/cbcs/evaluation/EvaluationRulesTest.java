package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Known answers of {@code GET /api/rules/evaluation}, per regime, at the edges of the bands, for
 * each disqualifier and for months worked and absent; each test names its article.
 */
@IntegrationTest
class EvaluationRulesTest {

  @LocalServerPort int port;

  private JsonNode ok(String query) {
    Api.Response r = Api.admin(port).get("/api/rules/evaluation?" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private String level(String query) {
    return ok(query).get("level").asString();
  }

  private static List<String> fields(Api.Response r) {
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  // --- Law 80/2025 Arts. 25–27 and NĐ 335/2025 (from 2026): 30 + 70 points, bands 90/70/50

  @Test
  @DisplayName("NĐ 335/2025 (Luật 80/2025 Điều 26): bands 90 / 70 / 50 at their edges")
  void nd335BandsAtTheirEdges() {
    assertThat(level("year=2026&points=100")).isEqualTo("HTXSNV");
    assertThat(level("year=2026&points=90")).isEqualTo("HTXSNV");
    assertThat(level("year=2026&points=89.99")).isEqualTo("HTTNV");
    assertThat(level("year=2026&points=70")).isEqualTo("HTTNV");
    assertThat(level("year=2026&points=69.99")).isEqualTo("HTNV");
    assertThat(level("year=2026&points=50")).isEqualTo("HTNV");
    assertThat(level("year=2026&points=49.99")).isEqualTo("KHTNV");
    assertThat(level("year=2026&points=0")).isEqualTo("KHTNV");
    JsonNode r = ok("year=2026&generalPoints=30&taskPoints=60");
    assertThat(r.get("level").asString()).isEqualTo("HTXSNV");
    assertThat(r.get("rule").get("regime").asString()).isEqualTo("L80_ND335");
    assertThat(r.get("rule").get("confidence").asString()).isEqualTo("M");
    assertThat(r.get("reasons").get(0).get("message").asString()).contains("90");
    assertThat(r.get("reasons").get(0).get("messageEn").asString()).contains("HTXSNV");
  }

  @Test
  @DisplayName("NĐ 335/2025: general criteria ≤ 30, task results ≤ 70 points")
  void nd335PartsHaveTheirMaxima() {
    Api.Response r =
        Api.admin(port).get("/api/rules/evaluation?year=2026&generalPoints=31&taskPoints=71");
    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r)).containsExactlyInAnyOrder("generalPoints", "taskPoints");
  }

  @Test
  @DisplayName("NĐ 335/2025: each disqualifier makes KHTNV whatever the points")
  void nd335EachDisqualifier() {
    for (String d : List.of("DISCIPLINE", "DEGRADATION", "TASKS_BELOW_HALF")) {
      JsonNode r = ok("year=2026&points=95&disqualifiers=" + d);
      assertThat(r.get("level").asString()).as(d).isEqualTo("KHTNV");
      assertThat(r.get("reasons").get(0).get("code").asString()).isEqualTo("disqualifier." + d);
    }
    assertThat(level("year=2026&points=95&disqualifiers=CORRUPTION_IN_UNIT&leader=true"))
        .isEqualTo("KHTNV");
    // points are not needed once disqualified; every disqualifier is a reason
    JsonNode both = ok("year=2026&disqualifiers=DISCIPLINE,DEGRADATION");
    assertThat(both.get("level").asString()).isEqualTo("KHTNV");
    assertThat(both.get("reasons")).hasSize(2);
  }

  @Test
  @DisplayName("NĐ 335/2025: corruption in the unit is a leader's disqualifier only")
  void nd335CorruptionIsForLeaders() {
    Api.Response r =
        Api.admin(port)
            .get("/api/rules/evaluation?year=2026&points=95&disqualifiers=corruption_in_unit");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("message").asString()).contains("lãnh đạo");
    assertThat(r.json().get("errors").get(0).get("messageEn").asString()).contains("leaders");
  }

  // --- NĐ 90/2020 as amended by NĐ 48/2023 (until 2025)

  @Test
  @DisplayName("NĐ 90/2020 Điều 2: worked under 6 months in the year → not rated")
  void nd90UnderSixMonthsIsNotRated() {
    JsonNode r = ok("year=2025&points=95&monthsWorked=5");
    assertThat(r.get("level").asString()).isEqualTo("NOT_RATED");
    assertThat(r.get("rule").get("article").asString()).contains("Điều 2");
    assertThat(level("year=2025&points=95&monthsWorked=6")).isEqualTo("HTXSNV");
    assertThat(level("year=2025&monthsWorked=0")).isEqualTo("NOT_RATED");
  }

  @Test
  @DisplayName("NĐ 48/2023 (sửa NĐ 90/2020 Điều 2): absent 3 to under 6 months → at most HTNV")
  void nd48AbsenceCap() {
    assertThat(level("year=2025&points=95&monthsWorked=10&monthsAbsent=2")).isEqualTo("HTXSNV");
    JsonNode r = ok("year=2025&points=95&monthsWorked=9&monthsAbsent=3");
    assertThat(r.get("level").asString()).isEqualTo("HTNV");
    assertThat(r.get("reasons").get(1).get("code").asString()).isEqualTo("absenceCap");
    assertThat(r.get("rule").get("decisiveSource").asString()).contains("48/2023");
    assertThat(level("year=2025&points=85&monthsWorked=7&monthsAbsent=5")).isEqualTo("HTNV");
    assertThat(level("year=2025&points=60&monthsWorked=7&monthsAbsent=5")).isEqualTo("HTNV");
    assertThat(level("year=2025&points=40&monthsWorked=7&monthsAbsent=5")).isEqualTo("KHTNV");
    assertThat(level("year=2025&points=95&monthsWorked=6&monthsAbsent=6")).isEqualTo("HTXSNV");
    // before NĐ 48/2023 the cap did not exist
    assertThat(level("year=2022&points=95&monthsWorked=9&monthsAbsent=3")).isEqualTo("HTXSNV");
  }

  @Test
  @DisplayName("NĐ 90/2020 Điều 2: disciplined in the year → KHTNV; each disqualifier")
  void nd90Disqualifiers() {
    for (String d : List.of("DISCIPLINE", "DEGRADATION", "TASKS_BELOW_HALF")) {
      assertThat(level("year=2024&points=99&disqualifiers=" + d)).as(d).isEqualTo("KHTNV");
    }
    assertThat(level("year=2024&points=99&disqualifiers=CORRUPTION_IN_UNIT&leader=true"))
        .isEqualTo("KHTNV");
  }

  @Test
  @DisplayName("NĐ 90/2020 with the provincial point scheme (configurable): > 90, > 80, ≥ 50")
  void nd90ProvincialBands() {
    assertThat(level("year=2024&points=90.01")).isEqualTo("HTXSNV");
    assertThat(level("year=2024&points=90")).isEqualTo("HTTNV");
    assertThat(level("year=2024&points=80.01")).isEqualTo("HTTNV");
    assertThat(level("year=2024&points=80")).isEqualTo("HTNV");
    assertThat(level("year=2024&points=50")).isEqualTo("HTNV");
    assertThat(level("year=2024&points=49.99")).isEqualTo("KHTNV");
    assertThat(ok("year=2024&points=80").get("rule").get("decisiveConfidence").asString())
        .isEqualTo("L");
  }

  // --- QĐ 366-QĐ/TW (Party)

  @Test
  @DisplayName("QĐ 366-QĐ/TW Điều 11 khoản 1–4: bands 90 / 70 / 50 at their edges")
  void qd366Bands() {
    assertThat(level("year=2025&system=PARTY&points=90")).isEqualTo("HTXSNV");
    assertThat(level("year=2025&system=PARTY&points=89.5")).isEqualTo("HTTNV");
    assertThat(level("year=2025&system=PARTY&points=70")).isEqualTo("HTTNV");
    assertThat(level("year=2025&system=PARTY&points=69")).isEqualTo("HTNV");
    assertThat(level("year=2025&system=PARTY&points=50")).isEqualTo("HTNV");
    assertThat(level("year=2025&system=PARTY&points=49.5")).isEqualTo("KHTNV");
    JsonNode r = ok("year=2026&system=PARTY&generalPoints=30&taskPoints=70");
    assertThat(r.get("rule").get("regime").asString()).isEqualTo("QD366");
    assertThat(r.get("rule").get("article").asString()).contains("Điều 11 khoản 1");
  }

  @Test
  @DisplayName("QĐ 366-QĐ/TW Điều 11 điểm 4.1, 4.2: each disqualifier → KHTNV")
  void qd366Disqualifiers() {
    for (String d : List.of("DISCIPLINE", "DEGRADATION", "TASKS_BELOW_HALF")) {
      JsonNode r = ok("year=2025&system=PARTY&points=95&disqualifiers=" + d);
      assertThat(r.get("level").asString()).as(d).isEqualTo("KHTNV");
      assertThat(r.get("rule").get("article").asString()).contains("Điều 11 điểm 4");
    }
    assertThat(
            level("year=2025&system=PARTY&points=95&leader=true&disqualifiers=CORRUPTION_IN_UNIT"))
        .isEqualTo("KHTNV");
  }

  // --- bad input: every reason, in Vietnamese and English

  @Test
  @DisplayName(
      "A year without a rule set (Party before QĐ 366, state before 2016) is refused; 2016–2019"
          + " (NĐ 56/2015) are record-only and say so")
  void aYearWithoutRules() {
    Api.Response party =
        Api.admin(port).get("/api/rules/evaluation?year=2024&system=PARTY&points=80");
    assertThat(party.status()).isEqualTo(400);
    assertThat(fields(party)).containsExactly("year");
    Api.Response state = Api.admin(port).get("/api/rules/evaluation?year=2015&points=80");
    assertThat(state.status()).isEqualTo(400);
    assertThat(state.json().get("errors").get(0).get("message").asString()).contains("2015");
    Api.Response recordOnly = Api.admin(port).get("/api/rules/evaluation?year=2019&points=80");
    assertThat(recordOnly.status()).isEqualTo(400);
    assertThat(fields(recordOnly)).containsExactly("year");
    assertThat(recordOnly.json().get("errors").get(0).get("message").asString())
        .contains("2019", "Nghị định 56/2015/NĐ-CP", "chỉ ghi nhận");
  }

  @Test
  @DisplayName("Every reason of a bad request at once, each in Vietnamese and English")
  void everyReasonAtOnce() {
    Api.Response r =
        Api.admin(port)
            .get(
                "/api/rules/evaluation?year=2026&points=101&monthsWorked=13&monthsAbsent=x"
                    + "&disqualifiers=DISCIPLINE,LAZINESS&leader=maybe&system=STATE");
    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r))
        .containsExactlyInAnyOrder(
            "points", "monthsWorked", "monthsAbsent", "disqualifiers", "leader");
    r.json()
        .get("errors")
        .forEach(
            e -> {
              assertThat(e.get("message").asString()).isNotBlank().doesNotStartWith("evaluation.");
              assertThat(e.get("messageEn").asString())
                  .isNotBlank()
                  .doesNotStartWith("evaluation.");
            });
    assertThat(Api.admin(port).get("/api/rules/evaluation").status()).isEqualTo(400);
    Api.Response noPoints = Api.admin(port).get("/api/rules/evaluation?year=2026");
    assertThat(fields(noPoints)).containsExactly("points");
    Api.Response sum =
        Api.admin(port)
            .get("/api/rules/evaluation?year=2026&points=80&generalPoints=20&taskPoints=50");
    assertThat(fields(sum)).containsExactly("points");
    Api.Response half = Api.admin(port).get("/api/rules/evaluation?year=2026&generalPoints=20");
    assertThat(fields(half)).containsExactly("taskPoints");
    Api.Response months =
        Api.admin(port)
            .get("/api/rules/evaluation?year=2025&points=80&monthsWorked=10&monthsAbsent=3");
    assertThat(fields(months)).containsExactly("monthsAbsent");
  }

  // --- NĐ 335/2025: −25% of the task results per major error

  @Test
  @DisplayName("NĐ 335/2025 (chất lượng sản phẩm): each major error deducts 25% of the task points")
  void nd335MajorErrorsDeductATaskShare() {
    // 30 + 70 = 100 → HTXSNV; one error: 70 × 75% = 52.5, total 82.5 → HTTNV
    assertThat(level("year=2026&generalPoints=30&taskPoints=70")).isEqualTo("HTXSNV");
    JsonNode one = ok("year=2026&generalPoints=30&taskPoints=70&majorErrors=1");
    assertThat(one.get("level").asString()).isEqualTo("HTTNV");
    JsonNode first = one.get("reasons").get(0);
    assertThat(first.get("code").asString()).isEqualTo("majorErrors");
    assertThat(first.get("legalSource").asString()).contains("335/2025");
    assertThat(first.get("confidence").asString()).isEqualTo("M");
    assertThat(first.get("message").asString()).contains("52.5");
    assertThat(one.get("reasons").get(1).get("message").asString()).contains("82.5");
    // two errors: 70 × 50% = 35, total 65 → HTNV; at the HTTNV edge (2 decimals, half up):
    // 20 + 66.67 × 75% = 70.00, 20 + 66.65 × 75% = 69.99
    assertThat(level("year=2026&generalPoints=30&taskPoints=70&majorErrors=2")).isEqualTo("HTNV");
    assertThat(level("year=2026&generalPoints=20&taskPoints=66.67&majorErrors=1"))
        .isEqualTo("HTTNV");
    assertThat(level("year=2026&generalPoints=20&taskPoints=66.65&majorErrors=1"))
        .isEqualTo("HTNV");
    // four or more: nothing of the task points is left, never negative
    assertThat(level("year=2026&generalPoints=30&taskPoints=70&majorErrors=5")).isEqualTo("KHTNV");
    assertThat(
            ok("year=2026&generalPoints=30&taskPoints=70&majorErrors=5")
                .get("reasons")
                .get(0)
                .get("message")
                .asString())
        .contains("còn 0");
    // with the total as well (it must add up before the deduction)
    assertThat(level("year=2026&points=100&generalPoints=30&taskPoints=70&majorErrors=1"))
        .isEqualTo("HTTNV");
    // zero errors change nothing
    assertThat(level("year=2026&generalPoints=30&taskPoints=70&majorErrors=0")).isEqualTo("HTXSNV");
  }

  @Test
  @DisplayName("Major errors: only where the regime deducts them, and on the task points apart")
  void majorErrorsRefusedWhereNotApplicable() {
    Api.Response total =
        Api.admin(port).get("/api/rules/evaluation?year=2026&points=95&majorErrors=1");
    assertThat(total.status()).isEqualTo(400);
    assertThat(fields(total)).containsExactly("majorErrors");
    // NĐ 90/2020 and QĐ 366 have no such deduction
    Api.Response nd90 =
        Api.admin(port)
            .get("/api/rules/evaluation?year=2025&generalPoints=20&taskPoints=75&majorErrors=1");
    assertThat(fields(nd90)).containsExactly("majorErrors");
    Api.Response party =
        Api.admin(port)
            .get(
                "/api/rules/evaluation?year=2025&system=PARTY&generalPoints=30&taskPoints=65"
                    + "&majorErrors=1");
    assertThat(fields(party)).containsExactly("majorErrors");
    Api.Response bad =
        Api.admin(port)
            .get("/api/rules/evaluation?year=2026&generalPoints=30&taskPoints=70&majorErrors=-1");
    assertThat(fields(bad)).containsExactly("majorErrors");
  }

  // --- Leaders' ratings tied to their subordinate units

  private static final String ND90_LEADER = "year=2025&points=95&leader=true&subordinateUnits=10";

  @Test
  @DisplayName(
      "NĐ 90/2020 (sửa bởi NĐ 48/2023), lãnh đạo: HTXSNV needs 100% of units HTNV+ and ≥ 70%"
          + " HTTNV+; HTTNV 100% HTNV+; HTNV ≥ 70% HTNV+")
  void nd90LeaderConditionsFromSubordinateUnits() {
    // 95 > 90: HTXSNV by the points; no subordinate ratings sent: no condition applied
    assertThat(level("year=2025&points=95&leader=true")).isEqualTo("HTXSNV");
    // 3 HTXSNV + 4 HTTNV + 3 HTNV: 100% HTNV+, 70% HTTNV+ (the edge): HTXSNV
    assertThat(level(ND90_LEADER + "&subordinateUnitsHtxsnv=3&subordinateUnitsHttnv=4"))
        .isEqualTo("HTXSNV");
    // 6 of 10 HTTNV+ (< 70%): not HTXSNV, and HTTNV holds (100% HTNV+)
    JsonNode httnv = ok(ND90_LEADER + "&subordinateUnitsHtxsnv=3&subordinateUnitsHttnv=3");
    assertThat(httnv.get("level").asString()).isEqualTo("HTTNV");
    JsonNode why = httnv.get("reasons").get(1);
    assertThat(why.get("code").asString()).isEqualTo("leaderUnitsBelow");
    assertThat(why.get("legalSource").asString())
        .contains("90/2020")
        .contains("Điều 7 khoản 1 điểm d");
    assertThat(why.get("message").asString()).contains("6/10").contains("70%");
    assertThat(httnv.get("rule").get("article").asString()).contains("70%");
    // one unit KHTNV: 9 of 10 HTNV+ → neither HTXSNV nor HTTNV; 90% ≥ 70%: HTNV
    JsonNode htnv =
        ok(
            ND90_LEADER
                + "&subordinateUnitsHtxsnv=5&subordinateUnitsHttnv=4&subordinateUnitsKhtnv=1");
    assertThat(htnv.get("level").asString()).isEqualTo("HTNV");
    assertThat(htnv.get("reasons")).hasSize(3);
    // 3 KHTNV: 70% HTNV+ (the edge): HTNV; 4 KHTNV: 60%: KHTNV
    assertThat(level(ND90_LEADER + "&subordinateUnitsKhtnv=3")).isEqualTo("HTNV");
    JsonNode khtnv = ok(ND90_LEADER + "&subordinateUnitsKhtnv=4");
    assertThat(khtnv.get("level").asString()).isEqualTo("KHTNV");
    assertThat(khtnv.get("rule").get("decisiveSource").asString())
        .contains("Điều 7 khoản 3 điểm d");
    // conditions lower a level, never raise one: 60 points stay HTNV
    assertThat(level("year=2025&points=60&leader=true&subordinateUnits=4&subordinateUnitsHtxsnv=4"))
        .isEqualTo("HTNV");
  }

  @Test
  @DisplayName("QĐ 366-QĐ/TW Điều 11 điểm 4.1: > 50% of subordinate units KHTNV → the leader KHTNV")
  void qd366LeaderKhtnvWhenMostUnitsFail() {
    String q = "year=2025&system=PARTY&points=95&leader=true&subordinateUnits=10";
    // 5 of 10 is not more than half
    assertThat(level(q + "&subordinateUnitsKhtnv=5")).isEqualTo("HTXSNV");
    JsonNode r = ok(q + "&subordinateUnitsKhtnv=6");
    assertThat(r.get("level").asString()).isEqualTo("KHTNV");
    JsonNode why = r.get("reasons").get(1);
    assertThat(why.get("code").asString()).isEqualTo("leaderUnitsKhtnv");
    assertThat(why.get("article").asString()).contains("Điều 11 điểm 4.1");
    assertThat(why.get("confidence").asString()).isEqualTo("H");
    assertThat(why.get("message").asString()).contains("6/10").contains("50%");
    assertThat(r.get("rule").get("article").asString()).contains("Điều 11 điểm 4.1");
    assertThat(
            level(
                "year=2026&system=PARTY&points=75&leader=true&subordinateUnits=3"
                    + "&subordinateUnitsKhtnv=2"))
        .isEqualTo("KHTNV");
    // Law 80/2025 / NĐ 335/2025: no number on subordinate units is known (REGULATIONS.md §12)
    assertThat(
            level("year=2026&points=95&leader=true&subordinateUnits=10&subordinateUnitsKhtnv=10"))
        .isEqualTo("HTXSNV");
  }

  @Test
  @DisplayName("Subordinate units: for leaders only, counts within the total")
  void subordinateUnitsRefusedWhenTheyDoNotAddUp() {
    Api.Response notLeader =
        Api.admin(port).get("/api/rules/evaluation?year=2025&points=95&subordinateUnits=10");
    assertThat(notLeader.status()).isEqualTo(400);
    assertThat(fields(notLeader)).containsExactly("subordinateUnits");
    Api.Response sum =
        Api.admin(port)
            .get(
                "/api/rules/evaluation?year=2025&points=95&leader=true&subordinateUnits=3"
                    + "&subordinateUnitsHtxsnv=2&subordinateUnitsKhtnv=2");
    assertThat(fields(sum)).containsExactly("subordinateUnits");
    Api.Response noTotal =
        Api.admin(port)
            .get("/api/rules/evaluation?year=2025&points=95&leader=true&subordinateUnitsKhtnv=2");
    assertThat(fields(noTotal)).containsExactly("subordinateUnits");
    Api.Response bad =
        Api.admin(port)
            .get(
                "/api/rules/evaluation?year=2025&points=95&leader=true&subordinateUnits=x"
                    + "&subordinateUnitsHttnv=-1");
    assertThat(fields(bad)).containsExactlyInAnyOrder("subordinateUnits", "subordinateUnitsHttnv");
  }
}
