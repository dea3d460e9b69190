package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * The annual training plans (issue 15, third slice) on real PostgreSQL, in Xã Thanh Long (01387,
 * Cao Bằng), which no other test uses: a plan with its courses and the needs they serve, refusals
 * with every reason and nothing written, the ground (ADR 13) and the pages.
 */
@IntegrationTest
class TrainingPlansTest {

  static final String THANH_LONG = "01387";
  static final String HA_QUANG = "01438";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  @Test
  @DisplayName("A plan: its courses, the needs they serve (derived or named), the list, the pages")
  void aPlanWithItsCoursesAndNeeds() {
    Api admin = Api.admin(port);
    long chair = PlanFixtures.person(admin, THANH_LONG, "CHU_TICH_UBND", "Nông Văn Kế Hoạch", null);
    long clerk = PlanFixtures.person(admin, THANH_LONG, "Lý Thị Bồi Dưỡng", null);
    long llct =
        PlanFixtures.course(
            admin,
            THANH_LONG,
            "POLITICAL_THEORY",
            "POLITICAL_THEORY",
            "TRUNG_CAP",
            "2027-03-01",
            "2027-11-30",
            800,
            "12000000",
            "STATE_BUDGET");
    long week =
        PlanFixtures.course(
            admin,
            THANH_LONG,
            "JOB_POSITION",
            null,
            null,
            "2027-05-10",
            "2027-05-14",
            40,
            "3000000",
            "UNIT");
    PlanFixtures.enrol(admin, llct, chair);

    // the chair's need (below the standard for political theory) is derived from the enrolment
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitCode", THANH_LONG);
    body.put("year", 2027);
    body.put("title", "Kế hoạch đào tạo, bồi dưỡng năm 2027 của xã Thanh Long");
    body.put("decisionNumber", "45/QĐ-UBND");
    body.put("decisionDate", "2026-12-20");
    body.put(
        "courses",
        List.of(
            Map.of("courseId", String.valueOf(llct)),
            Map.of(
                "courseId",
                String.valueOf(week),
                "needs",
                List.of(
                    Map.of(
                        "personId",
                        String.valueOf(clerk),
                        "kind",
                        "JOB_POSITION_PERIODS",
                        "criterion",
                        "JOB_POSITION_PERIODS")))));
    Api.Response created = admin.post("/api/training/plans", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    JsonNode plan = admin.get("/api/training/plans/" + id).json();
    assertThat(plan.get("year").asInt()).isEqualTo(2027);
    assertThat(plan.get("decisionNumber").asString()).isEqualTo("45/QĐ-UBND");
    JsonNode courses = plan.get("courses");
    assertThat(courses).hasSize(2);
    assertThat(courses.get(0).get("id").asLong()).isEqualTo(llct);
    JsonNode derived = courses.get(0).get("needs");
    assertThat(derived).hasSize(1);
    assertThat(derived.get(0).get("personId").asLong()).isEqualTo(chair);
    assertThat(derived.get(0).get("kind").asString()).isEqualTo("BELOW_STANDARD");
    assertThat(derived.get(0).get("criterion").asString()).isEqualTo("POLITICAL_THEORY_MIN");
    JsonNode named = courses.get(1).get("needs");
    assertThat(named).hasSize(1);
    assertThat(named.get(0).get("personId").asLong()).isEqualTo(clerk);
    assertThat(named.get(0).get("kind").asString()).isEqualTo("JOB_POSITION_PERIODS");

    // listed for the commune and for its province (Cao Bằng, 04), and for the year only
    assertThat(ids(admin.get("/api/training/plans?unit=" + THANH_LONG))).contains(id);
    assertThat(ids(admin.get("/api/training/plans?unit=04&year=2027"))).contains(id);
    assertThat(ids(admin.get("/api/training/plans?unit=" + THANH_LONG + "&year=2026")))
        .doesNotContain(id);

    // a second plan for the same unit and year: refused, naming the first
    long plans = count("training_plan");
    Api.Response twice = PlanFixtures.plan(admin, THANH_LONG, 2027);
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("đã có kế hoạch").contains("số " + id);
    assertThat(count("training_plan")).isEqualTo(plans);

    // adding a course: again refused, another one added
    long other =
        PlanFixtures.course(
            admin, THANH_LONG, "DIGITAL", null, null, "2027-09-06", "2027-09-08", 24, null, "UNIT");
    Api.Response again =
        admin.post(
            "/api/training/plans/" + id + "/courses", Map.of("courseId", String.valueOf(week)));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("đã có trong kế hoạch");
    Api.Response added =
        admin.post(
            "/api/training/plans/" + id + "/courses", Map.of("courseId", String.valueOf(other)));
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().get("courses")).hasSize(3);

    // the pages
    Api.Response list = admin.get("/training/plans?unit=" + THANH_LONG);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("Kế hoạch đào tạo, bồi dưỡng năm 2027 của xã Thanh Long");
    Api.Response page = admin.get("/training/plans/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-testid=\"plan-courses\"")
        .contains("Chưa đạt tiêu chuẩn")
        .contains("data-testid=\"plan-projection\"");
  }

  @Test
  @DisplayName("Bad plans are refused with every reason, nothing written")
  void badPlans() {
    Api admin = Api.admin(port);
    long plans = count("training_plan");
    long links = count("training_plan_course");
    Api.Response empty = admin.post("/api/training/plans", Map.of("year", 1990));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("unitCode").contains("title").contains("1990");

    long old =
        PlanFixtures.course(
            admin, HA_QUANG, "DIGITAL", null, null, "2026-02-02", "2026-02-03", 16, null, "UNIT");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitCode", HA_QUANG);
    body.put("year", 2028);
    body.put("title", "Kế hoạch năm 2028");
    body.put(
        "courses",
        List.of(
            Map.of("courseId", String.valueOf(old)),
            Map.of("courseId", "987654321"),
            Map.of(
                "courseId",
                String.valueOf(old),
                "needs",
                List.of(Map.of("personId", "987654321", "kind", "MANUAL")))));
    Api.Response bad = admin.post("/api/training/plans", body);
    assertThat(bad.status()).isEqualTo(400);
    JsonNode errors = bad.json().get("errors");
    List<String> fields = new ArrayList<>();
    errors.forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields)
        .contains(
            "courses[0].courseId",
            "courses[1].courseId",
            "courses[2].courseId",
            "courses[2].needs[0].personId");
    assertThat(bad.body()).contains("không diễn ra trong năm 2028").contains("messageEn");
    assertThat(count("training_plan")).isEqualTo(plans);
    assertThat(count("training_plan_course")).isEqualTo(links);
  }

  @Test
  @DisplayName("A plan lies in its unit's ground: others get 403, a missing one 404")
  void theGround() {
    Api admin = Api.admin(port);
    Api.Response created = PlanFixtures.plan(admin, HA_QUANG, 2029);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    String outsider = TestUsers.create(port, "kht", "COMMUNE_OFFICER", THANH_LONG);
    Api out = new Api(port, outsider, TestUsers.PASSWORD);
    assertThat(out.get("/api/training/plans/" + id).status()).isEqualTo(403);
    assertThat(out.get("/api/training/plans/" + id + "/projection").status()).isEqualTo(403);
    assertThat(out.get("/api/training/plans/987654321").status()).isEqualTo(404);
    assertThat(ids(out.get("/api/training/plans?unit=" + THANH_LONG))).doesNotContain(id);
    long plans = count("training_plan");
    assertThat(PlanFixtures.plan(out, HA_QUANG, 2030).status()).isEqualTo(403);
    assertThat(count("training_plan")).isEqualTo(plans);
    String insider = TestUsers.create(port, "khq", "COMMUNE_OFFICER", HA_QUANG);
    Api in = new Api(port, insider, TestUsers.PASSWORD);
    assertThat(in.get("/api/training/plans/" + id).status()).isEqualTo(200);
    assertThat(in.get("/api/training/plans/" + id + "/projection").status()).isEqualTo(200);
    // a head of the commune reads, but does not write
    String head = TestUsers.create(port, "khc", "COMMUNE_HEAD", HA_QUANG);
    Api reader = new Api(port, head, TestUsers.PASSWORD);
    assertThat(reader.get("/api/training/plans/" + id).status()).isEqualTo(200);
    assertThat(PlanFixtures.plan(reader, HA_QUANG, 2031).status()).isEqualTo(403);
  }

  private static List<Long> ids(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Long> out = new ArrayList<>();
    r.json().forEach(p -> out.add(p.get("id").asLong()));
    return out;
  }
}
