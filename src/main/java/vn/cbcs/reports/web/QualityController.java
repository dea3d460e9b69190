package vn.cbcs.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.reports.jobs.ReportFile;
import vn.cbcs.reports.quality.QualityDocuments;
import vn.cbcs.reports.quality.QualityTable;

/**
 * The quality table "Số lượng, chất lượng cán bộ, công chức cấp xã": the page, the XLSX and PDF
 * downloads (made while the request waits; the page offers large scopes as background jobs
 * instead), and the JSON. {@code unit} blank is the whole country; {@code unitOn} names the date
 * the unit is identified on (e.g. Bắc Kạn 06 on 2025-06-30 for its ground in 2026).
 */
@Controller
@Tag(name = "Báo cáo / Reports")
class QualityController {

  private final QualityDocuments documents;
  private final MessageSource messages;

  QualityController(QualityDocuments documents, MessageSource messages) {
    this.documents = documents;
    this.messages = messages;
  }

  @GetMapping("/reports/quality")
  String page(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      Model model,
      Actor actor) {
    actor.require(Capability.READ_FIGURES);
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    if (unit == null) {
      model.addAttribute("view", new ReportPages.Quality(null, date, null, null, false, null));
      return "reports/quality";
    }
    IndicatorScope scope = documents.scope(unit, date, on(unitOn), actor);
    boolean large = documents.large(scope);
    QualityTable table = large ? null : documents.table(scope, actor);
    model.addAttribute(
        "view", new ReportPages.Quality(unit.trim(), date, unitOn, scope, large, table));
    return "reports/quality";
  }

  @GetMapping("/reports/quality.xlsx")
  @Operation(
      summary = "The quality table of a unit on a date as XLSX (official form layout)",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = ReportFile.XLSX,
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      Actor actor) {
    return Downloads.of(documents.xlsx(table(unit, asOf, unitOn, actor)));
  }

  @GetMapping("/reports/quality.pdf")
  @Operation(
      summary = "The quality table of a unit on a date as PDF (A4 landscape)",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = ReportFile.PDF,
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> pdf(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      Actor actor) {
    return Downloads.of(documents.pdf(table(unit, asOf, unitOn, actor)));
  }

  @GetMapping("/api/reports/quality")
  @ResponseBody
  @Operation(
      summary =
          "The quality table as JSON: rows per child unit and a total; counts by column key (sex,"
              + " ethnic minority, Party, age bands, education and qualification levels)")
  Map<String, Object> json(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      Actor actor) {
    return QualityJson.of(table(unit, asOf, unitOn, actor), messages);
  }

  private QualityTable table(String unit, String asOf, String unitOn, Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    return documents.table(documents.scope(unit, date, on(unitOn), actor), actor);
  }

  private static LocalDate on(String unitOn) {
    return unitOn == null || unitOn.isBlank() ? null : AsOf.parseLenient("unitOn", unitOn);
  }
}
