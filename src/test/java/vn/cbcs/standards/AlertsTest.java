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
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/** Known answers for the alerts (REGULATIONS.md §13.9), in a commune of its own. */
@IntegrationTest
class AlertsTest {

  @LocalServerPort int port;
  @Autowired Alerts alerts;
  @Autowired JdbcClient jdbc;

  private String commune(int nth) {
    return jdbc.sql(
            "SELECT code FROM units_in_force_on(DATE '2026-01-01') WHERE type = 'XA'"
                + " AND path LIKE '11/%' ORDER BY code OFFSET :n LIMIT 1")
        .param("n", nth)
        .query(String.class)
        .single();
  }

  private long create(ObjectNode p) {
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private List<Alerts.Alert> of(long person, String unit, LocalDate asOf, int months) {
    return alerts.due(unit, asOf, months, TestActors.SYSTEM).stream()
        .filter(a -> a.post().personId() == person)
        .toList();
  }

  /**
   * NĐ 170/2025 Art. 62 (notice, Mẫu số 2, 6 months before) and 63 (decision, Mẫu số 3, 3 months
   * before); NĐ 135/2020: a man born in August 1966 retires at 62 on 31-8-2028; an entitlement to
   * retire earlier (here 5 years: 60y3m − 5 in 2021, so 30-11-2021) is a choice, not the date.
   */
  @Test
  void retirementNoticeAndDecisionBeforeTheStatutoryDate_ND170Art62And63() throws Exception {
    String xa = commune(1);
    ObjectNode p = person("Triệu Văn Hưu", false, 1966);
    p.put("birthDate", "1966-08-10");
    p.put("earlyRetirementYears", 5);
    p.set("assignments", array(assignment(xa, "VTVL_VHXH_Y_TE", "2025-07-01", null)));
    long id = create(p);
    var due = of(id, xa, LocalDate.of(2028, 1, 1), 12);
    assertThat(due)
        .filteredOn(a -> a.kind() != Alerts.Kind.STANDARD_DEADLINE)
        .extracting(Alerts.Alert::kind, Alerts.Alert::due, Alerts.Alert::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Alerts.Kind.RETIREMENT_NOTICE, LocalDate.of(2028, 2, 29), "MAU_2"),
            org.assertj.core.groups.Tuple.tuple(
                Alerts.Kind.RETIREMENT_DECISION, LocalDate.of(2028, 5, 31), "MAU_3"),
            org.assertj.core.groups.Tuple.tuple(
                Alerts.Kind.RETIREMENT, LocalDate.of(2028, 8, 31), "2021-11-30"));
    assertThat(Api.admin(port).download("/alerts?unit=" + xa + "&asOf=2028-01-01&months=12").text())
        .contains(
            "Thông báo nghỉ hưu",
            "Mẫu số 2",
            "Quyết định nghỉ hưu",
            "Mẫu số 3",
            "nghỉ hưu ở tuổi thấp hơn");
    // the same list as xlsx, read back: the person's three rows in words, each with its rule
    Api.Download x =
        Api.admin(port).download("/alerts.xlsx?unit=" + xa + "&asOf=01/01/2028&months=12");
    assertThat(x.status()).isEqualTo(200);
    List<List<String>> rows = new java.util.ArrayList<>();
    try (var wb =
            new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(x.bytes()));
        var stream = wb.getFirstSheet().openStream()) {
      stream.forEach(
          r -> {
            List<String> cells = new java.util.ArrayList<>();
            r.forEach(c -> cells.add(c == null ? "" : c.getText()));
            rows.add(cells);
          });
    }
    assertThat(rows.get(0).get(0)).contains(xa).contains("01/01/2028");
    assertThat(rows.get(1)).startsWith("STT", "Hạn", "Việc", "Chi tiết", "Họ và tên");
    List<List<String>> mine =
        rows.stream().filter(r -> r.size() > 4 && r.get(4).equals("Triệu Văn Hưu")).toList();
    assertThat(mine)
        .extracting(r -> r.get(1) + " " + r.get(2))
        .contains(
            "29/02/2028 Thông báo nghỉ hưu",
            "31/05/2028 Quyết định nghỉ hưu",
            "31/08/2028 Nghỉ hưu");
    assertThat(mine).allSatisfy(r -> assertThat(r.get(7)).isNotBlank());
  }

  /**
   * An elected post ends with its body's term (HĐND 2021–2026: the election of 15-3-2026), not 5
   * years after the election; an appointment ends 5 years after it (NĐ 170/2025 Art. 29).
   */
  @Test
  void termsEndWithTheBodysTermAndAppointmentsAfterFiveYears_ND170Art29() {
    String xa = commune(2);
    ObjectNode chair = person("Lục Văn Khóa", false, 1975);
    ObjectNode elected = assignment(xa, "CHU_TICH_HDND", "2025-07-01", null);
    ((ObjectNode) elected.get("decision")).put("kind", "ELECTION");
    chair.set("assignments", array(elected));
    long c = create(chair);
    assertThat(of(c, xa, LocalDate.of(2026, 1, 1), 6))
        .filteredOn(a -> a.kind() == Alerts.Kind.TERM_END)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.due()).isEqualTo(LocalDate.of(2026, 3, 15));
              assertThat(a.detail()).isEqualTo("2021-2026");
            });
    ObjectNode head = person("Hoàng Thị Bổ", true, 1980);
    head.set("assignments", array(assignment(xa, "TRUONG_PHONG_VH_XH", "2025-09-01", null)));
    long h = create(head);
    assertThat(of(h, xa, LocalDate.of(2030, 1, 1), 12))
        .filteredOn(a -> a.kind() == Alerts.Kind.APPOINTMENT_END)
        .extracting(Alerts.Alert::due)
        .containsExactly(LocalDate.of(2030, 8, 31));
  }
}
