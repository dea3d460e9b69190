package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.reports.ReportReadBack;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;
import vn.cbcs.support.TestUsers;

/**
 * The planning list of a plan and the report of its annual review as DOCX and PDF (issue 14,
 * "documents"), read back: the header block, the title, each candidate with post, đối tượng and
 * ballot, the approval decision; the review's proposal with its ground (QĐ 377 Điều 29) and the
 * officer's decision. Xã Tam Kim (01774, Cao Bằng, from 1-7-2025), no other test.
 */
@IntegrationTest
class PlanningDocumentsTest {

  static final String UNIT = "01774";

  @LocalServerPort int port;
  @Autowired Plans plans;
  @Autowired JdbcClient jdbc;

  private long create(String name, int born, String post) {
    ObjectNode p = person(name + " " + System.nanoTime() % 100_000, false, born);
    p.set("assignments", array(assignment(UNIT, post, "2025-07-01", null)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static String xlsxText(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
      for (var row : wb.getSheetAt(0)) {
        for (var c : row) {
          text.append(c.toString()).append(" | ");
        }
        text.append('\n');
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return text.toString();
  }

  @Test
  void theListAndTheReviewReportReadBackInBothFormats() {
    long ready = create("Lục Văn Sẵn", 1985, "PHO_CHU_TICH_UBND");
    long punished = create("Lục Văn Phạt", 1991, "PHO_CHU_TICH_UBND");
    var q =
        Api.admin(port)
            .post(
                "/api/people/" + ready + "/qualifications",
                qualification("POLITICAL_THEORY", "CAO_CAP", "2020-06-30"));
    assertThat(q.status()).as(q.body()).isEqualTo(201);
    Plan plan =
        PlanningFixture.committeePlan(
            plans, UNIT, new PlanInputs.Approval("7-QĐ/ĐU", "2026-06-01", "Hoàng Văn Bí"));
    plans.addCandidate(
        plan.id(),
        new PlanInputs.NewCandidate(
            String.valueOf(ready), "CHU_TICH_UBND", 1, 14, 17, 12, 15, "2026-06-01", null),
        TestActors.ADMIN);
    plans.addCandidate(
        plan.id(),
        new PlanInputs.NewCandidate(
            String.valueOf(punished), "CHU_TICH_UBND", 2, 9, 17, null, null, "2026-06-01", null),
        TestActors.ADMIN);
    jdbc.sql(
            "INSERT INTO person_discipline (person_id, form, system, decided_on, effective_from,"
                + " effective_to) VALUES (?, 'KHIEN_TRACH', 'STATE', DATE '2027-01-10',"
                + " DATE '2027-01-10', DATE '2028-01-09')")
        .param(punished)
        .update();
    String user = TestUsers.create(port, "qhdocs", "COMMUNE_OFFICER", UNIT);
    Api officer = new Api(port, user, TestUsers.PASSWORD);
    var started =
        officer.post(
            "/api/plans/" + plan.id() + "/reviews",
            Map.of("year", 2027, "reviewDate", "2027-03-31"));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonNode out = null;
    for (JsonNode p : started.json().get("proposals")) {
      if (p.get("kind").asString().equals("OUT")) {
        out = p;
      }
    }
    assertThat(out).isNotNull();
    assertThat(out.get("personId").asLong()).isEqualTo(punished);
    var decided =
        officer.post(
            "/api/plans/" + plan.id() + "/reviews/2027/decisions",
            Map.of(
                "proposalId",
                out.get("id").asString(),
                "accept",
                true,
                "reason",
                "Bị kỷ luật khiển trách",
                "decidedOn",
                "2027-04-02"));
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);

    // the list: PDF text and DOCX cells
    var pdf = officer.download("/plans/" + plan.id() + "/list.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().getContentType().toString()).isEqualTo("application/pdf");
    String text = ReportReadBack.pdfText(pdf.bytes());
    assertThat(text)
        .contains(
            "ĐẢNG BỘ TỈNH CAO BẰNG",
            "ĐẢNG ỦY XÃ TAM KIM",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Tam Kim, ngày 01 tháng 06 năm 2026",
            "DANH SÁCH QUY HOẠCH CÁN BỘ",
            "nhiệm kỳ 2026–2031",
            "Lục Văn Sẵn",
            "Chủ tịch Ủy ban nhân dân xã",
            "14/17 (82,4%)",
            "12/15 (80,0%)",
            "Quyết định số 7-QĐ/ĐU ngày 01/06/2026",
            "Bị kỷ luật khiển trách");
    assertThat(ReportReadBack.fonts(pdf.bytes())).allMatch(f -> f.contains("LiberationSerif"));
    var docx = officer.download("/plans/" + plan.id() + "/list.docx");
    assertThat(docx.status()).isEqualTo(200);
    List<List<List<String>>> tables = ReportReadBack.docxTables(docx.bytes());
    List<List<String>> list =
        tables.stream()
            .filter(t -> t.get(0).contains("Chức danh quy hoạch"))
            .findFirst()
            .orElseThrow();
    assertThat(list).hasSize(3);
    List<String> first =
        list.stream().filter(r -> r.get(1).startsWith("Lục Văn Sẵn")).findFirst().orElseThrow();
    assertThat(first.get(2)).isEqualTo("1985");
    assertThat(first.get(3)).isEqualTo("Phó Chủ tịch Ủy ban nhân dân xã");
    assertThat(first.get(4)).isEqualTo("Chủ tịch Ủy ban nhân dân xã");
    assertThat(first.get(5)).isEqualTo("1");
    assertThat(first.get(6)).isEqualTo("14/17 (82,4%)");
    List<String> second =
        list.stream().filter(r -> r.get(1).startsWith("Lục Văn Phạt")).findFirst().orElseThrow();
    assertThat(second.get(8)).contains("đưa ra ngày 02/04/2027", "Bị kỷ luật khiển trách");
    assertThat(ReportReadBack.docxText(docx.bytes()))
        .contains("DANH SÁCH QUY HOẠCH CÁN BỘ", "ĐẢNG ỦY XÃ TAM KIM", "Hoàng Văn Bí");

    // the candidates as Excel: the same columns after STT
    var xlsx = officer.download("/plans/" + plan.id() + "/candidates.xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsxText(xlsx.bytes()))
        .contains(
            "DANH SÁCH QUY HOẠCH CÁN BỘ",
            "Chức danh quy hoạch",
            "Lục Văn Sẵn",
            "14/17 (82,4%)",
            "Bị kỷ luật khiển trách");

    // the review report
    var reportPdf = officer.download("/plans/" + plan.id() + "/reviews/2027/report.pdf");
    assertThat(reportPdf.status()).isEqualTo(200);
    assertThat(ReportReadBack.pdfText(reportPdf.bytes()))
        .contains(
            "BÁO CÁO KẾT QUẢ RÀ SOÁT, BỔ SUNG QUY HOẠCH CÁN BỘ NĂM 2027",
            "I. Đề xuất đưa ra khỏi quy hoạch",
            "Lục Văn Phạt",
            "Điều 29",
            "Chấp thuận (02/04/2027)");
    var reportDocx = officer.download("/plans/" + plan.id() + "/reviews/2027/report.docx");
    assertThat(reportDocx.status()).isEqualTo(200);
    List<List<String>> outTable =
        ReportReadBack.docxTables(reportDocx.bytes()).stream()
            .filter(t -> t.get(0).contains("Căn cứ đề xuất"))
            .findFirst()
            .orElseThrow();
    List<String> row =
        outTable.stream()
            .filter(r -> r.get(1).startsWith("Lục Văn Phạt"))
            .findFirst()
            .orElseThrow();
    assertThat(row.get(4)).contains("KHIEN_TRACH", "Điều 29");
    assertThat(row.get(5)).isEqualTo("Chấp thuận (02/04/2027)");
    assertThat(row.get(6)).isEqualTo("Bị kỷ luật khiển trách");

    // links on the plan page; another commune's officer may not download; no review → 404
    BrowserSession b = new BrowserSession(port);
    b.signIn(user, TestUsers.PASSWORD);
    assertThat(b.get("/plans/" + plan.id()).body())
        .contains(
            "/plans/" + plan.id() + "/list.docx",
            "/plans/" + plan.id() + "/list.pdf",
            "/plans/" + plan.id() + "/candidates.xlsx",
            "/plans/" + plan.id() + "/reviews/2027/report.pdf");
    String other = TestUsers.create(port, "qhdocs2", "COMMUNE_OFFICER", "01726");
    assertThat(
            new Api(port, other, TestUsers.PASSWORD)
                .download("/plans/" + plan.id() + "/list.pdf")
                .status())
        .isEqualTo(403);
    assertThat(officer.download("/plans/" + plan.id() + "/reviews/2028/report.pdf").status())
        .isEqualTo(404);
  }
}
