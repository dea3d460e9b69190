package vn.cbcs.reports.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.ReportedValue;
import vn.cbcs.indicators.ReportedValues;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.Role;
import vn.cbcs.reports.ReportReadBack;
import vn.cbcs.reports.jobs.Progress;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.ResolutionDraft;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.Target;
import vn.cbcs.resolutions.TargetDraft;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * Known answers for REGULATIONS.md §13.7: Resolution 10-NQ/TU's 93% and 94.07% were results
 * reported for 2020, not targets. A reported figure is its own kind of value beside the computed
 * one; a target carries its own source; the review says đạt / chưa đạt only against a real target;
 * "sơ cấp, trung cấp" is read "from sơ cấp up" in version 2, and the page says which reading.
 */
@IntegrationTest
class ReportedFiguresTest {

  @LocalServerPort int port;
  @Autowired ReportedValues reported;
  @Autowired Resolutions resolutions;
  @Autowired Reviews reviews;
  @Autowired Indicators indicators;
  @Autowired JdbcClient jdbc;

  private String commune;
  private String province;

  @BeforeEach
  void commune() {
    commune =
        jdbc.sql(
                "SELECT code FROM units_in_force_on(DATE '2020-12-31') WHERE type = 'XA'"
                    + " AND path LIKE '08/%' ORDER BY code OFFSET 9 LIMIT 1")
            .query(String.class)
            .single();
    province = "08";
  }

  private ReportedValue.Draft draft(String code, String value, String source) {
    LocalDate d = LocalDate.of(2020, 12, 31);
    return new ReportedValue.Draft(
        code, commune, d, d, new BigDecimal(value), null, null, source, "UBND xã (kiểm thử)", null);
  }

  /** ADR 13's order: capability, unit, ground. */
  @Test
  void aReportedFigureIsRecordedByResolutionKeepersOfTheGround() {
    var officer = TestActors.user("bantochuc", Role.PROVINCE_OFFICER, province);
    ReportedValue v =
        reported.record(draft("WOMEN", "41.5", "Báo cáo số 1/BC-UBND (kiểm thử)"), officer);
    assertThat(v.valueText()).isEqualTo("41,50%");
    assertThat(reported.forUnit("WOMEN", commune, officer))
        .extracting(ReportedValue::id)
        .contains(v.id());
    assertThatThrownBy(
            () ->
                reported.record(
                    draft("WOMEN", "40", "Báo cáo khác"),
                    TestActors.user("xa", Role.COMMUNE_OFFICER, commune)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                reported.record(
                    draft("WOMEN", "40", "Báo cáo khác"),
                    TestActors.user("tinh", Role.PROVINCE_OFFICER, "01")))
        .isInstanceOf(ForbiddenException.class);
    var unknown =
        new ReportedValue.Draft(
            "WOMEN",
            "99999",
            LocalDate.of(2020, 12, 31),
            LocalDate.of(2020, 12, 31),
            BigDecimal.TEN,
            null,
            null,
            "x y",
            "x y",
            null);
    assertThatThrownBy(() -> reported.record(unknown, officer))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            reported.forUnit(
                "WOMEN", commune, TestActors.user("tinh", Role.PROVINCE_OFFICER, "01")))
        .as("outside the reader's ground")
        .isEmpty();
  }

  /**
   * The review judges only a target with a source, and puts the reported figure beside the computed
   * one — in the data and in the Word document read back.
   */
  @Test
  void theReviewJudgesOnlyRealTargetsAndShowsReportedFigures() throws Exception {
    ObjectNode a = person("Đinh Thị Một", true, 1980);
    a.set("assignments", array(assignment(commune, "VAN_HOA_XA_HOI", "2018-01-01", "2025-06-30")));
    a.set("qualifications", array(qualification("PROFESSIONAL", "TRUNG_CAP", "2010-06-01")));
    ObjectNode b = person("Đinh Văn Hai", false, 1978);
    b.set("assignments", array(assignment(commune, "TU_PHAP_HO_TICH", "2018-01-01", "2025-06-30")));
    assertThat(Api.admin(port).post("/api/people", a).status()).isEqualTo(201);
    assertThat(Api.admin(port).post("/api/people", b).status()).isEqualTo(201);
    Resolution r =
        resolutions.create(
            new ResolutionDraft(
                "07-NQ/ĐU",
                "Nghị quyết về nâng cao chất lượng cán bộ xã (kiểm thử)",
                "Đảng ủy xã (kiểm thử)",
                LocalDate.of(2019, 1, 2),
                commune,
                null),
            TestActors.SYSTEM);
    LocalDate end = LocalDate.of(2020, 12, 31);
    resolutions.addTarget(
        r.id(),
        new TargetDraft(
            "PRO_SO_CAP_PLUS",
            end,
            new BigDecimal("90"),
            Target.Direction.AT_LEAST,
            null,
            "Nghị quyết 07-NQ/ĐU, mục II.1"),
        TestActors.SYSTEM);
    resolutions.addTarget(
        r.id(),
        new TargetDraft("WOMEN", end, new BigDecimal("60"), Target.Direction.AT_LEAST, null),
        TestActors.SYSTEM);
    reported.record(
        draft("PRO_SO_CAP_PLUS", "93", "Báo cáo tổng kết số 5/BC-ĐU (kiểm thử)"),
        TestActors.SYSTEM);

    ReviewData d =
        reviews.data(
            r.id(), ReviewKind.TONG_KET, null, end, false, Progress.NONE, TestActors.SYSTEM);
    ReviewData.TargetLine real =
        d.targets().stream()
            .filter(t -> t.indicatorCode().equals("PRO_SO_CAP_PLUS"))
            .findFirst()
            .orElseThrow();
    ReviewData.TargetLine reference =
        d.targets().stream()
            .filter(t -> t.indicatorCode().equals("WOMEN"))
            .findFirst()
            .orElseThrow();
    assertThat(real.sentence()).contains("đạt 50,00%", "chưa đạt chỉ tiêu 90,00%");
    assertThat(reference.sentence())
        .contains("là 50,00%", "mức tham chiếu 60,00%", "chưa có căn cứ")
        .doesNotContain("đạt chỉ tiêu", "chưa đạt");
    assertThat(d.summary().judged()).as("only the real target is judged").isEqualTo(1);
    assertThat(d.reported())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.value()).isEqualByComparingTo("93");
              assertThat(x.computed().percentText()).isEqualTo("50,00%");
              assertThat(x.sentence())
                  .contains("Báo cáo tổng kết số 5/BC-ĐU", "93,00% (số liệu báo cáo)", "50,00%");
            });
    var docx =
        Api.admin(port)
            .download("/resolutions/" + r.id() + "/report.docx?kind=tong-ket&to=2020-12-31");
    assertThat(docx.status()).isEqualTo(200);
    String text = ReportReadBack.docxText(docx.bytes());
    assertThat(text)
        .contains("chưa đạt chỉ tiêu 90,00%", "mức tham chiếu 60,00%", "93,00% (số liệu báo cáo)");
    var pdf =
        Api.admin(port)
            .download("/resolutions/" + r.id() + "/report.pdf?kind=tong-ket&to=2020-12-31");
    assertThat(ReportReadBack.pdfText(pdf.bytes()).replaceAll("\\s+", " "))
        .contains("mức tham chiếu 60,00%", "(số liệu báo cáo)");
    assertThat(Api.admin(port).download("/resolutions/" + r.id()).text())
        .contains(
            "Nghị quyết 07-NQ/ĐU, mục II.1", "Chưa ghi căn cứ", "Báo cáo tổng kết số 5/BC-ĐU");
  }

  /** The JSON API: recorded by who keeps resolutions, read beside the computed figures. */
  @Test
  void theApiRecordsAndListsReportedFigures() {
    ObjectNode body = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
    body.put("indicator", "PARTY_MEMBER");
    body.put("unit", commune);
    body.put("asOf", "2019-12-31");
    body.put("value", "87,5");
    body.put("numerator", 14);
    body.put("denominator", 16);
    body.put("sourceDocument", "Báo cáo số 9/BC-ĐU (kiểm thử)");
    body.put("reportingBody", "Đảng ủy xã (kiểm thử)");
    var created = Api.admin(port).post("/api/reported-values", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("value").decimalValue()).isEqualByComparingTo("87.5");
    var list =
        Api.admin(port).get("/api/reported-values?unit=" + commune + "&indicator=PARTY_MEMBER");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("Báo cáo số 9/BC-ĐU (kiểm thử)");
    assertThat(Api.admin(port).get("/api/reported-values?unit=99999").status()).isEqualTo(404);
    body.put("numerator", 20);
    body.put("sourceDocument", "Báo cáo khác (kiểm thử)");
    assertThat(Api.admin(port).post("/api/reported-values", body).status())
        .as("numerator over denominator")
        .isEqualTo(400);
  }

  /** §13.7: version 2 of LLCT_SO_TRUNG_CAP reads "from sơ cấp up"; version 1 stays readable. */
  @Test
  void theLevelSetOfPoliticalTheoryIsAVersionedReading() {
    var latest = indicators.require("LLCT_SO_TRUNG_CAP", TestActors.SYSTEM);
    assertThat(latest.version()).isGreaterThanOrEqualTo(2);
    assertThat(latest.criteria())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.min()).isEqualTo("SO_CAP");
              assertThat(c.max()).isNull();
            });
    var first = indicators.version("LLCT_SO_TRUNG_CAP", 1, TestActors.SYSTEM).orElseThrow();
    assertThat(first.criteria().get(0).max()).isEqualTo("TRUNG_CAP");
    assertThat(
            Api.admin(port)
                .download("/indicators/LLCT_SO_TRUNG_CAP?unit=" + commune + "&asOf=2020-12-31")
                .text())
        .contains("Cách đọc đang dùng", "SO_CAP");
  }
}
