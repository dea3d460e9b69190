package vn.cbcs.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.Role;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitAttributes;
import vn.cbcs.units.Units;

/** Quotas by class under each decree, a change of class, concurrent posts counted once. */
@IntegrationTest
class StaffingTest {

  // Hà Nội communes the demo does not touch: a phường and a xã of Sóc Sơn
  private static final String WARD = "00001"; // Phường Phúc Xá
  private static final String COMMUNE = "00379"; // Xã Bắc Sơn, Huyện Sóc Sơn

  @LocalServerPort int port;
  @Autowired Staffing staffing;
  @Autowired UnitAttributes attributes;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  private void classify(String code, String cls, String from, String to) {
    jdbc.sql("DELETE FROM unit_attribute WHERE unit_code = ? AND attribute = 'CLASS'")
        .param(code)
        .update();
    Unit u = units.find(code, LocalDate.parse(from)).orElseThrow();
    attributes.record(u, "CLASS", cls, from, to, "QĐ phân loại (test)", TestActors.SYSTEM);
  }

  private Staffing.CommuneStaffing of(String code, String date) {
    return staffing.report(code, LocalDate.parse(date), TestActors.SYSTEM).communes().get(0);
  }

  @Test
  void quotasByClassUnderEachDecree() {
    classify(WARD, "LOAI_I", "2015-01-01", "2025-06-30");
    classify(COMMUNE, "LOAI_I", "2015-01-01", "2025-06-30");
    assertThat(units.find(COMMUNE, LocalDate.of(2024, 1, 1)).orElseThrow().type().name())
        .isEqualTo("XA");
    assertThat(of(WARD, "2018-01-01").quota()).as("NĐ 92/2009, class I").isEqualTo(25);
    assertThat(of(WARD, "2020-01-01").quota()).as("NĐ 34/2019, class I").isEqualTo(23);
    assertThat(of(WARD, "2024-01-01").quota()).as("NĐ 33/2023, phường class I").isEqualTo(23);
    assertThat(of(COMMUNE, "2024-01-01").quota()).as("NĐ 33/2023, xã class I").isEqualTo(22);
    assertThat(of(COMMUNE, "2024-01-01").quotaSource()).contains("NĐ 33/2023");
    classify(COMMUNE, "LOAI_III", "2015-01-01", "2025-06-30");
    assertThat(of(COMMUNE, "2018-01-01").quota()).as("NĐ 92/2009, class III").isEqualTo(21);
    assertThat(of(COMMUNE, "2020-01-01").quota()).as("NĐ 34/2019, class III").isEqualTo(19);
    assertThat(of(COMMUNE, "2024-01-01").quota()).as("NĐ 33/2023, xã class III").isEqualTo(18);
  }

  @Test
  void aCommuneThatChangedClass() {
    jdbc.sql("DELETE FROM unit_attribute WHERE unit_code = ? AND attribute = 'CLASS'")
        .param(COMMUNE)
        .update();
    Unit u = units.find(COMMUNE, LocalDate.of(2020, 1, 1)).orElseThrow();
    attributes.record(
        u, "CLASS", "LOAI_III", "2015-01-01", "2021-12-31", "NQ 2015 (test)", TestActors.SYSTEM);
    attributes.record(u, "CLASS", "LOAI_II", "2022-01-01", "", "NQ 2022 (test)", TestActors.SYSTEM);
    assertThat(of(COMMUNE, "2021-06-01").quota()).isEqualTo(19);
    assertThat(of(COMMUNE, "2022-06-01").quota()).isEqualTo(21);
    assertThat(of(COMMUNE, "2024-06-01").quota()).isEqualTo(20);
  }

  @Test
  void anUnclassifiedCommuneHasNoQuotaAndSaysWhy() {
    jdbc.sql("DELETE FROM unit_attribute WHERE unit_code = '00004' AND attribute = 'CLASS'")
        .update();
    Staffing.CommuneStaffing c = of("00004", "2024-01-01");
    assertThat(c.quota()).isNull();
    assertThat(c.quotaSource()).isNull();
  }

  @Test
  void aConcurrentPostIsCountedOnce() {
    String place = "00007"; // Phường Cống Vị, before 2025
    long before = of(place, "2024-06-01").filled();
    ObjectNode secretary = person("Kiều Văn Kiêm", false, 1970);
    ObjectNode main = assignment(place, "BI_THU_DANG_UY_XA", "2024-01-01", "2025-06-30");
    ObjectNode concurrent = assignment(place, "CHU_TICH_HDND_XA", "2024-01-01", "2025-06-30");
    concurrent.put("concurrent", true);
    ((ObjectNode) concurrent.get("decision")).put("kind", "CONCURRENT");
    secretary.set("assignments", array(main, concurrent));
    assertThat(Api.admin(port).post("/api/people", secretary).status()).isEqualTo(201);
    assertThat(of(place, "2024-06-01").filled()).isEqualTo(before + 1);
  }

  @Test
  void afterTheReformTheProvinceAllocatesElseTheNationalAverage() {
    String commune = "00004"; // Phường Ba Đình from 1-7-2025
    jdbc.sql("DELETE FROM staffing_allocation WHERE unit_code = ?").param(commune).update();
    Staffing.CommuneStaffing c = of(commune, "2026-01-01");
    assertThat(c.quota()).isEqualTo(32);
    assertThat(c.defaultQuota()).isTrue();
    staffing.allocate(
        commune,
        35,
        LocalDate.of(2025, 9, 1),
        "QĐ giao biên chế (test)",
        TestActors.user("sonoivu", Role.PROVINCE_OFFICER, "01"));
    assertThat(of(commune, "2025-08-01").quota()).isEqualTo(32);
    assertThat(of(commune, "2026-01-01").quota()).isEqualTo(35);
    staffing.allocate(
        commune,
        30,
        LocalDate.of(2026, 1, 1),
        "QĐ điều chỉnh (test)",
        TestActors.user("sonoivu", Role.PROVINCE_OFFICER, "01"));
    assertThat(of(commune, "2025-12-31").quota())
        .as("the earlier allocation is kept for its period")
        .isEqualTo(35);
    assertThat(of(commune, "2026-02-01").quota()).isEqualTo(30);
  }

  @Test
  void theApiGivesTheReportWithTheRule() {
    var r = Api.admin(port).get("/api/units/064/staffing?asOf=2024-01-01").json();
    assertThat(r.get("communes").size()).isGreaterThan(10);
    assertThat(r.get("communes").get(0).has("quota")).isTrue();
    assertThat(r.get("communes").get(0).has("ruleSource")).isTrue();
    assertThat(Api.admin(port).get("/api/units/99999/staffing").status()).isEqualTo(404);
  }
}
