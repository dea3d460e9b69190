package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.ImportSheets.assertStatus;
import static vn.cbcs.support.ImportSheets.reasons;

import java.time.LocalDate;
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
import vn.cbcs.support.Api;
import vn.cbcs.support.ImportSheets;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestUsers;

/**
 * Applications and scores of a recruitment round through the Excel import (issue 16): the templates
 * downloaded from the API are filled and sent — dry run (every row's reasons, nothing written),
 * commit — and every row goes through {@code recruitment.Rounds} with the importing actor, so that
 * what is written is exactly what {@code POST /api/recruitment/rounds/{id}/candidates} and {@code
 * /scores} write for the same data (compared with a reference round filled through the API). Test
 * data: Xã Phục Hòa (01648) and Xã Bế Văn Đàn (01636), Cao Bằng; each test its own rounds.
 */
@IntegrationTest
class RecruitmentImportTest {

  static final String PHUC_HOA = "01648";
  static final String BE_VAN_DAN = "01636";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long openRound(Api api, String unit) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("unitCode", unit);
    r.put("title", "Thi tuyển công chức xã năm 2026 (nhập Excel)");
    r.put("method", "EXAM");
    r.put("planNumber", "21/KH-UBND");
    r.put("planDate", "2026-03-01");
    r.put("planIssuer", "UBND tỉnh Cao Bằng");
    r.put("noticeDate", "2026-03-10");
    r.put("applicationsClose", "2026-04-09");
    r.put("candidateListDate", "2026-04-20");
    r.put("round1Date", "2026-05-05");
    r.put("round2Date", "2026-05-15");
    r.put("markingDate", "2026-05-25");
    r.put(
        "positions",
        List.of(
            Map.of("positionCode", "VTVL_VHXH_Y_TE", "seats", 1),
            Map.of("positionCode", "VTVL_VP_KE_TOAN", "seats", 1)));
    Api.Response opened = api.post("/api/recruitment/rounds", r);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asLong();
  }

  /** The template of a kind as downloaded, with the rows written from its third line. */
  private byte[] filled(String kind, String sheetName, List<Object[]> rows) throws Exception {
    return ImportSheets.filled(
        Api.admin(port),
        kind,
        sheetName,
        sheet -> {
          assertThat(sheet.getRow(0).getCell(1).getStringCellValue())
              .isEqualTo("Số định danh cá nhân (CCCD)");
          assertThat(
                  sheet
                      .getRow(0)
                      .getCell(kind.equals("RECRUIT_SCORES") ? 4 : 3)
                      .getStringCellValue())
              .isEqualTo("Mã đợt tuyển dụng");
        },
        rows);
  }

  private long candidates(long round) {
    return jdbc.sql("SELECT count(*) FROM recruitment_candidate WHERE round_id = :r")
        .param("r", round)
        .query(Long.class)
        .single();
  }

  private long scored(long round) {
    return jdbc.sql(
            "SELECT count(*) FROM recruitment_candidate WHERE round_id = :r AND scored_at IS NOT"
                + " NULL")
        .param("r", round)
        .query(Long.class)
        .single();
  }

  /** The round's candidates as {@code GET /api/recruitment/rounds/{id}} shows them, without ids. */
  private static List<JsonNode> shown(Api api, long round) {
    return ImportSheets.shownWithout(api, "/api/recruitment/rounds/" + round, "candidates", "id");
  }

  private static Map<String, Object> candidate(
      String position,
      String pid,
      String name,
      String sex,
      String birth,
      String phone,
      List<String> priority,
      String level,
      String major) {
    Map<String, Object> c = new HashMap<>();
    c.put("positionCode", position);
    c.put("personalId", pid);
    c.put("fullName", name);
    c.put("sex", sex);
    c.put("birthDate", birth);
    c.put("phone", phone);
    c.put("priority", priority);
    c.put("generalEducation", "12/12");
    c.put("professionalLevel", level);
    c.put("major", major);
    return c;
  }

  @Test
  @DisplayName(
      "Issue 16: applications imported — dry run with every row's reason (Luật 80/2025 Điều 19: age,"
          + " position offered, priority groups Điều 6, one application per round), nothing"
          + " written; commit writes exactly what the API writes")
  void applicationsAreCheckedThenCommittedThroughTheRoundsService() throws Exception {
    Api admin = Api.admin(port);
    long round = openRound(admin, PHUC_HOA);
    long reference = openRound(admin, PHUC_HOA);
    // the round's page links to the import and both templates
    Api.Response page = admin.get("/recruitment/rounds/" + round);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-testid=\"round-import\"")
        .contains("href=\"/imports\"")
        .contains("/api/imports/templates/RECRUIT_CANDIDATES")
        .contains("/api/imports/templates/RECRUIT_SCORES")
        .contains("ghi mã đợt " + round + " ở mỗi dòng");
    String a = PersonJsonMother.personalId(true, 1998);
    String b = PersonJsonMother.personalId(false, 1997);
    List<Object[]> rows = new ArrayList<>();
    // row 3: fine, the position as "code – name", two priority groups, the level by its name
    rows.add(
        new Object[] {
          null,
          a,
          "Nông Thị Nhập",
          round,
          "VTVL_VHXH_Y_TE – Y tế",
          "Nữ",
          LocalDate.of(1998, 6, 1),
          "0912 345 678",
          "ETHNIC_MINORITY; TRADE_UNION_OFFICER",
          "12/12",
          "Đại học",
          "Y tế công cộng"
        });
    // row 4: fine, the level by its code, round number as text
    rows.add(
        new Object[] {
          null,
          b,
          "Hoàng Văn Sổ",
          String.valueOf(round),
          "VTVL_VP_KE_TOAN",
          "Nam",
          "15/01/1997",
          null,
          null,
          "12/12",
          "DAI_HOC",
          "Kế toán"
        });
    // row 5: under 18 on the closing day
    rows.add(
        new Object[] {
          null,
          PersonJsonMother.personalId(true, 2009),
          "Nông Thị Nhỏ",
          round,
          "VTVL_VHXH_Y_TE",
          "Nữ",
          LocalDate.of(2009, 6, 1)
        });
    // row 6: a position the round does not offer
    rows.add(
        new Object[] {
          null,
          PersonJsonMother.personalId(false, 1995),
          "Lý Văn Lạc",
          round,
          "VTVL_CA_XA",
          "Nam",
          LocalDate.of(1995, 2, 2)
        });
    // row 7: an unknown priority group
    rows.add(
        new Object[] {
          null,
          PersonJsonMother.personalId(false, 1994),
          "Lý Văn Vua",
          round,
          "VTVL_VHXH_Y_TE",
          "Nam",
          LocalDate.of(1994, 3, 3),
          null,
          "KING"
        });
    // row 8: the personal ID of row 3 again, with another name
    rows.add(
        new Object[] {
          null, a, "Nông Thị Khác", round, "VTVL_VHXH_Y_TE", "Nữ", LocalDate.of(1998, 6, 1)
        });
    // row 9: no such round
    rows.add(
        new Object[] {
          null,
          PersonJsonMother.personalId(true, 1993),
          "Đàm Thị Đợt",
          999_999_999L,
          "VTVL_VHXH_Y_TE",
          "Nữ",
          LocalDate.of(1993, 4, 4)
        });
    byte[] file = filled("RECRUIT_CANDIDATES", "Thí sinh", rows);

    Api.Response dry = ImportClient.admin(port).upload(file, "RECRUIT_CANDIDATES", true, null);
    assertStatus(dry, 200, "VALIDATED");
    assertThat(dry.json().get("accepted").asInt()).as(dry.body()).isEqualTo(2);
    assertThat(dry.json().get("rejected").asInt()).as(dry.body()).isEqualTo(5);
    assertThat(reasons(dry.json(), 3)).isEmpty();
    assertThat(reasons(dry.json(), 4)).isEmpty();
    assertThat(reasons(dry.json(), 5))
        .containsExactly(
            "Ngày sinh: Người dự tuyển phải đủ 18 tuổi trở lên vào ngày hết hạn nhận Phiếu đăng"
                + " ký (2026-04-09) (Luật Cán bộ, công chức 80/2025/QH15 Điều 19 khoản 1 điểm c).");
    assertThat(reasons(dry.json(), 6))
        .containsExactly(
            "Vị trí dự tuyển: Vị trí \"VTVL_CA_XA\" không có trong kỳ tuyển dụng này.");
    assertThat(reasons(dry.json(), 7))
        .containsExactly(
            "Diện ưu tiên: Diện ưu tiên \"KING\" không có; các giá trị được nhận:"
                + " HERO_OR_WAR_INVALID, ETHNIC_MINORITY, DEMOBILISED_OFFICER,"
                + " CHILD_OF_MARTYR_OR_INVALID, MILITARY_SERVICE_COMPLETED, YOUTH_VOLUNTEER,"
                + " TRADE_UNION_OFFICER.");
    assertThat(reasons(dry.json(), 8))
        .containsExactly(
            "Số định danh cá nhân (CCCD): Người có số định danh "
                + a
                + " đã đăng ký trong kỳ tuyển dụng này.");
    assertThat(reasons(dry.json(), 9))
        .containsExactly("Mã đợt tuyển dụng: Không có đợt tuyển dụng số 999999999.");
    assertThat(candidates(round)).as("a dry run writes nothing").isZero();

    Api.Response commit = ImportClient.admin(port).commit(dry.json().get("id").asLong());
    assertStatus(commit, 200, "COMMITTED");
    assertThat(candidates(round)).isEqualTo(2);
    String by =
        jdbc.sql(
                "SELECT string_agg(DISTINCT recorded_by, ',') FROM recruitment_candidate WHERE"
                    + " round_id = :r")
            .param("r", round)
            .query(String.class)
            .single();
    assertThat(by).isEqualTo("admin");

    // the same two applications through the JSON API: the same candidates
    Api.Response api =
        admin.post(
            "/api/recruitment/rounds/" + reference + "/candidates",
            Map.of(
                "candidates",
                List.of(
                    candidate(
                        "VTVL_VHXH_Y_TE",
                        a,
                        "Nông Thị Nhập",
                        "FEMALE",
                        "1998-06-01",
                        "0912 345 678",
                        List.of("ETHNIC_MINORITY", "TRADE_UNION_OFFICER"),
                        "DAI_HOC",
                        "Y tế công cộng"),
                    candidate(
                        "VTVL_VP_KE_TOAN",
                        b,
                        "Hoàng Văn Sổ",
                        "MALE",
                        "1997-01-15",
                        null,
                        List.of(),
                        "DAI_HOC",
                        "Kế toán"))));
    assertThat(api.status()).as(api.body()).isEqualTo(201);
    assertThat(shown(admin, round)).isEqualTo(shown(admin, reference));
    assertThat(shown(admin, round)).hasSize(2);
    assertThat(
            jdbc.sql(
                    "SELECT general_education || '|' || professional_level || '|' || major FROM"
                        + " recruitment_candidate WHERE round_id = :r AND personal_id = :p")
                .param("r", round)
                .param("p", a)
                .query(String.class)
                .single())
        .isEqualTo("12/12|DAI_HOC|Y tế công cộng");

    // sent again: the two applications are unchanged, not doubled
    Api.Response again = ImportClient.admin(port).upload(file, "RECRUIT_CANDIDATES", false, null);
    assertThat(again.json().get("status").asString()).as(again.body()).isEqualTo("COMMITTED");
    assertThat(again.json().get("unchanged").asInt()).as(again.body()).isEqualTo(2);
    assertThat(candidates(round)).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "Issue 16: scores imported — dry run with every row's reason (NĐ 170/2025 Điều 9: round 1"
          + " correct ≤ total, 0–100 scales), nothing written; commit writes what the API writes")
  void scoresAreCheckedThenCommittedThroughTheRoundsService() throws Exception {
    Api admin = Api.admin(port);
    long round = openRound(admin, PHUC_HOA);
    long reference = openRound(admin, PHUC_HOA);
    String a = PersonJsonMother.personalId(true, 1996);
    String b = PersonJsonMother.personalId(false, 1995);
    String c = PersonJsonMother.personalId(false, 1994);
    Map<Long, List<Long>> ids = new HashMap<>();
    for (long r : List.of(round, reference)) {
      Api.Response added =
          admin.post(
              "/api/recruitment/rounds/" + r + "/candidates",
              Map.of(
                  "candidates",
                  List.of(
                      candidate(
                          "VTVL_VHXH_Y_TE",
                          a,
                          "Bế Thị Điểm",
                          "FEMALE",
                          "1996-05-05",
                          null,
                          List.of("ETHNIC_MINORITY"),
                          "DAI_HOC",
                          "Y tế công cộng"),
                      candidate(
                          "VTVL_VHXH_Y_TE",
                          b,
                          "Hà Văn Số",
                          "MALE",
                          "1995-05-05",
                          null,
                          List.of(),
                          "DAI_HOC",
                          "Y tế công cộng"),
                      candidate(
                          "VTVL_VP_KE_TOAN",
                          c,
                          "Triệu Văn Ba",
                          "MALE",
                          "1994-05-05",
                          null,
                          List.of(),
                          "DAI_HOC",
                          "Kế toán"))));
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      List<Long> list = new ArrayList<>();
      added.json().get("ids").forEach(n -> list.add(n.asLong()));
      ids.put(r, list);
    }
    long idB = ids.get(round).get(1);
    List<Object[]> rows = new ArrayList<>();
    // row 3: by personal ID, numbers as numbers
    rows.add(new Object[] {null, a, "Bế Thị Điểm", null, round, 40, 60, 80, 60});
    // row 4: by candidate number, a decimal comma
    rows.add(new Object[] {null, null, null, String.valueOf(idB), round, 45, 60, "82,5", "70"});
    // row 5: a written score that is not a number
    rows.add(new Object[] {null, c, null, null, round, 30, 60, "khá", "70"});
    // row 6: nobody with that personal ID in the round
    String nobody = PersonJsonMother.personalId(true, 1990);
    rows.add(new Object[] {null, nobody, null, null, round, 30, 60, 70, 70});
    // row 7: more correct answers than questions
    rows.add(new Object[] {null, c, null, null, round, 70, 60, 70, 70});
    // row 8: the name does not match the candidate
    rows.add(new Object[] {null, c, "Triệu Văn Bốn", null, round, 30, 60, 70, 70});
    byte[] file = filled("RECRUIT_SCORES", "Điểm thi", rows);

    Api.Response dry = ImportClient.admin(port).upload(file, "RECRUIT_SCORES", true, null);
    assertStatus(dry, 200, "VALIDATED");
    assertThat(dry.json().get("rejected").asInt()).as(dry.body()).isEqualTo(4);
    assertThat(reasons(dry.json(), 3)).isEmpty();
    assertThat(reasons(dry.json(), 4)).isEmpty();
    assertThat(reasons(dry.json(), 5))
        .containsExactly(
            "Vòng 2: điểm viết: Điểm \"written\" phải là số từ 0 đến 100, tối đa hai chữ số thập"
                + " phân (dấu chấm); nhận được \"khá\".");
    assertThat(reasons(dry.json(), 6))
        .containsExactly(
            "Số định danh cá nhân (CCCD): Đợt tuyển dụng số "
                + round
                + " không có thí sinh số định danh "
                + nobody
                + ".");
    assertThat(reasons(dry.json(), 7))
        .containsExactly(
            "Vòng 1: số câu đúng: Số câu trả lời đúng (70) phải từ 0 đến tổng số câu hỏi (60).");
    assertThat(reasons(dry.json(), 8))
        .containsExactly(
            "Họ và tên: Họ tên \"Triệu Văn Bốn\" không khớp với thí sinh mã "
                + ids.get(round).get(2)
                + " (Triệu Văn Ba).");
    assertThat(scored(round)).as("a dry run writes nothing").isZero();

    Api.Response commit = ImportClient.admin(port).commit(dry.json().get("id").asLong());
    assertStatus(commit, 200, "COMMITTED");
    assertThat(scored(round)).isEqualTo(2);

    Map<String, Object> sa = new HashMap<>();
    sa.put("candidateId", ids.get(reference).get(0));
    sa.put("round1Correct", 40);
    sa.put("round1Total", 60);
    sa.put("written", "80");
    sa.put("interview", "60");
    Map<String, Object> sb = new HashMap<>();
    sb.put("candidateId", ids.get(reference).get(1));
    sb.put("round1Correct", 45);
    sb.put("round1Total", 60);
    sb.put("written", "82.5");
    sb.put("interview", "70");
    Api.Response api =
        admin.post(
            "/api/recruitment/rounds/" + reference + "/scores", Map.of("scores", List.of(sa, sb)));
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    assertThat(shown(admin, round)).isEqualTo(shown(admin, reference));
    assertThat(shown(admin, round).get(1).get("written").asString()).isEqualTo("82.5");

    // sent again: unchanged
    Api.Response again = ImportClient.admin(port).upload(file, "RECRUIT_SCORES", false, null);
    assertThat(again.json().get("unchanged").asInt()).as(again.body()).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "Issue 16, ADR 13: a round outside the importer's ground — the API says 403, the import"
          + " refuses the row with the reason and writes nothing; a round inside is imported")
  void aRoundOutsideTheImportersGroundIsRefused() throws Exception {
    Api admin = Api.admin(port);
    long outside = openRound(admin, PHUC_HOA);
    long inside = openRound(admin, BE_VAN_DAN);
    String user = TestUsers.create(port, "tdxl", "PROVINCE_OFFICER", BE_VAN_DAN);
    ImportClient officer = new ImportClient(port, user, TestUsers.PASSWORD);
    String pid = PersonJsonMother.personalId(true, 1997);
    Api.Response direct =
        officer.api.post(
            "/api/recruitment/rounds/" + outside + "/candidates",
            Map.of(
                "candidates",
                List.of(
                    candidate(
                        "VTVL_VHXH_Y_TE",
                        pid,
                        "Lăng Thị Phạm Vi",
                        "FEMALE",
                        "1997-07-07",
                        null,
                        List.of(),
                        "DAI_HOC",
                        "Y tế"))));
    assertThat(direct.status()).as(direct.body()).isEqualTo(403);

    byte[] file =
        filled(
            "RECRUIT_CANDIDATES",
            "Thí sinh",
            List.<Object[]>of(
                new Object[] {
                  null,
                  pid,
                  "Lăng Thị Phạm Vi",
                  outside,
                  "VTVL_VHXH_Y_TE",
                  "Nữ",
                  LocalDate.of(1997, 7, 7)
                }));
    Api.Response r = officer.upload(file, "RECRUIT_CANDIDATES", false, "all-or-nothing");
    assertStatus(r, 422, "REFUSED");
    assertThat(reasons(r.json(), 3))
        .containsExactly(
            "Mã đợt tuyển dụng: Đợt tuyển dụng số "
                + outside
                + " ngoài phạm vi đơn vị bạn quản lý, hoặc bạn không có quyền ghi tuyển dụng; dòng"
                + " này không được nhập.");
    assertThat(candidates(outside)).isZero();

    byte[] mine =
        filled(
            "RECRUIT_CANDIDATES",
            "Thí sinh",
            List.<Object[]>of(
                new Object[] {
                  null,
                  pid,
                  "Lăng Thị Phạm Vi",
                  inside,
                  "VTVL_VHXH_Y_TE",
                  "Nữ",
                  LocalDate.of(1997, 7, 7)
                }));
    Api.Response ok = officer.upload(mine, "RECRUIT_CANDIDATES", false, "all-or-nothing");
    assertStatus(ok, 200, "COMMITTED");
    assertThat(candidates(inside)).isEqualTo(1);
  }
}
