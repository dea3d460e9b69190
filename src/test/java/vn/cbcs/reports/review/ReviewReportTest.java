package vn.cbcs.reports.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.reports.TuaChuaDistrict.A;
import static vn.cbcs.reports.TuaChuaDistrict.B;
import static vn.cbcs.reports.TuaChuaDistrict.C;
import static vn.cbcs.reports.TuaChuaDistrict.DISTRICT;
import static vn.cbcs.reports.TuaChuaDistrict.END_2020;
import static vn.cbcs.reports.TuaChuaDistrict.ISSUED;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.reports.ReportReadBack;
import vn.cbcs.reports.TuaChuaDistrict;
import vn.cbcs.reports.jobs.Progress;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.TargetProgress;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * The review of a district resolution with known answers: the generated sentences, the two dates
 * compared, the child units, and the DOCX and PDF read back against the JSON and the indicators.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewReportTest {

  @LocalServerPort int port;
  @Autowired Resolutions resolutions;
  @Autowired Indicators indicators;
  @Autowired JdbcClient jdbc;
  @Autowired Reviews reviews;
  Resolution resolution;
  JsonNode data;

  @BeforeAll
  void build() {
    TuaChuaDistrict.build(port, jdbc);
    resolution = TuaChuaDistrict.resolution(resolutions);
    var response = Api.admin(port).get("/api/resolutions/" + resolution.id() + "/report-data");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    data = response.json();
  }

  private List<String> sentences() {
    List<String> list = new ArrayList<>();
    data.get("targets").forEach(t -> list.add(t.get("sentence").asString()));
    return list;
  }

  @Test
  void aMidTermReviewRunsFromTheResolutionToTheMilestoneBeforeTheLast() {
    assertThat(data.get("kind").asString()).isEqualTo("so-ket");
    assertThat(data.get("from").asString()).isEqualTo(ISSUED.toString());
    assertThat(data.get("to").asString()).isEqualTo(END_2020.toString());
    assertThat(data.get("summary").get("judged").asInt()).isEqualTo(3);
    assertThat(data.get("summary").get("met").asInt()).isEqualTo(1);
    assertThat(data.get("summary").get("missed").asInt()).isEqualTo(2);
    assertThat(data.get("summary").get("ahead").asInt()).isEqualTo(1);
  }

  @Test
  void oneSentencePerTarget() {
    assertThat(sentences())
        .containsExactly(
            "Đến 31/12/2018, tỷ lệ cán bộ, công chức cấp xã có trình độ chuyên môn từ sơ cấp trở"
                + " lên đạt 71,43%, chưa đạt chỉ tiêu 80,00% (thấp hơn 8,57 điểm phần trăm).",
            "Đến 31/12/2020, tỷ lệ cán bộ, công chức cấp xã có trình độ chuyên môn từ sơ cấp trở"
                + " lên đạt 83,33%, chưa đạt chỉ tiêu 85,00% (thấp hơn 1,67 điểm phần trăm).",
            "Đến 31/12/2020, tỷ lệ cán bộ, công chức cấp xã là nữ đạt 50,00%, đạt chỉ tiêu"
                + " 50,00%.",
            "Đến 31/12/2020, tỷ lệ cán bộ, công chức cấp xã có trình độ lý luận chính trị từ trung"
                + " cấp trở lên đạt 50,00%; chỉ tiêu đến 30/06/2025 là 60,00%, còn thiếu 10,00"
                + " điểm phần trăm.");
  }

  @Test
  void theTwoDatesAreTheIndicatorsValues() {
    for (JsonNode c : data.get("comparison")) {
      String code = c.get("indicatorCode").asString();
      IndicatorValue from =
          indicators.value(
              code,
              indicators.scope(DISTRICT, ISSUED, resolution.unitOn(), TestActors.SYSTEM),
              TestActors.SYSTEM);
      IndicatorValue to =
          indicators.value(
              code,
              indicators.scope(DISTRICT, END_2020, resolution.unitOn(), TestActors.SYSTEM),
              TestActors.SYSTEM);
      assertThat(c.get("from").get("percentText").asString()).isEqualTo(from.percentText());
      assertThat(c.get("from").get("denominator").asLong()).isEqualTo(from.denominator());
      assertThat(c.get("to").get("percentText").asString()).isEqualTo(to.percentText());
      assertThat(c.get("to").get("numerator").asLong()).isEqualTo(to.numerator());
    }
    JsonNode pro = data.get("comparison").get(0);
    assertThat(pro.get("indicatorCode").asString()).isEqualTo("PRO_SO_CAP_PLUS");
    assertThat(pro.get("from").get("percentText").asString()).isEqualTo("71,43%");
    assertThat(pro.get("to").get("percentText").asString()).isEqualTo("83,33%");
    assertThat(pro.get("changeText").asString()).isEqualTo("+11,90");
  }

  @Test
  void theChildUnitsAreTheCommunesOfTheDistrict() {
    List<String> codes = new ArrayList<>();
    data.get("children").get("rows").forEach(r -> codes.add(r.get("unitCode").asString()));
    assertThat(codes).contains(A, B, C);
    for (JsonNode r : data.get("children").get("rows")) {
      String code = r.get("unitCode").asString();
      JsonNode pro = r.get("values").get(0);
      if (code.equals(B)) {
        assertThat(pro.get("percentText").asString()).isEqualTo("50,00%");
      } else if (code.equals(A) || code.equals(C)) {
        assertThat(pro.get("percentText").asString()).isEqualTo("100,00%");
      }
    }
  }

  @Test
  void theDocxSaysWhatTheApiSays() {
    var docx = Api.admin(port).download("/resolutions/" + resolution.id() + "/report.docx");
    assertThat(docx.status()).isEqualTo(200);
    assertThat(docx.headers().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    ReportReadBack.keep("bao-cao-so-ket.docx", docx.bytes());
    String text = ReportReadBack.docxText(docx.bytes());
    assertThat(text)
        .contains("ỦY BAN NHÂN DÂN")
        .contains("TỈNH ĐIỆN BIÊN")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("/BC-UBND")
        .contains("Điện Biên, ngày")
        .contains("BÁO CÁO")
        .contains(
            "Sơ kết việc thực hiện Nghị quyết số "
                + resolution.number()
                + " ngày 1/5/2016 của Huyện ủy Tủa Chùa về nâng cao chất lượng đội ngũ cán bộ,"
                + " công chức cấp xã")
        .contains("Nơi nhận:")
        .contains("TM. ỦY BAN NHÂN DÂN")
        .contains("CHỦ TỊCH");
    for (String s : sentences()) {
      assertThat(text).contains(s);
    }
    assertThat(text).contains("các đơn vị chưa đạt: ");
    assertThat(text)
        .contains(
            "Phấn đấu đến ngày 30/06/2025, tỷ lệ cán bộ, công chức cấp xã có trình độ lý luận chính"
                + " trị từ trung cấp trở lên đạt 60,00% (đến ngày 31/12/2020 đạt 50,00%, cần tăng"
                + " thêm 10,00 điểm phần trăm).");
    // Bảng 1: the indicators on both dates, cell by cell
    List<List<List<String>>> tables = ReportReadBack.docxTables(docx.bytes());
    List<List<String>> comparison =
        tables.stream()
            .filter(t -> t.size() > 2 && t.get(1).contains("Đạt/tổng"))
            .findFirst()
            .orElseThrow();
    int row = 2;
    for (JsonNode c : data.get("comparison")) {
      List<String> cells = comparison.get(row++);
      assertThat(cells.get(1)).isEqualTo(c.get("indicatorName").asString());
      assertThat(cells.get(2)).isEqualTo(c.get("from").get("percentText").asString());
      assertThat(cells.get(3))
          .isEqualTo(c.get("from").get("numerator") + "/" + c.get("from").get("denominator"));
      assertThat(cells.get(4)).isEqualTo(c.get("to").get("percentText").asString());
      assertThat(cells.get(6)).isEqualTo(c.get("changeText").asString());
    }
    // Bảng 2: the child units on the date reported on
    List<List<String>> children =
        tables.stream().filter(t -> t.get(0).contains("Đơn vị")).findFirst().orElseThrow();
    for (JsonNode r : data.get("children").get("rows")) {
      List<String> cells =
          children.stream()
              .filter(c -> c.get(1).equals(r.get("unitName").asString()))
              .findFirst()
              .orElseThrow();
      JsonNode v = r.get("values").get(0);
      assertThat(cells.get(2))
          .isEqualTo(
              v.get("percentText").asString()
                  + " ("
                  + v.get("numerator")
                  + "/"
                  + v.get("denominator")
                  + ")");
    }
    assertThat(ReportReadBack.docxPictures(docx.bytes())).as("two charts").isEqualTo(2);
    assertThat(ReportReadBack.docxFonts(docx.bytes())).containsOnly("Times New Roman");
  }

  @Test
  void thePdfSaysWhatTheApiSays() {
    var pdf = Api.admin(port).download("/resolutions/" + resolution.id() + "/report.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    ReportReadBack.keep("bao-cao-so-ket.pdf", pdf.bytes());
    String text = ReportReadBack.pdfText(pdf.bytes());
    for (String s : sentences()) {
      assertThat(text).contains(s);
    }
    assertThat(text)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("BÁO CÁO")
        .contains("Biểu đồ 1.");
    // the extractor runs neighbouring table cells together: compare without spaces
    String packed = text.replace(" ", "");
    for (JsonNode c : data.get("comparison")) {
      assertThat(packed)
          .contains(
              c.get("from").get("percentText").asString()
                  + c.get("from").get("numerator")
                  + "/"
                  + c.get("from").get("denominator")
                  + c.get("to").get("percentText").asString()
                  + c.get("to").get("numerator")
                  + "/"
                  + c.get("to").get("denominator")
                  + c.get("changeText").asString());
    }
    assertThat(ReportReadBack.fonts(pdf.bytes()))
        .isNotEmpty()
        .allSatisfy(
            f -> assertThat(f).doesNotStartWith("NOT EMBEDDED").contains("LiberationSerif"));
  }

  @Test
  void aFinalReviewRunsToTheLastMilestone() {
    JsonNode json =
        Api.admin(port)
            .get("/api/resolutions/" + resolution.id() + "/report-data?kind=tong-ket&body=snv")
            .json();
    assertThat(json.get("to").asString()).isEqualTo("2025-06-30");
    assertThat(json.get("summary").get("ahead").asInt()).isZero();
    assertThat(json.get("letterhead").get("body").asString()).isEqualTo("SỞ NỘI VỤ");
    assertThat(json.get("targets").get(3).get("sentence").asString())
        .startsWith("Đến 30/06/2025, tỷ lệ cán bộ, công chức cấp xã có trình độ lý luận chính trị");
  }

  @Test
  void everyResolutionOnRecordIsJudgedAsTheResolutionsModuleJudgesIt() {
    // the demo's Resolution 10-NQ/TU too, when another test has generated the demo province
    for (Resolution r : resolutions.all(TestActors.SYSTEM)) {
      ReviewData d =
          reviews.data(
              r.id(), ReviewKind.SO_KET, null, null, false, Progress.NONE, TestActors.SYSTEM);
      List<TargetProgress> progress = resolutions.progress(r, d.to(), TestActors.SYSTEM);
      assertThat(d.targets()).as(r.number()).hasSameSizeAs(progress);
      for (int i = 0; i < progress.size(); i++) {
        TargetProgress p = progress.get(i);
        ReviewData.TargetLine t = d.targets().get(i);
        assertThat(t.value().percentText()).as(r.number()).isEqualTo(p.value().percentText());
        assertThat(t.status()).isEqualTo(p.status().name());
        assertThat(t.sentence()).contains(p.value().percentText().replace("—", ""));
      }
    }
  }

  @Test
  void wrongParametersAreNamed() {
    Api api = Api.admin(port);
    var kind = api.get("/api/resolutions/" + resolution.id() + "/report-data?kind=giua-ky");
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.json().get("parameter").asString()).isEqualTo("kind");
    var future = api.get("/api/resolutions/" + resolution.id() + "/report-data?to=2999-01-01");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("parameter").asString()).isEqualTo("to");
    var order =
        api.get(
            "/api/resolutions/" + resolution.id() + "/report-data?from=2021-01-01&to=2020-12-31");
    assertThat(order.status()).isEqualTo(400);
    assertThat(api.get("/api/resolutions/999999/report-data").status()).isEqualTo(404);
  }
}
