package vn.cbcs.evaluation.web;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.ReadKind;
import vn.cbcs.evaluation.SummaryByUnit;
import vn.cbcs.evaluation.export.SummaryLabels;
import vn.cbcs.evaluation.export.SummaryPdf;
import vn.cbcs.evaluation.export.SummaryXlsx;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;

/**
 * The statutory summary of a year's results by unit and level as XLSX and PDF; each download is
 * written to the audit log like the other exports.
 */
@Controller
class SummaryExportController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final SummaryByUnit summaries;
  private final SummaryLabels labels;
  private final AuditLog audit;

  SummaryExportController(SummaryByUnit summaries, MessageSource messages, AuditLog audit) {
    this.summaries = summaries;
    this.labels = new SummaryLabels(messages);
    this.audit = audit;
  }

  @GetMapping("/evaluations/summary.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      Actor actor) {
    SummaryByUnit.Summary s = summary(unit, year, actor);
    byte[] bytes = new SummaryXlsx(labels).write(s);
    audit.exported(ReadKind.EVALUATION_SUMMARY_EXPORT, detail(s, "xlsx"), false, actor);
    return file(bytes, MediaType.parseMediaType(XLSX), name(s, "xlsx"));
  }

  @GetMapping("/evaluations/summary.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String year,
      Actor actor) {
    SummaryByUnit.Summary s = summary(unit, year, actor);
    byte[] bytes = new SummaryPdf(labels).write(s);
    audit.exported(ReadKind.EVALUATION_SUMMARY_EXPORT, detail(s, "pdf"), false, actor);
    return file(bytes, MediaType.APPLICATION_PDF, name(s, "pdf"));
  }

  private SummaryByUnit.Summary summary(String unit, String year, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.READ_FIGURES);
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.trim();
    if (code == null) {
      throw new BadRequestException("unit", "error.parameter.missing", "unit");
    }
    EvaluationApiController.Period p = EvaluationApiController.period(year, null);
    return summaries.of(code, p.year(), p.on(), actor);
  }

  private static String detail(SummaryByUnit.Summary s, String format) {
    return "unit=" + s.unit().code() + " year=" + s.year() + " format=" + format;
  }

  private static String name(SummaryByUnit.Summary s, String ext) {
    return "xep-loai-" + s.unit().code() + "-" + s.year() + "." + ext;
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String file) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(bytes);
  }
}
