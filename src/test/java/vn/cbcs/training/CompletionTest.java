package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Completion records the qualification (ADR 15 §4), on real PostgreSQL, in Yên Hoa (02248, Tuyên
 * Quang), which no other test uses: a chair below the standard for political theory → a course →
 * enrolment → COMPLETED → the qualification on the record, the standard met, the indicators moved.
 */
@IntegrationTest
class CompletionTest {

  static final String YEN_HOA = "02248";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Indicators indicators;

  private IndicatorValue value(String code) {
    Actor a = Actor.system("test");
    LocalDate today = AsOf.today();
    return indicators.value(code, indicators.scope(YEN_HOA, today, null, a), a);
  }

  private List<String> criteriaOf(long person) {
    Api.Response r = Api.admin(port).get("/api/training/needs?unit=" + YEN_HOA);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json()
        .forEach(
            n -> {
              if (n.get("personId").asLong() == person) {
                out.add(n.get("criterion").asString());
              }
            });
    return out;
  }

  private long qualificationsOf(long person) {
    return jdbc.sql(
            "SELECT count(*) FROM qualification WHERE person_id = :p AND superseded_at IS NULL")
        .param("p", person)
        .query(Long.class)
        .single();
  }

  @Test
  @DisplayName(
      "Below standard → course → enrol → COMPLETED → qualification, standard met, indicator up")
  void completionChangesTheRecordTheStandardAndTheIndicator() {
    ObjectNode p = person("Ma Thị Học Tập " + (System.nanoTime() % 100000), true, 1984);
    p.set("assignments", array(assignment(YEN_HOA, "CHU_TICH_UBND", "2025-07-01", null)));
    p.set("qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", "2007-06-30")));
    Api admin = Api.admin(port);
    Api.Response created = admin.post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long person = created.json().get("id").asLong();

    IndicatorValue llct0 = value("LLCT_TRUNG_CAP_PLUS");
    IndicatorValue meets0 = value("MEETS_STANDARD");
    assertThat(criteriaOf(person)).containsExactly("POLITICAL_THEORY_MIN");

    Map<String, Object> course = new LinkedHashMap<>();
    course.put("kind", "POLITICAL_THEORY");
    course.put("name", "Trung cấp lý luận chính trị – hành chính, khóa 2026");
    course.put("track", "POLITICAL_THEORY");
    course.put("level", "TRUNG_CAP");
    course.put("provider", "Trường Chính trị tỉnh Tuyên Quang");
    course.put("unitCode", YEN_HOA);
    course.put("startsOn", "2026-03-02");
    course.put("endsOn", "2026-11-27");
    course.put("periods", 800);
    course.put("place", "Tuyên Quang");
    course.put("cost", "15000000");
    course.put("funding", "STATE_BUDGET");
    Api.Response c = admin.post("/api/training/courses", course);
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    long courseId = c.json().get("id").asLong();

    Api.Response e =
        admin.post(
            "/api/training/courses/" + courseId + "/enrolments",
            Map.of("personId", String.valueOf(person)));
    assertThat(e.status()).as(e.body()).isEqualTo(201);
    assertThat(e.json().get("status").asString()).isEqualTo("ENROLLED");
    long enrolment = e.json().get("id").asLong();
    // enrolled twice: refused, nothing written
    Api.Response twice =
        admin.post(
            "/api/training/courses/" + courseId + "/enrolments",
            Map.of("personId", String.valueOf(person)));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.json().get("errors").get(0).get("message").asString()).contains("đã có tên");

    // a completion without the certificate: every reason, nothing written
    long before = qualificationsOf(person);
    Api.Response bad =
        admin.post(
            "/api/training/enrolments/" + enrolment + "/result", Map.of("status", "COMPLETED"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("certificateNumber").contains("certificateDate");
    assertThat(qualificationsOf(person)).isEqualTo(before);

    Map<String, Object> result =
        Map.of(
            "status", "COMPLETED",
            "result", "Giỏi",
            "certificateNumber", "TCLLCT-2026-0042",
            "certificateDate", "2026-11-30");
    Api.Response done = admin.post("/api/training/enrolments/" + enrolment + "/result", result);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
    long q = done.json().get("qualificationId").asLong();
    assertThat(q).isPositive();
    assertThat(qualificationsOf(person)).isEqualTo(before + 1);
    Map<String, Object> row =
        jdbc.sql(
                "SELECT person_id, track, level, evidence_ref, awarded_on, recorded_by"
                    + " FROM qualification WHERE id = :q")
            .param("q", q)
            .query()
            .singleRow();
    assertThat(((Number) row.get("person_id")).longValue()).isEqualTo(person);
    assertThat(row.get("track")).isEqualTo("POLITICAL_THEORY");
    assertThat(row.get("level")).isEqualTo("TRUNG_CAP");
    assertThat(row.get("evidence_ref")).isEqualTo("TCLLCT-2026-0042");
    assertThat(row.get("awarded_on").toString()).isEqualTo("2026-11-30");
    assertThat(row.get("recorded_by")).isEqualTo("admin");

    // the same result again: idempotent
    Api.Response again = admin.post("/api/training/enrolments/" + enrolment + "/result", result);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("qualificationId").asLong()).isEqualTo(q);
    assertThat(qualificationsOf(person)).isEqualTo(before + 1);
    // another result after completion: refused
    assertThat(
            admin
                .post(
                    "/api/training/enrolments/" + enrolment + "/result", Map.of("status", "FAILED"))
                .status())
        .isEqualTo(400);

    // the standard is met and the indicators moved by one person
    assertThat(criteriaOf(person)).isEmpty();
    Api.Response below = admin.get("/api/standards/below?unit=" + YEN_HOA);
    assertThat(below.body()).doesNotContain("\"personId\":" + person + ",");
    IndicatorValue llct1 = value("LLCT_TRUNG_CAP_PLUS");
    IndicatorValue meets1 = value("MEETS_STANDARD");
    assertThat(llct1.denominator()).isEqualTo(llct0.denominator());
    assertThat(llct1.numerator()).isEqualTo(llct0.numerator() + 1);
    assertThat(meets1.numerator()).isEqualTo(meets0.numerator() + 1);

    // the person's training history
    Api.Response history = admin.get("/api/people/" + person + "/training");
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    JsonNode h = history.json().get(0);
    assertThat(h.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(h.get("course").get("name").asString()).startsWith("Trung cấp lý luận");
  }

  @Test
  @DisplayName("Bad courses are refused with every reason, nothing written")
  void badCourse() {
    long before = jdbc.sql("SELECT count(*) FROM training_course").query(Long.class).single();
    Api.Response r =
        Api.admin(port)
            .post(
                "/api/training/courses",
                Map.of(
                    "kind", "POLITICAL_THEORY",
                    "track", "POLITICAL_THEORY",
                    "level", "NO_SUCH",
                    "startsOn", "2026-03-02",
                    "endsOn", "2026-03-01",
                    "periods", 0,
                    "cost", "-1"));
    assertThat(r.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "name", "provider", "unitCode", "endsOn", "periods", "cost", "funding", "level");
    assertThat(jdbc.sql("SELECT count(*) FROM training_course").query(Long.class).single())
        .isEqualTo(before);
  }
}
