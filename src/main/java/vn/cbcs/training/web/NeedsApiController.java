package vn.cbcs.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.training.Need;
import vn.cbcs.training.Needs;

/** {@code GET /api/training/needs}: the training needs of a unit's subtree on a date. */
@RestController
@Tag(name = "Đào tạo, bồi dưỡng / Training")
class NeedsApiController {

  private final Needs needs;

  NeedsApiController(Needs needs) {
    this.needs = needs;
  }

  @GetMapping("/api/training/needs")
  @Operation(
      summary =
          "Training needs of everyone holding a post in a unit subtree on asOf (today by"
              + " default): below the standard of the post (standards module), leaders without the"
              + " leadership programme (NĐ 171/2025 Điều 16 khoản 2); each with rule, deadline and"
              + " what would close it")
  List<Map<String, Object>> needs(
      @RequestParam String unit, @RequestParam(required = false) String asOf, Actor actor) {
    return needs.of(unit, AsOf.parseIso("asOf", asOf), actor).stream()
        .map(NeedsApiController::json)
        .toList();
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
