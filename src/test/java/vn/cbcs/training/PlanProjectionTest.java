package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * The projection of a training plan, known answers on real PostgreSQL in communes no other test
 * uses: Xã Minh Tâm (01747) — 10 people, 4 with political theory trung cấp or higher, 3 enrolled on
 * the plan's trung cấp course: LLCT_TRUNG_CAP_PLUS 40% → 70%, next to the resolution's 60% target;
 * Xã Tổng Cọt (01414) — after the fact, the person a completed course added.
 */
@IntegrationTest
class PlanProjectionTest {

  static final String MINH_TAM = "01747";
  static final String TONG_COT = "01414";

  @LocalServerPort int port;

  private static JsonNode line(JsonNode projection, String code) {
    for (JsonNode l : projection.get("indicators")) {
      if (l.get("code").asString().equals(code)) {
        return l;
      }
    }
    throw new AssertionError(code + " not in " + projection);
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asLong()));
    return out;
  }

  @Test
  @DisplayName("4 of 10 with trung cấp, 3 enrolled: 40% → 70%, the target 60% met when complete")
  void knownAnswer() {
    Api admin = Api.admin(port);
    List<Long> tc = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      tc.add(PlanFixtures.person(admin, MINH_TAM, "Hoàng Thị Trung Cấp", "TRUNG_CAP"));
    }
    long cc = PlanFixtures.person(admin, MINH_TAM, "Hoàng Văn Cao Cấp", "CAO_CAP");
    List<Long> none = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      none.add(PlanFixtures.person(admin, MINH_TAM, "Nông Văn Chưa Học", null));
    }
    long tcCourse =
        PlanFixtures.course(
            admin,
            MINH_TAM,
            "POLITICAL_THEORY",
            "POLITICAL_THEORY",
            "TRUNG_CAP",
            "2027-03-01",
            "2027-11-30",
            800,
            "10000000",
            "STATE_BUDGET");
    long ccCourse =
        PlanFixtures.course(
            admin,
            MINH_TAM,
            "POLITICAL_THEORY",
            "POLITICAL_THEORY",
            "CAO_CAP",
            "2027-01-04",
            "2027-12-15",
            1200,
            "30000000",
            "STATE_BUDGET");
    long lateCourse =
        PlanFixtures.course(
            admin,
            MINH_TAM,
            "POLITICAL_THEORY",
            "POLITICAL_THEORY",
            "TRUNG_CAP",
            "2027-09-06",
            "2028-06-30",
            800,
            "10000000",
            "STATE_BUDGET");
    long notInPlan =
        PlanFixtures.course(
            admin,
            MINH_TAM,
            "POLITICAL_THEORY",
            "POLITICAL_THEORY",
            "TRUNG_CAP",
            "2027-02-01",
            "2027-10-30",
            800,
            null,
            "STATE_BUDGET");
    for (int i = 0; i < 3; i++) {
      PlanFixtures.enrol(admin, tcCourse, none.get(i));
    }
    PlanFixtures.enrol(admin, ccCourse, tc.get(0)); // trung cấp → cao cấp
    PlanFixtures.enrol(admin, lateCourse, none.get(3)); // ends in 2028
    PlanFixtures.enrol(admin, notInPlan, none.get(4)); // not the plan's
    Api.Response plan = PlanFixtures.plan(admin, MINH_TAM, 2027, tcCourse, ccCourse, lateCourse);
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    long id = plan.json().get("id").asLong();

    Api.Response res =
        admin.post(
            "/api/resolutions",
            Map.of(
                "number", "T" + (System.nanoTime() % 1_000_000) + "-NQ/ĐU",
                "title", "Nghị quyết Đảng bộ xã Minh Tâm về công tác cán bộ",
                "issuer", "Đảng ủy xã Minh Tâm",
                "issuedOn", "2025-10-01",
                "unit", MINH_TAM));
    assertThat(res.status()).as(res.body()).isEqualTo(201);
    Api.Response target =
        admin.post(
            "/api/resolutions/" + res.json().get("id").asString() + "/targets",
            Map.of(
                "indicator", "LLCT_TRUNG_CAP_PLUS",
                "milestone", "2027-12-31",
                "target", "60",
                "source", "Điều 2 mục 3"));
    assertThat(target.status()).as(target.body()).isEqualTo(201);

    Api.Response r = admin.get("/api/training/plans/" + id + "/projection?asOf=2027-12-31");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode p = r.json();
    assertThat(p.get("asOf").asString()).isEqualTo("2027-12-31");
    JsonNode plus = line(p, "LLCT_TRUNG_CAP_PLUS");
    assertThat(plus.get("denominator").asLong()).isEqualTo(10);
    assertThat(plus.get("numerator").asLong()).isEqualTo(4);
    assertThat(plus.get("percent").decimalValue()).isEqualByComparingTo("40");
    assertThat(plus.get("projectedNumerator").asLong()).isEqualTo(7);
    assertThat(plus.get("projectedPercent").decimalValue()).isEqualByComparingTo("70");
    assertThat(longs(plus.get("added"))).containsExactlyInAnyOrderElementsOf(none.subList(0, 3));
    assertThat(longs(plus.get("removed"))).isEmpty();
    JsonNode t = plus.get("target");
    assertThat(t.get("target").decimalValue()).isEqualByComparingTo("60");
    assertThat(t.get("milestone").asString()).isEqualTo("2027-12-31");
    assertThat(t.get("metNow").asBoolean()).isFalse();
    assertThat(t.get("metProjected").asBoolean()).isTrue();
    assertThat(t.get("resolution").asString()).contains("Đảng ủy xã Minh Tâm");

    JsonNode some = line(p, "LLCT_SO_TRUNG_CAP"); // sơ cấp or higher (version 2)
    assertThat(some.get("numerator").asLong()).isEqualTo(4);
    assertThat(some.get("projectedNumerator").asLong()).isEqualTo(7);
    assertThat(some.get("target").isNull()).isTrue();
    // an indicator with an upper bound (sơ cấp or trung cấp, no higher): 3 now; +3 who reach
    // trung cấp, −1 who goes from trung cấp to cao cấp
    String band = "LLCT_TC_ONLY_" + (System.nanoTime() % 100000);
    Map<String, Object> def = new java.util.LinkedHashMap<>();
    def.put("code", band);
    def.put("name", "Lý luận chính trị sơ cấp hoặc trung cấp (thử)");
    def.put("definition", "Chỉ tiêu thử có cận trên: sơ cấp hoặc trung cấp, không cao hơn.");
    def.put("subject", "PEOPLE");
    def.put(
        "criteria",
        List.of(
            Map.of(
                "kind",
                "QUALIFICATION",
                "track",
                "POLITICAL_THEORY",
                "min",
                "SO_CAP",
                "max",
                "TRUNG_CAP")));
    Api.Response defined = admin.post("/api/indicators", def);
    assertThat(defined.status()).as(defined.body()).isEqualTo(201);
    JsonNode bounded =
        line(admin.get("/api/training/plans/" + id + "/projection?asOf=2027-12-31").json(), band);
    assertThat(bounded.get("numerator").asLong()).isEqualTo(3);
    assertThat(bounded.get("projectedNumerator").asLong()).isEqualTo(5);
    assertThat(longs(bounded.get("removed"))).containsExactly(tc.get(0));
    assertThat(longs(bounded.get("added"))).containsExactlyInAnyOrderElementsOf(none.subList(0, 3));

    // the standard depends on more than qualifications: named, not projected
    List<String> skipped = new ArrayList<>();
    p.get("notProjected").forEach(n -> skipped.add(n.get("code").asString()));
    assertThat(skipped).contains("MEETS_STANDARD");
    assertThat(p.get("notProjected").get(0).get("reason").asString()).isNotBlank();

    // by default, the last day of the plan's courses (30-6-2028): the 2028 course counts too
    JsonNode later = admin.get("/api/training/plans/" + id + "/projection").json();
    assertThat(later.get("asOf").asString()).isEqualTo("2028-06-30");
    assertThat(line(later, "LLCT_TRUNG_CAP_PLUS").get("projectedNumerator").asLong()).isEqualTo(8);
    // before the courses end: nothing projected
    JsonNode early = admin.get("/api/training/plans/" + id + "/projection?asOf=2027-06-30").json();
    JsonNode e = line(early, "LLCT_TRUNG_CAP_PLUS");
    assertThat(e.get("projectedNumerator").asLong()).isEqualTo(e.get("numerator").asLong());
    // the person enrolled on a course outside the plan is never counted
    assertThat(longs(line(later, "LLCT_TRUNG_CAP_PLUS").get("added")))
        .doesNotContain(none.get(4))
        .doesNotContain(cc);
    // a bad date: 400
    assertThat(admin.get("/api/training/plans/" + id + "/projection?asOf=31-12-2027").status())
        .isEqualTo(400);

    // the page shows the same figures
    String page = admin.get("/training/plans/" + id).body();
    assertThat(page).contains("data-testid=\"projection-LLCT_TRUNG_CAP_PLUS\"").contains("80,00%");
  }

  @Test
  @DisplayName("After the fact: the person a completed course of the plan added to the numerator")
  void afterTheFact() {
    Api admin = Api.admin(port);
    long done = PlanFixtures.person(admin, TONG_COT, "Đàm Thị Đã Học", null);
    long has = PlanFixtures.person(admin, TONG_COT, "Đàm Văn Có Sẵn", "TRUNG_CAP");
    long course =
        PlanFixtures.course(
            admin,
            TONG_COT,
            "POLITICAL_THEORY",
            "POLITICAL_THEORY",
            "TRUNG_CAP",
            "2026-01-05",
            "2026-06-30",
            800,
            "9000000",
            "STATE_BUDGET");
    long e1 = PlanFixtures.enrol(admin, course, done);
    PlanFixtures.enrol(admin, course, has); // already holds it: adds nobody
    Api.Response plan = PlanFixtures.plan(admin, TONG_COT, 2026, course);
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    long id = plan.json().get("id").asLong();
    PlanFixtures.complete(admin, e1, "TCLLCT-CB-2026-007", "2026-07-15");

    JsonNode p = admin.get("/api/training/plans/" + id + "/projection?asOf=2026-11-30").json();
    JsonNode plus = line(p, "LLCT_TRUNG_CAP_PLUS");
    assertThat(plus.get("denominator").asLong()).isEqualTo(2);
    assertThat(plus.get("numerator").asLong()).isEqualTo(2);
    assertThat(longs(plus.get("addedByCompletedCourses"))).containsExactly(done);
    assertThat(plus.get("projectedNumerator").asLong()).isEqualTo(2);
    assertThat(longs(plus.get("added"))).isEmpty();
  }
}
