package vn.cbcs.units.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.IntegrationTest;

/** Loading the official lists: idempotent, and honest about what it reconciled. */
@IntegrationTest
class UnitCatalogueLoaderTest {

  @Autowired UnitCatalogueLoader loader;
  @Autowired JdbcClient jdbc;

  @Test
  void loadingAgainChangesNothing() {
    long units = count("unit");
    long links = count("unit_crosswalk");
    assertThat(loader.loadMissing()).as("every dataset is already loaded").isEmpty();
    assertThat(count("unit")).isEqualTo(units);
    assertThat(count("unit_crosswalk")).isEqualTo(links);
    assertThat(count("unit_dataset")).isEqualTo(OfficialDatasets.ALL.size());
  }

  @Test
  void theKnownCodeDisagreementsAreReconciledAndReported() {
    String report = report("nso-conversion-2025-07-01");
    assertThat(report)
        .contains("Xã Ba Chẽ 06970 → 06978")
        .contains("Xã Mỹ Hưng 01615 → 01651")
        .contains("Xã Phú Thịnh 02485 → 02482")
        .contains("Khu vực bãi bồi ven biển");
    assertThat(report).as("every old commune has a successor").doesNotContain("with no successor");
    assertThat(report)
        .as("every new commune has a predecessor")
        .doesNotContain("with no predecessor");
    assertThat(
            jdbc.sql("SELECT count(*) FROM unit_crosswalk WHERE successor_code = '06978'")
                .query(Long.class)
                .single())
        .as("Ba Chẽ's five predecessors point at the code of the unit list")
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void theFiveIslandDistrictsBecameDacKhu() {
    String report = report("nso-conversion-2025-07-01");
    assertThat(report)
        .contains(
            "Huyện Côn Đảo 755 → Đặc khu Côn Đảo",
            "Huyện Bạch Long Vĩ 318",
            "Huyện Cồn Cỏ 471",
            "Huyện Hoàng Sa 498",
            "Huyện Lý Sơn 536");
  }

  @Test
  void theLaterEditionReportsItsRealChangesAndIgnoresSpelling() {
    String report = report("post2025-head-2026-08");
    assertThat(report).contains("75 Tỉnh Đồng Nai → Thành phố Đồng Nai").contains("Changed (11)");
    assertThat(report).contains("spelling variants kept as they were: 194");
  }

  private String report(String dataset) {
    return jdbc.sql("SELECT report FROM unit_dataset WHERE name = ?")
        .param(dataset)
        .query(String.class)
        .single();
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  @Test
  void theReportsAreReadableThroughTheApi(
      @org.springframework.boot.test.web.server.LocalServerPort int port) {
    var r = vn.cbcs.support.Api.admin(port).get("/api/units/datasets");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).hasSize(OfficialDatasets.ALL.size());
    assertThat(r.json().get(0).get("effectiveFrom").isNull()).as("pre-2025 start unknown").isTrue();
    assertThat(r.json().get(2).get("report").asString()).contains("Xã Mỹ Hưng 01615 → 01651");
  }
}
