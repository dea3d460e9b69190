package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.people.Sex;
import vn.cbcs.standards.RetirementAge;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * Appointment from inside the unit to a higher leadership post, warned in the post form ({@code
 * PersonParts.postWarnings}, the {@code PostChecks} seam): in an approved plan for the post or an
 * equivalent one (QĐ 377 Điều 34), 12 months in the current post (Điều 34 khoản 3; HD 45 mục
 * III.1.1), a full term of 60 months before retirement or at least 48 in a special case (Điều 34
 * khoản 5; HD 45 mục III.1.2), the last three years' ratings shown (HD 45 mục III.1.3). Xã Kim Linh
 * (00709) and, from outside, Thị trấn Phó Bảng (00712), before the merger of 1-7-2025 — no other
 * test; appointments on 1-10-2024 (the numbers are the same rows for that period, see V82).
 */
@IntegrationTest
class AppointmentChecksTest {

  static final String UNIT = "00709";
  static final String OTHER = "00712";
  static final String ON = "2024-10-01";
  static final String UNIT_END = "2025-06-30";

  @LocalServerPort int port;
  @Autowired Plans plans;

  /** In a post until the day before the appointment (posts of these units end by 30-6-2025). */
  private long create(String name, int born, String unit, String post, String since) {
    ObjectNode p = person(name + " " + System.nanoTime() % 100_000, false, born);
    p.set("assignments", array(assignment(unit, post, since, "2024-09-30")));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private List<String[]> appoint(long person, String unit, String post) {
    ObjectNode a = assignment(unit, post, ON, UNIT_END);
    var r = Api.admin(port).post("/api/people/" + person + "/assignments", a);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    List<String[]> out = new ArrayList<>();
    for (JsonNode w : r.json().get("warnings")) {
      out.add(new String[] {w.get("message").asString(), w.get("rule").asString()});
    }
    return out;
  }

  @Test
  void anAppointmentFromInsideWarnsWithEachRuleAndItsNumbers() {
    // planned, 15 months in post, young: only the ratings are shown (none decided)
    long planned = create("Lục Văn Quy Hoạch", 1982, UNIT, "PHO_CHU_TICH_UBND_XA", "2023-07-01");
    var actor = TestActors.ADMIN;
    Plan plan =
        plans.create(
            new PlanInputs.NewPlan(
                UNIT,
                "PEOPLES_COMMITTEE",
                2021,
                2026,
                "2024-06-01",
                "2021-03-01",
                null,
                null,
                null,
                List.of(),
                new PlanInputs.Approval("7-QĐ/ĐU", "2024-06-01", "Bí thư Đảng ủy xã")),
            actor);
    // planned for the People's Council chair: an equivalent post (the same level) of the UBND chair
    plans.addCandidate(
        plan.id(),
        new PlanInputs.NewCandidate(
            String.valueOf(planned),
            "CHU_TICH_HDND_XA",
            2,
            null,
            null,
            null,
            null,
            "2024-06-01",
            null),
        actor);
    List<String[]> clean = appoint(planned, UNIT, "CHU_TICH_UBND_XA");
    assertThat(clean).hasSize(1);
    assertThat(clean.get(0)[0])
        .contains("Xếp loại 3 năm gần nhất", "2023: —", "2022: —", "2021: —");
    assertThat(clean.get(0)[1]).isEqualTo("HD 45 mục III.1.3");

    // not planned, five months in post, under 48 months to retirement: every warning
    long fresh = create("Lục Văn Mới", 1965, UNIT, "PHO_CHU_TICH_HDND_XA", "2024-05-01");
    Map<String, String> w = byRule(appoint(fresh, UNIT, "CHU_TICH_HDND_XA"));
    assertThat(w).hasSize(4);
    assertThat(w.get(AppointmentChecks.ART_PLAN))
        .contains("không có trong quy hoạch đã phê duyệt", "bậc 2", "01/10/2024");
    assertThat(w.get("QĐ 377 Điều 34 khoản 3; HD 45 mục III.1.1"))
        .contains("mới 5 tháng, chưa đủ 12 tháng");
    long left = monthsLeft(1965);
    assertThat(left).isLessThan(48);
    assertThat(w.get("QĐ 377 Điều 34 khoản 5; HD 45 mục III.1.2"))
        .contains("còn " + left + " tháng", "dưới 60 tháng", "dưới cả 48 tháng");

    // 48–59 months left: the special case of HD 45 mục III.1.2; long enough in post
    long special = create("Lục Văn Đặc Biệt", 1967, UNIT, "CHU_TICH_MTTQ_XA", "2023-01-01");
    long leftSpecial = monthsLeft(1967);
    assertThat(leftSpecial).isBetween(48L, 59L);
    Map<String, String> s = byRule(appoint(special, UNIT, "PHO_BI_THU_DANG_UY_XA"));
    assertThat(s.get("QĐ 377 Điều 34 khoản 5; HD 45 mục III.1.2"))
        .contains("còn " + leftSpecial + " tháng", "trường hợp đặc biệt (còn ít nhất 48 tháng)");
    assertThat(s).doesNotContainKey("QĐ 377 Điều 34 khoản 3; HD 45 mục III.1.1");
  }

  @Test
  void noWarningFromOutsideTheUnitOrForALowerPost() {
    long outside = create("Lục Văn Nơi Khác", 1968, OTHER, "PHO_CHU_TICH_UBND_XA", "2024-05-01");
    assertThat(appoint(outside, UNIT, "PHO_CHU_TICH_UBND_XA")).isEmpty();
    long deputy = create("Lục Văn Xuống", 1968, UNIT, "PHO_CHU_TICH_UBND_XA", "2024-05-01");
    assertThat(appoint(deputy, UNIT, "BI_THU_DOAN_XA")).isEmpty();
  }

  private static long monthsLeft(int born) {
    LocalDate retirement =
        RetirementAge.of(LocalDate.of(born, 3, 15), Sex.MALE, 0).retirementDate();
    return ChronoUnit.MONTHS.between(YearMonth.of(2024, 10), YearMonth.from(retirement));
  }

  private static Map<String, String> byRule(List<String[]> warnings) {
    Map<String, String> m = new LinkedHashMap<>();
    warnings.forEach(x -> m.put(x[1], x[0]));
    return m;
  }
}
