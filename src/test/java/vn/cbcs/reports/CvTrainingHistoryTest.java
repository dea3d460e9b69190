package vn.cbcs.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.reports.CvReadBack.between;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * The CV's training history (item 32): courses completed through the training module that gave no
 * qualification are printed under 32.3 beside the certificates, read through the SQL API {@code
 * training_completed_of} (V89), whose columns are pinned here. The person works in Hồng Thái
 * (02260).
 */
@IntegrationTest
class CvTrainingHistoryTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long course(String kind, String name, String starts, String ends, int periods) {
    Map<String, Object> c = new HashMap<>();
    c.put("kind", kind);
    c.put("name", name);
    c.put("provider", "Trường Chính trị tỉnh Tuyên Quang");
    c.put("unitCode", "02260");
    c.put("startsOn", starts);
    c.put("endsOn", ends);
    c.put("periods", periods);
    c.put("funding", "STATE_BUDGET");
    Api.Response r = Api.admin(port).post("/api/training/courses", c);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private void complete(long course, long person, String number, String on) {
    Api admin = Api.admin(port);
    Api.Response e =
        admin.post(
            "/api/training/courses/" + course + "/enrolments",
            Map.of("personId", String.valueOf(person)));
    assertThat(e.status()).as(e.body()).isEqualTo(201);
    Api.Response r =
        admin.post(
            "/api/training/enrolments/" + e.json().get("id").asLong() + "/result",
            Map.of("status", "COMPLETED", "certificateNumber", number, "certificateDate", on));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "Completed fostering courses show in item 32.3 of the CV (DOCX and PDF), as of its date")
  void completedCoursesOnTheCv() {
    ObjectNode p = person("Nông Thị Lịch Sử Bồi Dưỡng " + (System.nanoTime() % 100000), true, 1986);
    p.set("assignments", array(assignment("02260", "TRUONG_PHONG_KINH_TE", "2025-08-01", null)));
    Api admin = Api.admin(port);
    Api.Response created = admin.post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    long leadership =
        course(
            "LEADERSHIP", "Bồi dưỡng lãnh đạo cấp phòng khóa 3", "2026-02-02", "2026-02-27", 160);
    long job =
        course("JOB_POSITION", "Bồi dưỡng nghiệp vụ kinh tế xã", "2026-05-04", "2026-05-08", 40);
    complete(leadership, id, "LĐ-2026-017", "2026-03-02");
    complete(job, id, "VTVL-2026-101", "2026-05-09");

    // the read model: every column, oldest first, only completed ones dated by the day
    List<Map<String, Object>> rows =
        jdbc.sql("SELECT * FROM training_completed_of(:p, DATE '2026-12-01')")
            .param("p", id)
            .query()
            .listOfRows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).keySet())
        .containsExactly(
            "course_id",
            "course_kind",
            "course_name",
            "provider",
            "starts_on",
            "ends_on",
            "periods",
            "track",
            "level",
            "certificate_number",
            "certificate_date");
    assertThat(rows.get(0).get("course_kind")).isEqualTo("LEADERSHIP");
    assertThat(
            jdbc.sql("SELECT count(*) FROM training_completed_of(:p, DATE '2026-04-01')")
                .param("p", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    Api.Download docx = admin.download("/api/people/" + id + "/cv.docx?asOf=2026-12-01");
    assertThat(docx.status()).as(docx.text()).isEqualTo(200);
    Api.Download pdf = admin.download("/api/people/" + id + "/cv.pdf?asOf=2026-12-01");
    assertThat(pdf.status()).isEqualTo(200);
    for (String text :
        List.of(CvReadBack.docxText(docx.bytes()), CvReadBack.pdfText(pdf.bytes()))) {
      String item = between(text, "32.3-", "32.4-");
      assertThat(item)
          .contains("Bồi dưỡng lãnh đạo cấp phòng khóa 3")
          .contains("LĐ-2026-017")
          .contains("Bồi dưỡng nghiệp vụ kinh tế xã")
          .contains("40 tiết")
          .contains("Trường Chính trị tỉnh Tuyên Quang");
    }
    // as of April, the job-position course is not yet on it
    Api.Download april = admin.download("/api/people/" + id + "/cv.docx?asOf=2026-04-01");
    String item = between(CvReadBack.docxText(april.bytes()), "32.3-", "32.4-");
    assertThat(item).contains("LĐ-2026-017").doesNotContain("VTVL-2026-101");
  }
}
