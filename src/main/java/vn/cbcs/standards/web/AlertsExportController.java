package vn.cbcs.standards.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.ReadKind;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.ListWorkbook;
import vn.cbcs.standards.Alerts;

/**
 * The alerts page's list (retirements, terms, disciplines ending, standards' deadlines) as xlsx,
 * every row with its rule — the same service call, scope and window as the page (issue 17: Excel
 * export for every list of people); logged like the other exports of named people.
 */
@RestController
class AlertsExportController {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final Alerts alerts;
  private final AuditLog audit;
  private final MessageSource messages;

  AlertsExportController(Alerts alerts, AuditLog audit, MessageSource messages) {
    this.alerts = alerts;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping({"/alerts.xlsx", "/api/alerts.xlsx"})
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(defaultValue = "12") int months,
      Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    String scope = StandardsPageController.unitOrHome(unit, actor);
    int window = Math.max(1, Math.min(months, 120));
    List<Alerts.Alert> due = alerts.due(scope, date, window, actor);
    audit.exported(
        ReadKind.ALERTS_EXPORT,
        "unit=" + scope + " asOf=" + date + " months=" + window,
        false,
        actor);
    String title =
        messages.getMessage(
            "standard.alerts.lead", new Object[] {scope, DMY.format(date), window, due.size()}, VI);
    List<List<String>> rows =
        due.stream()
            .map(
                a ->
                    Arrays.asList(
                        DMY.format(a.due()),
                        t("standard.alerts.kind." + a.kind().name()),
                        detail(a),
                        a.post().fullName(),
                        a.positionName(),
                        a.post().unitName(),
                        a.rule()))
            .toList();
    String file = "canh-bao-" + scope.replaceAll("[^0-9A-Za-z]", "") + "-" + date + ".xlsx";
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(
            out ->
                ListWorkbook.write(
                    "Cảnh báo",
                    title,
                    List.of("Hạn", "Việc", "Chi tiết", "Họ và tên", "Chức vụ", "Đơn vị", "Căn cứ"),
                    List.of(12, 22, 36, 28, 32, 28, 48),
                    rows,
                    out));
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  /** The alert's detail in words, as the page says it. */
  private String detail(Alerts.Alert a) {
    if (a.detail() == null) {
      return "";
    }
    return switch (a.kind()) {
      case STANDARD_DEADLINE ->
          Arrays.stream(a.detail().split(","))
              .map(c -> t("standard.criterion." + c))
              .collect(Collectors.joining(", "));
      case RETIREMENT ->
          t("standard.alerts.earlyRetirement", DMY.format(LocalDate.parse(a.detail())));
      case TERM_END ->
          "ESTIMATE".equals(a.detail())
              ? t("standard.alerts.term.estimate")
              : t("standard.alerts.term", a.detail());
      case DISCIPLINE_END -> t("person.discipline." + a.detail());
      default -> t("standard.alerts.form." + a.detail());
    };
  }
}
