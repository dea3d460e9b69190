package vn.cbcs.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;
import vn.cbcs.training.NewPlan;
import vn.cbcs.training.PlanProjection;
import vn.cbcs.training.PlanProjections;
import vn.cbcs.training.TrainingPlan;
import vn.cbcs.training.TrainingPlans;

/**
 * The JSON API of the annual training plans and their projection (issue 15); the services decide.
 */
@RestController
@Tag(name = "Đào tạo, bồi dưỡng / Training")
class TrainingPlanApiController {

  private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

  private final TrainingPlans plans;
  private final PlanProjections projections;
  private final MessageSource messages;

  TrainingPlanApiController(
      TrainingPlans plans, PlanProjections projections, MessageSource messages) {
    this.plans = plans;
    this.projections = projections;
    this.messages = messages;
  }

  private static <R extends Record> R read(JsonNode body, Class<R> type) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    R r = reader.read(body, type, "");
    InvalidInputException.throwIfAny(reader.errors());
    return r;
  }

  static Integer year(String year) {
    if (year == null || year.isBlank()) {
      return null;
    }
    if (!year.trim().matches("(19|20|21)[0-9]{2}")) {
      throw new BadRequestException("year", "error.parameter.invalid", "year", year);
    }
    return Integer.valueOf(year.trim());
  }

  @GetMapping("/api/training/plans")
  @Operation(
      summary =
          "The annual training plans of a unit, its subtree and its ancestors; year: that year's")
  List<Map<String, Object>> list(
      @RequestParam String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String year,
      Actor actor) {
    return plans.of(unit, AsOf.parseIso("asOf", asOf), year(year), actor).stream()
        .map(TrainingPlanApiController::plan)
        .toList();
  }

  @PostMapping("/api/training/plans")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Record a unit's plan for a year: unitCode, year, title, decisionNumber, decisionDate,"
              + " courses [{courseId, needs [{personId, kind, criterion}]}] (needs left out: those"
              + " of the people enrolled that the course closes)")
  Map<String, Object> create(@RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    return plan(plans.create(read(body, NewPlan.class), actor));
  }

  @GetMapping("/api/training/plans/{id}")
  @Operation(summary = "A plan with its courses and the needs each serves")
  Map<String, Object> one(@PathVariable long id, Actor actor) {
    return plan(plans.require(id, actor));
  }

  @PostMapping("/api/training/plans/{id}/courses")
  @Operation(summary = "Put a course in a plan: {courseId, needs [{personId, kind, criterion}]}")
  Map<String, Object> addCourse(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    plans.require(id, actor);
    return plan(plans.addCourse(id, read(body, NewPlan.PlanCourseInput.class), actor));
  }

  @GetMapping("/api/training/plans/{id}/projection")
  @Operation(
      summary =
          "The indicators of the plan's unit on asOf (default: the last day of its courses) as"
              + " they stand and if every enrolment completes, next to the resolutions' targets")
  Map<String, Object> projection(
      @PathVariable long id, @RequestParam(required = false) String asOf, Actor actor) {
    java.time.LocalDate on = asOf == null || asOf.isBlank() ? null : AsOf.parseIso("asOf", asOf);
    return projection(projections.of(id, on, actor), messages);
  }

  static Map<String, Object> plan(TrainingPlan p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("unitCode", p.unitCode());
    m.put("year", p.year());
    m.put("title", p.title());
    m.put("decisionNumber", p.decisionNumber());
    m.put("decisionDate", p.decisionDate());
    m.put(
        "courses",
        p.courses().stream()
            .map(
                pc -> {
                  Map<String, Object> c = TrainingApiController.course(pc.course());
                  c.put(
                      "needs",
                      pc.needs().stream()
                          .map(
                              n -> {
                                Map<String, Object> x = new LinkedHashMap<>();
                                x.put("personId", n.personId());
                                x.put("kind", n.kind().name());
                                x.put("criterion", n.criterion());
                                return x;
                              })
                          .toList());
                  return c;
                })
            .toList());
    return m;
  }

  static Map<String, Object> projection(PlanProjection p, MessageSource messages) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("planId", p.plan().id());
    m.put("unitCode", p.plan().unitCode());
    m.put("asOf", p.asOf());
    m.put(
        "indicators",
        p.lines().stream()
            .map(
                l -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("code", l.indicatorCode());
                  x.put("name", l.nameVi());
                  x.put("nameEn", l.nameEn());
                  x.put("numerator", l.numerator());
                  x.put("denominator", l.denominator());
                  x.put("percent", l.percent());
                  x.put("projectedNumerator", l.projectedNumerator());
                  x.put("projectedPercent", l.projectedPercent());
                  x.put("added", l.added());
                  x.put("removed", l.removed());
                  x.put("addedByCompletedCourses", l.addedByCompleted());
                  if (l.target() != null) {
                    Map<String, Object> t = new LinkedHashMap<>();
                    t.put("resolution", l.target().resolution());
                    t.put("milestone", l.target().milestone());
                    t.put("target", l.target().target());
                    t.put("direction", l.target().direction());
                    t.put("sourced", l.target().sourced());
                    t.put("metNow", l.target().metNow());
                    t.put("metProjected", l.target().metProjected());
                    x.put("target", t);
                  } else {
                    x.put("target", null);
                  }
                  return x;
                })
            .toList());
    m.put(
        "notProjected",
        p.notProjected().stream()
            .map(
                n -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("code", n.indicatorCode());
                  x.put("name", n.nameVi());
                  x.put("reason", messages.getMessage(n.reason(), null, n.reason(), VI));
                  x.put(
                      "reasonEn",
                      messages.getMessage(n.reason(), null, n.reason(), java.util.Locale.ENGLISH));
                  return x;
                })
            .toList());
    return m;
  }
}
