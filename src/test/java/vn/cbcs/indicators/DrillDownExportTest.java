package vn.cbcs.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * The drill-down's list as xlsx (issue 17): the same people as the page and the API for each part,
 * a title naming indicator, unit, date and part; the same scope and sensitive-data rule.
 */
@IntegrationTest
class DrillDownExportTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void district() {
    TamDuong.ensure(port, jdbc);
  }

  private static List<List<String>> rows(byte[] xlsx) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
        var stream = wb.getFirstSheet().openStream()) {
      stream.forEach(
          (Row r) -> {
            List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(c == null ? "" : c.getText()));
            rows.add(cells);
          });
    }
    return rows;
  }

  @Test
  void eachPartIsExportedWithThePeopleTheApiCounts() throws Exception {
    Api api = Api.admin(port);
    String q = "unit=" + IndicatorsKnownAnswersTest.DISTRICT + "&asOf=2021-12-31";
    for (String part : List.of("numerator", "rest")) {
      JsonNode people =
          api.get("/api/indicators/PRO_SO_CAP_PLUS/people?" + q + "&part=" + part).json();
      Api.Download x =
          api.download("/indicators/PRO_SO_CAP_PLUS/people.xlsx?" + q + "&part=" + part);
      assertThat(x.status()).isEqualTo(200);
      assertThat(x.headers().getFirst("Content-Disposition")).contains("PRO_SO_CAP_PLUS");
      List<List<String>> rows = rows(x.bytes());
      assertThat(rows.get(0).get(0)).contains("31/12/2021");
      assertThat(rows.get(1)).startsWith("STT", "Mã", "Họ và tên / Đơn vị");
      List<String> names = rows.subList(2, rows.size()).stream().map(r -> r.get(2)).toList();
      assertThat(names).hasSize(people.get("count").asInt()).isNotEmpty();
      assertThat(names).containsExactlyInAnyOrderElementsOf(people.findValuesAsString("name"));
    }
  }

  @Test
  void theScopeAndTheSensitiveDataRuleHoldForTheExport() {
    String q = "unit=" + IndicatorsKnownAnswersTest.DISTRICT + "&asOf=2021-12-31";
    // a province officer of Cao Bằng: the Lai Châu district is outside the ground
    Api outside =
        new Api(port, TestUsers.create(port, "tcb", "PROVINCE_OFFICER", "04"), TestUsers.PASSWORD);
    assertThat(outside.download("/indicators/PRO_SO_CAP_PLUS/people.xlsx?" + q).status())
        .isEqualTo(403);
    // inside the ground without SEE_SENSITIVE: the ethnic-minority list is not given
    Api head =
        new Api(
            port,
            TestUsers.create(port, "ctld", "COMMUNE_HEAD", IndicatorsKnownAnswersTest.DISTRICT),
            TestUsers.PASSWORD);
    assertThat(head.download("/indicators/PRO_SO_CAP_PLUS/people.xlsx?" + q).status())
        .isEqualTo(200);
    assertThat(head.download("/indicators/ETHNIC_MINORITY/people.xlsx?" + q).status())
        .isEqualTo(403);
  }
}
