package vn.cbcs.indicators.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.ReadKind;
import vn.cbcs.indicators.Computed;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.Member;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;

/**
 * The drill-down's list — the people (or communes) behind one part of an indicator — as xlsx, every
 * row: what an officer hands over or prints to check a percentage (issue 17, "Excel export … for
 * every list of people"). The same service calls as the page, so the same scope and the same rule
 * for indicators on sensitive data; the export is logged like the people export.
 */
@RestController
class DrillDownExportController {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Indicators indicators;
  private final PositionCatalogue positions;
  private final AuditLog audit;
  private final MessageSource messages;

  DrillDownExportController(
      Indicators indicators, PositionCatalogue positions, AuditLog audit, MessageSource messages) {
    this.indicators = indicators;
    this.positions = positions;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping({"/indicators/{code}/people.xlsx", "/api/indicators/{code}/people.xlsx"})
  ResponseEntity<StreamingResponseBody> export(
      @PathVariable String code,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      @RequestParam(defaultValue = "numerator") String part,
      Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    LocalDate on = unitOn == null || unitOn.isBlank() ? null : AsOf.parseLenient("unitOn", unitOn);
    IndicatorScope scope = indicators.scope(unit, date, on, actor);
    Computed computed = indicators.compute(code, scope, actor);
    List<Member> members = indicators.members(computed, part, actor);
    audit.exported(
        ReadKind.INDICATOR_PEOPLE_EXPORT,
        "indicator="
            + computed.value().indicator().code()
            + " unit="
            + (scope.national() ? "*" : scope.unit().code())
            + " asOf="
            + date
            + " part="
            + part,
        false,
        actor);
    Locale vi = Locale.forLanguageTag("vi");
    String title =
        messages.getMessage(
            "indicator.export.title",
            new Object[] {
              computed.value().indicator().name("vi"),
              scope.national()
                  ? messages.getMessage("indicator.export.national", null, vi)
                  : scope.unit().fullName(),
              DMY.format(date),
              messages.getMessage(
                  "indicator.export.part." + part, new Object[] {members.size()}, vi)
            },
            vi);
    Map<String, String> posts =
        positions.all().stream()
            .collect(Collectors.toMap(Position::code, Position::nameVi, (a, b) -> a));
    String file =
        "chi-so-"
            + computed.value().indicator().code().replaceAll("[^0-9A-Za-z_]", "")
            + "-"
            + (scope.national() ? "toan-quoc" : scope.unit().code().replaceAll("[^0-9A-Za-z]", ""))
            + "-"
            + date
            + "-"
            + part
            + ".xlsx";
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(out -> MembersWorkbook.write(members, title, c -> posts.getOrDefault(c, c), out));
  }
}
