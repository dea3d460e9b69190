package vn.cbcs.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.units.UnitAttribute.AttributeKind;

/** Dated attributes: corrections keep history, periods stay inside the unit's own period. */
@IntegrationTest
class UnitAttributesTest {

  private static final String DUC_XUAN = "01840";
  private static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 1);
  private static final vn.cbcs.platform.Actor TINH =
      vn.cbcs.support.TestActors.user("tinh", vn.cbcs.platform.Role.PROVINCE_OFFICER, "19");

  @Autowired UnitAttributes attributes;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  private Unit newDucXuan;
  private Unit oldDucXuan;

  @BeforeEach
  void clean() {
    // this test's rows go; the demo province's rows (shared test database) stay as generated
    jdbc.sql("DELETE FROM unit_attribute WHERE unit_code = ? AND recorded_by <> 'demo'")
        .param(DUC_XUAN)
        .update();
    jdbc.sql(
            "UPDATE unit_attribute SET superseded_at = NULL, superseded_by = NULL"
                + " WHERE unit_code = ? AND recorded_by = 'demo'")
        .param(DUC_XUAN)
        .update();
    newDucXuan = units.find(DUC_XUAN, AUG_2025).orElseThrow();
    oldDucXuan = units.find(DUC_XUAN, LocalDate.of(2020, 1, 1)).orElseThrow();
  }

  @Test
  void aValueHoldsForItsPeriod() {
    attributes.record(newDucXuan, "CLASS", "LOAI_II", "2025-07-01", "", "QĐ 1/QĐ-UBND", TINH);
    assertThat(attributes.current(newDucXuan, AUG_2025))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.attribute()).isEqualTo(AttributeKind.CLASS);
              assertThat(a.value()).isEqualTo("LOAI_II");
              assertThat(a.validTo()).isNull();
            });
  }

  @Test
  void aCorrectionSupersedesTheOverlapAndKeepsTheRest() {
    attributes.record(newDucXuan, "CLASS", "LOAI_III", "2025-07-01", "", "QĐ 1", TINH);
    attributes.record(newDucXuan, "CLASS", "LOAI_I", "01/06/2026", "", "QĐ 2 (NĐ 307/2025)", TINH);
    assertThat(attributes.current(newDucXuan, AUG_2025))
        .extracting(UnitAttribute::value)
        .containsExactly("LOAI_III");
    assertThat(attributes.current(newDucXuan, LocalDate.of(2026, 7, 1)))
        .extracting(UnitAttribute::value)
        .containsExactly("LOAI_I");
    List<UnitAttribute> history = attributes.history(newDucXuan);
    assertThat(history).hasSize(3);
    assertThat(history)
        .filteredOn(a -> !a.current())
        .singleElement()
        .satisfies(a -> assertThat(a.supersededBy()).isEqualTo("tinh"));
    assertThat(history)
        .filteredOn(UnitAttribute::current)
        .extracting(UnitAttribute::validTo)
        .containsExactlyInAnyOrder(LocalDate.of(2026, 5, 31), null);
  }

  @Test
  void anOpenEndedValueOfAnEndedUnitStopsOnItsLastDay() {
    UnitAttribute a =
        attributes.record(
            oldDucXuan, "MOUNTAINOUS", "true", "2019-01-01", "", "QĐ 582/QĐ-TTg", TINH);
    assertThat(a.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(attributes.current(newDucXuan, AUG_2025))
        .as("the successor does not inherit it")
        .isEmpty();
  }

  @Test
  void refusesBadInputNamingTheField() {
    assertField(
        () -> attributes.record(newDucXuan, "CLASS", "true", "2025-07-01", "", "x", TINH), "value");
    assertField(
        () -> attributes.record(newDucXuan, "BORDER", "LOAI_I", "2025-07-01", "", "x", TINH),
        "value");
    assertField(
        () -> attributes.record(newDucXuan, "WHATEVER", "true", "2025-07-01", "", "x", TINH),
        "attribute");
    assertField(
        () -> attributes.record(newDucXuan, "BORDER", "true", "", "", "x", TINH), "validFrom");
    assertField(
        () -> attributes.record(newDucXuan, "BORDER", "true", "2025-13-40", "", "x", TINH),
        "validFrom");
    assertField(
        () ->
            attributes.record(newDucXuan, "BORDER", "true", "2025-08-01", "2025-07-01", "x", TINH),
        "validTo");
    assertField(
        () -> attributes.record(newDucXuan, "BORDER", "true", "2024-01-01", "", "x", TINH),
        "validFrom");
    assertField(
        () -> attributes.record(newDucXuan, "BORDER", "true", "2025-08-01", "", "  ", TINH),
        "legalBasis");
    assertThat(attributes.history(newDucXuan)).as("nothing half-written").isEmpty();
  }

  @Test
  void textIsStoredAsTyped() {
    String basis = "<script>alert('x')</script> \"QĐ\" số 5";
    UnitAttribute a =
        attributes.record(newDucXuan, "BORDER", "false", "2025-07-01", "", basis, TINH);
    assertThat(a.legalBasis()).isEqualTo(basis);
  }

  private static void assertField(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.parameter()).isEqualTo(field));
  }
}
