package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.reports.ReportReadBack;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * The heads' scorecard, the rating indicators and the summary files, by known answers on data of
 * their own: Xã Yên Trạch (05620, Thái Nguyên), evaluation year 2025 (NĐ 90/2020 as amended by NĐ
 * 48/2023; QĐ 366-QĐ/TW), used by no other test. In the commune on 31-12-2025: the People's
 * Committee chair (leader, proposed HTXSNV, not decided), a vice-chair (HTNV), four staff rated
 * HTTNV, HTTNV, HTNV (on 10-12) and KHTNV (on 20-12, after the 15 December deadline), one staff
 * member with an open evaluation and one with none.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadScorecardTest {

  static final String YEN_TRACH = "05620";
  static final String PASSWORD = vn.cbcs.support.TestUsers.PASSWORD;
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api admin;
  Api officer;
  Api head;
  Api outsider;
  long chair;
  long deputy;
  long khtnv;
  JsonNode chairProposal;

  @BeforeAll
  void data() {
    admin = Api.admin(port);
    officer = new Api(port, user("xayt", "COMMUNE_OFFICER", YEN_TRACH), PASSWORD);
    head = new Api(port, user("ctyt", "COMMUNE_HEAD", YEN_TRACH), PASSWORD);
    outsider = new Api(port, user("xabt", "COMMUNE_OFFICER", "05605"), PASSWORD);
    chair = person("Hoàng Văn Chủ Tịch", "CHU_TICH_UBND");
    deputy = person("Lục Thị Phó", "PHO_CHU_TICH_UBND");
    rate(deputy, "HTNV", "2025-12-10", false);
    rate(person("Ma Văn Một", "VTVL_VP_HANH_CHINH_TONG_HOP"), "HTTNV", "2025-12-10", false);
    rate(person("Ma Văn Hai", "VTVL_VP_HANH_CHINH_TONG_HOP"), "HTTNV", "2025-12-10", false);
    rate(person("Ma Văn Ba", "VTVL_VP_HANH_CHINH_TONG_HOP"), "HTNV", "2025-12-10", false);
    khtnv = person("Ma Văn Bốn", "VTVL_VP_HANH_CHINH_TONG_HOP");
    rate(khtnv, "KHTNV", "2025-12-20", false);
    open(person("Ma Văn Năm", "VTVL_VP_HANH_CHINH_TONG_HOP"), false);
    person("Ma Văn Sáu", "VTVL_VP_HANH_CHINH_TONG_HOP");
    // the chair: proposed HTXSNV without typing the subordinate counts
    long id = open(chair, true);
    steps(id);
    chairProposal =
        ok(
            officer.post(
                "/api/evaluations/" + id + "/proposal",
                Map.of("level", "HTXSNV", "points", "95", "on", "2025-12-05")));
  }

  private String user(String prefix, String role, String scope) {
    return vn.cbcs.support.TestUsers.create(port, prefix, role, scope);
  }

  private long person(String name, String post) {
    ObjectNode p =
        vn.cbcs.support.PersonJsonMother.person(name + " " + SEQ.incrementAndGet(), true, 1980);
    p.set("assignments", array(assignment(YEN_TRACH, post, "2025-07-01", null)));
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private long open(long person, boolean leader) {
    Api.Response r =
        officer.post(
            "/api/evaluations",
            Map.of("personId", String.valueOf(person), "year", 2025, "leader", leader));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private void steps(long id) {
    ok(
        officer.post(
            "/api/evaluations/" + id + "/self-assessment",
            Map.of("generalPoints", "18", "taskPoints", "66", "on", "2025-12-01")));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/meeting",
            Map.of("on", "2025-12-03", "minutes", "Biên bản họp")));
  }

  private void rate(long person, String level, String date, boolean leader) {
    long id = open(person, leader);
    steps(id);
    ok(
        officer.post(
            "/api/evaluations/" + id + "/proposal", Map.of("level", level, "on", "2025-12-05")));
    ok(
        head.post(
            "/api/evaluations/" + id + "/decision",
            Map.of(
                "level", level, "number", "15/QĐ-UBND", "date", date, "signer", "Chủ tịch UBND")));
  }

  private static JsonNode ok(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private JsonNode scorecard() {
    return ok(officer.get("/api/units/" + YEN_TRACH + "/head-scorecard?year=2025"));
  }

  private static JsonNode system(JsonNode list, String system) {
    for (JsonNode n : list) {
      if (n.get("system").asString().equals(system)) {
        return n;
      }
    }
    throw new AssertionError("no " + system + " in " + list);
  }

  private static JsonNode leader(JsonNode card, long personId) {
    for (JsonNode l : card.get("leaders")) {
      if (l.get("personId").asLong() == personId) {
        return l;
      }
    }
    throw new AssertionError("no leader " + personId);
  }

  @Test
  @DisplayName(
      "NĐ 90/2020 (sửa đổi NĐ 48/2023), tiêu chí lãnh đạo: a proposal without typed counts is"
          + " checked against the ratings on record")
  void aLeadersProposalIsCheckedAgainstTheRecords() {
    JsonNode sub = chairProposal.get("subordinates");
    assertThat(sub.get("fromRecords").asBoolean()).isTrue();
    // everyone else in the commune with a final state rating: deputy HTNV, HTTNV ×2, HTNV, KHTNV
    assertThat(sub.get("rated").asInt()).isEqualTo(5);
    assertThat(sub.get("httnv").asInt()).isEqualTo(2);
    assertThat(sub.get("khtnv").asInt()).isEqualTo(1);
    // HTXSNV needs ≥ 70% HTTNV+ (2/5) and 100% HTNV+ (4/5); HTTNV 100% HTNV+; HTNV ≥ 70% (4/5)
    assertThat(sub.get("allowedLevel").asString()).isEqualTo("HTNV");
    List<String> codes = new ArrayList<>();
    chairProposal.get("warnings").forEach(w -> codes.add(w.get("code").asString()));
    assertThat(codes).containsExactly("leaderUnitsBelow", "leaderUnitsBelow");
    assertThat(chairProposal.get("warnings").get(0).get("message").asString()).contains("2/5");
  }

  @Test
  @DisplayName(
      "Heads' scorecard: the head and the deputy with their ratings and the rules they feed")
  void theLeadersAreShownWithTheirRatingsAndTheConditions() {
    JsonNode card = scorecard();
    assertThat(card.get("unit").asString()).isEqualTo(YEN_TRACH);
    assertThat(card.get("leaders")).hasSize(2);
    JsonNode c = leader(card, chair);
    assertThat(c.get("role").asString()).isEqualTo("HEAD");
    JsonNode cs = system(c.get("ratings"), "STATE");
    assertThat(cs.get("level").isNull()).isTrue();
    assertThat(cs.get("proposed").asString()).isEqualTo("HTXSNV");
    assertThat(cs.get("under").get("rated").asInt()).isEqualTo(5);
    assertThat(cs.get("under").get("KHTNV").asInt()).isEqualTo(1);
    assertThat(cs.get("allowedBest").asString()).isEqualTo("HTNV");
    assertThat(cs.get("contradicts").asBoolean()).isTrue();
    assertThat(cs.get("reasons")).hasSize(2);
    JsonNode d = leader(card, deputy);
    assertThat(d.get("role").asString()).isEqualTo("DEPUTY");
    JsonNode ds = system(d.get("ratings"), "STATE");
    assertThat(ds.get("level").asString()).isEqualTo("HTNV");
    assertThat(ds.get("decisionDate").asString()).isEqualTo("2025-12-10");
    // the deputy's own rating left out: 4 rated, 3 HTNV or better (75% ≥ 70%) → HTNV allowed
    assertThat(ds.get("under").get("rated").asInt()).isEqualTo(4);
    assertThat(ds.get("allowedBest").asString()).isEqualTo("HTNV");
    assertThat(ds.get("contradicts").asBoolean()).isFalse();
    // no Party ratings on record: nothing counted
    assertThat(system(d.get("ratings"), "PARTY").get("under").get("rated").asInt()).isZero();
    assertThat(system(d.get("ratings"), "PARTY").get("allowedBest").isNull()).isTrue();
  }

  @Test
  @DisplayName("Heads' scorecard: the unit's ratings, KHTNV share and the leader rules of the year")
  void theUnitsRatingsNameTheRulesTheyFeed() {
    JsonNode card = scorecard();
    JsonNode state = system(card.get("ratings"), "STATE");
    assertThat(state.get("regime").asString()).isEqualTo("ND90_2020");
    assertThat(state.get("levels").get("HTTNV").asLong()).isEqualTo(2);
    assertThat(state.get("levels").get("HTNV").asLong()).isEqualTo(2);
    assertThat(state.get("levels").get("KHTNV").asLong()).isEqualTo(1);
    assertThat(state.get("rated").asLong()).isEqualTo(5);
    assertThat(state.get("khtnvPercent").decimalValue()).isEqualByComparingTo("20.00");
    assertThat(state.get("rules")).hasSize(4);
    assertThat(state.get("rules").toString()).contains("70%").contains("Hải Phòng");
    JsonNode party = system(card.get("ratings"), "PARTY");
    assertThat(party.get("regime").asString()).isEqualTo("QD366");
    assertThat(party.get("rated").asLong()).isZero();
    assertThat(party.get("rules").get(0).get("rule").asString())
        .isEqualTo("Trên 50% đơn vị thuộc quyền bị xếp loại KHTNV → người lãnh đạo xếp loại KHTNV");
    assertThat(party.get("rules").get(0).get("article").asString()).contains("Điều 11 điểm 4.1");
  }

  @Test
  @DisplayName("NĐ 90/2020 (sửa đổi NĐ 48/2023): evaluation completed before 15 December")
  void completionCountsTheDecisionsBeforeTheDeadline() {
    JsonNode c = scorecard().get("completion");
    assertThat(c.get("deadline").asString()).isEqualTo("2025-12-15");
    assertThat(c.get("inPost").asLong()).isEqualTo(8);
    assertThat(c.get("opened").asLong()).isEqualTo(7);
    assertThat(c.get("decided").asLong()).isEqualTo(5);
    assertThat(c.get("onTime").asLong()).isEqualTo(4);
    assertThat(c.get("late").asLong()).isEqualTo(1);
    assertThat(c.get("open").asLong()).isEqualTo(2);
    assertThat(c.get("notOpened").asLong()).isEqualTo(1);
    assertThat(c.get("rules").get(0).get("rule").asString()).contains("15/12");
    JsonNode s = scorecard().get("staffing");
    assertThat(s.get("inPost").asLong()).isEqualTo(8);
    assertThat(s.get("rules").get(0).get("legalSource").asString()).contains("80/2025");
  }

  @Test
  @DisplayName("ADR 13: outside the scope 403, no such unit 404, without the capability 403")
  void theScorecardIsScopedByTheActor() {
    assertThat(outsider.get("/api/units/" + YEN_TRACH + "/head-scorecard?year=2025").status())
        .isEqualTo(403);
    assertThat(officer.get("/api/units/99999/head-scorecard?year=2025").status()).isEqualTo(404);
    assertThat(officer.get("/api/units/" + YEN_TRACH + "/head-scorecard?year=20x5").status())
        .isEqualTo(400);
    assertThat(officer.get("/api/units/" + YEN_TRACH + "/head-scorecard?year=0001").status())
        .isEqualTo(400);
    assertThat(
            officer.download("/evaluations/summary.pdf?unit=" + YEN_TRACH + "&year=0001").status())
        .isEqualTo(400);
    assertThat(
            outsider
                .download("/evaluations/summary.xlsx?unit=" + YEN_TRACH + "&year=2025")
                .status())
        .isEqualTo(403);
    Api.Download page = officer.download("/evaluations/scorecard?unit=" + YEN_TRACH + "&year=2025");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("Trách nhiệm người đứng đầu")
        .contains("Hoàng Văn Chủ Tịch")
        .contains("Trên 50% đơn vị thuộc quyền bị xếp loại KHTNV");
  }

  @Test
  @DisplayName("ADR 15 §7: rating indicators count the people in post by their final rating")
  void ratingIndicatorsCountOwnData() {
    Map<String, long[]> expected = new HashMap<>();
    expected.put("RATED", new long[] {5, 8});
    expected.put("RATED_HTXSNV", new long[] {0, 8});
    expected.put("RATED_HTTNV", new long[] {2, 8});
    expected.put("RATED_HTNV", new long[] {2, 8});
    expected.put("RATED_KHTNV", new long[] {1, 8});
    // decided on 10 December, except the KHTNV on 20 December (after the 15th)
    expected.put("RATED_ON_TIME", new long[] {4, 8});
    // no Party rating on record here
    expected.put("RATED_PARTY", new long[] {0, 8});
    expected.forEach(
        (code, v) -> {
          JsonNode value =
              ok(
                  officer.get(
                      "/api/indicators/" + code + "/value?unit=" + YEN_TRACH + "&asOf=2025-12-31"));
          assertThat(value.get("numerator").asLong()).as(code).isEqualTo(v[0]);
          assertThat(value.get("denominator").asLong()).as(code).isEqualTo(v[1]);
        });
    JsonNode members =
        ok(
            officer.get(
                "/api/indicators/RATED_KHTNV/people?unit="
                    + YEN_TRACH
                    + "&asOf=2025-12-31&part=numerator"));
    assertThat(members.get("count").asInt()).isEqualTo(1);
    JsonNode m = members.get("people").get(0);
    assertThat(m.get("id").asString()).isEqualTo(String.valueOf(khtnv));
    assertThat(m.get("detail").asString())
        .isEqualTo("Xếp loại năm 2025: KHTNV (quyết định ngày 20/12/2025)");
    // the dashboard shows them in its ratings row
    Api.Download dashboard = officer.download("/dashboard?unit=" + YEN_TRACH + "&asOf=2025-12-31");
    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.text())
        .contains("Xếp loại chất lượng năm 2025")
        .containsPattern("data-testid=\"rating-RATED_KHTNV\"[^>]*>12,50%")
        .containsPattern("data-testid=\"rating-RATED\"[^>]*>62,50%");
    // the year is the as-of date's: no rating of 2026 yet for these people
    JsonNode next =
        ok(officer.get("/api/indicators/RATED/value?unit=" + YEN_TRACH + "&asOf=2026-06-30"));
    assertThat(next.get("numerator").asLong()).isZero();
  }

  @Test
  @DisplayName(
      "An officer builds an indicator from the RATING block; a rating that is no level is refused")
  void anOfficerDefinesARatingIndicator() {
    String code = "NU_HTTNV_" + SEQ.incrementAndGet();
    ObjectNode body = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
    body.put("code", code);
    body.put("name", "Nữ xếp loại hoàn thành tốt");
    body.put("definition", "Tỷ lệ nữ được xếp loại HTTNV trong năm.");
    body.put("subject", "PEOPLE");
    var criteria = body.putArray("criteria");
    criteria.addObject().put("kind", "SEX").put("value", "FEMALE");
    criteria.addObject().put("kind", "RATING").put("value", "HTTNV");
    Api.Response created = admin.post("/api/indicators", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode v =
        ok(
            officer.get(
                "/api/indicators/" + code + "/value?unit=" + YEN_TRACH + "&asOf=2025-12-31"));
    // every person of this class is a woman (PersonJsonMother.person(…, true, …)): the two HTTNV
    assertThat(v.get("numerator").asLong()).isEqualTo(2);
    assertThat(v.get("denominator").asLong()).isEqualTo(8);
    ObjectNode bad = body.deepCopy();
    bad.put("code", code + "_X");
    bad.putArray("criteria").addObject().put("kind", "RATING").put("value", "EXCELLENT");
    Api.Response refused = admin.post("/api/indicators", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("criteria[0].value");
  }

  @Test
  @DisplayName("Summary by unit and level as XLSX and PDF, read back, and in the audit log")
  void theSummaryFilesSayTheSameAndAreAudited() throws Exception {
    Api.Download x = officer.download("/evaluations/summary.xlsx?unit=" + YEN_TRACH + "&year=2025");
    assertThat(x.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
      Sheet s = wb.getSheet("Chính quyền");
      assertThat(s.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC NĂM 2025");
      Row row = s.getRow(vn.cbcs.evaluation.export.SummaryXlsx.HEADER_ROW + 1);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Xã Yên Trạch");
      List<Long> counts = new ArrayList<>();
      for (int c = 2; c <= 8; c++) {
        counts.add((long) row.getCell(c).getNumericCellValue());
      }
      // evaluated, decided, HTXSNV, HTTNV, HTNV, KHTNV, not rated
      assertThat(counts).containsExactly(7L, 5L, 0L, 2L, 2L, 1L, 0L);
      Row total = s.getRow(vn.cbcs.evaluation.export.SummaryXlsx.HEADER_ROW + 2);
      assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
      assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(7L);
      assertThat(wb.getSheet("Đảng")).isNotNull();
    }
    Api.Download p = officer.download("/evaluations/summary.pdf?unit=" + YEN_TRACH + "&year=2025");
    assertThat(p.status()).isEqualTo(200);
    String text = ReportReadBack.pdfText(p.bytes());
    assertThat(text)
        .contains("XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC NĂM 2025")
        .contains("Xã Yên Trạch")
        .contains("Tổng cộng");
    // the row of the commune: evaluated, decided, HTXSNV, HTTNV, HTNV, KHTNV, not rated
    assertThat(text.replaceAll("\\s+", "")).contains("XãYênTrạch7502210");
    assertThat(ReportReadBack.fonts(p.bytes())).allMatch(f -> f.contains("LiberationSerif"));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_log WHERE kind = 'EXPORT' AND detail ="
                        + " 'EVALUATION_SUMMARY_EXPORT unit=05620 year=2025 format=' || :f")
                .param("f", "pdf")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_log WHERE kind = 'EXPORT' AND detail ="
                        + " 'EVALUATION_SUMMARY_EXPORT unit=05620 year=2025 format=xlsx'")
                .query(Long.class)
                .single())
        .isPositive();
  }
}
