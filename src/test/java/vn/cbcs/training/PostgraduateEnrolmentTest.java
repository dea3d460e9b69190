package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;

/**
 * The conditions of publicly funded postgraduate study (NĐ 171/2025 Điều 5 khoản 1, 2; before
 * 1-7-2025 NĐ 101/2017 [M]) checked at enrolment, with the rule and the figures in every refusal,
 * the same for the JSON API and the form; a refused enrolment writes nothing. People of Hồng Thái
 * (02260).
 */
@IntegrationTest
class PostgraduateEnrolmentTest {

  static final String HONG_THAI = "02260";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long create(String name, String born, String recruitedOn) {
    ObjectNode p =
        person(name + " " + (System.nanoTime() % 100000), false, LocalDate.parse(born).getYear());
    p.put("birthDate", born);
    if (recruitedOn != null) {
      p.put("recruitedOn", recruitedOn);
    }
    p.set(
        "assignments",
        array(assignment(HONG_THAI, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private void rated(long person, int year, String level) {
    LocalDate on = LocalDate.of(year, 12, 10);
    jdbc.sql(
            "INSERT INTO evaluation (person_id, year, system, regime_code, unit_code, unit_on,"
                + " status, created_by, decided_level, decision_number, decision_date,"
                + " decision_signer, decided_by, decided_at) VALUES (:p, :y, 'STATE', :r, :u, :on,"
                + " 'DECIDED', 'test', :l, :n, :on, 'Chủ tịch UBND xã', 'test', now())")
        .param("p", person)
        .param("y", year)
        .param("r", year >= 2026 ? "L80_ND335" : "ND90_2020")
        .param("u", HONG_THAI)
        .param("on", on)
        .param("l", level)
        .param("n", "QĐ " + year + "/" + person)
        .update();
  }

  private long course(String level, String funding, String startsOn) {
    Map<String, Object> c = new HashMap<>();
    c.put("kind", "PROFESSIONAL");
    c.put("name", "Đào tạo " + level + " Quản lý công " + startsOn);
    c.put("track", "PROFESSIONAL");
    c.put("level", level);
    c.put("provider", "Học viện Hành chính Quốc gia");
    c.put("unitCode", HONG_THAI);
    c.put("startsOn", startsOn);
    c.put("endsOn", LocalDate.parse(startsOn).plusYears(2).toString());
    c.put("periods", 1200);
    c.put("cost", "60000000");
    c.put("funding", funding);
    Api.Response r = Api.admin(port).post("/api/training/courses", c);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private Api.Response enrol(long course, long person) {
    return Api.admin(port)
        .post(
            "/api/training/courses/" + course + "/enrolments",
            Map.of("personId", String.valueOf(person)));
  }

  private long enrolments(long course) {
    return jdbc.sql("SELECT count(*) FROM training_enrolment WHERE course_id = :c")
        .param("c", course)
        .query(Long.class)
        .single();
  }

  @Test
  @DisplayName(
      "NĐ 171 Điều 5: ≥ 3 years of service, 2024 and 2025 HTTNV or better, ≤ 45 at the first"
          + " posting; every refusal with its figures, nothing written")
  void conditionsFromJuly2025() {
    long master = course("THAC_SI", "STATE_BUDGET", "2026-09-01");
    long ok = create("Lý Văn Đủ Điều Kiện", "1985-03-15", "2018-01-01");
    rated(ok, 2024, "HTTNV");
    rated(ok, 2025, "HTXSNV");
    Api.Response r = enrol(master, ok);
    assertThat(r.status()).as(r.body()).isEqualTo(201);

    // every condition failed at once: 2 years 3 months, 2024 HTNV and 2025 unrated, 47 years old
    long none = create("Lý Văn Chưa Đủ", "1979-03-15", "2024-06-01");
    rated(none, 2024, "HTNV");
    Api.Response refused = enrol(master, none);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("errors")).hasSize(3);
    assertThat(refused.body())
        .contains("cần từ đủ 3 năm, mới có 2 năm 3 tháng")
        .contains("01/06/2024")
        .contains("2024: HTNV; 2025: chưa có xếp loại")
        .contains("không quá 45 tuổi, người này 47 tuổi")
        .contains("Nghị định 171/2025/NĐ-CP, Điều 5 khoản 1")
        .contains("Nghị định 171/2025/NĐ-CP, Điều 5 khoản 2");
    assertThat(enrolments(master)).isEqualTo(1);

    // no recruitment date: the service cannot be shown
    long unknown = create("Lý Văn Không Rõ Ngày", "1985-03-15", null);
    rated(unknown, 2024, "HTTNV");
    rated(unknown, 2025, "HTTNV");
    Api.Response noDate = enrol(master, unknown);
    assertThat(noDate.status()).isEqualTo(400);
    assertThat(noDate.body()).contains("chưa có ngày tuyển dụng");

    // the age counts only at the first posting: sent before (2020), 47 now is no refusal
    long again = create("Lý Văn Học Tiến Sĩ", "1979-03-15", "2005-01-01");
    rated(again, 2024, "HTTNV");
    rated(again, 2025, "HTTNV");
    Api.Response first = enrol(master, again);
    assertThat(first.status()).isEqualTo(400);
    assertThat(first.body()).contains("người này 47 tuổi");
    long before = course("THAC_SI", "UNIT", "2020-09-01");
    jdbc.sql(
            "INSERT INTO training_enrolment (course_id, person_id, status, certificate_number,"
                + " certificate_date, recorded_by) VALUES (:c, :p, 'COMPLETED', 'ThS-1',"
                + " DATE '2022-09-01', 'test')")
        .param("c", before)
        .param("p", again)
        .update();
    long doctor = course("TIEN_SI", "STATE_BUDGET", "2026-10-01");
    assertThat(enrol(doctor, again).status()).isEqualTo(201);

    // self-funded, or not postgraduate: no such conditions
    long self = course("THAC_SI", "PERSONAL", "2026-09-01");
    assertThat(enrol(self, none).status()).isEqualTo(201);
    long bachelor = course("DAI_HOC", "STATE_BUDGET", "2026-09-01");
    assertThat(enrol(bachelor, none).status()).isEqualTo(201);
  }

  @Test
  @DisplayName("Before 1-7-2025 the age limit was 40 (NĐ 101/2017, [M])")
  void ageBeforeJuly2025() {
    long master = course("THAC_SI", "STATE_BUDGET", "2024-09-01");
    long p = create("Lý Thị Bốn Mươi Hai", "1982-03-15", "2010-01-01");
    rated(p, 2022, "HTTNV");
    rated(p, 2023, "HTTNV");
    Api.Response r = enrol(master, p);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.body())
        .contains("không quá 40 tuổi, người này 42 tuổi")
        .contains("Nghị định 101/2017/NĐ-CP");
  }

  @Test
  @DisplayName("The form is refused with the same reasons, and writes nothing")
  void theFormSaysTheSame() throws Exception {
    long master = course("THAC_SI", "STATE_BUDGET", "2026-09-01");
    long p = create("Lý Văn Qua Biểu Mẫu", "1985-03-15", "2025-01-01");
    rated(p, 2024, "HTTNV");
    rated(p, 2025, "HTTNV");
    BrowserSession browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
    browser.get("/training/courses/" + master);
    var posted =
        browser.post(
            "/training/courses/" + master + "/enrolments", Map.of("personId", String.valueOf(p)));
    assertThat(posted.statusCode()).isEqualTo(302);
    var page = browser.get("/training/courses/" + master);
    assertThat(page.body())
        .contains("form-errors")
        .contains("cần từ đủ 3 năm, mới có 1 năm 8 tháng")
        .contains("Nghị định 171/2025/NĐ-CP, Điều 5 khoản 1");
    assertThat(enrolments(master)).isZero();
  }
}
