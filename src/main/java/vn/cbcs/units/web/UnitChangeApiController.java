package vn.cbcs.units.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;
import vn.cbcs.units.UnitChangeDraft;
import vn.cbcs.units.UnitChanges;

/**
 * Dated changes of the map by resolution: read by everyone signed in, recorded, corrected and
 * withdrawn by province officers of the ground concerned ({@link UnitChanges} decides).
 */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Đơn vị hành chính / Administrative units")
class UnitChangeApiController {

  private final UnitChanges changes;
  private final UnitLookup lookup;

  UnitChangeApiController(UnitChanges changes, UnitLookup lookup) {
    this.changes = changes;
    this.lookup = lookup;
  }

  @GetMapping("/changes")
  @Operation(summary = "Changes of the map in force, newest first (optionally between two dates)")
  List<UnitChangeJson> list(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    LocalDate f = from == null || from.isBlank() ? null : AsOf.parseIso("from", from);
    LocalDate t = to == null || to.isBlank() ? null : AsOf.parseIso("to", to);
    return changes.inForce(f, t).stream().map(UnitChangeJson::of).toList();
  }

  @GetMapping("/changes/{id}")
  @Operation(summary = "One change with every version recorded (corrections, withdrawal)")
  UnitChangeJson.Detail one(@PathVariable long id) {
    return new UnitChangeJson.Detail(
        UnitChangeJson.of(changes.require(id)),
        changes.history(id).stream().map(UnitChangeJson::of).toList());
  }

  @GetMapping("/{code}/changes")
  @Operation(summary = "The changes in force that name a unit code, in the order they took effect")
  List<UnitChangeJson> ofUnit(@PathVariable String code) {
    lookup.requireCode(code);
    return changes.involving(code).stream().map(UnitChangeJson::of).toList();
  }

  @PostMapping("/changes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a change by its resolution (province officers of the ground)")
  UnitChangeJson record(@RequestBody JsonNode body, Actor actor) {
    return UnitChangeJson.of(changes.record(draft(body), actor));
  }

  @PutMapping("/changes/{id}")
  @Operation(summary = "Correct a change: a new version, with the reason; the old one is kept")
  UnitChangeJson correct(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    return UnitChangeJson.of(changes.correct(id, draft(body), actor));
  }

  /** Why a change is withdrawn. */
  record Withdrawal(String reason) {}

  @PostMapping("/changes/{id}/withdraw")
  @Operation(summary = "Withdraw a change recorded by mistake (a last version says so, and why)")
  UnitChangeJson withdraw(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    Withdrawal w = reader.read(body, Withdrawal.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    return UnitChangeJson.of(changes.withdraw(id, w.reason(), actor));
  }

  private static UnitChangeDraft draft(JsonNode body) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    UnitChangeDraft d = reader.read(body, UnitChangeDraft.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    return d;
  }
}
