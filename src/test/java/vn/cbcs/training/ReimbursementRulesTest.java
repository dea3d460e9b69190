package vn.cbcs.training;

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
 * Known answers of {@code GET /api/rules/training-reimbursement} at its edges, each naming its
 * article of NĐ 171/2025 (or NĐ 101/2017 before 1-7-2025).
 */
@IntegrationTest
class ReimbursementRulesTest {

  private static final String PATH = "/api/rules/training-reimbursement?";
  private static final String MAN = "&sex=MALE&ethnicMinority=false";

  @LocalServerPort int port;

  private JsonNode ok(String query) {
    Api.Response r = Api.admin(port).get(PATH + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private long amount(String query) {
    return ok(query).get("amount").asLong();
  }

  private List<String> refused(String query) {
    Api.Response r = Api.admin(port).get(PATH + query);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    r.json()
        .get("errors")
        .forEach(
            e -> {
              assertThat(e.get("message").asString()).isNotBlank();
              fields.add(e.get("field").asString());
            });
    return fields;
  }

  @Test
  @DisplayName("NĐ 171/2025 Điều 7 khoản 2 điểm b: the decree's example, 60 M, T1 72, T2 24 → 40 M")
  void theDecreesExample() {
    JsonNode r =
        ok(
            "cost=60000000&requiredMonths=72&servedMonths=24&yearsOfService=0"
                + "&reason=LEFT_BEFORE_COMMITMENT&asOf=2026-01-15"
                + MAN);
    assertThat(r.get("amount").asLong()).isEqualTo(40_000_000L);
    assertThat(r.get("formula").asString())
        .isEqualTo("S = F/T1 × (T1 − T2) = 60000000/72 × (72 − 24) = 40000000");
    assertThat(r.get("reductions")).isEmpty();
    assertThat(r.get("rule").get("legalSource").asString()).isEqualTo("Nghị định 171/2025/NĐ-CP");
    assertThat(r.get("rule").get("article").asString()).startsWith("Điều 7 khoản 2 điểm b");
    assertThat(r.get("rule").get("confidence").asString()).isEqualTo("H");
  }

  @Test
  @DisplayName("NĐ 171/2025 Điều 7 khoản 2 điểm b: T2 = 0 is all of F, T2 = T1 is nothing")
  void formulaAtItsEnds() {
    String q = "cost=90000000&requiredMonths=36&yearsOfService=0&reason=LEFT_BEFORE_COMMITMENT";
    assertThat(amount(q + "&servedMonths=0" + MAN)).isEqualTo(90_000_000L);
    assertThat(amount(q + "&servedMonths=36" + MAN)).isZero();
    assertThat(amount(q + "&servedMonths=35" + MAN)).isEqualTo(2_500_000L);
    // rounded to the đồng: 100/3 × 2 = 66.67
    assertThat(
            amount(
                "cost=100&requiredMonths=3&servedMonths=1&yearsOfService=0"
                    + "&reason=LEFT_BEFORE_COMMITMENT"
                    + MAN))
        .isEqualTo(67L);
  }

  @Test
  @DisplayName("NĐ 171/2025 Điều 7 khoản 2 điểm a: 100% for Điều 6 khoản 1, 2, 3")
  void fullCases() {
    for (String reason :
        List.of("QUIT_DURING_TRAINING", "DISMISSED_DURING_TRAINING", "NO_DEGREE")) {
      JsonNode r = ok("cost=50000000&yearsOfService=0&reason=" + reason + MAN);
      assertThat(r.get("amount").asLong()).as(reason).isEqualTo(50_000_000L);
      assertThat(r.get("rule").get("article").asString()).startsWith("Điều 7 khoản 2 điểm a");
    }
  }

  @Test
  @DisplayName(
      "NĐ 171/2025 Điều 8 khoản 2: 1.5% per year for women and ethnic minorities, 1% others")
  void reductions() {
    String q = "cost=60000000&requiredMonths=72&servedMonths=24&reason=LEFT_BEFORE_COMMITMENT";
    // 10 years: a woman 15% of 40 M = 6 M off, a man 10% = 4 M off
    JsonNode woman = ok(q + "&yearsOfService=10&sex=FEMALE&ethnicMinority=false");
    assertThat(woman.get("amount").asLong()).isEqualTo(34_000_000L);
    JsonNode red = woman.get("reductions").get(0);
    assertThat(red.get("kind").asString()).isEqualTo("WOMAN");
    assertThat(red.get("percent").decimalValue()).isEqualByComparingTo("15");
    assertThat(red.get("amount").asLong()).isEqualTo(6_000_000L);
    assertThat(red.get("rule").get("article").asString()).isEqualTo("Điều 8 khoản 2");
    assertThat(amount(q + "&yearsOfService=10&sex=MALE&ethnicMinority=true"))
        .isEqualTo(34_000_000L);
    assertThat(amount(q + "&yearsOfService=10" + MAN)).isEqualTo(36_000_000L);
    // a woman of an ethnic minority: one rate, not two
    assertThat(amount(q + "&yearsOfService=10&sex=FEMALE&ethnicMinority=true"))
        .isEqualTo(34_000_000L);
    // one year; and the cap at 100%: 67 years × 1.5% would be more than the whole
    assertThat(amount(q + "&yearsOfService=1" + MAN)).isEqualTo(39_600_000L);
    assertThat(
            amount("cost=1000&reason=NO_DEGREE&yearsOfService=60&sex=FEMALE&ethnicMinority=false"))
        .isEqualTo(100L);
    assertThat(amount("cost=1000&reason=NO_DEGREE&yearsOfService=60" + MAN)).isEqualTo(400L);
  }

  @Test
  @DisplayName("NĐ 171/2025 Điều 8 khoản 1 and Điều 41 khoản 6: exemptions owe nothing")
  void exemptions() {
    JsonNode ill =
        ok(
            "cost=50000000&reason=NO_DEGREE&yearsOfService=3&exemption=SERIOUS_ILLNESS_OR_DISASTER"
                + MAN);
    assertThat(ill.get("amount").asLong()).isZero();
    assertThat(ill.get("exemption").asString()).isEqualTo("SERIOUS_ILLNESS_OR_DISASTER");
    assertThat(ill.get("rule").get("article").asString()).isEqualTo("Điều 8 khoản 1 điểm a");
    JsonNode moved =
        ok(
            "cost=50000000&requiredMonths=72&servedMonths=10&reason=LEFT_BEFORE_COMMITMENT"
                + "&yearsOfService=3&exemption=TRANSFER_WITHIN_SYSTEM"
                + MAN);
    assertThat(moved.get("amount").asLong()).isZero();
    assertThat(moved.get("rule").get("article").asString()).isEqualTo("Điều 8 khoản 1 điểm b");
    JsonNode policy =
        ok(
            "cost=50000000&reason=QUIT_DURING_TRAINING&yearsOfService=3"
                + "&exemption=RESTRUCTURING_POLICY&asOf=2025-07-01"
                + MAN);
    assertThat(policy.get("amount").asLong()).isZero();
    assertThat(policy.get("rule").get("article").asString()).isEqualTo("Điều 41 khoản 6");
  }

  @Test
  @DisplayName("Before 1-7-2025 the rules of NĐ 101/2017 (as amended by NĐ 89/2021) apply [M]")
  void beforeTheReform() {
    JsonNode r =
        ok(
            "cost=60000000&requiredMonths=72&servedMonths=24&reason=LEFT_BEFORE_COMMITMENT"
                + "&yearsOfService=10&asOf=2025-06-30&sex=FEMALE&ethnicMinority=false");
    assertThat(r.get("amount").asLong()).isEqualTo(34_000_000L);
    assertThat(r.get("rule").get("legalSource").asString()).startsWith("Nghị định 101/2017");
    assertThat(r.get("rule").get("confidence").asString()).isEqualTo("M");
    assertThat(
            ok("cost=1&reason=NO_DEGREE&yearsOfService=0&asOf=2025-07-01" + MAN)
                .get("rule")
                .get("legalSource")
                .asString())
        .isEqualTo("Nghị định 171/2025/NĐ-CP");
    assertThat(refused("cost=1&reason=NO_DEGREE&yearsOfService=0&asOf=2017-08-31" + MAN))
        .containsExactly("asOf");
    assertThat(
            refused(
                "cost=1&reason=QUIT_DURING_TRAINING&yearsOfService=0"
                    + "&exemption=RESTRUCTURING_POLICY&asOf=2025-06-30"
                    + MAN))
        .containsExactly("exemption");
  }

  @Test
  @DisplayName("Bad input: every reason at once, in Vietnamese")
  void badInput() {
    assertThat(refused(""))
        .containsExactlyInAnyOrder("cost", "reason", "sex", "ethnicMinority", "yearsOfService");
    assertThat(
            refused(
                "cost=-5&reason=LEFT_BEFORE_COMMITMENT&requiredMonths=0&servedMonths=x"
                    + "&sex=X&ethnicMinority=maybe&yearsOfService=61&exemption=NONE&asOf=2026-13-01"))
        .containsExactlyInAnyOrder(
            "cost",
            "requiredMonths",
            "servedMonths",
            "sex",
            "ethnicMinority",
            "yearsOfService",
            "exemption",
            "asOf");
    assertThat(
            refused(
                "cost=10&reason=LEFT_BEFORE_COMMITMENT&requiredMonths=36&servedMonths=37"
                    + "&yearsOfService=0"
                    + MAN))
        .containsExactly("servedMonths");
    assertThat(refused("cost=10&reason=LEFT_BEFORE_COMMITMENT&yearsOfService=0" + MAN))
        .containsExactlyInAnyOrder("requiredMonths", "servedMonths");
    assertThat(
            refused(
                "cost=10&reason=QUIT_DURING_TRAINING&yearsOfService=0"
                    + "&exemption=SERIOUS_ILLNESS_OR_DISASTER"
                    + MAN))
        .containsExactly("exemption");
    Api.Response r = Api.admin(port).get(PATH + "cost=abc&reason=NO_DEGREE&yearsOfService=0" + MAN);
    assertThat(r.json().get("errors").get(0).get("message").asString()).contains("Chi phí đào tạo");
  }
}
