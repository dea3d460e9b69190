package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Known answers of the planning age rule at its edges, each naming its article: QĐ 377-QĐ/TW Điều
 * 25 khoản 2 and HD 45-HD/BTCTW mục II.5.2 (60 months for đối tượng 1, 120 for đối tượng 2, women
 * entitled to 60 computed with 60), on the retirement date of NĐ 135/2020 as {@code
 * /api/rules/retirement} gives it.
 */
@IntegrationTest
class PlanningAgeApiTest {

  @LocalServerPort int port;

  private JsonNode age(String query) {
    var r = Api.admin(port).get("/api/rules/planning-age?" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /** A man born 15-5-1975 reaches 62 (NĐ 135/2020 Art. 4, from 2028) in May 2037. */
  @Test
  void target1NeedsSixtyMonthsToTheRetirementMonth_QD377_Dieu25_khoan2() {
    String retirement =
        Api.admin(port)
            .get("/api/rules/retirement?birthDate=1975-05-15&sex=MALE")
            .json()
            .get("retirementDate")
            .asString();
    assertThat(retirement).isEqualTo("2037-05-31");
    JsonNode in = age("birthDate=1975-05-15&sex=MALE&target=1&referenceDate=2032-05-31");
    assertThat(in.get("retirementDate").asString()).isEqualTo(retirement);
    assertThat(in.get("monthsLeft").asLong()).isEqualTo(60);
    assertThat(in.get("eligible").asBoolean()).isTrue();
    assertThat(in.get("rule").get("regime").asString()).isEqualTo("QD377");
    assertThat(in.get("rule").get("article").asString()).contains("Điều 25 khoản 2");
    JsonNode out = age("birthDate=1975-05-15&sex=MALE&target=1&referenceDate=2032-06-01");
    assertThat(out.get("monthsLeft").asLong()).isEqualTo(59);
    assertThat(out.get("eligible").asBoolean()).isFalse();
  }

  @Test
  void target2NeedsOneHundredTwentyMonths_QD377_Dieu25_khoan2() {
    JsonNode in = age("birthDate=1975-05-15&sex=MALE&target=2&referenceDate=2027-05-01");
    assertThat(in.get("monthsLeft").asLong()).isEqualTo(120);
    assertThat(in.get("requiredMonths").asInt()).isEqualTo(120);
    assertThat(in.get("eligible").asBoolean()).isTrue();
    JsonNode out = age("birthDate=1975-05-15&sex=MALE&target=2&referenceDate=2027-06-01");
    assertThat(out.get("monthsLeft").asLong()).isEqualTo(119);
    assertThat(out.get("eligible").asBoolean()).isFalse();
    // the same 119 months are enough for đối tượng 1
    assertThat(
            age("birthDate=1975-05-15&sex=MALE&target=1&referenceDate=2027-06-01")
                .get("eligible")
                .asBoolean())
        .isTrue();
  }

  /**
   * A woman born 10-1-1971 retires under NĐ 135/2020 at 57 years 8 months (2028) on 30-9-2028;
   * entitled to retire at 60, she is computed with 60: 31-1-2031 (HD 45 mục II.5.2, third indent).
   */
  @Test
  void womenEntitledToSixtyAreComputedWithSixty_HD45_mucII52() {
    JsonNode statutory = age("birthDate=1971-01-10&sex=FEMALE&target=1&referenceDate=2026-01-15");
    assertThat(statutory.get("retirementDate").asString()).isEqualTo("2028-09-30");
    assertThat(statutory.get("monthsLeft").asLong()).isEqualTo(32);
    assertThat(statutory.get("eligible").asBoolean()).isFalse();
    JsonNode at60 =
        age("birthDate=1971-01-10&sex=FEMALE&target=1&referenceDate=2026-01-15&womanAt60=true");
    assertThat(at60.get("retirementDate").asString()).isEqualTo("2031-01-31");
    assertThat(at60.get("monthsLeft").asLong()).isEqualTo(60);
    assertThat(at60.get("eligible").asBoolean()).isTrue();
    assertThat(at60.get("computedAt60").asBoolean()).isTrue();
    JsonNode late =
        age("birthDate=1971-01-10&sex=FEMALE&target=1&referenceDate=2026-02-01&womanAt60=true");
    assertThat(late.get("monthsLeft").asLong()).isEqualTo(59);
    assertThat(late.get("eligible").asBoolean()).isFalse();
  }

  /** Before 8-10-2025 the rule is QĐ 50-QĐ/TW with HD 16-HD/BTCTW (a full term: 60 months). */
  @Test
  void beforeTheEighthOfOctober2025TheRuleIsQD50() {
    JsonNode old = age("birthDate=1975-05-15&sex=MALE&target=1&referenceDate=2025-10-07");
    assertThat(old.get("rule").get("regime").asString()).isEqualTo("QD50");
    assertThat(old.get("rule").get("legalSource").asString()).contains("50-QĐ/TW");
    JsonNode now = age("birthDate=1975-05-15&sex=MALE&target=1&referenceDate=2025-10-08");
    assertThat(now.get("rule").get("regime").asString()).isEqualTo("QD377");
  }

  @Test
  void badInputIsRefusedWithEveryReasonInVietnamese() {
    var r =
        Api.admin(port)
            .get(
                "/api/rules/planning-age?birthDate=1975-13-01&sex=X&target=3&referenceDate=hôm-nay");
    assertThat(r.status()).isEqualTo(400);
    String body = r.body();
    assertThat(body).contains("birthDate", "sex", "target", "referenceDate");
    assertThat(body).contains("Đối tượng quy hoạch", "Giới tính");
    var missing = Api.admin(port).get("/api/rules/planning-age");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("Thiếu tham số bắt buộc");
    var man60 =
        Api.admin(port)
            .get("/api/rules/planning-age?birthDate=1975-05-15&sex=MALE&target=1&womanAt60=true");
    assertThat(man60.status()).isEqualTo(400);
    assertThat(man60.body()).contains("chỉ áp dụng cho cán bộ nữ");
  }
}
