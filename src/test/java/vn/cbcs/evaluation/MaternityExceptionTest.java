package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Known answers of the maternity exception (NĐ 90/2020 Điều 2 khoản 3 as amended by NĐ 48/2023,
 * REGULATIONS.md §2.2) through {@code GET /api/rules/evaluation?maternity=true}.
 */
@IntegrationTest
class MaternityExceptionTest {

  @LocalServerPort int port;

  private Api.Response get(String query) {
    return Api.admin(port).get("/api/rules/evaluation?" + query);
  }

  private JsonNode ok(String query) {
    Api.Response r = get(query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  @DisplayName(
      "NĐ 90/2020 Điều 2 khoản 3 (sửa bởi NĐ 48/2023): under 6 months worked → not rated, except"
          + " maternity leave: rated on the time worked")
  void maternityLeaveIsRatedOnTheTimeWorked() {
    assertThat(ok("year=2024&monthsWorked=4&points=85").get("level").asString())
        .isEqualTo("NOT_RATED");
    assertThat(ok("year=2024&monthsWorked=4&points=85&maternity=false").get("level").asString())
        .isEqualTo("NOT_RATED");
    JsonNode r = ok("year=2024&monthsWorked=4&points=85&maternity=true");
    // Hải Phòng's bands of the regime: above 80 → HTTNV
    assertThat(r.get("level").asString()).isEqualTo("HTTNV");
    JsonNode first = r.get("reasons").get(0);
    assertThat(first.get("code").asString()).isEqualTo("maternity");
    assertThat(first.get("message").asString())
        .isEqualTo(
            "Thời gian công tác trong năm 4 tháng, dưới 6 tháng, nhưng do nghỉ chế độ thai sản:"
                + " vẫn xếp loại theo thời gian làm việc thực tế.");
    assertThat(first.get("article").asString())
        .isEqualTo("Điều 2 khoản 3 (trừ trường hợp nghỉ chế độ thai sản)");
    assertThat(first.get("confidence").asString()).isEqualTo("H");
    // 6 months or more: the flag changes nothing
    assertThat(
            ok("year=2024&monthsWorked=8&points=85&maternity=true")
                .get("reasons")
                .get(0)
                .get("code")
                .asString())
        .isNotEqualTo("maternity");
    // 0 months and maternity: still rated, on the points given
    assertThat(ok("year=2024&monthsWorked=0&points=40&maternity=true").get("level").asString())
        .isEqualTo("KHTNV");
  }

  @Test
  @DisplayName("NĐ 90/2020 Điều 2 khoản 3: rated under the exception, the points are required")
  void maternityNeedsPoints() {
    Api.Response r = get("year=2024&monthsWorked=3&maternity=true");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("points");
    assertThat(get("year=2024&monthsWorked=3&points=70").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("maternity is true or false; Law 80/2025 (2026) has no months rule to except")
  void maternityParameter() {
    Api.Response r = get("year=2024&monthsWorked=4&points=85&maternity=co");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("maternity");
    assertThat(ok("year=2026&monthsWorked=4&points=85&maternity=true").get("level").asString())
        .isEqualTo("HTTNV");
  }
}
