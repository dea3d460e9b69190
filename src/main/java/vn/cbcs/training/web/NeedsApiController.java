package vn.cbcs.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.cbcs.training.ManualNeeds;
import vn.cbcs.training.Need;
import vn.cbcs.training.Needs;
import vn.cbcs.training.NewNeed;

/** {@code GET /api/training/needs}: the training needs of a unit's subtree on a date. */
@RestController
@Tag(name = "Đào tạo, bồi dưỡng / Training")
class NeedsApiController {

  private final Needs needs;
  private final ManualNeeds manual;

  NeedsApiController(Needs needs, ManualNeeds manual) {
    this.needs = needs;
    this.manual = manual;
  }

  @GetMapping("/api/training/needs")
  @Operation(
      summary =
          "Training needs of everyone holding a post in a unit subtree on asOf (today by"
              + " default): below the standard of the post (standards module), leaders without the"
              + " leadership programme (NĐ 171/2025 Điều 16 khoản 2), đối tượng 2 without the"
              + " post's LLCT level (HD 45 II.5.1), fewer than 40 periods of job-position fostering"
              + " (Điều 16 khoản 3), needs added by hand; kind= one kind; noPeriods=true: only"
              + " people with no period this year; each with rule, deadline and"
              + " what would close it")
  List<Map<String, Object>> needs(
      @RequestParam String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String noPeriods,
      Actor actor) {
    return needs.of(unit, AsOf.parseIso("asOf", asOf), filter(kind, noPeriods), actor).stream()
        .map(NeedsApiController::json)
        .toList();
  }

  /** The filter of the list: {@code kind} one of {@link Need.Kind}; {@code noPeriods=true}. */
  static Needs.Filter filter(String kind, String noPeriods) {
    Need.Kind k = null;
    if (kind != null && !kind.isBlank()) {
      try {
        k = Need.Kind.valueOf(kind.trim());
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("kind", "error.parameter.invalid", "kind", kind);
      }
    }
    boolean none = false;
    if (noPeriods != null && !noPeriods.isBlank()) {
      if (!noPeriods.trim().matches("true|false")) {
        throw new BadRequestException(
            "noPeriods", "error.parameter.invalid", "noPeriods", noPeriods);
      }
      none = Boolean.parseBoolean(noPeriods.trim());
    }
    return new Needs.Filter(k, none);
  }

  @PostMapping("/api/training/needs")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Add a need by hand: personId, courseKind (the kind of course that would close it),"
              + " reason, deadline (optional); listed beside the derived needs until closed")
  Map<String, Object> add(@RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    NewNeed n = reader.read(body, NewNeed.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    long id = manual.add(n, actor);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    return m;
  }

  @PostMapping("/api/training/needs/{id}/close")
  @Operation(summary = "Close a need added by hand (from today; again: no change)")
  Map<String, Object> close(@PathVariable long id, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("closedOn", manual.close(id, actor));
    return m;
  }

  static Map<String, Object> json(Need n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", n.kind().name());
    m.put("personId", n.personId());
    m.put("fullName", n.fullName());
    m.put("unitCode", n.unitCode());
    m.put("unitName", n.unitName());
    m.put("positionCode", n.positionCode());
    m.put("positionName", n.positionName());
    m.put("criterion", n.criterion());
    m.put("required", n.required());
    m.put("actual", n.actual());
    m.put("deadline", n.deadline());
    m.put("overdue", n.overdue());
    m.put("rule", n.rule());
    m.put("missingPeriods", n.missingPeriods());
    m.put("id", n.id());
    m.put("reason", n.reason());
    if (n.closedBy() == null) {
      m.put("closedBy", null);
    } else {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("courseKind", n.closedBy().courseKind().name());
      c.put("track", n.closedBy().track() == null ? null : n.closedBy().track().name());
      c.put("level", n.closedBy().level());
      m.put("closedBy", c);
    }
    return m;
  }
}
