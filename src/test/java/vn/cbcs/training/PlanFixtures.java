package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;

/** People, courses and enrolments for the plan tests, through the API as the administrator. */
final class PlanFixtures {

  private PlanFixtures() {}

  /** A person in post in a commune from 1-7-2025, with a political-theory level (or none). */
  static long person(Api admin, String commune, String name, String llct) {
    return person(admin, commune, "VTVL_VP_HANH_CHINH_TONG_HOP", name, llct);
  }

  static long person(Api admin, String commune, String post, String name, String llct) {
    ObjectNode p =
        vn.cbcs.support.PersonJsonMother.person(
            name + " " + (System.nanoTime() % 100000), false, 1985);
    p.set("assignments", array(assignment(commune, post, "2025-07-01", null)));
    if (llct == null) {
      p.set("qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", "2008-06-30")));
    } else {
      p.set(
          "qualifications",
          array(
              qualification("PROFESSIONAL", "DAI_HOC", "2008-06-30"),
              qualification("POLITICAL_THEORY", llct, "2015-06-30")));
    }
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** A course of a commune; track and level null for one that gives no qualification. */
  static long course(
      Api admin,
      String unit,
      String kind,
      String track,
      String level,
      String startsOn,
      String endsOn,
      int periods,
      String cost,
      String funding) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("kind", kind);
    c.put("name", "Khóa " + kind + " " + (level == null ? "" : level) + " " + startsOn);
    if (track != null) {
      c.put("track", track);
      c.put("level", level);
    }
    c.put("provider", "Trường Chính trị tỉnh Cao Bằng");
    c.put("unitCode", unit);
    c.put("startsOn", startsOn);
    c.put("endsOn", endsOn);
    c.put("periods", periods);
    if (cost != null) {
      c.put("cost", cost);
    }
    c.put("funding", funding);
    Api.Response r = admin.post("/api/training/courses", c);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  static long enrol(Api admin, long course, long person) {
    Api.Response r =
        admin.post(
            "/api/training/courses/" + course + "/enrolments",
            Map.of("personId", String.valueOf(person)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  static void complete(Api admin, long enrolment, String number, String date) {
    Api.Response r =
        admin.post(
            "/api/training/enrolments/" + enrolment + "/result",
            Map.of("status", "COMPLETED", "certificateNumber", number, "certificateDate", date));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /** A plan of a unit for a year with these courses (their needs derived from the enrolled). */
  static Api.Response plan(Api api, String unit, int year, long... courses) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("unitCode", unit);
    p.put("year", year);
    p.put("title", "Kế hoạch đào tạo, bồi dưỡng năm " + year);
    p.put("decisionNumber", "12/QĐ-UBND");
    p.put("decisionDate", year - 1 + "-12-20");
    List<Map<String, Object>> list = new ArrayList<>();
    for (long c : courses) {
      list.add(Map.of("courseId", String.valueOf(c)));
    }
    p.put("courses", list);
    return api.post("/api/training/plans", p);
  }
}
