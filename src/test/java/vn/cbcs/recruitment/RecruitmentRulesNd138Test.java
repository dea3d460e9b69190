package vn.cbcs.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Known answers of {@code GET /api/rules/recruitment-score} under the rules before 1-7-2025: NĐ
 * 138/2020/NĐ-CP as encoded in V120 FROM MEMORY [M] (not verified against the text): priority
 * points Điều 5, round 1 Điều 8 khoản 1 điểm a, round 2 Điều 8 khoản 1 điểm b and Điều 9 khoản 1
 * điểm a, selection Điều 11. Where NĐ 138/2020 differs from NĐ 170/2025 (no trade-union group, no
 * 50% per part of a combined round 2) the same input is scored on both sides of 1-7-2025.
 */
@IntegrationTest
class RecruitmentRulesNd138Test {

  @LocalServerPort int port;

  private static final String OLD = "method=EXAM&date=2024-06-01&round1Correct=30&round1Total=60";
  private static final String NEW = "method=EXAM&date=2026-03-01&round1Correct=30&round1Total=60";

  private JsonNode ok(String query) {
    Api.Response r = Api.admin(port).get("/api/rules/recruitment-score?" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  @DisplayName("NĐ 138/2020 Điều 5 khoản 1 [M]: +7.5 / +5 / +2.5 per group, no trade-union group")
  void priorityPointsPerGroup() {
    String[][] cases = {
      {"HERO_OR_WAR_INVALID", "7.5", "Điều 5 khoản 1 điểm a"},
      {"ETHNIC_MINORITY", "5", "Điều 5 khoản 1 điểm b"},
      {"DEMOBILISED_OFFICER", "5", "Điều 5 khoản 1 điểm b"},
      {"CHILD_OF_MARTYR_OR_INVALID", "5", "Điều 5 khoản 1 điểm b"},
      {"MILITARY_SERVICE_COMPLETED", "2.5", "Điều 5 khoản 1 điểm c"},
      {"YOUTH_VOLUNTEER", "2.5", "Điều 5 khoản 1 điểm c"}
    };
    for (String[] c : cases) {
      JsonNode r = ok(OLD + "&written=60&priority=" + c[0]);
      assertThat(r.get("priorityPoints").decimalValue()).as(c[0]).isEqualByComparingTo(c[1]);
      assertThat(r.get("total").decimalValue())
          .as(c[0])
          .isEqualByComparingTo(new BigDecimal(c[1]).add(BigDecimal.valueOf(60)));
      JsonNode first = r.get("reasons").get(0);
      assertThat(first.get("source").asString()).isEqualTo("Nghị định 138/2020/NĐ-CP");
      assertThat(first.get("article").asString()).as(c[0]).isEqualTo(c[2]);
    }
    // the +1.5 of NĐ 170/2025 Điều 6 khoản 1 điểm d did not exist: nothing is added
    JsonNode union = ok(OLD + "&written=60&priority=TRADE_UNION_OFFICER");
    assertThat(union.get("priorityPoints").decimalValue()).isEqualByComparingTo("0");
    assertThat(union.get("priorityCounted").isNull()).isTrue();
    assertThat(union.get("total").decimalValue()).isEqualByComparingTo("60");
    assertThat(
            ok(NEW + "&written=60&priority=TRADE_UNION_OFFICER")
                .get("priorityPoints")
                .decimalValue())
        .isEqualByComparingTo("1.5");
  }

  @Test
  @DisplayName("NĐ 138/2020 Điều 5 khoản 2 [M]: several groups — only the highest counts")
  void onlyTheHighestCounts() {
    JsonNode r =
        ok(OLD + "&written=60&priority=YOUTH_VOLUNTEER,ETHNIC_MINORITY,TRADE_UNION_OFFICER");
    assertThat(r.get("priorityPoints").decimalValue()).isEqualByComparingTo("5");
    assertThat(r.get("priorityCounted").asString()).isEqualTo("ETHNIC_MINORITY");
    assertThat(r.get("total").decimalValue()).isEqualByComparingTo("65");
    assertThat(r.get("reasons").get(0).get("code").asString()).isEqualTo("priorityHighest");
  }

  @Test
  @DisplayName("NĐ 138/2020 Điều 8 khoản 1 điểm a [M]: round 1 from 50% correct (30/60), not 29/60")
  void round1AtTheEdge() {
    JsonNode at = ok(OLD + "&written=80");
    assertThat(at.get("passed").asBoolean()).isTrue();
    assertThat(at.get("reasons").get(0).get("article").asString())
        .isEqualTo("Điều 8 khoản 1 điểm a");
    JsonNode below = ok("method=EXAM&date=2024-06-01&round1Correct=29&round1Total=60&written=80");
    assertThat(below.get("passed").asBoolean()).isFalse();
    assertThat(below.get("reasons").get(0).get("code").asString()).isEqualTo("round1Failed");
    assertThat(below.get("total").isNull()).isTrue();
  }

  @Test
  @DisplayName("NĐ 138/2020 Điều 9 khoản 1 điểm a [M]: round 2 from 50 points, not 49.99")
  void round2AtTheEdge() {
    assertThat(ok(OLD + "&written=50").get("passed").asBoolean()).isTrue();
    JsonNode below = ok(OLD + "&written=49.99&priority=HERO_OR_WAR_INVALID");
    assertThat(below.get("passed").asBoolean()).isFalse();
    assertThat(below.get("total").decimalValue()).isEqualByComparingTo("57.49");
    JsonNode last = below.get("reasons").get(below.get("reasons").size() - 1);
    assertThat(last.get("code").asString()).isEqualTo("round2Failed");
    assertThat(last.get("source").asString()).isEqualTo("Nghị định 138/2020/NĐ-CP");
    assertThat(last.get("article").asString()).isEqualTo("Điều 9 khoản 1 điểm a");
  }

  @Test
  @DisplayName(
      "Combined written + interview [L]: 70/30 as the province's default; no 50% per part before"
          + " 1-7-2025, required after (NĐ 170/2025 Điều 10 khoản 1 điểm a)")
  void combinedRound2() {
    // 40 × 0.7 + 90 × 0.3 = 55
    JsonNode old = ok(OLD + "&written=40&interview=90");
    assertThat(old.get("round2").decimalValue()).isEqualByComparingTo("55");
    assertThat(old.get("passed").asBoolean()).isTrue();
    List<String> codes = new ArrayList<>();
    old.get("reasons").forEach(x -> codes.add(x.get("code").asString()));
    assertThat(codes).doesNotContain("partFailed.written");
    JsonNode now = ok(NEW + "&written=40&interview=90");
    assertThat(now.get("round2").decimalValue()).isEqualByComparingTo("55");
    assertThat(now.get("passed").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("NĐ 138/2020 Điều 11 khoản 1 điểm a [M]: selection from 50 points, not 49.99")
  void selection() {
    JsonNode at = ok("method=SELECTION&date=2024-06-01&interview=50&priority=YOUTH_VOLUNTEER");
    assertThat(at.get("passed").asBoolean()).isTrue();
    assertThat(at.get("total").decimalValue()).isEqualByComparingTo("52.5");
    JsonNode last = at.get("reasons").get(at.get("reasons").size() - 1);
    assertThat(last.get("article").asString()).isEqualTo("Điều 11 khoản 1 điểm a");
    assertThat(ok("method=SELECTION&date=2024-06-01&interview=49.99").get("passed").asBoolean())
        .isFalse();
  }

  @Test
  @DisplayName("Every row of the NĐ 138/2020 rule set says it is not verified: confidence M or L")
  void rowsAreMarkedFromMemory() {
    JsonNode rows = ok(OLD + "&written=60").get("rule").get("rows");
    assertThat(rows.size()).isGreaterThanOrEqualTo(25);
    rows.forEach(
        r -> {
          assertThat(r.get("source").asString()).isEqualTo("Nghị định 138/2020/NĐ-CP");
          assertThat(r.get("confidence").asString()).as(r.get("key").asString()).isIn("M", "L");
          assertThat(r.get("validTo").asString()).isEqualTo("2025-06-30");
        });
  }
}
