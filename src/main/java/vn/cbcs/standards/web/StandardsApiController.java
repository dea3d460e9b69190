package vn.cbcs.standards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;
import vn.cbcs.standards.Alerts;
import vn.cbcs.standards.Compliance;
import vn.cbcs.standards.ComplianceEngine;
import vn.cbcs.standards.Staffing;
import vn.cbcs.standards.StandardRule;
import vn.cbcs.standards.StandardRules;

/** Compliance, staffing, alerts and the rule rows as JSON. */
@RestController
@Tag(name = "Tiêu chuẩn, số lượng / Standards and staffing")
class StandardsApiController {

  private final Compliance compliance;
  private final Staffing staffing;
  private final Alerts alerts;
  private final StandardRules rules;

  StandardsApiController(
      Compliance compliance, Staffing staffing, Alerts alerts, StandardRules rules) {
    this.compliance = compliance;
    this.staffing = staffing;
    this.alerts = alerts;
    this.rules = rules;
  }

  /** A verdict in the API. */
  record VerdictJson(
      long assignmentId,
      String positionCode,
      String positionName,
      String unitCode,
      String unitName,
      String verdict,
      String standing,
      java.time.LocalDate deadline,
      List<ComplianceEngine.Failure> failures,
      String ruleSource) {

    static VerdictJson of(Compliance.PostVerdict v) {
      return new VerdictJson(
          v.post().assignmentId(),
          v.post().positionCode(),
          v.positionName(),
          v.post().unitCode(),
          v.post().unitName(),
          v.verdict().meets() ? "MEETS" : "FAILS",
          v.verdict().standing().name(),
          v.verdict().deadline(),
          v.verdict().failures(),
          String.join("; ", v.verdict().sources()));
    }
  }

  @GetMapping("/api/people/{id}/compliance")
  @Operation(summary = "Đạt / chưa đạt: per post held on the date, what is missing and by when")
  List<VerdictJson> person(
      @PathVariable long id, @RequestParam(required = false) String asOf, Actor actor) {
    return compliance.ofPerson(id, AsOf.parseIso("asOf", asOf), actor).stream()
        .map(VerdictJson::of)
        .toList();
  }

  @GetMapping("/api/standards/below")
  @Operation(
      summary = "Everyone below the standard of their post in a unit subtree, with what each lacks")
  List<Map<String, Object>> below(
      @RequestParam String unit, @RequestParam(required = false) String asOf, Actor actor) {
    return compliance.belowStandard(unit, AsOf.parseIso("asOf", asOf), actor).stream()
        .map(
            v -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("personId", v.post().personId());
              m.put("fullName", v.post().fullName());
              m.putAll(asMap(VerdictJson.of(v)));
              return m;
            })
        .toList();
  }

  @GetMapping("/api/units/{code}/staffing")
  @Operation(
      summary = "Quota, filled, vacancies and excess of every commune of a unit, with the rule")
  Map<String, Object> staffing(
      @PathVariable String code, @RequestParam(required = false) String asOf, Actor actor) {
    LocalDate date = AsOf.parseIso("asOf", asOf);
    Staffing.Report r = staffing.report(code, date, actor);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", date);
    body.put("unitCode", r.scope().code());
    body.put("quota", r.quota());
    body.put("filled", r.filled());
    body.put("vacancies", r.vacancies());
    body.put("excess", r.excess());
    body.put(
        "communes",
        r.communes().stream()
            .map(
                c -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("code", c.commune().code());
                  m.put("name", c.commune().fullName());
                  m.put("type", c.commune().type());
                  m.put("unitClass", c.unitClass());
                  m.put("quota", c.quota());
                  m.put("filled", c.filled());
                  m.put("vacancies", c.vacancies());
                  m.put("excess", c.excess());
                  m.put("ruleSource", c.quotaSource());
                  m.put("defaultQuota", c.defaultQuota());
                  m.put("baseQuota", c.baseQuota());
                  m.put("adjustments", c.adjustments());
                  m.put("unfilledTitles", c.unfilledTitles());
                  m.put("surplusDeadline", c.surplusDeadline());
                  m.put("staffedToQuota", c.staffedToQuota());
                  return m;
                })
            .toList());
    body.put("provinceLimits", r.limits());
    return body;
  }

  @GetMapping("/api/alerts")
  @Operation(
      summary = "Retirements, term ends, discipline ends and standard deadlines in the next months")
  List<Map<String, Object>> alerts(
      @RequestParam String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(defaultValue = "12") int months,
      Actor actor) {
    int window = Math.max(1, Math.min(months, 120));
    return alerts.due(unit, AsOf.parseIso("asOf", asOf), window, actor).stream()
        .map(
            a -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("kind", a.kind());
              m.put("due", a.due());
              m.put("personId", a.post().personId());
              m.put("fullName", a.post().fullName());
              m.put("unitCode", a.post().unitCode());
              m.put("positionCode", a.post().positionCode());
              m.put("detail", a.detail());
              return m;
            })
        .toList();
  }

  @GetMapping("/api/standards/rules")
  @Operation(summary = "Every rule row with its period, legal source and history")
  List<StandardRule> rules(Actor actor) {
    return rules.all(actor);
  }

  /** An amendment of a rule row. */
  record AmendJson(String value, LocalDate from, LocalDate deadline, String legalSource) {}

  @PostMapping("/api/standards/rules/{id}")
  @Operation(summary = "A new value of a rule from a date (or a correction); the old row is kept")
  Map<String, Object> amend(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.EDIT_RULES);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    AmendJson a = reader.read(body, AmendJson.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    long newId = rules.amend(id, a.value(), a.from(), a.deadline(), a.legalSource(), actor);
    return Map.of("id", newId);
  }

  /** A staff allocation of a commune. */
  record AllocationJson(Integer quota, LocalDate from, String legalBasis) {}

  @PostMapping("/api/units/{code}/allocations")
  @Operation(summary = "The province allocates staff positions to a commune from a date")
  Map<String, Object> allocate(@PathVariable String code, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.EDIT_RULES);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    AllocationJson a = reader.read(body, AllocationJson.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    staffing.allocate(code, a.quota() == null ? 0 : a.quota(), a.from(), a.legalBasis(), actor);
    return Map.of("unitCode", code, "quota", a.quota(), "from", a.from());
  }

  private static Map<String, Object> asMap(VerdictJson v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("assignmentId", v.assignmentId());
    m.put("positionCode", v.positionCode());
    m.put("positionName", v.positionName());
    m.put("unitCode", v.unitCode());
    m.put("unitName", v.unitName());
    m.put("verdict", v.verdict());
    m.put("standing", v.standing());
    m.put("deadline", v.deadline());
    m.put("failures", v.failures());
    m.put("ruleSource", v.ruleSource());
    return m;
  }
}
