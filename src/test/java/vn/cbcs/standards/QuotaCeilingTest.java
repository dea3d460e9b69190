package vn.cbcs.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitAttributes;
import vn.cbcs.units.Units;

/**
 * Known answers for quotas as ceilings and their adjustments (REGULATIONS.md §13.2, §13.4), on
 * communes of provinces the demo and the other tests leave alone.
 */
@IntegrationTest
class QuotaCeilingTest {

  private static final LocalDate ND33 = LocalDate.of(2024, 1, 1);

  @LocalServerPort int port;
  @Autowired Staffing staffing;
  @Autowired Indicators indicators;
  @Autowired UnitAttributes attributes;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  private String commune(String type, String province, int nth, LocalDate on) {
    return jdbc.sql(
            "SELECT code FROM units_in_force_on(:d) WHERE type = :t AND path LIKE :p"
                + " ORDER BY code OFFSET :n LIMIT 1")
        .param("d", on)
        .param("t", type)
        .param("p", province + "/%")
        .param("n", nth)
        .query(String.class)
        .single();
  }

  private void record(String code, String attribute, String value, String from, String to) {
    jdbc.sql("DELETE FROM unit_attribute WHERE unit_code = ? AND attribute = ?")
        .params(code, attribute)
        .update();
    Unit u = units.find(code, LocalDate.parse(from)).orElseThrow();
    attributes.record(
        u, attribute, value, from, to, "Niên giám thống kê (test)", TestActors.SYSTEM);
  }

  private Staffing.CommuneStaffing of(String code, LocalDate date) {
    return staffing.report(code, date, TestActors.SYSTEM).communes().get(0);
  }

  private void staff(String commune, String position, String from, String to) {
    ObjectNode p = person("Hà Văn Đủ", false, 1980);
    p.set("assignments", array(assignment(commune, position, from, to)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  /**
   * NĐ 33/2023 Art. 6 ("không quá"): staffed to quota means every mandatory title filled and the
   * headcount within the ceiling; below the ceiling is lawful, over it a breach.
   */
  @Test
  void staffedToQuotaIsEveryTitleFilledWithinTheCeiling_ND33Art6() {
    String xa = commune("XA", "08", 3, ND33);
    record(xa, "CLASS", "LOAI_III", "2020-01-01", "2025-06-30");
    Staffing.CommuneStaffing empty = of(xa, ND33);
    assertThat(empty.quota()).isEqualTo(18);
    assertThat(empty.staffedToQuota()).isFalse();
    assertThat(empty.unfilledTitles()).hasSize(14);
    List<String> titles =
        List.of(
            "BI_THU_DANG_UY_XA",
            "CHU_TICH_HDND_XA",
            "CHU_TICH_UBND_XA",
            "PHO_CHU_TICH_UBND_XA",
            "CHU_TICH_MTTQ_XA",
            "BI_THU_DOAN_XA",
            "CHU_TICH_HOI_PHU_NU_XA",
            "CHU_TICH_HOI_CCB_XA",
            "CHI_HUY_TRUONG_QS_XA",
            "VAN_PHONG_THONG_KE",
            "DIA_CHINH_XA",
            "TAI_CHINH_KE_TOAN",
            "TU_PHAP_HO_TICH",
            "VAN_HOA_XA_HOI");
    titles.forEach(t -> staff(xa, t, "2023-09-01", "2025-06-30"));
    Staffing.CommuneStaffing full = of(xa, ND33);
    assertThat(full.filled()).isEqualTo(14);
    assertThat(full.vacancies()).as("4 places not yet filled: lawful").isEqualTo(4);
    assertThat(full.staffedToQuota()).as("14 of at most 18, every title filled").isTrue();
    var scope = indicators.scope(xa, ND33, null, TestActors.SYSTEM);
    var value = indicators.value("COMMUNES_STAFFED_TO_QUOTA", scope, TestActors.SYSTEM);
    assertThat(value.numerator()).isEqualTo(1);
    assertThat(value.denominator()).isEqualTo(1);
    for (int i = 0; i < 5; i++) {
      staff(xa, "VAN_HOA_XA_HOI", "2023-09-01", "2025-06-30");
    }
    Staffing.CommuneStaffing over = of(xa, ND33);
    assertThat(over.excess()).isEqualTo(1);
    assertThat(over.over()).isTrue();
    assertThat(over.surplus()).as("before 1-7-2025 a breach, not a surplus").isFalse();
    assertThat(over.staffedToQuota()).isFalse();
    assertThat(indicators.value("COMMUNES_STAFFED_TO_QUOTA", scope, TestActors.SYSTEM).numerator())
        .isZero();
  }

  /** NĐ 33/2023 Art. 6(2)(a): one more per full half of the population norm above it [M]. */
  @Test
  void aPopulousCommuneGetsMoreByItsPopulation_ND33Art6() {
    String xa = commune("XA", "08", 4, ND33);
    record(xa, "CLASS", "LOAI_I", "2020-01-01", "2025-06-30");
    record(xa, "POPULATION", "14000", "2023-01-01", "2025-06-30");
    Staffing.CommuneStaffing c = of(xa, ND33);
    assertThat(c.baseQuota()).isEqualTo(22);
    assertThat(c.quota()).as("(14,000 − 8,000) / 4,000 = 1 more").isEqualTo(23);
    assertThat(c.adjustments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.reason()).isEqualTo("POPULATION");
              assertThat(a.source()).contains("Điều 6", "Niên giám thống kê (test)");
            });
    record(xa, "MOUNTAINOUS", "true", "2020-01-01", "2025-06-30");
    assertThat(of(xa, ND33).quota())
        .as("mountainous norm 5,000: (14,000 − 5,000) / 2,500 = 3 more")
        .isEqualTo(25);
    assertThat(of(xa, LocalDate.of(2022, 1, 1)).quota())
        .as("NĐ 34/2019 has no such add-on")
        .isEqualTo(23);
  }

  /** The population is a dated unit attribute with its source; a number, written as people do. */
  @Test
  void thePopulationIsANumberOfPeopleWithItsSource() {
    String xa = commune("XA", "08", 6, ND33);
    Unit u = units.find(xa, ND33).orElseThrow();
    var a =
        attributes.record(
            u,
            "POPULATION",
            "12.345",
            "2023-01-01",
            "",
            "Niên giám thống kê 2022",
            TestActors.SYSTEM);
    assertThat(a.value()).isEqualTo("12345");
    assertThat(a.legalBasis()).isEqualTo("Niên giám thống kê 2022");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                attributes.record(
                    u, "POPULATION", "nhiều", "2023-01-01", "", "x", TestActors.SYSTEM))
        .isInstanceOf(vn.cbcs.platform.BadRequestException.class);
  }

  /** NĐ 33/2023 Art. 6(2)(a): a third of the norm for a phường of an urban district [M]. */
  @Test
  void aWardOfAnUrbanDistrictCountsByThirds_ND33Art6() {
    String ward =
        jdbc.sql(
                "SELECT c.code FROM units_in_force_on(:d) c JOIN units_in_force_on(:d) p"
                    + " ON p.code = c.parent_code WHERE c.type = 'PHUONG' AND p.type = 'QUAN'"
                    + " AND c.path LIKE '79/%' ORDER BY c.code OFFSET 5 LIMIT 1")
            .param("d", ND33)
            .query(String.class)
            .single();
    record(ward, "CLASS", "LOAI_II", "2020-01-01", "2025-06-30");
    record(ward, "POPULATION", "14000", "2023-01-01", "2025-06-30");
    assertThat(of(ward, ND33).quota()).as("21 + (14,000 − 7,000) / 2,333 = 21 + 3").isEqualTo(24);
  }

  /** NĐ 34/2019 Art. 2: one fewer where a regular police officer is the commune police chief. */
  @Test
  void oneFewerWithARegularPoliceChief_ND34Art2() {
    String xa = commune("XA", "08", 5, ND33);
    record(xa, "CLASS", "LOAI_II", "2016-01-01", "2025-06-30");
    record(xa, "REGULAR_POLICE_CHIEF", "true", "2020-03-01", "2025-06-30");
    assertThat(of(xa, LocalDate.of(2020, 1, 1)).quota()).isEqualTo(21);
    assertThat(of(xa, LocalDate.of(2021, 1, 1)).quota()).isEqualTo(20);
    assertThat(of(xa, ND33).quota()).as("NĐ 33/2023 counts without the police chief").isEqualTo(20);
  }

  /** Law 80/2025 Art. 45(1): over the staff positions given is a surplus to reduce by 30-6-2030. */
  @Test
  void afterTheReformAnExcessIsASurplusToReduceBy2030_Law80Art45() {
    LocalDate asOf = LocalDate.of(2026, 1, 1);
    // the 41st commune of Tuyên Quang in 2026 (Xã Bắc Mê, 00991): the first ones are planning's
    String xa = commune("XA", "08", 40, asOf);
    staffing.allocate(
        xa, 1, LocalDate.of(2025, 7, 1), "QĐ giao biên chế (test)", TestActors.SYSTEM);
    staff(xa, "CHU_TICH_UBND", "2025-07-01", null);
    staff(xa, "VTVL_VHXH_Y_TE", "2025-07-01", null);
    Staffing.CommuneStaffing c = of(xa, asOf);
    assertThat(c.excess()).isEqualTo(1);
    assertThat(c.surplus()).isTrue();
    assertThat(c.surplusDeadline()).isEqualTo(LocalDate.of(2030, 6, 30));
    assertThat(Api.admin(port).download("/units/" + xa + "/staffing?asOf=2026-01-01").text())
        .contains("Biên chế được giao", "Dôi dư", "giảm đến 30/06/2030")
        .doesNotContain("Còn thiếu", "Định biên");
  }
}
