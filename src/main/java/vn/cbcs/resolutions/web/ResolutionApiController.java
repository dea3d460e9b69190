package vn.cbcs.resolutions.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.ResolutionDraft;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.Target;
import vn.cbcs.resolutions.TargetDraft;

/** JSON API of resolutions, their targets and progress. */
@RestController
@RequestMapping("/api/resolutions")
class ResolutionApiController {

  private final Resolutions resolutions;

  ResolutionApiController(Resolutions resolutions) {
    this.resolutions = resolutions;
  }

  @GetMapping
  List<Map<String, Object>> list(Actor actor) {
    return resolutions.all(actor).stream().map(ResolutionJson::resolution).toList();
  }

  @GetMapping("/{id}")
  Map<String, Object> one(@PathVariable long id, Actor actor) {
    return ResolutionJson.resolution(resolutions.require(id, actor));
  }

  @GetMapping("/{id}/progress")
  Map<String, Object> progress(@PathVariable long id, Actor actor) {
    Resolution r = resolutions.require(id, actor);
    Map<String, Object> m = ResolutionJson.resolution(r);
    m.put("today", AsOf.today().toString());
    m.put(
        "progress",
        resolutions.progress(r, AsOf.today(), actor).stream()
            .map(ResolutionJson::progress)
            .toList());
    return m;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> create(@RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.EDIT_RESOLUTIONS);
    JsonRecordReader reader = new JsonRecordReader(Map.of("unit", "unitCode"));
    ResolutionDraft d = reader.read(body, ResolutionDraft.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    return ResolutionJson.resolution(resolutions.create(d, actor));
  }

  /** A target as sent: the value as text, so that "94.07" keeps its two decimals exactly. */
  record TargetJson(
      String indicator,
      java.time.LocalDate milestone,
      String target,
      Target.Direction direction,
      String note,
      String source) {}

  @PostMapping("/{id}/targets")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> addTarget(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    resolutions.requireEditable(id, actor);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    TargetJson t = reader.read(body, TargetJson.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    BigDecimal value = decimal(t.target());
    return ResolutionJson.target(
        resolutions.addTarget(
            id,
            new TargetDraft(
                t.indicator(), t.milestone(), value, t.direction(), t.note(), t.source()),
            actor));
  }

  static BigDecimal decimal(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(List.of(new FieldError("target", "resolution.target.value")));
    }
    try {
      return new BigDecimal(text.trim().replace(',', '.').replace("%", ""));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(List.of(new FieldError("target", "resolution.target.value")));
    }
  }
}
