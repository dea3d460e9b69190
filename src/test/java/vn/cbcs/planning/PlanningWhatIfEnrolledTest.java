package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * The what-if from training's enrolments ({@code assumeEnrolled=true}; issue 14; QĐ 377-QĐ/TW Điều
 * 25 khoản 1, HD 45-HD/BTCTW mục II.5.1): a đối tượng 2 without the post's political-theory level,
 * enrolled on a Cao cấp course ending 30-6-2027 (read through {@code
 * training_expected_completions}), is ready from that day, so the chair's post (the chair retires
 * at the end of 2027) is covered; a course that gives no qualification and a withdrawn enrolment
 * change nothing; without the flag the post stays at risk; nothing is written. Xã 01558 (Cao Bằng,
 * from 1-7-2025); the assertions are about this test's people only (the ballot test plans there
 * too).
 */
@IntegrationTest
class PlanningWhatIfEnrolledTest {

  static final String UNIT = "01558";

  @LocalServerPort int port;
  @Autowired Plans plans;
  @Autowired JdbcClient jdbc;

  private long create(String name, int born, String post) {
    return PlanningFixture.person(port, UNIT, name, born, post);
  }

  private long course(String kind, String track, String level, String ends) {
    return jdbc.sql(
            "INSERT INTO training_course (kind, name, track, level_code, provider, unit_code,"
                + " starts_on, ends_on, periods, funding, recorded_by) VALUES (:k, 'Khóa kiểm thử',"
                + " :t, :l, 'Trường Chính trị tỉnh', :u, DATE '2026-09-01', CAST(:e AS date), 400,"
                + " 'UNIT', 'test') RETURNING id")
        .param("k", kind)
        .param("t", track)
        .param("l", level)
        .param("u", UNIT)
        .param("e", ends)
        .query(Long.class)
        .single();
  }

  private void enrol(long course, long person, String status) {
    jdbc.sql(
            "INSERT INTO training_enrolment (course_id, person_id, status, recorded_by)"
                + " VALUES (?, ?, ?, 'test')")
        .params(course, person, status)
        .update();
  }

  private static JsonNode chairPost(JsonNode bench) {
    return PlanningFixture.post(bench, "CHU_TICH_UBND");
  }

  private static JsonNode assumedOf(JsonNode post, long person) {
    for (JsonNode a : post.get("assumed")) {
      if (a.get("personId").asLong() == person) {
        return a;
      }
    }
    return null;
  }

  @Test
  void anEnrolmentInACourseGivingThePostsLevelMakesTheSuccessorReadyFromItsEnd() {
    create("La Văn Hưu", 1966, "CHU_TICH_UBND");
    long deputy = create("La Văn Học", 1990, "PHO_CHU_TICH_UBND");
    PlanningFixture.chairSuccession(plans, UNIT, "8-QĐ/ĐU", deputy);
    long cao = course("POLITICAL_THEORY", "POLITICAL_THEORY", "CAO_CAP", "2027-06-30");
    long none = course("LEADERSHIP", null, null, "2027-01-31");
    long withdrawn = course("POLITICAL_THEORY", "POLITICAL_THEORY", "CAO_CAP", "2027-02-28");
    enrol(cao, deputy, "ENROLLED");
    enrol(none, deputy, "ENROLLED");
    enrol(withdrawn, deputy, "WITHDRAWN");
    long qualificationsBefore =
        jdbc.sql("SELECT count(*) FROM qualification WHERE person_id = ?")
            .param(deputy)
            .query(Long.class)
            .single();

    String base = "/api/units/" + UNIT + "/projection?from=2026-12-01&years=5";
    JsonNode plain = Api.admin(port).get(base).json();
    assertThat(assumedOf(chairPost(plain), deputy)).isNull();
    assertThat(chairPost(plain).get("atRisk").asBoolean()).isTrue();

    var r = Api.admin(port).get(base + "&assumeEnrolled=true");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode enrolled = r.json();
    JsonNode assumed = assumedOf(chairPost(enrolled), deputy);
    assertThat(assumed).isNotNull();
    assertThat(assumed.get("readyFrom").asString()).isEqualTo("2027-06-30");
    assertThat(assumed.get("courseId").asLong()).isEqualTo(cao);
    assertThat(chairPost(enrolled).get("atRisk").asBoolean()).isFalse();
    List<Long> courses = new java.util.ArrayList<>();
    for (JsonNode e : enrolled.get("enrolments")) {
      if (e.get("personId").asLong() == deputy) {
        courses.add(e.get("courseId").asLong());
      }
    }
    assertThat(courses).containsExactly(cao);
    // the bench page offers the same, and nothing was written
    String user = TestUsers.create(port, "qhkhoahoc", "COMMUNE_OFFICER", UNIT);
    BrowserSession b = new BrowserSession(port);
    b.signIn(user, TestUsers.PASSWORD);
    var page = b.get("/plans/bench?unit=" + UNIT + "&assumeEnrolled=true");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-testid=\"whatif-ready\"", "theo khóa học số " + cao + " đang theo học");
    assertThat(
            jdbc.sql("SELECT count(*) FROM qualification WHERE person_id = ?")
                .param(deputy)
                .query(Long.class)
                .single())
        .isEqualTo(qualificationsBefore);
  }
}
