package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.security.Visibility;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Continuous tracking through {@code GET/POST /api/people/{id}/evaluations/tracking} (Law 80/2025
 * Điều 25–27, NĐ 335/2025): an officer of the person's commune records quarters, the cadre reads
 * their own, others are refused, and the self-assessment of 2026 takes the tracked task points.
 * Test data: Xã Hợp Thành (05632), Thái Nguyên.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingApiTest {

  static final String HOP_THANH = "05632";
  static final String PASSWORD = vn.cbcs.support.TestUsers.PASSWORD;
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

  @LocalServerPort int port;
  @Autowired Visibility visibility;
  @Autowired JdbcClient jdbc;

  Api admin;
  Api officer;
  Api elsewhere;

  @BeforeAll
  void users() {
    admin = Api.admin(port);
    officer = new Api(port, user("xaht", "COMMUNE_OFFICER", HOP_THANH), PASSWORD);
    elsewhere = new Api(port, user("xayt", "COMMUNE_OFFICER", "05620"), PASSWORD);
  }

  private String user(String prefix, String role, String scope) {
    return vn.cbcs.support.TestUsers.create(port, prefix, role, scope);
  }

  private long person() {
    ObjectNode p =
        vn.cbcs.support.PersonJsonMother.person(
            "Đinh Thị Theo Dõi " + SEQ.incrementAndGet(), true, 1990);
    p.set(
        "assignments",
        array(assignment(HOP_THANH, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static Map<String, Object> quarter(int q, String assigned, String completed, int errors) {
    return Map.of(
        "periodKind", "QUARTER",
        "period", q,
        "assigned", assigned,
        "completed", completed,
        "majorErrors", errors);
  }

  private static String path(long person, int year) {
    return "/api/people/" + person + "/evaluations/tracking?year=" + year;
  }

  @Test
  @DisplayName(
      "NĐ 335/2025: quarters of converted products add up to the year's task points; the cadre"
          + " reads their own; the self-assessment of 2026 uses them")
  void quartersAddUpAndTheSelfAssessmentUsesThem() {
    long p = person();
    Api.Response r = null;
    r = officer.post(path(p, 2026), quarter(1, "20", "20", 0));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    officer.post(path(p, 2026), quarter(2, "20", "18", 0));
    officer.post(path(p, 2026), quarter(3, "10", "10", 1));
    r = officer.post(path(p, 2026), quarter(4, "10", "12", 2));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    // (100 + 90 + 75 + 50) / 4 = 78.75% of 70
    assertThat(r.json().get("taskPoints").asString()).isEqualTo("55.13");
    assertThat(r.json().get("aggregation").asString()).isEqualTo("MEAN_OF_PERIODS");
    assertThat(r.json().get("periods")).hasSize(4);
    assertThat(r.json().get("periods").get(2).get("result").asString()).isEqualTo("75");
    assertThat(r.json().get("rules").get(0).get("legalSource").asString())
        .isEqualTo("Nghị định 335/2025/NĐ-CP");
    // a period recorded again is corrected, not doubled
    r = officer.post(path(p, 2026), quarter(4, "10", "10", 0));
    assertThat(r.json().get("periods")).hasSize(4);
    // (100 + 90 + 75 + 100) / 4 = 91.25% of 70 = 63.875
    assertThat(r.json().get("taskPoints").asString()).isEqualTo("63.88");

    String cadre = user("cbht", "CADRE", HOP_THANH);
    assertThat(visibility.linkPerson(cadre, p)).isTrue();
    Api self = new Api(port, cadre, PASSWORD);
    Api.Response own = self.get(path(p, 2026));
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().get("taskPoints").asString()).isEqualTo("63.88");
    assertThat(self.post(path(p, 2026), quarter(1, "1", "1", 0)).status()).isEqualTo(403);

    long id =
        officer
            .post("/api/evaluations", Map.of("personId", String.valueOf(p), "year", 2026))
            .json()
            .get("id")
            .asLong();
    Api.Response twice =
        officer.post(
            "/api/evaluations/" + id + "/self-assessment",
            Map.of("generalPoints", "27", "on", "2026-11-20", "majorErrors", 1));
    assertThat(twice.status()).as(twice.body()).isEqualTo(400);
    assertThat(twice.json().get("errors").get(0).get("field").asString()).isEqualTo("majorErrors");
    Api.Response sa =
        officer.post(
            "/api/evaluations/" + id + "/self-assessment",
            Map.of("generalPoints", "27", "on", "2026-11-20"));
    assertThat(sa.status()).as(sa.body()).isEqualTo(200);
    assertThat(
            jdbc.sql("SELECT self_task FROM evaluation WHERE id = ?")
                .param(id)
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("63.88");
  }

  @Test
  @DisplayName("ADR 13 and NĐ 335/2025: ground, cadence, regime of the year")
  void refusals() {
    long p = person();
    assertThat(elsewhere.get(path(p, 2026)).status()).isEqualTo(403);
    assertThat(elsewhere.post(path(p, 2026), quarter(1, "5", "5", 0)).status()).isEqualTo(403);
    assertThat(officer.post(path(p, 2026), quarter(1, "5", "5", 0)).status()).isEqualTo(200);
    Api.Response month =
        officer.post(
            path(p, 2026),
            Map.of("periodKind", "MONTH", "period", 1, "assigned", "2", "completed", "2"));
    assertThat(month.status()).isEqualTo(400);
    assertThat(month.json().get("errors").get(0).get("message").asString())
        .isEqualTo("Năm 2026 đã theo dõi theo quý: mỗi năm chỉ theo một loại kỳ (tháng hoặc quý).");
    Api.Response old = officer.get(path(p, 2025));
    assertThat(old.status()).isEqualTo(400);
    assertThat(old.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
    Api.Response bad =
        officer.post(
            path(p, 2026),
            Map.of("periodKind", "QUARTER", "period", 5, "assigned", "0", "completed", "-1"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors")).hasSize(3);
    assertThat(
            jdbc.sql("SELECT count(*) FROM evaluation_tracking WHERE person_id = ?")
                .param(p)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  @DisplayName("The person's evaluations page shows the tracking section with the year's total")
  void thePageShowsTheSection() {
    long p = person();
    officer.post(path(p, 2026), quarter(1, "10", "10", 1));
    Api.Download page = officer.download("/people/" + p + "/evaluations?trackingYear=2026");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("data-testid=\"evaluation-tracking\"")
        .contains("Quý 1")
        .contains("52.5/70")
        .contains("data-testid=\"tracking-form\"");
  }
}
