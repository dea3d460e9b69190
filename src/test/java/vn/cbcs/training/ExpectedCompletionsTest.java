package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/**
 * The contract of the read model {@code training_expected_completions(person)} (ADR 15 §3): its
 * columns, in order and type, and what it answers (enrolled, not completed).
 */
@IntegrationTest
class ExpectedCompletionsTest {

  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private long course(String kind, String track, String level, String ends) {
    return jdbc.sql(
            "INSERT INTO training_course (kind, name, track, level_code, provider, unit_code,"
                + " starts_on, ends_on, periods, funding, recorded_by) VALUES (:k, 'Khóa kiểm thử',"
                + " :t, :l, 'Trường Chính trị', '02248', DATE '2026-01-05', CAST(:e AS date), 40,"
                + " 'UNIT', 'test') RETURNING id")
        .param("k", kind)
        .param("t", track)
        .param("l", level)
        .param("e", ends)
        .query(Long.class)
        .single();
  }

  private void enrol(long course, long person, String status) {
    jdbc.sql(
            "INSERT INTO training_enrolment (course_id, person_id, status, certificate_number,"
                + " certificate_date, recorded_by) VALUES (:c, :p, :s, :n, :d, 'test')")
        .param("c", course)
        .param("p", person)
        .param("s", status)
        .param("n", status.equals("COMPLETED") ? "CC-1" : null)
        .param("d", status.equals("COMPLETED") ? java.time.LocalDate.of(2026, 2, 1) : null)
        .update();
  }

  @Test
  @DisplayName("training_expected_completions: track, level, expected_on, course_id, course_kind")
  void columnsAndAnswers() {
    Api.Response created =
        Api.admin(port)
            .post("/api/people", PersonJsonMother.person("Triệu Văn Dự Kiến", false, 1990));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long person = created.json().get("id").asLong();
    long llct = course("POLITICAL_THEORY", "POLITICAL_THEORY", "TRUNG_CAP", "2027-06-30");
    long leadership = course("LEADERSHIP", null, null, "2026-09-30");
    long done = course("STATE_MANAGEMENT", "STATE_MANAGEMENT", "CHUYEN_VIEN", "2026-02-01");
    enrol(llct, person, "ENROLLED");
    enrol(leadership, person, "ENROLLED");
    enrol(done, person, "COMPLETED");

    List<String> columns = new ArrayList<>();
    jdbc.sql("SELECT * FROM training_expected_completions(:p)")
        .param("p", person)
        .query(
            rs -> {
              ResultSetMetaData md = rs.getMetaData();
              columns.clear(); // called once per row: the columns of the last
              for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i) + ":" + md.getColumnTypeName(i));
              }
            });
    assertThat(columns)
        .containsExactly(
            "track:varchar",
            "level:varchar",
            "expected_on:date",
            "course_id:int8",
            "course_kind:varchar");

    List<Map<String, Object>> rows =
        jdbc.sql("SELECT * FROM training_expected_completions(:p)")
            .param("p", person)
            .query()
            .listOfRows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("course_id")).isEqualTo(leadership);
    assertThat(rows.get(0).get("track")).isNull();
    assertThat(rows.get(1).get("course_id")).isEqualTo(llct);
    assertThat(rows.get(1).get("track")).isEqualTo("POLITICAL_THEORY");
    assertThat(rows.get(1).get("level")).isEqualTo("TRUNG_CAP");
    assertThat(rows.get(1).get("expected_on").toString()).isEqualTo("2027-06-30");
  }
}
