package vn.cbcs.indicators.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.indicators.ChildValue;
import vn.cbcs.indicators.Computed;
import vn.cbcs.indicators.Counted;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.IndicatorDefinitions;
import vn.cbcs.indicators.IndicatorDraft;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.Member;
import vn.cbcs.indicators.ReportingLocks;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;

/** JSON API of indicators: definitions, values, the people behind them, series, locks. */
@RestController
@RequestMapping("/api")
class IndicatorApiController {

  private static final int MAX_POINTS = 40;
  private final Indicators indicators;
  private final IndicatorDefinitions definitions;
  private final ReportingLocks locks;

  IndicatorApiController(
      Indicators indicators, IndicatorDefinitions definitions, ReportingLocks locks) {
    this.indicators = indicators;
    this.definitions = definitions;
    this.locks = locks;
  }

  @GetMapping("/indicators")
  List<Map<String, Object>> list(Actor actor) {
    return indicators.all(actor).stream().map(IndicatorJson::definition).toList();
  }

  @GetMapping("/indicators/{code}")
  Map<String, Object> one(@PathVariable String code, Actor actor) {
    Map<String, Object> m = IndicatorJson.definition(indicators.require(code, actor));
    m.put(
        "versions",
        indicators.versions(code, actor).stream().map(IndicatorJson::definition).toList());
    return m;
  }

  private IndicatorScope scope(String unit, String asOf, String unitOn, Actor actor) {
    return indicators.scope(
        unit,
        AsOf.parseLenient("asOf", asOf),
        unitOn == null || unitOn.isBlank() ? null : AsOf.parseLenient("unitOn", unitOn),
        actor);
  }

  @GetMapping("/indicators/{code}/value")
  Map<String, Object> value(
      @PathVariable String code,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      Actor actor) {
    IndicatorScope scope = scope(unit, asOf, unitOn, actor);
    var lock = locks.find(scope, actor);
    if (lock.isEmpty()) {
      // numbers only: no member is read unless the value cannot be counted in SQL
      return IndicatorJson.value(indicators.value(code, scope, actor));
    }
    Computed c = indicators.compute(code, scope, actor);
    Map<String, Object> m = IndicatorJson.value(c.value());
    lock.flatMap(l -> locks.compare(l, c, actor))
        .ifPresent(
            cmp -> {
              Map<String, Object> locked = new LinkedHashMap<>();
              locked.put("numerator", cmp.lockedNumerator());
              locked.put("denominator", cmp.lockedDenominator());
              locked.put("value", cmp.lockedPercent());
              locked.put("version", cmp.version());
              locked.put("lockedBy", cmp.lock().lockedBy());
              locked.put("lockedAt", cmp.lock().lockedAt().toString());
              locked.put("changedMembers", cmp.changes().size());
              m.put("locked", locked);
            });
    return m;
  }

  @GetMapping("/indicators/{code}/people")
  Map<String, Object> people(
      @PathVariable String code,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      @RequestParam(defaultValue = "numerator") String part,
      @RequestParam(defaultValue = "vi") String lang,
      Actor actor) {
    Computed c = indicators.compute(code, scope(unit, asOf, unitOn, actor), actor);
    List<Member> members = indicators.members(c, part, actor);
    Map<String, Object> m = IndicatorJson.value(c.value());
    m.put("part", part);
    m.put("count", members.size());
    m.put("people", members.stream().map(p -> IndicatorJson.member(p, lang)).toList());
    return m;
  }

  @GetMapping("/indicators/{code}/children")
  Map<String, Object> children(
      @PathVariable String code,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String unitOn,
      Actor actor) {
    IndicatorScope scope = scope(unit, asOf, unitOn, actor);
    Counted c = indicators.count(List.of(indicators.require(code, actor)), scope, actor).get(code);
    Map<String, Object> m = IndicatorJson.value(c.value());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ChildValue v : indicators.split(c)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("unit", v.child().code());
      row.put("unitName", v.child().fullName());
      row.put("numerator", v.numerator());
      row.put("denominator", v.denominator());
      row.put("value", v.percent());
      rows.add(row);
    }
    m.put("children", rows);
    return m;
  }

  @GetMapping("/indicators/{code}/series")
  Map<String, Object> series(
      @PathVariable String code,
      @RequestParam(required = false) String unit,
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam(defaultValue = "year") String step,
      @RequestParam(required = false) String unitOn,
      Actor actor) {
    if (!"year".equals(step)) {
      throw new BadRequestException("step", "indicator.step.invalid", step);
    }
    LocalDate start = AsOf.parseLenient("from", from);
    LocalDate end = AsOf.parseLenient("to", to);
    if (end.isBefore(start)) {
      throw new BadRequestException("to", "indicator.series.order");
    }
    List<LocalDate> dates = Indicators.yearly(start, end);
    if (dates.size() > MAX_POINTS) {
      throw new BadRequestException("from", "indicator.series.long", MAX_POINTS);
    }
    LocalDate on = unitOn == null || unitOn.isBlank() ? null : AsOf.parseLenient("unitOn", unitOn);
    Indicator indicator = indicators.require(code, actor);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", indicator.code());
    m.put("version", indicator.version());
    m.put("unit", unit == null ? "" : unit);
    m.put("step", step);
    List<Map<String, Object>> points = new ArrayList<>();
    for (IndicatorValue v : indicators.series(code, unit, on, dates, actor)) {
      points.add(IndicatorJson.value(v));
    }
    m.put("points", points);
    return m;
  }

  @PostMapping("/indicators")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> define(@RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.DEFINE_INDICATORS);
    return IndicatorJson.definition(definitions.define(read(body), true, actor));
  }

  @PostMapping("/indicators/{code}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> newVersion(
      @PathVariable String code, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.DEFINE_INDICATORS);
    indicators.require(code, actor);
    IndicatorDraft d = read(body);
    IndicatorDraft withCode =
        new IndicatorDraft(
            code,
            d.nameVi(),
            d.nameEn(),
            d.definitionVi(),
            d.definitionEn(),
            d.subject(),
            d.staffCategory(),
            d.positionGroup(),
            d.leadersOnly(),
            d.criteria(),
            d.source());
    return IndicatorJson.definition(definitions.define(withCode, false, actor));
  }

  private static IndicatorDraft read(JsonNode body) {
    JsonRecordReader reader =
        new JsonRecordReader(
            Map.of(
                "name", "nameVi",
                "definition", "definitionVi"));
    IndicatorDraft d = reader.read(body, IndicatorDraft.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    return d;
  }

  @GetMapping("/locks")
  List<Map<String, Object>> locks(Actor actor) {
    return locks.recent(100, actor).stream().map(IndicatorApiController::lock).toList();
  }

  /** The body of a lock request. */
  record LockJson(String unit, LocalDate asOf, String note) {}

  @PostMapping("/locks")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> lock(@RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.LOCK_FIGURES);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    LockJson l = reader.read(body, LockJson.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    if (l.asOf() == null) {
      throw new InvalidInputException(
          List.of(new vn.cbcs.platform.FieldError("asOf", "indicator.field.required")));
    }
    return lock(locks.lock(l.unit(), l.asOf(), l.note(), actor));
  }

  private static Map<String, Object> lock(vn.cbcs.indicators.ReportingLock l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", l.id());
    m.put("unit", l.unitCode());
    m.put("unitOn", l.unitOn().toString());
    m.put("asOf", l.asOf().toString());
    m.put("note", l.note());
    m.put("lockedBy", l.lockedBy());
    m.put("lockedAt", l.lockedAt().toString());
    return m;
  }
}
