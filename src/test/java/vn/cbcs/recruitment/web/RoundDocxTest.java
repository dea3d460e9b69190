package vn.cbcs.recruitment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/**
 * The round's Word drafts read back (Xã 01738, a round of 2026): the results list ranked per
 * position, and the recruitment decision in the layout of NĐ 30/2020 — blanks before the decision,
 * the number, date, start and the list of those recruited after it — in Liberation Serif.
 */
@IntegrationTest
class RoundDocxTest {

  static final String XA = "01738";

  @LocalServerPort int port;

  private static Map<String, Object> candidate(String name, boolean female, int year) {
    Map<String, Object> c = new HashMap<>();
    c.put("positionCode", "VTVL_VHXH_Y_TE");
    c.put("personalId", PersonJsonMother.personalId(female, year));
    c.put("fullName", name);
    c.put("sex", female ? "FEMALE" : "MALE");
    c.put("birthDate", year + "-03-15");
    c.put("phone", "0912 345 678");
    c.put("priority", List.of());
    c.put("generalEducation", "12/12");
    c.put("professionalLevel", "DAI_HOC");
    c.put("major", "Y tế công cộng");
    return c;
  }

  private static Map<String, Object> score(long id, String written) {
    Map<String, Object> s = new HashMap<>();
    s.put("candidateId", id);
    s.put("round1Correct", 40);
    s.put("round1Total", 60);
    s.put("written", written);
    return s;
  }

  private static String text(byte[] docx, List<String> fonts) throws Exception {
    StringBuilder all = new StringBuilder();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFParagraph p : doc.getParagraphs()) {
        all.append(p.getText()).append('\n');
        p.getRuns().stream().map(XWPFRun::getFontFamily).forEach(fonts::add);
      }
      for (XWPFTable t : doc.getTables()) {
        all.append(t.getText()).append('\n');
      }
    }
    return all.toString();
  }

  @Test
  void resultsListAndDecisionDraftReadBack() throws Exception {
    Api admin = Api.admin(port);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("unitCode", XA);
    r.put("title", "Thi tuyển công chức năm 2026");
    r.put("method", "EXAM");
    r.put("planNumber", "21/KH-UBND");
    r.put("planDate", "2026-07-20");
    r.put("planIssuer", "UBND tỉnh Cao Bằng");
    r.put("noticeDate", "2026-08-01");
    r.put("applicationsClose", "2026-08-31");
    r.put("candidateListDate", "2026-09-10");
    r.put("round1Date", "2026-09-25");
    r.put("round2Date", "2026-10-05");
    r.put("markingDate", "2026-10-15");
    r.put("positions", List.of(Map.of("positionCode", "VTVL_VHXH_Y_TE", "seats", 1)));
    Api.Response opened = admin.post("/api/recruitment/rounds", r);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("id").asLong();
    Api.Response added =
        admin.post(
            "/api/recruitment/rounds/" + id + "/candidates",
            Map.of(
                "candidates",
                List.of(candidate("Ma Thị Đỗ", true, 1999), candidate("Ma Văn Sau", false, 1998))));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    List<Long> ids = new ArrayList<>();
    added.json().get("ids").forEach(n -> ids.add(n.asLong()));
    Api.Response scored =
        admin.post(
            "/api/recruitment/rounds/" + id + "/scores",
            Map.of("scores", List.of(score(ids.get(0), "86.5"), score(ids.get(1), "61"))));
    assertThat(scored.status()).as(scored.body()).isEqualTo(200);

    Api.Download results = admin.download("/recruitment/rounds/" + id + "/results.docx");
    assertThat(results.status()).isEqualTo(200);
    assertThat(results.headers().getContentType().toString()).contains("wordprocessingml");
    List<String> fonts = new ArrayList<>();
    String list = text(results.bytes(), fonts);
    assertThat(list)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
        .contains("DANH SÁCH", "Thi tuyển công chức năm 2026", "21/KH-UBND", "Điều 10 khoản 2")
        .contains("Ma Thị Đỗ", "86,5", "Ma Văn Sau", "61", "Trúng tuyển");
    assertThat(list.indexOf("Ma Thị Đỗ")).isLessThan(list.indexOf("Ma Văn Sau"));
    assertThat(fonts).isNotEmpty().allMatch("Liberation Serif"::equals);

    // before the decision: a draft with blanks and the candidate within the seat
    String draft =
        text(admin.download("/recruitment/rounds/" + id + "/decision.docx").bytes(), fonts);
    assertThat(draft)
        .contains("QUYẾT ĐỊNH", "Về việc tuyển dụng công chức", "Số: ……/QĐ-UBND")
        .contains("Nghị định số 170/2025/NĐ-CP", "Kế hoạch số 21/KH-UBND ngày 20/07/2026")
        .contains("DANH SÁCH NGƯỜI ĐƯỢC TUYỂN DỤNG", "Ma Thị Đỗ", "15/03/1999")
        .doesNotContain("Ma Văn Sau");

    Map<String, Object> decision = new HashMap<>();
    decision.put("number", "88/QĐ-UBND");
    decision.put("decidedOn", "2026-10-25");
    decision.put("issuer", "UBND tỉnh Cao Bằng");
    decision.put("signer", "Nông Văn Ký");
    decision.put("startOn", "2026-11-01");
    Api.Response decided = admin.post("/api/recruitment/rounds/" + id + "/decision", decision);
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    String signed =
        text(admin.download("/recruitment/rounds/" + id + "/decision.docx").bytes(), fonts);
    assertThat(signed)
        .contains("Số: 88/QĐ-UBND", "ngày 25 tháng 10 năm 2026", "kể từ ngày 01/11/2026")
        .contains("UBND TỈNH CAO BẰNG", "Nông Văn Ký", "Tuyển dụng 1 người", "Ma Thị Đỗ")
        .doesNotContain("……/QĐ-UBND");
    // the same draft as a PDF, read back: the recorded decision, the bases, the list
    Api.Download pdf = admin.download("/recruitment/rounds/" + id + "/decision.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().getContentType().toString()).isEqualTo("application/pdf");
    String printed = vn.cbcs.reports.CvReadBack.pdfText(pdf.bytes());
    assertThat(printed)
        .contains("QUYẾT ĐỊNH", "Về việc tuyển dụng công chức", "Số: 88/QĐ-UBND")
        .contains("Nghị định số 170/2025/NĐ-CP", "kể từ ngày 01/11/2026", "Nông Văn Ký")
        .contains("DANH SÁCH NGƯỜI ĐƯỢC TUYỂN DỤNG", "Ma Thị Đỗ", "15/03/1999")
        .doesNotContain("Ma Văn Sau", "……/QĐ-UBND");
    assertThat(admin.download("/recruitment/rounds/" + id).text())
        .contains(
            "data-testid=\"decision-docx\"",
            "data-testid=\"results-docx\"",
            "data-testid=\"decision-pdf\"");
  }
}
