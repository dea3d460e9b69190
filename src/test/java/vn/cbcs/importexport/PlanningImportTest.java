package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.ImportSheets.assertStatus;
import static vn.cbcs.support.ImportSheets.reasons;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.util.ArrayList;
import java.util.HashMap;
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
import vn.cbcs.platform.AsOf;
import vn.cbcs.support.Api;
import vn.cbcs.support.ImportSheets;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * Candidates of a succession plan through the Excel import (issue 14): the template downloaded from
 * the API is filled and sent — dry run (every row's reasons, nothing written), commit — and every
 * row goes through {@code planning.Plans#addCandidate} with the importing actor, so that the
 * reasons are the API's reasons for the same data and what is written is exactly what {@code POST
 * /api/plans/{id}/candidates} writes (compared with a reference plan filled through the API). Test
 * data: Xã 01594, 01576 and 01618 (Cao Bằng, after 1-7-2025); each test its own plans and people.
 */
@IntegrationTest
class PlanningImportTest {

  static final String HOME = "01594";
  static final String OTHER = "01576";
  static final String THIRD = "01618";

  /** API field → the template's header, for the expected reasons. */
  static final Map<String, String> HEADERS =
      Map.of(
          "personId", "Số định danh cá nhân (CCCD)",
          "targetPost", "Chức danh quy hoạch",
          "target", "Đối tượng",
          "introVotes", "Giới thiệu: số phiếu");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private record Someone(long id, String personalId, String name) {}

  private Someone create(String unit, String name, int born, String post) {
    ObjectNode p = person(name + " " + (System.nanoTime() % 100000), name.contains("Thị"), born);
    p.set("assignments", array(assignment(unit, post, "2025-07-01", null)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return new Someone(
        r.json().get("id").asLong(), p.get("personalId").asString(), p.get("fullName").asString());
  }

  private long plan(String unit) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitCode", unit);
    body.put("bodyKind", "PEOPLES_COMMITTEE");
    body.put("termFrom", 2026);
    body.put("termTo", 2031);
    body.put("planDate", AsOf.today().toString());
    body.put("referenceDate", "2031-03-01");
    body.put("seats", List.of(Map.of("positionCode", "PHO_CHU_TICH_UBND", "seats", 2)));
    var r = Api.admin(port).post("/api/plans", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static Map<String, Object> body(Someone who, String post, int target, Integer... intro) {
    Map<String, Object> m = new HashMap<>();
    m.put("personId", String.valueOf(who.id()));
    m.put("targetPost", post);
    m.put("target", target);
    if (intro.length == 2) {
      m.put("introVotes", intro[0]);
      m.put("introVoters", intro[1]);
    }
    return m;
  }

  /** The template as downloaded, with the rows written from its third line. */
  private byte[] filled(List<Object[]> rows) throws Exception {
    return ImportSheets.filled(
        Api.admin(port),
        "PLAN_CANDIDATES",
        "Quy hoạch",
        sheet -> {
          List<String> headers = new ArrayList<>();
          sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
          assertThat(headers)
              .startsWith(
                  "STT",
                  "Số định danh cá nhân (CCCD)",
                  "Mã hồ sơ",
                  "Họ và tên",
                  "Mã quy hoạch",
                  "Chức danh quy hoạch",
                  "Đối tượng",
                  "Giới thiệu: số phiếu",
                  "Giới thiệu: số người tham gia");
        },
        rows);
  }

  /** The reasons of a 400 of the JSON API, as the import reports them at its columns. */
  private static List<String> apiReasons(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    List<String> out = new ArrayList<>();
    r.json()
        .get("errors")
        .forEach(
            e ->
                out.add(
                    HEADERS.getOrDefault(e.get("field").asString(), e.get("field").asString())
                        + ": "
                        + e.get("message").asString()));
    return out;
  }

  private long candidates(long plan) {
    return jdbc.sql("SELECT count(*) FROM planning_candidate WHERE plan_id = :p")
        .param("p", plan)
        .query(Long.class)
        .single();
  }

  /** The plan's candidates as {@code GET /api/plans/{id}} shows them, without ids. */
  private static List<JsonNode> shown(Api api, long plan) {
    return ImportSheets.shownWithout(api, "/api/plans/" + plan, "candidates", "id", "planId");
  }

  @Test
  @DisplayName(
      "Issue 14: plan candidates imported — dry run with every row's reason, the API's own (QĐ"
          + " 377-QĐ/TW Điều 25, 26), a fourth for a post in the same file refused; nothing"
          + " written; the commit writes exactly what the API writes")
  void candidatesAreCheckedThenCommittedThroughThePlansService() throws Exception {
    Api admin = Api.admin(port);
    Someone deputy = create(HOME, "Ma Văn Nhập", 1980, "PHO_CHU_TICH_UBND");
    var q =
        admin.post(
            "/api/people/" + deputy.id() + "/qualifications",
            qualification("POLITICAL_THEORY", "TRUNG_CAP", "2015-06-30"));
    assertThat(q.status()).as(q.body()).isEqualTo(201);
    List<Someone> staff = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      staff.add(create(HOME, "Lý Thị Tệp " + i, 1992 + i, "VTVL_VP_VAN_THU_LUU_TRU"));
    }
    Someone fourth = create(HOME, "Đinh Văn Thừa", 1991, "VTVL_VP_VAN_THU_LUU_TRU");
    Someone old = create(HOME, "Hoàng Văn Già", 1966, "VTVL_VP_HANH_CHINH_TONG_HOP");
    long plan = plan(HOME);
    long reference = plan(HOME);

    // the plan page links to the import and its template
    Api.Response page = admin.get("/plans/" + plan);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-testid=\"plan-import\"")
        .contains("href=\"/imports\"")
        .contains("/api/imports/templates/PLAN_CANDIDATES")
        .contains("ghi mã quy hoạch " + plan + " ở mỗi dòng");

    String nobody = vn.cbcs.support.PersonJsonMother.personalId(true, 1990);
    List<Object[]> rows = new ArrayList<>();
    // row 3: đối tượng 1 holding the post's trung cấp, by personal ID, the post as "code – name"
    rows.add(
        new Object[] {
          null,
          deputy.personalId(),
          null,
          deputy.name(),
          plan,
          "CHU_TICH_UBND – Chủ tịch UBND xã",
          1,
          14,
          17
        });
    // row 4: by record number, "Đối tượng 2"
    rows.add(
        new Object[] {
          null,
          null,
          String.valueOf(staff.get(0).id()),
          null,
          String.valueOf(plan),
          "CHU_TICH_UBND",
          "Đối tượng 2"
        });
    // row 5: the third for the one-seat post
    rows.add(new Object[] {null, staff.get(1).personalId(), null, null, plan, "CHU_TICH_UBND", 2});
    // row 6: a fourth for the post in the same file (Điều 26 khoản 2)
    rows.add(new Object[] {null, fourth.personalId(), null, null, plan, "CHU_TICH_UBND", 2});
    // row 7: too old for đối tượng 1 and without the political theory (Điều 25)
    rows.add(new Object[] {null, old.personalId(), null, null, plan, "PHO_CHU_TICH_UBND", 1});
    // row 8: more votes than voters
    rows.add(
        new Object[] {
          null, staff.get(2).personalId(), null, null, plan, "PHO_CHU_TICH_UBND", 2, 20, 17
        });
    // row 9: đối tượng 3
    rows.add(new Object[] {null, staff.get(2).personalId(), null, null, plan, "CHU_TICH_UBND", 3});
    // row 10: no such plan
    rows.add(
        new Object[] {
          null, staff.get(2).personalId(), null, null, 999_999_999L, "PHO_CHU_TICH_UBND", 2
        });
    // row 11: nobody with the personal ID
    rows.add(new Object[] {null, nobody, null, null, plan, "PHO_CHU_TICH_UBND", 2});
    byte[] file = filled(rows);

    Api.Response dry = ImportClient.admin(port).upload(file, "PLAN_CANDIDATES", true, null);
    assertStatus(dry, 200, "VALIDATED");
    assertThat(dry.json().get("accepted").asInt()).as(dry.body()).isEqualTo(3);
    assertThat(dry.json().get("rejected").asInt()).as(dry.body()).isEqualTo(6);
    assertThat(candidates(plan)).as("a dry run writes nothing").isZero();

    // the reference plan through the JSON API: the same three, then the same refusals
    for (Map<String, Object> b :
        List.of(
            body(deputy, "CHU_TICH_UBND", 1, 14, 17),
            body(staff.get(0), "CHU_TICH_UBND", 2),
            body(staff.get(1), "CHU_TICH_UBND", 2))) {
      Api.Response r = admin.post("/api/plans/" + reference + "/candidates", b);
      assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
    List<String> fourthReasons =
        apiReasons(
            admin.post(
                "/api/plans/" + reference + "/candidates", body(fourth, "CHU_TICH_UBND", 2)));
    List<String> oldReasons =
        apiReasons(
            admin.post(
                "/api/plans/" + reference + "/candidates", body(old, "PHO_CHU_TICH_UBND", 1)));
    List<String> ballotReasons =
        apiReasons(
            admin.post(
                "/api/plans/" + reference + "/candidates",
                body(staff.get(2), "PHO_CHU_TICH_UBND", 2, 20, 17)));

    assertThat(reasons(dry.json(), 3)).isEmpty();
    assertThat(reasons(dry.json(), 4)).isEmpty();
    assertThat(reasons(dry.json(), 5)).isEmpty();
    assertThat(fourthReasons).hasSize(1);
    assertThat(fourthReasons.get(0))
        .startsWith("Chức danh quy hoạch: ")
        .contains("sẽ có 4 người quy hoạch", "tối đa 3 người (3 người × 1 vị trí)")
        .contains("Điều 26 khoản 2");
    assertThat(reasons(dry.json(), 6)).isEqualTo(fourthReasons);
    assertThat(oldReasons)
        .anySatisfy(r -> assertThat(r).startsWith("Đối tượng: ").contains("Điều 25 khoản 2"))
        .anySatisfy(
            r ->
                assertThat(r).contains("Đối tượng 1 phải có trình độ lý luận chính trị TRUNG_CAP"));
    assertThat(reasons(dry.json(), 7)).isEqualTo(oldReasons);
    assertThat(ballotReasons)
        .containsExactly(
            "Giới thiệu: số phiếu: Kết quả phiếu không hợp lệ: 20 phiếu trên 17 người.");
    assertThat(reasons(dry.json(), 8)).isEqualTo(ballotReasons);
    assertThat(reasons(dry.json(), 9))
        .containsExactly(
            "Đối tượng: Đối tượng \"3\" không hợp lệ: ghi 1 hoặc 2 (QĐ 377-QĐ/TW Điều 25).");
    assertThat(reasons(dry.json(), 10))
        .containsExactly("Mã quy hoạch: Không có quy hoạch số 999999999.");
    assertThat(reasons(dry.json(), 11)).hasSize(1);
    assertThat(reasons(dry.json(), 11).get(0))
        .startsWith("Số định danh cá nhân (CCCD): ")
        .contains(nobody);

    Api.Response commit = ImportClient.admin(port).commit(dry.json().get("id").asLong());
    assertStatus(commit, 200, "COMMITTED");
    assertThat(candidates(plan)).isEqualTo(3);
    assertThat(shown(admin, plan)).hasSize(3).isEqualTo(shown(admin, reference));
    assertThat(shown(admin, plan).get(0).get("introduction").get("share").asDouble())
        .isEqualTo(82.35);
    assertThat(shown(admin, plan).get(0).get("requiredPoliticalTheory").asString())
        .isEqualTo("TRUNG_CAP");

    // sent again: the three are unchanged, not doubled; the fourth is still refused
    Api.Response again = ImportClient.admin(port).upload(file, "PLAN_CANDIDATES", false, null);
    assertThat(again.json().get("status").asString()).as(again.body()).isEqualTo("COMMITTED");
    assertThat(again.json().get("unchanged").asInt()).as(again.body()).isEqualTo(3);
    assertThat(reasons(again.json(), 6)).isEqualTo(fourthReasons);
    assertThat(candidates(plan)).isEqualTo(3);
  }

  @Test
  @DisplayName(
      "Issue 14, ADR 13: a plan outside the importer's ground — the API says 403, the import"
          + " refuses the row with the reason (422, all or nothing) and writes nothing; a plan"
          + " inside is imported")
  void aPlanOutsideTheImportersGroundIsRefused() throws Exception {
    long outside = plan(OTHER);
    long inside = plan(THIRD);
    Someone staff = create(THIRD, "Lăng Thị Phạm Vi", 1993, "VTVL_VP_VAN_THU_LUU_TRU");
    String user = TestUsers.create(port, "qhnx", "COMMUNE_OFFICER", THIRD);
    ImportClient officer = new ImportClient(port, user, TestUsers.PASSWORD);

    Api.Response direct =
        officer.api.post("/api/plans/" + outside + "/candidates", body(staff, "CHU_TICH_UBND", 2));
    assertThat(direct.status()).as(direct.body()).isEqualTo(403);

    byte[] file =
        filled(
            List.<Object[]>of(
                new Object[] {null, staff.personalId(), null, null, outside, "CHU_TICH_UBND", 2}));
    Api.Response r = officer.upload(file, "PLAN_CANDIDATES", false, "all-or-nothing");
    assertStatus(r, 422, "REFUSED");
    assertThat(reasons(r.json(), 3))
        .containsExactly(
            "Mã quy hoạch: Quy hoạch số "
                + outside
                + " ngoài phạm vi đơn vị bạn quản lý, hoặc bạn không có quyền lập quy hoạch; dòng"
                + " này không được nhập.");
    assertThat(candidates(outside)).isZero();

    byte[] mine =
        filled(
            List.<Object[]>of(
                new Object[] {null, staff.personalId(), null, null, inside, "CHU_TICH_UBND", 2}));
    Api.Response ok = officer.upload(mine, "PLAN_CANDIDATES", false, "all-or-nothing");
    assertStatus(ok, 200, "COMMITTED");
    assertThat(candidates(inside)).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT added_by FROM planning_candidate WHERE plan_id = :p")
                .param("p", inside)
                .query(String.class)
                .single())
        .isEqualTo(user);
  }
}
