package vn.cbcs.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.reports.CvReadBack.between;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Item 35.1 of the CV ("Xếp loại chuyên môn") shows the final state ratings, read through the
 * evaluation module's SQL API {@code evaluation_rating_of} (ADR 15), as of the CV's date.
 */
@IntegrationTest
class CvEvaluationLinesTest {

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  private void decided(long person, int year, String system, String level, LocalDate on) {
    jdbc.sql(
            "INSERT INTO evaluation (person_id, year, system, regime_code, unit_code, unit_on,"
                + " status, created_by, decided_level, decision_number, decision_date,"
                + " decision_signer, decided_by, decided_at) VALUES (:p, :y, :s, :r, '05605', :on,"
                + " 'DECIDED', 'test', :l, :n, :on, 'Chủ tịch UBND xã', 'test', now())")
        .param("p", person)
        .param("y", year)
        .param("s", system)
        .param("r", system.equals("PARTY") ? "QD366" : year >= 2026 ? "L80_ND335" : "ND90_2020")
        .param("on", on)
        .param("l", level)
        .param("n", "QĐ " + year + "/" + person)
        .update();
  }

  @Test
  void theCvShowsFinalStateRatingsAsOfItsDate() {
    Api api = Api.admin(port);
    Api.Response r = api.post("/api/people", person("Đinh Thị Xếp Loại", true, 1985));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long id = r.json().get("id").asLong();
    decided(id, 2023, "STATE", "HTTNV", LocalDate.of(2023, 12, 10));
    decided(id, 2024, "STATE", "HTXSNV", LocalDate.of(2024, 12, 12));
    // a Party rating is not the "professional" rating of item 35.1
    decided(id, 2025, "PARTY", "KHTNV", LocalDate.of(2025, 12, 20));
    // an evaluation not decided is not shown
    jdbc.sql(
            "INSERT INTO evaluation (person_id, year, system, regime_code, unit_code, unit_on,"
                + " status, created_by) VALUES (:p, 2025, 'STATE', 'ND90_2020', '05605',"
                + " DATE '2025-12-01', 'PROPOSED', 'test')")
        .param("p", id)
        .update();
    Api.Download now = api.download("/api/people/" + id + "/cv.docx?asOf=2026-01-01");
    assertThat(now.status()).as(now.text()).isEqualTo(200);
    String docx = CvReadBack.docxText(now.bytes());
    Api.Download pdf = api.download("/api/people/" + id + "/cv.pdf?asOf=2026-01-01");
    assertThat(pdf.status()).isEqualTo(200);
    for (String text : List.of(docx, CvReadBack.pdfText(pdf.bytes()))) {
      String item = between(text, "35.1- Thành tích", "35.2-");
      assertThat(item)
          .contains("2023")
          .contains("Hoàn thành tốt nhiệm vụ")
          .contains("2024")
          .contains("Hoàn thành xuất sắc nhiệm vụ")
          .doesNotContain("Không hoàn thành")
          .doesNotContain("2025");
    }
    // as of a date before the 2024 decision: only 2023
    String before =
        CvReadBack.docxText(api.download("/api/people/" + id + "/cv.docx?asOf=2024-12-11").bytes());
    assertThat(between(before, "35.1- Thành tích", "35.2-"))
        .contains("Hoàn thành tốt nhiệm vụ")
        .doesNotContain("xuất sắc");
  }

  /** Item 32.1 of Mẫu 2C-BNV/2008 lists professional training "từ trung cấp trở lên" only. */
  @Test
  void item32_1ListsProfessionalTrainingFromTrungCapUp() {
    Api api = Api.admin(port);
    Api.Response r = api.post("/api/people", person("Hoàng Văn Sơ Cấp", false, 1980));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long id = r.json().get("id").asLong();
    for (String level : List.of("SO_CAP", "TRUNG_CAP")) {
      Api.Response q =
          api.post(
              "/api/people/" + id + "/qualifications",
              vn.cbcs.support.PersonJsonMother.qualification(
                  "PROFESSIONAL", level, level.equals("SO_CAP") ? "2005-06-30" : "2012-06-30"));
      assertThat(q.status()).as(q.body()).isEqualTo(201);
    }
    String docx =
        CvReadBack.docxText(api.download("/api/people/" + id + "/cv.docx?asOf=2026-01-01").bytes());
    assertThat(between(docx, "32.1- Chuyên môn", "32.2-"))
        .contains("Trung cấp")
        .doesNotContain("Sơ cấp");
  }
}
