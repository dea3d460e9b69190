package vn.cbcs.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Bắc Kạn's map before 2025 as the resolutions made it (issue 12; REGULATIONS §13 item 8): 122
 * communes until NQ 855/NQ-UBTVQH14 (10-1-2020) took effect on 1-2-2020, 108 after; Xã Vân Tùng
 * became a thị trấn on 10-4-2023 by NQ 722/NQ-UBTVQH15 (13-2-2023). Every figure below is the
 * resolution's own ("Sau khi sắp xếp, huyện Na Rì có 17 đơn vị hành chính cấp xã" …).
 */
@IntegrationTest
class UnitHistoryTest {

  static final LocalDate LAST_DAY_OF_122 = LocalDate.of(2020, 1, 31);
  static final LocalDate NQ_855 = LocalDate.of(2020, 2, 1);

  @LocalServerPort int port;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  private JsonNode get(String path) {
    Api.Response r = Api.admin(port).get(path);
    assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  void bacKanHad122CommunesUntilNq855And108From1February2020() {
    assertThat(get("/api/units/06?asOf=2020-01-31").get("descendantCommuneCount").asLong())
        .isEqualTo(122);
    assertThat(get("/api/units/06?asOf=2020-02-01").get("descendantCommuneCount").asLong())
        .isEqualTo(108);
    assertThat(get("/api/units/06?asOf=2016-01-01").get("descendantCommuneCount").asLong())
        .as("nothing changed in Bắc Kạn between 2016 and NQ 855")
        .isEqualTo(122);
    assertThat(get("/api/units/06?asOf=2025-06-30").get("descendantCommuneCount").asLong())
        .isEqualTo(108);
  }

  /** NQ 855 Art. 1: the number of communes of each district after the rearrangement. */
  @Test
  void eachDistrictHasTheCountTheResolutionGives() {
    Map<String, Long> before = units.communeCountsOfChildren("06", LAST_DAY_OF_122);
    Map<String, Long> after = units.communeCountsOfChildren("06", NQ_855);
    Map<String, Long> expectedBefore = new LinkedHashMap<>();
    Map<String, Long> expectedAfter = new LinkedHashMap<>();
    // district: before, after (Thành phố Bắc Kạn and Pác Nặm unchanged)
    long[][] counts = {
      {8, 8}, {10, 10}, {16, 15}, {11, 10}, {17, 14}, {22, 20}, {16, 14}, {22, 17}
    };
    String[] districts = {"058", "060", "061", "062", "063", "064", "065", "066"};
    for (int i = 0; i < districts.length; i++) {
      expectedBefore.put(districts[i], counts[i][0]);
      expectedAfter.put(districts[i], counts[i][1]);
    }
    assertThat(before).containsExactlyInAnyOrderEntriesOf(expectedBefore);
    assertThat(after).containsExactlyInAnyOrderEntriesOf(expectedAfter);
  }

  /**
   * After NQ 855: 96 xã, 6 phường, 6 thị trấn; after NQ 722 (Vân Tùng a thị trấn from 10-4-2023):
   * 95 xã, 6 phường, 7 thị trấn (the data README's facts for 30-6-2025).
   */
  @Test
  void vanTungBecameAThiTranOn10April2023() {
    assertThat(typesIn06(LocalDate.of(2023, 4, 9)))
        .containsExactlyInAnyOrderEntriesOf(Map.of("XA", 96L, "PHUONG", 6L, "THI_TRAN", 6L));
    assertThat(typesIn06(LocalDate.of(2023, 4, 10)))
        .containsExactlyInAnyOrderEntriesOf(Map.of("XA", 95L, "PHUONG", 6L, "THI_TRAN", 7L));
    assertThat(typesIn06(LAST_DAY_OF_122))
        .containsExactlyInAnyOrderEntriesOf(Map.of("XA", 110L, "PHUONG", 6L, "THI_TRAN", 6L));
    List<Unit> versions = units.versions("01954");
    assertThat(versions).extracting(Unit::fullName).startsWith("Xã Vân Tùng", "Thị trấn Vân Tùng");
    assertThat(versions.get(0).validTo()).isEqualTo(LocalDate.of(2023, 4, 9));
    assertThat(versions.get(1).validFrom()).isEqualTo(LocalDate.of(2023, 4, 10));
  }

  private Map<String, Long> typesIn06(LocalDate day) {
    Map<String, Long> m = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT type, count(*) FROM units_in_force_on(:d) WHERE level = 'COMMUNE' AND path"
                + " LIKE '06/%' GROUP BY type")
        .param("d", day)
        .query(
            rs -> {
              m.put(rs.getString(1), rs.getLong(2));
            });
    return m;
  }

  /** NQ 855 Art. 1 (Na Rì): Xã Văn Lang from the whole of Xã Ân Tình and Xã Lạng San. */
  @Test
  void anAbolishedCommuneIsOnTheMapOfItsDatesAndLeadsToItsSuccessor() {
    Unit anTinh = units.find("02164", LocalDate.of(2018, 12, 31)).orElseThrow();
    assertThat(anTinh.fullName()).isEqualTo("Xã Ân Tình");
    assertThat(anTinh.path()).isEqualTo("06/066/02164");
    assertThat(anTinh.validFrom()).as("in force since a date before 2016 we do not know").isNull();
    assertThat(anTinh.validTo()).isEqualTo(LAST_DAY_OF_122);
    assertThat(units.find("02164", NQ_855)).isEmpty();
    List<CrosswalkLink> next = units.successors(anTinh);
    assertThat(next).hasSize(1);
    assertThat(next.get(0).successor().fullName()).isEqualTo("Xã Văn Lang");
    assertThat(next.get(0).kind()).isEqualTo(CrosswalkKind.FULL);
    assertThat(next.get(0).effectiveDate()).isEqualTo(NQ_855);
    Unit vanLang = units.find("02140", NQ_855).orElseThrow();
    assertThat(units.predecessors(vanLang))
        .extracting(l -> l.predecessor().fullName())
        .containsExactlyInAnyOrder("Xã Ân Tình", "Xã Lạng San");
    assertThat(units.find("02140", LAST_DAY_OF_122).orElseThrow().fullName())
        .as("the code of Xã Lạng San went on as Xã Văn Lang's")
        .isEqualTo("Xã Lạng San");
  }

  /** The ground of a commune carried across NQ 855 and the 2025 reorganisation, both ways. */
  @Test
  void aCommuneOf2018IsFollowedTo2020And2026AndBack() {
    Unit anTinh = units.find("02164", LocalDate.of(2018, 12, 31)).orElseThrow();
    assertThat(units.communesCovering(anTinh, LocalDate.of(2020, 12, 31)))
        .extracting(Unit::fullName)
        .containsExactly("Xã Văn Lang");
    assertThat(units.communesCovering(anTinh, LocalDate.of(2026, 1, 1)))
        .extracting(Unit::code)
        .as("Xã Văn Lang went into the new Xã Văn Lang (02143) of Thái Nguyên on 1-7-2025")
        .containsExactly("02143");
    Unit vanLang = units.find("02140", LocalDate.of(2020, 12, 31)).orElseThrow();
    assertThat(units.communesCovering(vanLang, LocalDate.of(2018, 12, 31)))
        .extracting(Unit::fullName)
        .containsExactlyInAnyOrder("Xã Ân Tình", "Xã Lạng San");
    Unit bacKan = units.find("06", LocalDate.of(2025, 6, 30)).orElseThrow();
    assertThat(units.communesUnder(bacKan, LocalDate.of(2018, 12, 31))).hasSize(122);
    Unit thaiNguyen = units.find("19", LocalDate.of(2026, 1, 1)).orElseThrow();
    assertThat(units.communesCovering(thaiNguyen, LocalDate.of(2018, 12, 31)))
        .as("Thái Nguyên of 2026 covers all 122 communes Bắc Kạn had in 2018")
        .filteredOn(u -> u.path().startsWith("06/"))
        .hasSize(122);
  }

  /** NQ 855 (Na Rì): the thị trấn Yến Lạc went on with the code of Xã Lương Hạ (02155). */
  @Test
  void partsOfACommuneGoToTwoSuccessors() {
    Unit luongHa = units.find("02155", LAST_DAY_OF_122).orElseThrow();
    assertThat(luongHa.fullName()).isEqualTo("Xã Lương Hạ");
    assertThat(units.successors(luongHa))
        .extracting(l -> l.successor().fullName() + " " + l.kind())
        .containsExactlyInAnyOrder("Thị trấn Yến Lạc PARTIAL", "Xã Cường Lợi PARTIAL");
    Unit oldYenLac = units.find("02134", LAST_DAY_OF_122).orElseThrow();
    assertThat(units.successors(oldYenLac))
        .extracting(l -> l.successor().code() + " " + l.kind())
        .containsExactly("02155 FULL");
  }

  @Test
  void theSqlFunctionGivesTheMapOfTheDay() {
    long communes =
        jdbc.sql(
                "SELECT count(*) FROM units_in_force_on(DATE '2019-12-31') WHERE level ="
                    + " 'COMMUNE' AND path LIKE '06/%'")
            .query(Long.class)
            .single();
    assertThat(communes).isEqualTo(122);
  }

  /**
   * The national part (statistics office's list by date): NQ 368/NQ-UBTVQH14 made Thị xã Sầm Sơn a
   * city and Xã Quảng Cư a phường on 19-4-2017; NQ 865/NQ-UBTVQH14 made Huyện Hòa Thành a thị xã
   * and Thị trấn Hòa Thành the Phường Long Hoa on 1-2-2020.
   */
  @Test
  void reclassificationsOfTheNationalListHaveTheirDates() {
    assertThat(units.find("382", LocalDate.of(2017, 4, 18)).orElseThrow().type())
        .isEqualTo(UnitType.THI_XA);
    assertThat(units.find("382", LocalDate.of(2017, 4, 19)).orElseThrow().type())
        .isEqualTo(UnitType.THANH_PHO_THUOC_TINH);
    assertThat(units.find("14839", LocalDate.of(2017, 4, 18)).orElseThrow().fullName())
        .isEqualTo("Xã Quảng Cư");
    assertThat(units.find("14839", LocalDate.of(2017, 4, 19)).orElseThrow().fullName())
        .isEqualTo("Phường Quảng Cư");
    Unit townOfHoaThanh = units.find("25630", LocalDate.of(2020, 1, 31)).orElseThrow();
    assertThat(townOfHoaThanh.fullName()).isEqualTo("Thị trấn Hòa Thành");
    assertThat(units.successors(townOfHoaThanh))
        .extracting(l -> l.successor().fullName() + " " + l.kind())
        .containsExactly("Phường Long Hoa FULL");
    assertThat(units.find("709", LocalDate.of(2020, 2, 1)).orElseThrow().fullName())
        .isEqualTo("Thị xã Hòa Thành");
    assertThat(units.versions("709").get(0).fullName()).isEqualTo("Huyện Hòa Thành");
    // the counts of the day before the reform are the early-2025 list's, untouched
    assertThat(units.countByType(LocalDate.of(2025, 6, 30)).get(UnitType.XA)).isPositive();
  }

  @Test
  void theShippedListIsADatasetWithItsReport() {
    UnitDataset history =
        units.datasets().stream()
            .filter(d -> d.name().equals("history-bac-kan-06-2016-2025"))
            .findFirst()
            .orElseThrow();
    assertThat(history.report()).contains("changes: 14", "855/NQ-UBTVQH14", "722/NQ-UBTVQH15");
    assertThat(
            units.datasets().stream()
                .filter(d -> d.name().equals("history-national-2016-2021-same-code"))
                .findFirst()
                .orElseThrow()
                .report())
        .contains("changes: 402", "368/NQ-UBTVQH14");
  }
}
