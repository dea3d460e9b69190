package vn.cbcs.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.training.TrainingReport;
import vn.cbcs.training.TrainingReports;

/**
 * The annual training report of a unit (NĐ 171/2025 Điều 39 khoản 1): JSON, XLSX and PDF of the
 * same tables. Without a year: the year before the current one (the report due on 31 January).
 */
@RestController
@Tag(name = "Đào tạo, bồi dưỡng / Training")
class TrainingReportController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final TrainingReports reports;
  private final MessageSource messages;

  TrainingReportController(TrainingReports reports, MessageSource messages) {
    this.reports = reports;
    this.messages = messages;
  }

  private TrainingReport report(String unit, String year, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.trim();
    if (code == null) {
      throw new BadRequestException("unit", "error.parameter.missing", "unit");
    }
    Integer y = TrainingPlanApiController.year(year);
    return reports.of(code, y == null ? AsOf.today().getYear() - 1 : y, actor);
  }

  private TrainingReportFiles files() {
    return new TrainingReportFiles(messages, LocaleContextHolder.getLocale());
  }

  @GetMapping("/api/training/report")
  @Operation(
      summary =
          "The annual training report of a unit (NĐ 171/2025 Điều 39): courses, people trained"
              + " per kind, periods, cost per funding source; year default: last year")
  Map<String, Object> json(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      Actor actor) {
    TrainingReport r = report(unit, year, actor);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unitCode", r.unitCode());
    m.put("unitName", r.unitName());
    m.put("year", r.year());
    m.put("dueOn", r.dueOn());
    m.put("rule", r.rule());
    m.put(
        "courses",
        r.courses().stream()
            .map(
                l -> {
                  Map<String, Object> c = TrainingApiController.course(l.course());
                  c.put("enrolled", l.enrolled());
                  c.put("completed", l.completed());
                  c.put("failedOrWithdrawn", l.failedOrWithdrawn());
                  c.put("personPeriods", l.personPeriods());
                  return c;
                })
            .toList());
    m.put(
        "kinds",
        r.kinds().stream()
            .map(
                k -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("kind", k.kind().name());
                  x.put("courses", k.courses());
                  x.put("people", k.enrolled());
                  x.put("completed", k.completed());
                  x.put("periods", k.periods());
                  return x;
                })
            .toList());
    m.put(
        "funding",
        r.funding().stream()
            .map(
                f -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("funding", f.funding().name());
                  x.put("courses", f.courses());
                  x.put("cost", f.cost());
                  x.put("costUnknown", f.costUnknown());
                  return x;
                })
            .toList());
    m.put("totalCost", r.totalCost());
    return m;
  }

  @GetMapping("/training/report.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      Actor actor) {
    TrainingReport r = report(unit, year, actor);
    return file(files().xlsx(r), MediaType.parseMediaType(XLSX), name(r, "xlsx"));
  }

  @GetMapping("/training/report.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      Actor actor) {
    TrainingReport r = report(unit, year, actor);
    return file(files().pdf(r), MediaType.APPLICATION_PDF, name(r, "pdf"));
  }

  private static String name(TrainingReport r, String ext) {
    return "bao-cao-dao-tao-" + r.unitCode() + "-" + r.year() + "." + ext;
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String file) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(bytes);
  }
}
