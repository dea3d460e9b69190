package vn.cbcs.reports.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.reports.quality.QualityTableTest.digitsAfter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.platform.AsOf;
import vn.cbcs.reports.ReportReadBack;
import vn.cbcs.reports.docs.Letterhead;
import vn.cbcs.reports.docs.Letterheads;
import vn.cbcs.support.Api;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.units.CrosswalkLink;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The quality table as a document an office can sign (issue 17): on the demo province (Bắc Kạn,
 * abolished on 1-7-2025) at the end of 2020, every count of the PDF — four digits in the total row
 * — stays on one line, and the letterhead is the body that exists on the signing date (Thái
 * Nguyên's Sở Nội vụ) while the title names the data's unit as of the reporting date (Bắc Kạn).
 */
@IntegrationTest
class QualityDocumentRulesTest {

  @LocalServerPort int port;
  @Autowired DemoDataGenerator generator;
  @Autowired Letterheads letterheads;
  @Autowired Units units;

  @Test
  void noCountIsBrokenAcrossLinesAndTheLetterheadIsTheBodyOfTheSigningDate() {
    DemoProvince.ensure(generator);
    Api api = Api.admin(port);
    String query = "?unit=06&asOf=2020-12-31";
    JsonNode json = api.get("/api/reports/quality" + query).json();
    assertThat(json.get("total").get("counts").get("total").asLong()).isGreaterThan(1_000L);
    var pdf = api.download("/reports/quality.pdf" + query);
    assertThat(pdf.status()).isEqualTo(200);
    ReportReadBack.keep("chat-luong-06-2020.pdf", pdf.bytes());
    String text = ReportReadBack.pdfText(pdf.bytes());
    List<String> keys = new ArrayList<>();
    json.get("columns").forEach(c -> keys.add(c.get("key").asString()));
    StringBuilder total = new StringBuilder();
    keys.forEach(k -> total.append(json.get("total").get("counts").get(k).asLong()));
    // a number wrapped onto a second line would end the digits at the line break
    assertThat(digitsAfter(text, "Tổng cộng")).isEqualTo(total.toString());
    int no = 1;
    for (JsonNode row : json.get("rows")) {
      StringBuilder digits = new StringBuilder();
      keys.forEach(k -> digits.append(row.get("counts").get(k).asLong()));
      String next = no++ < json.get("rows").size() ? String.valueOf(no) : "";
      assertThat(digitsAfter(text, row.get("name").asString()))
          .as("PDF row " + row.get("name").asString())
          .isIn(digits.toString(), digits + next);
    }
    assertThat(text)
        .contains("UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ", "Tỉnh Bắc Kạn")
        .doesNotContain("UBND TỈNH BẮC KẠN");
  }

  @Test
  void aCommuneMergedIntoOneIsSignedByTheCommuneItBecame() {
    LocalDate before = LocalDate.of(2024, 12, 31);
    LocalDate today = AsOf.today();
    Unit bacKan = units.find("06", before).orElseThrow();
    Unit merged = null;
    Unit successor = null;
    for (Unit c : units.communesUnder(bacKan, before)) {
      List<CrosswalkLink> links = units.successors(c);
      if (links.size() == 1 && links.get(0).successor().inForceOn(today)) {
        merged = c;
        successor = links.get(0).successor();
        break;
      }
    }
    assertThat(merged).as("a commune of Bắc Kạn with one successor").isNotNull();
    Letterhead head =
        letterheads.homeAffairs(new IndicatorScope(merged, before, false, List.of(merged)), today);
    assertThat(head.body()).isEqualTo("UBND " + Letterhead.upper(successor.fullName()));
    assertThat(head.place()).isEqualTo(successor.name());
    // a unit still in force signs for itself
    Unit thaiNguyen = units.find("19", today).orElseThrow();
    assertThat(
            letterheads
                .homeAffairs(new IndicatorScope(thaiNguyen, today, false, List.of()), today)
                .parent())
        .isEqualTo("UBND TỈNH THÁI NGUYÊN");
  }
}
