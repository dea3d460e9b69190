package vn.cbcs.recruitment;

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
 * Known answers of {@code GET /api/rules/recruitment-score} at the edges of NĐ 170/2025: priority
 * points (Điều 6), round 1 (Điều 9 khoản 2 điểm a), round 2 and the 70/30 weighting (Điều 9 khoản 2
 * điểm b, Điều 10 khoản 1 điểm a), selection (Điều 11, 12); each test names its article.
 */
@IntegrationTest
class RecruitmentScoreRulesTest {

  @LocalServerPort int port;

  private JsonNode ok(String query) {
    Api.Response r = Api.admin(port).get("/api/rules/recruitment-score?" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private Api.Response bad(String query) {
    Api.Response r = Api.admin(port).get("/api/rules/recruitment-score?" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    return r;
  }

  private static List<String> fields(Api.Response r) {
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private static final String EXAM = "method=EXAM&date=2026-03-01&round1Correct=30&round1Total=60";

  @Test
  @DisplayName("NĐ 170/2025 Điều 6 khoản 1: +7.5 / +5 / +2.5 / +1.5 per group")
  void priorityPointsPerGroup() {
    String[][] cases = {
      {"HERO_OR_WAR_INVALID", "7.5"},
      {"ETHNIC_MINORITY", "5"},
      {"DEMOBILISED_OFFICER", "5"},
      {"CHILD_OF_MARTYR_OR_INVALID", "5"},
      {"MILITARY_SERVICE_COMPLETED", "2.5"},
      {"YOUTH_VOLUNTEER", "2.5"},
      {"TRADE_UNION_OFFICER", "1.5"}
    };
    for (String[] c : cases) {
      JsonNode r = ok(EXAM + "&written=60&priority=" + c[0]);
      assertThat(r.get("priorityPoints").decimalValue()).as(c[0]).isEqualByComparingTo(c[1]);
      assertThat(r.get("total").decimalValue())
          .as(c[0])
          .isEqualByComparingTo(
              new java.math.BigDecimal(c[1]).add(java.math.BigDecimal.valueOf(60)));
      assertThat(r.get("reasons").get(0).get("article").asString()).startsWith("Điều 6 khoản 1");
    }
    JsonNode none = ok(EXAM + "&written=60");
    assertThat(none.get("priorityPoints").decimalValue()).isEqualByComparingTo("0");
    assertThat(none.get("total").decimalValue()).isEqualByComparingTo("60");
  }

  @Test
  @DisplayName("NĐ 170/2025 Điều 6 khoản 2: several groups — only the highest counts")
  void onlyTheHighestPriorityCounts() {
    JsonNode r =
        ok(EXAM + "&written=60&priority=TRADE_UNION_OFFICER,ETHNIC_MINORITY,YOUTH_VOLUNTEER");
    assertThat(r.get("priorityPoints").decimalValue()).isEqualByComparingTo("5");
    assertThat(r.get("priorityCounted").asString()).isEqualTo("ETHNIC_MINORITY");
    assertThat(r.get("total").decimalValue()).isEqualByComparingTo("65");
    assertThat(r.get("reasons").get(0).get("code").asString()).isEqualTo("priorityHighest");
    JsonNode all =
        ok(EXAM + "&written=60&priority=HERO_OR_WAR_INVALID,ETHNIC_MINORITY,TRADE_UNION_OFFICER");
    assertThat(all.get("priorityPoints").decimalValue()).isEqualByComparingTo("7.5");
  }

  @Test
  @DisplayName(
      "NĐ 170/2025 Điều 9 khoản 2 điểm a: round 1 passes from 50% correct (30/60), not 29/60")
  void round1AtTheEdge() {
    JsonNode at = ok("method=EXAM&date=2026-03-01&round1Correct=30&round1Total=60&written=80");
    assertThat(at.get("passed").asBoolean()).isTrue();
    assertThat(at.get("reasons").get(0).get("code").asString()).isEqualTo("round1Passed");
    assertThat(at.get("reasons").get(0).get("article").asString())
        .isEqualTo("Điều 9 khoản 2 điểm a");
    JsonNode below = ok("method=EXAM&date=2026-03-01&round1Correct=29&round1Total=60&written=80");
    assertThat(below.get("passed").asBoolean()).isFalse();
    assertThat(below.get("reasons").get(0).get("code").asString()).isEqualTo("round1Failed");
    assertThat(below.get("total").isNull()).isTrue(); // not admitted to round 2
    // an odd number of questions: 50% of 59 is 29.5, so 30 is needed
    assertThat(
            ok("method=EXAM&date=2026-03-01&round1Correct=29&round1Total=59&written=80")
                .get("passed")
                .asBoolean())
        .isFalse();
  }

  @Test
  @DisplayName("NĐ 170/2025 Điều 10 khoản 1 điểm a: round 2 passes from 50 points, not 49.99")
  void round2AtTheEdge() {
    JsonNode at = ok(EXAM + "&written=50");
    assertThat(at.get("passed").asBoolean()).isTrue();
    assertThat(at.get("round2").decimalValue()).isEqualByComparingTo("50");
    JsonNode below = ok(EXAM + "&written=49.99&priority=HERO_OR_WAR_INVALID");
    assertThat(below.get("passed").asBoolean()).isFalse(); // priority points do not rescue the pass
    assertThat(below.get("total").decimalValue()).isEqualByComparingTo("57.49");
    JsonNode last = below.get("reasons").get(below.get("reasons").size() - 1);
    assertThat(last.get("code").asString()).isEqualTo("round2Failed");
    assertThat(last.get("article").asString()).isEqualTo("Điều 10 khoản 1 điểm a");
    assertThat(last.get("message").asString()).contains("49.99").contains("50");
  }

  @Test
  @DisplayName("NĐ 170/2025 Điều 9 khoản 2 điểm b: written 70% + interview 30%, two decimals")
  void weighting() {
    JsonNode r = ok(EXAM + "&written=80&interview=60");
    assertThat(r.get("round2").decimalValue()).isEqualByComparingTo("74"); // 56 + 18
    JsonNode rounded = ok(EXAM + "&written=66.67&interview=55.55");
    // 46.669 + 16.665 = 63.334 → 63.33
    assertThat(rounded.get("round2").decimalValue()).isEqualByComparingTo("63.33");
    assertThat(rounded.get("reasons").get(1).get("code").asString()).isEqualTo("weighted");
    assertThat(rounded.get("reasons").get(1).get("article").asString())
        .isEqualTo("Điều 9 khoản 2 điểm b");
  }

  @Test
  @DisplayName("NĐ 170/2025 Điều 10 khoản 1 điểm a: combined, each part needs 50% of its maximum")
  void eachPartNeedsHalf() {
    // 90 × 0.7 + 49 × 0.3 = 77.7 ≥ 50, but the interview is under 50: not recruited
    JsonNode r = ok(EXAM + "&written=90&interview=49");
    assertThat(r.get("round2").decimalValue()).isEqualByComparingTo("77.7");
    assertThat(r.get("passed").asBoolean()).isFalse();
    List<String> codes = new ArrayList<>();
    r.get("reasons").forEach(x -> codes.add(x.get("code").asString()));
    assertThat(codes).contains("partFailed.interview");
    assertThat(ok(EXAM + "&written=50&interview=50").get("passed").asBoolean()).isTrue();
    assertThat(ok(EXAM + "&written=49.99&interview=100").get("passed").asBoolean()).isFalse();
  }

  @Test
  @DisplayName(
      "NĐ 170/2025 Điều 11, 12: selection — the interview alone, ≥ 50 with priority on top")
  void selection() {
    JsonNode at = ok("method=SELECTION&date=2026-03-01&interview=50&priority=ETHNIC_MINORITY");
    assertThat(at.get("passed").asBoolean()).isTrue();
    assertThat(at.get("total").decimalValue()).isEqualByComparingTo("55");
    JsonNode last = at.get("reasons").get(at.get("reasons").size() - 1);
    assertThat(last.get("article").asString()).isEqualTo("Điều 12 khoản 1 điểm a");
    assertThat(ok("method=SELECTION&date=2026-03-01&interview=49.99").get("passed").asBoolean())
        .isFalse();
    // selection has no round-1 test and no written test
    Api.Response r =
        bad("method=SELECTION&date=2026-03-01&round1Correct=40&round1Total=60&written=70");
    assertThat(fields(r)).containsExactlyInAnyOrder("round1Correct", "written", "interview");
  }

  @Test
  @DisplayName("Bad input: every reason at once, in Vietnamese")
  void badInputEveryReason() {
    Api.Response r =
        bad(
            "method=QUIZ&round1Correct=x&written=101&interview=12.345&priority=KING,ETHNIC_MINORITY");
    assertThat(fields(r))
        .containsExactlyInAnyOrder("method", "round1Correct", "written", "interview", "priority");
    r.json().get("errors").forEach(e -> assertThat(e.get("message").asString()).isNotBlank());
    assertThat(r.body()).contains("không hợp lệ").contains("KING");
    Api.Response exam = bad("method=EXAM&round1Correct=61&round1Total=60");
    assertThat(fields(exam)).containsExactlyInAnyOrder("round1Correct", "written");
    Api.Response half = bad("method=EXAM&round1Correct=30&written=70");
    assertThat(fields(half)).containsExactly("round1Total");
  }

  @Test
  @DisplayName(
      "NĐ 170/2025 from 1-7-2025 (Điều 71 khoản 1), NĐ 138/2020 [M] up to 30-6-2025, none earlier")
  void theDateChoosesTheRules() {
    String q = "method=EXAM&round1Correct=30&round1Total=60&written=70&date=";
    JsonNode first = ok(q + "2025-07-01");
    assertThat(first.get("rule").get("source").asString()).isEqualTo("Nghị định 170/2025/NĐ-CP");
    JsonNode last = ok(q + "2025-06-30");
    assertThat(last.get("rule").get("source").asString()).isEqualTo("Nghị định 138/2020/NĐ-CP");
    assertThat(ok(q + "2020-11-27").get("rule").get("source").asString())
        .isEqualTo("Nghị định 138/2020/NĐ-CP");
    Api.Response before = bad(q + "2020-11-26");
    assertThat(fields(before)).containsExactly("date");
    assertThat(before.body()).contains("2020-11-26");
  }
}
