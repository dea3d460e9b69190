package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

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
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * Known answers of the needs of the second slice, in Hồng Thái (02260, the commune of 1-7-2025),
 * which no other test uses: đối tượng 2 of approved succession plans without the post's
 * political-theory level (planning's read model {@code planning_candidates_on}; HD 45-HD/BTCTW mục
 * II.5.1), the 40 periods of job-position fostering (NĐ 171/2025 Điều 16 khoản 3) with the filter
 * of people with none, and needs added by hand.
 */
@IntegrationTest
class NeedSourcesTest {

  static final String HONG_THAI = "02260";
  static final String CIVIL_SERVANT_POST = "VTVL_VP_HANH_CHINH_TONG_HOP";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long create(String name, String post, String from, ObjectNode... qualifications) {
    ObjectNode p = person(name + " " + (System.nanoTime() % 100000), false, 1988);
    p.set("assignments", array(assignment(HONG_THAI, post, from, null)));
    p.set("qualifications", array(qualifications));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private List<JsonNode> needsOf(long person, String query) {
    Api.Response r = Api.admin(port).get("/api/training/needs?unit=" + HONG_THAI + "&" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> mine = new ArrayList<>();
    r.json()
        .forEach(
            n -> {
              if (n.get("personId").asLong() == person) {
                mine.add(n);
              }
            });
    return mine;
  }

  private static List<JsonNode> of(List<JsonNode> needs, String kind) {
    return needs.stream().filter(n -> n.get("kind").asString().equals(kind)).toList();
  }

  /** An approved plan of Hồng Thái (decision 1-3-2026) or a draft, with one candidate. */
  private long plan(boolean approved, long person, int target, String level, int rank) {
    long plan =
        jdbc.sql(
                "INSERT INTO planning_plan (unit_code, body_kind, term_from, term_to, plan_date,"
                    + " reference_date, status, decision_number, decision_date, decision_signer,"
                    + " created_by) VALUES (:u, 'PEOPLES_COMMITTEE', 2026, 2031, DATE"
                    + " '2026-02-01', DATE '2031-07-01', :s, :n, :d, :signer, 'test') RETURNING id")
            .param("u", HONG_THAI)
            .param("s", approved ? "APPROVED" : "DRAFT")
            .param("n", approved ? "12-QĐ/ĐU" : null)
            .param("d", approved ? java.time.LocalDate.of(2026, 3, 1) : null)
            .param("signer", approved ? "Bí thư Đảng ủy" : null)
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO planning_candidate (plan_id, person_id, target_post, target,"
                + " required_llct_level, required_llct_rank, added_on, added_by) VALUES (:plan,"
                + " :p, 'PHO_CHU_TICH_UBND', :t, :l, :r, DATE '2026-02-01', 'test')")
        .param("plan", plan)
        .param("p", person)
        .param("t", target)
        .param("l", level)
        .param("r", rank)
        .update();
    return plan;
  }

  @Test
  @DisplayName(
      "Đối tượng 2 of an approved plan without trung cấp LLCT is a need; đối tượng 1, a draft plan,"
          + " or the level held are not")
  void successionCandidatesWithoutThePostsLevel() {
    long d2 = create("Đinh Văn Đối Tượng Hai", CIVIL_SERVANT_POST, "2025-07-01");
    long plan = plan(true, d2, 2, "TRUNG_CAP", 2);
    List<JsonNode> found = of(needsOf(d2, "asOf=2026-06-01"), "SUCCESSION_POLITICAL_THEORY");
    assertThat(found).hasSize(1);
    JsonNode n = found.get(0);
    assertThat(n.get("criterion").asString()).isEqualTo("POLITICAL_THEORY_MIN");
    assertThat(n.get("required").asString()).isEqualTo("TRUNG_CAP");
    assertThat(n.get("actual").isNull()).isTrue();
    assertThat(n.get("positionCode").asString()).isEqualTo("PHO_CHU_TICH_UBND");
    assertThat(n.get("rule").asString())
        .contains("45-HD/BTCTW")
        .contains("II.5.1")
        .contains("#" + plan)
        .contains("2026–2031");
    assertThat(n.get("closedBy").get("courseKind").asString()).isEqualTo("POLITICAL_THEORY");
    assertThat(n.get("closedBy").get("level").asString()).isEqualTo("TRUNG_CAP");
    // before the plan's approval decision it is no need yet
    assertThat(of(needsOf(d2, "asOf=2026-02-15"), "SUCCESSION_POLITICAL_THEORY")).isEmpty();

    // sơ cấp held is below trung cấp: still a need, saying what is held
    long soCap =
        create(
            "Đinh Thị Sơ Cấp",
            CIVIL_SERVANT_POST,
            "2025-07-01",
            qualification("POLITICAL_THEORY", "SO_CAP", "2020-06-30"));
    plan(true, soCap, 2, "TRUNG_CAP", 2);
    assertThat(
            of(needsOf(soCap, "asOf=2026-06-01"), "SUCCESSION_POLITICAL_THEORY")
                .get(0)
                .get("actual")
                .asString())
        .isEqualTo("SO_CAP");

    long d1 = create("Đinh Văn Đối Tượng Một", CIVIL_SERVANT_POST, "2025-07-01");
    plan(true, d1, 1, "TRUNG_CAP", 2);
    assertThat(of(needsOf(d1, "asOf=2026-06-01"), "SUCCESSION_POLITICAL_THEORY")).isEmpty();

    long draft = create("Đinh Văn Dự Thảo", CIVIL_SERVANT_POST, "2025-07-01");
    plan(false, draft, 2, "TRUNG_CAP", 2);
    assertThat(of(needsOf(draft, "asOf=2026-06-01"), "SUCCESSION_POLITICAL_THEORY")).isEmpty();

    long held =
        create(
            "Đinh Văn Đã Có Trung Cấp",
            CIVIL_SERVANT_POST,
            "2025-07-01",
            qualification("POLITICAL_THEORY", "TRUNG_CAP", "2019-06-30"));
    plan(true, held, 2, "TRUNG_CAP", 2);
    assertThat(of(needsOf(held, "asOf=2026-06-01"), "SUCCESSION_POLITICAL_THEORY")).isEmpty();
  }

  private long jobCourse(int periods, String starts, String ends) {
    return jdbc.sql(
            "INSERT INTO training_course (kind, name, provider, unit_code, starts_on, ends_on,"
                + " periods, funding, recorded_by) VALUES ('JOB_POSITION', 'BD vị trí việc làm',"
                + " 'UBND xã Hồng Thái', :u, CAST(:s AS date), CAST(:e AS date), :n, 'UNIT', 'test')"
                + " RETURNING id")
        .param("u", HONG_THAI)
        .param("s", starts)
        .param("e", ends)
        .param("n", periods)
        .query(Long.class)
        .single();
  }

  private void completed(long course, long person, String certificateDate) {
    jdbc.sql(
            "INSERT INTO training_enrolment (course_id, person_id, status, certificate_number,"
                + " certificate_date, recorded_by) VALUES (:c, :p, 'COMPLETED', 'CN-' || :c,"
                + " CAST(:d AS date), 'test')")
        .param("c", course)
        .param("p", person)
        .param("d", certificateDate)
        .update();
  }

  @Test
  @DisplayName(
      "NĐ 171/2025 Điều 16 khoản 3: thiếu N tiết of the 40 a year, counted from completed"
          + " job-position courses; noPeriods lists those with none")
  void fortyPeriodsAYear() {
    long some = create("Đinh Văn Hai Mươi Tư Tiết", CIVIL_SERVANT_POST, "2025-07-01");
    long none = create("Đinh Văn Chưa Học Tiết Nào", CIVIL_SERVANT_POST, "2025-07-01");
    long cadre = create("Đinh Văn Chủ Tịch", "CHU_TICH_UBND", "2025-07-01");
    completed(jobCourse(24, "2026-03-02", "2026-03-10"), some, "2026-03-12");
    // a course of last year does not count for this one
    completed(jobCourse(40, "2025-09-01", "2025-09-05"), none, "2025-09-06");

    JsonNode n = of(needsOf(some, "asOf=2026-06-01"), "JOB_POSITION_PERIODS").get(0);
    assertThat(n.get("required").asString()).isEqualTo("40");
    assertThat(n.get("actual").asString()).isEqualTo("24");
    assertThat(n.get("missingPeriods").asInt()).isEqualTo(16);
    assertThat(n.get("deadline").asString()).isEqualTo("2026-12-31");
    assertThat(n.get("rule").asString()).isEqualTo("Nghị định 171/2025/NĐ-CP, Điều 16 khoản 3");
    assertThat(n.get("closedBy").get("courseKind").asString()).isEqualTo("JOB_POSITION");
    // before the certificate, nothing is counted
    assertThat(
            of(needsOf(some, "asOf=2026-03-11"), "JOB_POSITION_PERIODS")
                .get(0)
                .get("missingPeriods")
                .asInt())
        .isEqualTo(40);
    assertThat(
            of(needsOf(none, "asOf=2026-06-01"), "JOB_POSITION_PERIODS")
                .get(0)
                .get("missingPeriods")
                .asInt())
        .isEqualTo(40);
    // in 2025 the 40 periods were done; the rule of the time was NĐ 101/2017 [M]
    assertThat(of(needsOf(none, "asOf=2025-12-01"), "JOB_POSITION_PERIODS")).isEmpty();
    // before 1-7-2025: old Hồng Thái (02254), under NĐ 101/2017 [M]
    ObjectNode old = person("Đinh Văn Trước Sáp Nhập " + (System.nanoTime() % 100000), false, 1980);
    old.set(
        "assignments",
        array(assignment("02254", "VAN_PHONG_THONG_KE", "2024-01-01", "2025-06-30")));
    Api.Response o = Api.admin(port).post("/api/people", old);
    assertThat(o.status()).as(o.body()).isEqualTo(201);
    long oldId = o.json().get("id").asLong();
    Api.Response before = Api.admin(port).get("/api/training/needs?unit=02254&asOf=2025-03-01");
    assertThat(before.status()).as(before.body()).isEqualTo(200);
    List<JsonNode> oldNeeds = new ArrayList<>();
    before
        .json()
        .forEach(
            x -> {
              if (x.get("personId").asLong() == oldId
                  && x.get("kind").asString().equals("JOB_POSITION_PERIODS")) {
                oldNeeds.add(x);
              }
            });
    assertThat(oldNeeds).hasSize(1);
    assertThat(oldNeeds.get(0).get("rule").asString()).startsWith("Nghị định 101/2017/NĐ-CP");
    // an elected cadre is not a civil servant under NĐ 171/2025 Điều 1 khoản 2
    assertThat(of(needsOf(cadre, "asOf=2026-06-01"), "JOB_POSITION_PERIODS")).isEmpty();

    // the filter: only the people with no period at all this year
    assertThat(needsOf(none, "asOf=2026-10-15&noPeriods=true"))
        .singleElement()
        .satisfies(x -> assertThat(x.get("kind").asString()).isEqualTo("JOB_POSITION_PERIODS"));
    assertThat(needsOf(some, "asOf=2026-10-15&noPeriods=true")).isEmpty();
    assertThat(needsOf(some, "asOf=2026-10-15&kind=JOB_POSITION_PERIODS")).hasSize(1);
    assertThat(
            Api.admin(port)
                .get("/api/training/needs?unit=" + HONG_THAI + "&noPeriods=maybe")
                .status())
        .isEqualTo(400);
    assertThat(Api.admin(port).get("/api/training/needs?unit=" + HONG_THAI + "&kind=X").status())
        .isEqualTo(400);

    // 16 more periods close it
    completed(jobCourse(16, "2026-05-04", "2026-05-05"), some, "2026-05-06");
    assertThat(of(needsOf(some, "asOf=2026-06-01"), "JOB_POSITION_PERIODS")).isEmpty();

    // the page: in the fourth quarter, the people with none are counted and listed
    Api.Response page =
        Api.admin(port).get("/training/needs?unit=" + HONG_THAI + "&asOf=2026-10-15");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("training-no-periods").contains("Đã sang quý IV");
    Api.Response filtered =
        Api.admin(port)
            .get("/training/needs?unit=" + HONG_THAI + "&asOf=2026-10-15&noPeriods=true");
    assertThat(filtered.body())
        .contains("Đinh Văn Chưa Học Tiết Nào")
        .doesNotContain("Đinh Văn Hai Mươi Tư Tiết")
        .contains("Thiếu 40 tiết");
    assertThat(Api.admin(port).get("/training/needs?unit=" + HONG_THAI + "&asOf=2026-06-01").body())
        .doesNotContain("training-no-periods");
  }

  @Test
  @DisplayName(
      "A need added by hand is listed beside the derived ones until closed; bad input 400 with"
          + " every reason, nothing written; a person outside the ground 403")
  void needsAddedByHand() {
    long p = create("Đinh Thị Thêm Tay", CIVIL_SERVANT_POST, "2025-07-01");
    Api admin = Api.admin(port);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("personId", String.valueOf(p));
    body.put("courseKind", "DIGITAL");
    body.put("reason", "Phụ trách chuyển đổi số của xã");
    body.put("deadline", "2027-06-30");
    Api.Response r = admin.post("/api/training/needs", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long id = r.json().get("id").asLong();

    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    List<JsonNode> mine = needsOf(p, "asOf=" + today);
    JsonNode n = of(mine, "MANUAL").get(0);
    assertThat(n.get("id").asLong()).isEqualTo(id);
    assertThat(n.get("reason").asString()).isEqualTo("Phụ trách chuyển đổi số của xã");
    assertThat(n.get("deadline").asString()).isEqualTo("2027-06-30");
    assertThat(n.get("closedBy").get("courseKind").asString()).isEqualTo("DIGITAL");
    assertThat(n.get("rule").asString()).contains("admin");
    // beside the derived ones (the year's periods)
    assertThat(of(mine, "JOB_POSITION_PERIODS")).hasSize(1);
    // not before the day it was added
    assertThat(of(needsOf(p, "asOf=2026-01-15"), "MANUAL")).isEmpty();
    // on the page, with a button to close it
    assertThat(admin.get("/training/needs?unit=" + HONG_THAI).body())
        .contains("Phụ trách chuyển đổi số của xã")
        .contains("need-close-" + id);

    // every reason at once, nothing written
    long before = jdbc.sql("SELECT count(*) FROM training_need").query(Long.class).single();
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("personId", String.valueOf(p));
    bad.put("reason", " ");
    bad.put("deadline", "2020-01-01");
    Api.Response refused = admin.post("/api/training/needs", bad);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("courseKind").contains("reason").contains("deadline");
    assertThat(jdbc.sql("SELECT count(*) FROM training_need").query(Long.class).single())
        .isEqualTo(before);
    body.put("personId", "999999999");
    assertThat(admin.post("/api/training/needs", body).status()).isEqualTo(404);

    // an officer of another commune may neither add nor close it
    String other = TestUsers.create(port, "xaconlon", "COMMUNE_OFFICER", "02245");
    Api officer = new Api(port, other, TestUsers.PASSWORD);
    body.put("personId", String.valueOf(p));
    assertThat(officer.post("/api/training/needs", body).status()).isEqualTo(403);
    assertThat(officer.post("/api/training/needs/" + id + "/close", Map.of()).status())
        .isEqualTo(403);
    // the commune's own officer closes it; closing again changes nothing
    String mineUser = TestUsers.create(port, "xahongthai", "COMMUNE_OFFICER", HONG_THAI);
    Api own = new Api(port, mineUser, TestUsers.PASSWORD);
    Api.Response closed = own.post("/api/training/needs/" + id + "/close", Map.of());
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().get("closedOn").asString()).isEqualTo(today);
    assertThat(own.post("/api/training/needs/" + id + "/close", Map.of()).status()).isEqualTo(200);
    assertThat(of(needsOf(p, "asOf=" + today), "MANUAL")).isEmpty();
    assertThat(
            jdbc.sql("SELECT closed_by FROM training_need WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo(mineUser);
    assertThat(admin.post("/api/training/needs/999999999/close", Map.of()).status()).isEqualTo(404);
  }
}
