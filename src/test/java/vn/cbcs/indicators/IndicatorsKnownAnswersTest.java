package vn.cbcs.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * Indicators on a hand-built district of Lai Châu whose answers are known: people who moved between
 * communes, changed level mid-period, retired, and whose communes merged on 1-7-2025.
 *
 * <p>Old district 106 (Tam Đường): communes A = 03424 and B = 03427 merged into the new 03424 (N);
 * 03421 and 03430 into the new 03430 (M).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsKnownAnswersTest {

  static final String DISTRICT = "106";
  static final String A = "03424";
  static final String B = "03427";
  static final String C = "03421";
  static final String M = "03430";
  static final String OLD_POST = "VAN_PHONG_THONG_KE";
  static final String NEW_POST = "VTVL_VP_HANH_CHINH_TONG_HOP";
  static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
  static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

  @LocalServerPort int port;
  @Autowired Indicators indicators;
  @Autowired JdbcClient jdbc;
  long p1;
  long p2;
  long p3;
  long p4;

  @BeforeAll
  void buildTheDistrict() {
    long[] ids = TamDuong.ensure(port, jdbc);
    p1 = ids[0];
    p2 = ids[1];
    p3 = ids[2];
    p4 = ids[3];
  }

  private Computed compute(String code, String unit, LocalDate asOf, LocalDate unitOn) {
    return indicators.compute(
        code, indicators.scope(unit, asOf, unitOn, TestActors.SYSTEM), TestActors.SYSTEM);
  }

  private long[] counts(String code, String unit, LocalDate asOf, LocalDate unitOn) {
    IndicatorValue v = compute(code, unit, asOf, unitOn).value();
    return new long[] {v.numerator(), v.denominator()};
  }

  private List<Long> ids(List<Member> members) {
    return members.stream().map(m -> Long.parseLong(m.id())).sorted().toList();
  }

  @Test
  void theDistrictAtTheEndOf2020() {
    assertThat(counts("PRO_SO_CAP_PLUS", DISTRICT, END_2020, null)).containsExactly(2, 3);
    assertThat(counts("LLCT_SO_TRUNG_CAP", DISTRICT, END_2020, null))
        .as("version 2 reads 'sơ cấp, trung cấp' as 'from sơ cấp up' (§13.7): cao cấp counts")
        .containsExactly(3, 3);
    assertThat(counts("LLCT_TRUNG_CAP_PLUS", DISTRICT, END_2020, null)).containsExactly(2, 3);
    assertThat(counts("WOMEN", DISTRICT, END_2020, null)).containsExactly(1, 3);
    assertThat(compute("PRO_SO_CAP_PLUS", DISTRICT, END_2020, null).value().percentText())
        .isEqualTo("66,67%");
  }

  @Test
  void aLevelGainedMidPeriodCountsFromItsDate() {
    assertThat(counts("PRO_DAI_HOC_PLUS", DISTRICT, END_2020, null)).containsExactly(0, 3);
    assertThat(counts("PRO_DAI_HOC_PLUS", DISTRICT, LocalDate.of(2021, 12, 31), null))
        .containsExactly(1, 3);
  }

  @Test
  void aMoveBetweenCommunesMovesThePerson() {
    assertThat(ids(compute("WOMEN", A, LocalDate.of(2018, 6, 30), null).members()))
        .containsExactly(p1, p3);
    assertThat(ids(compute("WOMEN", A, END_2020, null).members())).containsExactly(p1);
    assertThat(ids(compute("WOMEN", C, END_2020, null).members())).containsExactly(p3);
  }

  @Test
  void ageBandsUseCompletedYearsOnTheDate() {
    // born 15/3: P1 (1990) is 30, P2 (1965) 55, P3 (1985) 35 at the end of 2020
    assertThat(counts("AGE_UNDER_35", DISTRICT, END_2020, null)).containsExactly(1, 3);
    assertThat(counts("AGE_35_45", DISTRICT, END_2020, null)).containsExactly(1, 3);
    assertThat(counts("AGE_55_PLUS", DISTRICT, END_2020, null)).containsExactly(1, 3);
    assertThat(counts("AGE_45_55", DISTRICT, END_2020, null)).containsExactly(0, 3);
  }

  @Test
  void aNewCommuneAfterTheMerger() {
    // N = 03424 of 1-7-2025: P1 and P4; P2 retired on 30-6-2025
    assertThat(counts("PRO_DAI_HOC_PLUS", A, Y2026, null)).containsExactly(1, 2);
    assertThat(counts("WOMEN", A, Y2026, null)).containsExactly(2, 2);
  }

  @Test
  void formerUnitsAfterTheReformGoThroughTheCrosswalk() {
    IndicatorScope formerA = indicators.scope(A, Y2026, END_2020, TestActors.SYSTEM);
    assertThat(formerA.throughCrosswalk()).isTrue();
    assertThat(formerA.communes()).extracting(u -> u.code()).containsExactly(A);
    assertThat(ids(indicators.compute("WOMEN", formerA, TestActors.SYSTEM).members()))
        .containsExactly(p1, p4);
    // the abolished district: its communes' successors hold P1, P3 and P4
    IndicatorScope formerDistrict = indicators.scope(DISTRICT, Y2026, null, TestActors.SYSTEM);
    assertThat(formerDistrict.throughCrosswalk()).isTrue();
    assertThat(ids(indicators.compute("WOMEN", formerDistrict, TestActors.SYSTEM).members()))
        .containsExactly(p1, p3, p4);
  }

  @Test
  void aNewCommuneBeforeTheReformIsTheGroundOfItsPredecessors() {
    IndicatorScope before = indicators.scope(A, END_2020, Y2026, TestActors.SYSTEM);
    assertThat(before.throughCrosswalk()).isTrue();
    assertThat(before.communes()).extracting(u -> u.code()).containsExactlyInAnyOrder(A, B);
    assertThat(ids(indicators.compute("PRO_SO_CAP_PLUS", before, TestActors.SYSTEM).members()))
        .containsExactly(p1, p2);
  }

  @Test
  void theDrillDownAddsUpToTheValue() {
    for (Indicator i : indicators.all(TestActors.SYSTEM)) {
      for (LocalDate d : List.of(END_2020, Y2026)) {
        Computed c = compute(i.code(), DISTRICT, d, d.equals(Y2026) ? null : null);
        assertThat(c.numerator().size() + c.rest().size()).isEqualTo(c.value().denominator());
        assertThat((long) c.numerator().size()).isEqualTo(c.value().numerator());
        List<ChildValue> split = indicators.split(c);
        assertThat(split.stream().mapToLong(ChildValue::denominator).sum())
            .as(i.code() + " children add up on " + d)
            .isEqualTo(c.value().denominator());
        assertThat(split.stream().mapToLong(ChildValue::numerator).sum())
            .isEqualTo(c.value().numerator());
      }
    }
  }

  @Test
  void theSplitOfTheDistrictIsByCommune() {
    Computed c = compute("PRO_SO_CAP_PLUS", DISTRICT, END_2020, null);
    Map<String, long[]> byChild =
        indicators.split(c).stream()
            .filter(v -> v.denominator() > 0)
            .collect(
                java.util.stream.Collectors.toMap(
                    v -> v.child().code(), v -> new long[] {v.numerator(), v.denominator()}));
    assertThat(byChild).containsOnlyKeys(A, B, C);
    assertThat(byChild.get(C)).containsExactly(0, 1);
  }
}
