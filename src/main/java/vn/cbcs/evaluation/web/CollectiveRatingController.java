package vn.cbcs.evaluation.web;

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
import vn.cbcs.evaluation.CollectiveRatings;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;

/**
 * The ratings of a commune's leadership collectives (QĐ 366-QĐ/TW: the collective before its head):
 * {@code GET/POST /api/units/{code}/collective-ratings}.
 */
@RestController
class CollectiveRatingController {

  private final CollectiveRatings collectives;

  CollectiveRatingController(CollectiveRatings collectives) {
    this.collectives = collectives;
  }

  @GetMapping("/api/units/{code}/collective-ratings")
  List<Map<String, Object>> list(
      @PathVariable String code, @RequestParam(required = false) String year, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    int y = EvaluationApiController.period(year, null).year();
    return collectives.of(code, y, actor).stream().map(CollectiveRatingController::json).toList();
  }

  @PostMapping("/api/units/{code}/collective-ratings")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> record(@PathVariable String code, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.DECIDE_RATINGS);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    CollectiveRatings.NewCollective c =
        reader.read(body, CollectiveRatings.NewCollective.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    return json(collectives.record(code, c, actor));
  }

  static Map<String, Object> json(CollectiveRatings.Collective c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("unitCode", c.unitCode());
    m.put("year", c.year());
    m.put("system", c.system().name());
    m.put("body", c.body().name());
    m.put("level", c.level().name());
    m.put("decisionNumber", c.decisionNumber());
    m.put("decisionDate", c.decisionDate().toString());
    m.put("signer", c.signer());
    return m;
  }
}
