package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.ImportSheets.assertStatus;
import static vn.cbcs.support.ImportSheets.reasons;
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
import vn.cbcs.support.Api;
import vn.cbcs.support.ImportSheets;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestUsers;

/**
 * Courses and course results through the Excel import (issue 15): the templates downloaded from the
 * API are filled and sent — dry run (every row's reasons, nothing written), commit — and every row
 * goes through {@code training.Courses}, {@code TrainingPlans} and {@code Enrolments} with the
 * importing actor, so that what is written is exactly what {@code POST /api/training/courses},
 * {@code /enrolments} and {@code /result} write for the same data. Test data: communes 01456, 01447
 * and 01465 of Cao Bằng (after 1-7-2025), which only this class uses; each test its own commune.
 */
@IntegrationTest
class TrainingImportTest {

  static final String COURSES_AT = "01456";
  static final String RESULTS_AT = "01447";
  static final String OFFICER_AT = "01465";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** The template of a kind as downloaded, with the rows written from its third line. */
  private byte[] filled(String kind, String sheetName, List<Object[]> rows) throws Exception {
    return ImportSheets.filled(Api.admin(port), kind, sheetName, sheet -> {}, rows);
  }

  private long courses(String unit) {
    return jdbc.sql("SELECT count(*) FROM training_course WHERE unit_code = :u")
        .param("u", unit)
        .query(Long.class)
        .single();
  }

  private long enrolments(long person) {
    return jdbc.sql("SELECT count(*) FROM training_enrolment WHERE person_id = :p")
        .param("p", person)
        .query(Long.class)
        .single();
  }

  /** A course as {@code GET /api/training/courses/{id}} shows it, without its id. */
  private static JsonNode shown(Api api, long id) {
    Api.Response r = api.get("/api/training/courses/" + id);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    ObjectNode copy = (ObjectNode) r.json().deepCopy();
    copy.remove("id");
    copy.remove("enrolments");
    return copy;
  }

  private static Map<String, Object> course(
      String unit,
      String kind,
      String name,
      String track,
      String level,
      String starts,
      String ends,
      int periods,
      String cost,
      String funding) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("kind", kind);
    c.put("name", name);
    c.put("track", track);
    c.put("level", level);
    c.put("provider", "Trường Chính trị Hoàng Đình Giong");
    c.put("unitCode", unit);
    c.put("startsOn", starts);
    c.put("endsOn", ends);
    c.put("periods", periods);
    c.put("place", "Cao Bằng");
    c.put("cost", cost);
    c.put("funding", funding);
    return c;
  }

  private long createCourse(Api api, Map<String, Object> c) {
    Api.Response r = api.post("/api/training/courses", c);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private long createPerson(Api api, String name, String unit, String position) {
    ObjectNode p = person(name, true, 1984);
    p.set("assignments", array(assignment(unit, position, "2025-07-01", null)));
    p.set("qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", "2007-06-30")));
    Api.Response created = api.post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private static String pidOf(Api api, long person) {
    Api.Response r = api.get("/api/people/" + person);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("personalId").asString();
  }

  private List<String> criteriaOf(long person, String unit) {
    Api.Response r = Api.admin(port).get("/api/training/needs?unit=" + unit);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json()
        .forEach(
            n -> {
              if (n.get("personId").asLong() == person
                  && n.get("kind").asString().equals("BELOW_STANDARD")) {
                out.add(n.get("criterion").asString());
              }
            });
    return out;
  }

  @Test
  @DisplayName(
      "Issue 15: courses imported — dry run with every row's reason (dates, kind, level of the"
          + " kind's track, the plan), nothing written; commit writes exactly what POST"
          + " /api/training/courses writes, and puts the course in the plan")
  void coursesAreCheckedThenCommittedThroughTheCoursesService() throws Exception {
    Api admin = Api.admin(port);
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("unitCode", COURSES_AT);
    plan.put("year", 2027);
    plan.put("title", "Kế hoạch đào tạo, bồi dưỡng năm 2027 (nhập Excel)");
    Api.Response planned = admin.post("/api/training/plans", plan);
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    long planId = planned.json().get("id").asLong();
    // the courses page links to the import and both templates
    Api.Response page = admin.get("/training/courses?unit=" + COURSES_AT);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-testid=\"training-import\"")
        .contains("href=\"/imports\"")
        .contains("/api/imports/templates/TRAINING_COURSES")
        .contains("/api/imports/templates/TRAINING_RESULTS");

    List<Object[]> rows = new ArrayList<>();
    // row 3: fine — names from the lists, dates as date cells, cost with Vietnamese thousands
    rows.add(
        new Object[] {
          null,
          COURSES_AT + " – Xã nhập Excel",
          planId,
          "Lý luận chính trị",
          "Trung cấp lý luận chính trị – hành chính, khóa 2027",
          "Trung cấp",
          "Trường Chính trị Hoàng Đình Giong",
          LocalDate.of(2027, 3, 1),
          LocalDate.of(2027, 11, 26),
          800,
          "Cao Bằng",
          "15.000.000",
          "Ngân sách nhà nước"
        });
    // row 4: fine — codes, dates as text, cost as a number, no level (job-position fostering)
    rows.add(
        new Object[] {
          null,
          COURSES_AT,
          null,
          "JOB_POSITION",
          "Bồi dưỡng kỹ năng văn thư, lưu trữ năm 2027",
          null,
          "Trường Chính trị Hoàng Đình Giong",
          "01/09/2027",
          "05/09/2027",
          "40",
          "Cao Bằng",
          2000000,
          "UNIT"
        });
    // row 5: ends before it starts
    rows.add(
        new Object[] {
          null,
          COURSES_AT,
          null,
          "DIGITAL",
          "Kỹ năng số cơ bản",
          null,
          "Sở Khoa học và Công nghệ",
          "10/05/2027",
          "09/05/2027",
          24,
          null,
          null,
          "Ngân sách nhà nước"
        });
    // row 6: a level for a kind that gives none, and an unknown kind of funding
    rows.add(
        new Object[] {
          null,
          COURSES_AT,
          null,
          "Bồi dưỡng lãnh đạo, quản lý",
          "Bồi dưỡng lãnh đạo cấp phòng",
          "Trung cấp",
          "Học viện Hành chính",
          "01/06/2027",
          "30/06/2027",
          120,
          null,
          null,
          "Xã hội hóa"
        });
    // row 7: an unknown kind
    rows.add(
        new Object[] {
          null,
          COURSES_AT,
          null,
          "Tin học văn phòng",
          "Tin học",
          null,
          "Trung tâm tin học",
          "01/06/2027",
          "30/06/2027",
          40,
          null,
          null,
          "UNIT"
        });
    // row 8: a level not in the kind's track
    rows.add(
        new Object[] {
          null,
          COURSES_AT,
          null,
          "POLITICAL_THEORY",
          "Lý luận chính trị siêu cấp",
          "Siêu cấp",
          "Trường Chính trị Hoàng Đình Giong",
          "01/06/2027",
          "30/06/2027",
          40,
          null,
          null,
          "UNIT"
        });
    // row 9: no such plan
    rows.add(
        new Object[] {
          null,
          COURSES_AT,
          999_999_999L,
          "STATE_MANAGEMENT",
          "Quản lý nhà nước ngạch chuyên viên",
          "Chuyên viên",
          "Trường Chính trị Hoàng Đình Giong",
          "01/06/2027",
          "30/06/2027",
          200,
          null,
          null,
          "UNIT"
        });
    byte[] file = filled("TRAINING_COURSES", "Khóa học", rows);
    long before = courses(COURSES_AT);

    Api.Response dry = ImportClient.admin(port).upload(file, "TRAINING_COURSES", true, null);
    assertStatus(dry, 200, "VALIDATED");
    assertThat(dry.json().get("accepted").asInt()).as(dry.body()).isEqualTo(2);
    assertThat(dry.json().get("rejected").asInt()).as(dry.body()).isEqualTo(5);
    assertThat(reasons(dry.json(), 3)).isEmpty();
    assertThat(reasons(dry.json(), 4)).isEmpty();
    assertThat(reasons(dry.json(), 5))
        .containsExactly("Đến ngày: Ngày kết thúc không được trước ngày bắt đầu.");
    assertThat(reasons(dry.json(), 6))
        .containsExactly(
            "Nguồn kinh phí: Giá trị \"Xã hội hóa\" không có trong danh sách; các giá trị được"
                + " nhận: Ngân sách nhà nước; Kinh phí của cơ quan, đơn vị; Cá nhân tự túc; Tài"
                + " trợ.",
            "Trình độ được cấp: Khóa học loại \"Bồi dưỡng lãnh đạo, quản lý\" không cấp trình độ"
                + " để ghi vào hồ sơ: để trống cột Trình độ được cấp.");
    assertThat(reasons(dry.json(), 7))
        .containsExactly(
            "Loại khóa học: Giá trị \"Tin học văn phòng\" không có trong danh sách; các giá trị"
                + " được nhận: Lý luận chính trị; Quản lý nhà nước; Chuyên môn (văn bằng); Bồi"
                + " dưỡng theo vị trí việc làm; Bồi dưỡng lãnh đạo, quản lý; Quốc phòng và an"
                + " ninh; Kỹ năng số.");
    assertThat(reasons(dry.json(), 8))
        .containsExactly(
            "Trình độ được cấp: Mức trình độ \"Siêu cấp\" không có trong danh mục của loại này.");
    assertThat(reasons(dry.json(), 9))
        .containsExactly(
            "Mã kế hoạch: Dòng này không được nhập: Không tìm thấy kế hoạch đào tạo, bồi dưỡng"
                + " số 999999999.");
    assertThat(courses(COURSES_AT)).as("a dry run writes nothing").isEqualTo(before);

    Api.Response commit = ImportClient.admin(port).commit(dry.json().get("id").asLong());
    assertStatus(commit, 200, "COMMITTED");
    assertThat(courses(COURSES_AT)).isEqualTo(before + 2);
    List<Long> imported =
        jdbc.sql(
                "SELECT id FROM training_course WHERE unit_code = :u AND recorded_by = 'admin'"
                    + " AND name IN ('Trung cấp lý luận chính trị – hành chính, khóa 2027',"
                    + " 'Bồi dưỡng kỹ năng văn thư, lưu trữ năm 2027') ORDER BY starts_on")
            .param("u", COURSES_AT)
            .query(Long.class)
            .list();
    assertThat(imported).hasSize(2);

    // the same two courses through the JSON API: the same courses
    long apiLlct =
        createCourse(
            admin,
            course(
                COURSES_AT,
                "POLITICAL_THEORY",
                "Trung cấp lý luận chính trị – hành chính, khóa 2027",
                "POLITICAL_THEORY",
                "TRUNG_CAP",
                "2027-03-01",
                "2027-11-26",
                800,
                "15000000",
                "STATE_BUDGET"));
    long apiJob =
        createCourse(
            admin,
            course(
                COURSES_AT,
                "JOB_POSITION",
                "Bồi dưỡng kỹ năng văn thư, lưu trữ năm 2027",
                null,
                null,
                "2027-09-01",
                "2027-09-05",
                40,
                "2000000",
                "UNIT"));
    assertThat(shown(admin, imported.get(0))).isEqualTo(shown(admin, apiLlct));
    assertThat(shown(admin, imported.get(1))).isEqualTo(shown(admin, apiJob));
    assertThat(shown(admin, imported.get(0)).get("level").asString()).isEqualTo("TRUNG_CAP");

    // the first course is in the plan
    Api.Response p = admin.get("/api/training/plans/" + planId);
    assertThat(p.status()).as(p.body()).isEqualTo(200);
    List<Long> inPlan = new ArrayList<>();
    p.json().get("courses").forEach(c -> inPlan.add(c.get("id").asLong()));
    assertThat(inPlan).containsExactly(imported.get(0));

    // sent again: the two courses are unchanged, not doubled
    Api.Response again = ImportClient.admin(port).upload(file, "TRAINING_COURSES", false, null);
    assertThat(again.json().get("status").asString()).as(again.body()).isEqualTo("COMMITTED");
    assertThat(again.json().get("unchanged").asInt()).as(again.body()).isEqualTo(2);
    assertThat(courses(COURSES_AT)).isEqualTo(before + 4);
  }

  @Test
  @DisplayName(
      "Issue 15, ADR 15 §4: results imported — dry run with every row's reason, nothing written;"
          + " a completion records the qualification as POST /api/training/enrolments/{id}/result"
          + " does, and the chair below the standard meets it")
  void resultsRecordTheQualificationAndThePersonMeetsTheStandard() throws Exception {
    Api admin = Api.admin(port);
    long chair = createPerson(admin, "Nông Thị Nhập Học", RESULTS_AT, "CHU_TICH_UBND");
    long deputy = createPerson(admin, "Đàm Văn Phó", RESULTS_AT, "PHO_CHU_TICH_UBND");
    long reference = createPerson(admin, "Lục Thị Đối Chiếu", OFFICER_AT, "CHU_TICH_UBND");
    assertThat(criteriaOf(chair, RESULTS_AT)).contains("POLITICAL_THEORY_MIN");
    Map<String, Object> c =
        course(
            RESULTS_AT,
            "POLITICAL_THEORY",
            "Trung cấp lý luận chính trị – hành chính, khóa 2026 (nhập kết quả)",
            "POLITICAL_THEORY",
            "TRUNG_CAP",
            "2026-03-02",
            "2026-11-27",
            800,
            "15000000",
            "STATE_BUDGET");
    long courseId = createCourse(admin, c);
    c.put("unitCode", OFFICER_AT);
    long referenceCourse = createCourse(admin, c);
    String chairPid = pidOf(admin, chair);
    String deputyPid = pidOf(admin, deputy);
    String nobody = PersonJsonMother.personalId(true, 1980);

    List<Object[]> rows = new ArrayList<>();
    // row 3: fine — not yet on the course: enrolled, then completed
    rows.add(
        new Object[] {
          null,
          chairPid,
          "Nông Thị Nhập Học",
          courseId,
          "Hoàn thành",
          "Giỏi",
          "TCLLCT-2026-IMP-1",
          LocalDate.of(2026, 11, 30)
        });
    // row 4: no record with that personal ID
    rows.add(
        new Object[] {
          null, nobody, null, courseId, "Hoàn thành", null, "X-1", LocalDate.of(2026, 11, 30)
        });
    // row 5: a completion without the certificate
    rows.add(new Object[] {null, deputyPid, null, courseId, "Hoàn thành"});
    // row 6: an unknown result
    rows.add(new Object[] {null, deputyPid, null, courseId, "Đạt"});
    // row 7: no such course
    rows.add(new Object[] {null, deputyPid, null, 999_999_999L, "Không đạt"});
    byte[] file = filled("TRAINING_RESULTS", "Kết quả học", rows);

    Api.Response dry = ImportClient.admin(port).upload(file, "TRAINING_RESULTS", true, null);
    assertThat(dry.status()).as(dry.body()).isEqualTo(200);
    assertThat(dry.json().get("accepted").asInt()).as(dry.body()).isEqualTo(1);
    assertThat(dry.json().get("rejected").asInt()).as(dry.body()).isEqualTo(4);
    assertThat(reasons(dry.json(), 3)).isEmpty();
    assertThat(reasons(dry.json(), 4))
        .containsExactly(
            "Số định danh cá nhân (CCCD): Số định danh "
                + nobody
                + " chưa có hồ sơ; hãy nhập hồ sơ (mẫu Cán bộ, công chức) trước.");
    assertThat(reasons(dry.json(), 5))
        .containsExactly(
            "Số chứng chỉ: Hoàn thành khóa học phải có số văn bằng, chứng chỉ.",
            "Ngày cấp chứng chỉ: Hoàn thành khóa học phải có ngày cấp văn bằng, chứng chỉ.");
    assertThat(reasons(dry.json(), 6))
        .containsExactly(
            "Kết quả: Giá trị \"Đạt\" không có trong danh sách; các giá trị được nhận: Hoàn"
                + " thành; Không đạt; Thôi học.");
    assertThat(reasons(dry.json(), 7))
        .containsExactly(
            "Mã khóa học: Dòng này không được nhập: Không tìm thấy khóa đào tạo, bồi dưỡng số"
                + " 999.999.999.");
    assertThat(enrolments(chair)).as("a dry run writes nothing").isZero();
    assertThat(enrolments(deputy)).isZero();
    assertThat(criteriaOf(chair, RESULTS_AT)).contains("POLITICAL_THEORY_MIN");

    Api.Response commit = ImportClient.admin(port).commit(dry.json().get("id").asLong());
    assertStatus(commit, 200, "COMMITTED");
    assertThat(enrolments(chair)).isEqualTo(1);
    assertThat(enrolments(deputy)).isZero();

    // the same through the JSON API for the reference person: the same enrolment and record
    Api.Response e =
        admin.post(
            "/api/training/courses/" + referenceCourse + "/enrolments",
            Map.of("personId", String.valueOf(reference)));
    assertThat(e.status()).as(e.body()).isEqualTo(201);
    Api.Response done =
        admin.post(
            "/api/training/enrolments/" + e.json().get("id").asLong() + "/result",
            Map.of(
                "status", "COMPLETED",
                "result", "Giỏi",
                "certificateNumber", "TCLLCT-2026-IMP-1",
                "certificateDate", "2026-11-30"));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    String sql =
        "SELECT e.status || '|' || e.result || '|' || e.certificate_number || '|' ||"
            + " e.certificate_date || '|' || e.recorded_by || '|' || q.track || '|' || q.level"
            + " || '|' || q.institution || '|' || q.started_on || '|' || q.awarded_on || '|' ||"
            + " q.evidence_ref || '|' || q.recorded_by FROM training_enrolment e JOIN"
            + " qualification q ON q.id = e.qualification_id WHERE e.person_id = :p";
    String viaImport = jdbc.sql(sql).param("p", chair).query(String.class).single();
    String viaApi = jdbc.sql(sql).param("p", reference).query(String.class).single();
    assertThat(viaImport).isEqualTo(viaApi);
    assertThat(viaImport)
        .isEqualTo(
            "COMPLETED|Giỏi|TCLLCT-2026-IMP-1|2026-11-30|admin|POLITICAL_THEORY|TRUNG_CAP|Trường"
                + " Chính trị Hoàng Đình Giong|2026-03-02|2026-11-30|TCLLCT-2026-IMP-1|admin");

    // the chair now meets the standard of the post
    assertThat(criteriaOf(chair, RESULTS_AT)).doesNotContain("POLITICAL_THEORY_MIN");
    Api.Response below = admin.get("/api/standards/below?unit=" + RESULTS_AT);
    assertThat(below.status()).isEqualTo(200);
    assertThat(below.body()).doesNotContain("\"personId\":" + chair + ",");

    // sent again: the completion is unchanged, no second qualification
    Api.Response again = ImportClient.admin(port).upload(file, "TRAINING_RESULTS", false, null);
    assertThat(again.json().get("unchanged").asInt()).as(again.body()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM qualification WHERE person_id = :p AND track ="
                        + " 'POLITICAL_THEORY' AND superseded_at IS NULL")
                .param("p", chair)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  @DisplayName(
      "Issue 15, ADR 13: a course organised outside the importer's ground — the API says 403,"
          + " the import refuses the row with the reason and writes nothing; inside is imported")
  void aCourseOutsideTheImportersGroundIsRefused() throws Exception {
    String user = TestUsers.create(port, "tdtr", "COMMUNE_OFFICER", OFFICER_AT);
    ImportClient officer = new ImportClient(port, user, TestUsers.PASSWORD);
    Map<String, Object> c =
        course(
            COURSES_AT,
            "DEFENCE_SECURITY",
            "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
            null,
            null,
            "2026-08-03",
            "2026-08-07",
            40,
            null,
            "STATE_BUDGET");
    Api.Response direct = officer.api.post("/api/training/courses", c);
    assertThat(direct.status()).as(direct.body()).isEqualTo(403);
    long before = courses(COURSES_AT);

    Object[] outside =
        new Object[] {
          null,
          COURSES_AT,
          null,
          "DEFENCE_SECURITY",
          "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
          null,
          "Trường Chính trị Hoàng Đình Giong",
          "03/08/2026",
          "07/08/2026",
          40,
          null,
          null,
          "STATE_BUDGET"
        };
    byte[] file = filled("TRAINING_COURSES", "Khóa học", List.<Object[]>of(outside));
    Api.Response r = officer.upload(file, "TRAINING_COURSES", false, "all-or-nothing");
    assertStatus(r, 422, "REFUSED");
    assertThat(reasons(r.json(), 3)).hasSize(1);
    assertThat(reasons(r.json(), 3).get(0))
        .startsWith("Đơn vị tổ chức: Dòng này không được nhập: Đơn vị ")
        .endsWith(" nằm ngoài phạm vi đơn vị bạn được giao quản lý.");
    assertThat(courses(COURSES_AT)).isEqualTo(before);

    Object[] inside = outside.clone();
    inside[1] = OFFICER_AT;
    long mine = courses(OFFICER_AT);
    byte[] ok = filled("TRAINING_COURSES", "Khóa học", List.<Object[]>of(inside));
    Api.Response r2 = officer.upload(ok, "TRAINING_COURSES", false, "all-or-nothing");
    assertStatus(r2, 200, "COMMITTED");
    assertThat(courses(OFFICER_AT)).isEqualTo(mine + 1);
    assertThat(
            jdbc.sql(
                    "SELECT recorded_by FROM training_course WHERE unit_code = :u AND name LIKE"
                        + " 'Bồi dưỡng kiến thức quốc phòng%'")
                .param("u", OFFICER_AT)
                .query(String.class)
                .single())
        .isEqualTo(user);
  }
}
