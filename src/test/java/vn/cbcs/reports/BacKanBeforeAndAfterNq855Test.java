package vn.cbcs.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.support.Api;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * The statistical table and the review of Resolution 10-NQ/TU for the demo Bắc Kạn on 31-12-2018
 * and 31-12-2020, either side of NQ 855/NQ-UBTVQH14 (in force 1-2-2020): each counts the communes
 * of its date (122, then 108), read back from the JSON and from the files. Counts and structure
 * only — the wording of the documents belongs to the reports module.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BacKanBeforeAndAfterNq855Test {

  static final LocalDate END_2018 = LocalDate.of(2018, 12, 31);
  static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

  @LocalServerPort int port;
  @Autowired DemoDataGenerator generator;
  @Autowired JdbcClient jdbc;
  @Autowired Indicators indicators;
  long nq10;

  @BeforeAll
  void demo() {
    DemoProvince.ensure(generator);
    nq10 =
        jdbc.sql("SELECT id FROM resolution WHERE number = '10-NQ/TU'").query(Long.class).single();
  }

  private JsonNode json(String path) {
    Api.Response r = Api.admin(port).get(path);
    assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<String> codes(JsonNode rows) {
    List<String> codes = new ArrayList<>();
    rows.forEach(r -> codes.add(r.get("code").asString()));
    return codes;
  }

  @Test
  void theQualityTableCountsTheCommunesOfItsDate() {
    JsonNode y2018 = json("/api/reports/quality?unit=06&asOf=2018-12-31");
    JsonNode y2020 = json("/api/reports/quality?unit=06&asOf=2020-12-31");
    assertThat(y2018.get("communes").asInt()).isEqualTo(122);
    assertThat(y2020.get("communes").asInt()).isEqualTo(108);
    assertThat(y2018.get("rows")).as("one row per district").hasSize(8);
    assertThat(y2020.get("rows")).hasSize(8);
    for (var e : Map.of(END_2018, y2018, END_2020, y2020).entrySet()) {
      long denominator =
          indicators
              .value(
                  "PRO_SO_CAP_PLUS",
                  indicators.scope("06", e.getKey(), null, TestActors.SYSTEM),
                  TestActors.SYSTEM)
              .denominator();
      assertThat(e.getValue().get("total").get("counts").get("total").asLong())
          .as("the people of the table on " + e.getKey())
          .isEqualTo(denominator)
          .isPositive();
    }
    // Huyện Na Rì: 22 communes before, 17 after (NQ 855 Art. 1)
    JsonNode naRi2018 = json("/api/reports/quality?unit=066&asOf=2018-12-31");
    JsonNode naRi2020 = json("/api/reports/quality?unit=066&asOf=2020-12-31");
    assertThat(naRi2018.get("rows")).hasSize(22);
    assertThat(codes(naRi2018.get("rows"))).contains("02164", "02182", "02134");
    assertThat(naRi2020.get("rows")).hasSize(17);
    assertThat(codes(naRi2020.get("rows"))).doesNotContain("02164", "02182", "02134");
    // the file says the same
    var xlsx = Api.admin(port).download("/reports/quality.xlsx?unit=066&asOf=2018-12-31");
    assertThat(xlsx.status()).isEqualTo(200);
    Map<String, List<Long>> rows = ReportReadBack.xlsxRows(xlsx.bytes());
    assertThat(rows).containsKey("Xã Ân Tình");
    long sheetPeople =
        rows.entrySet().stream()
            .filter(r -> r.getKey().startsWith("Xã ") || r.getKey().startsWith("Thị trấn "))
            .mapToLong(r -> r.getValue().get(0))
            .sum();
    assertThat(sheetPeople).isEqualTo(naRi2018.get("total").get("counts").get("total").asLong());
  }

  @Test
  void theReviewOfResolution10CountsTheCommunesOfEachDate() {
    JsonNode data = json("/api/resolutions/" + nq10 + "/report-data?from=2018-12-31&to=2020-12-31");
    assertThat(data.get("scopeFrom").get("communes").asInt()).isEqualTo(122);
    assertThat(data.get("scopeTo").get("communes").asInt()).isEqualTo(108);
    assertThat(data.get("children").get("rows")).as("the eight districts").hasSize(8);
    for (JsonNode c : data.get("comparison")) {
      long before =
          indicators
              .value(
                  c.get("indicatorCode").asString(),
                  indicators.scope("06", END_2018, null, TestActors.SYSTEM),
                  TestActors.SYSTEM)
              .denominator();
      assertThat(c.get("from").get("denominator").asLong()).isEqualTo(before);
    }
    var docx =
        Api.admin(port)
            .download("/resolutions/" + nq10 + "/report.docx?from=2018-12-31&to=2020-12-31");
    assertThat(docx.status()).isEqualTo(200);
    String text = ReportReadBack.docxText(docx.bytes());
    assertThat(text).contains("108 đơn vị hành chính cấp xã");
    List<List<List<String>>> tables = ReportReadBack.docxTables(docx.bytes());
    List<List<String>> children =
        tables.stream().filter(t -> t.get(0).contains("Đơn vị")).findFirst().orElseThrow();
    for (JsonNode r : data.get("children").get("rows")) {
      assertThat(children)
          .as(r.get("unitName").asString())
          .anySatisfy(row -> assertThat(row.get(1)).isEqualTo(r.get("unitName").asString()));
    }
  }
}
