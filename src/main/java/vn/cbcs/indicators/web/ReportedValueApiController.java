package vn.cbcs.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.indicators.ReportedValue;
import vn.cbcs.indicators.ReportedValues;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;

/** Figures reported by a body (REGULATIONS.md §13.7), as JSON. */
@RestController
class ReportedValueApiController {

  private final ReportedValues reported;

  ReportedValueApiController(ReportedValues reported) {
    this.reported = reported;
  }

  /** A figure as sent: the value as text, so that "94.07" keeps its two decimals. */
  record ReportedJson(
      String indicator,
      String unit,
      LocalDate unitOn,
      LocalDate asOf,
      String value,
      Integer numerator,
      Integer denominator,
      String sourceDocument,
      String reportingBody,
      String note) {}

  @GetMapping("/api/reported-values")
  @Operation(summary = "Figures a body reported for a unit, beside the computed ones")
  List<ReportedValue> list(
      @RequestParam String unit, @RequestParam(required = false) String indicator, Actor actor) {
    return reported.ofUnit(
        indicator == null || indicator.isBlank() ? null : indicator, unit, actor);
  }

  @PostMapping("/api/reported-values")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a figure a body reported (province officers)")
  ReportedValue record(@RequestBody JsonNode body, Actor actor) {
    actor.require(vn.cbcs.platform.Capability.EDIT_RESOLUTIONS);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    ReportedJson j = reader.read(body, ReportedJson.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    return reported.record(
        new ReportedValue.Draft(
            j.indicator(),
            j.unit(),
            j.unitOn(),
            j.asOf(),
            decimal(j.value()),
            j.numerator(),
            j.denominator(),
            j.sourceDocument(),
            j.reportingBody(),
            j.note()),
        actor);
  }

  private static BigDecimal decimal(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(List.of(new FieldError("value", "resolution.target.value")));
    }
    try {
      return new BigDecimal(text.trim().replace(',', '.').replace("%", ""));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(List.of(new FieldError("value", "resolution.target.value")));
    }
  }
}
