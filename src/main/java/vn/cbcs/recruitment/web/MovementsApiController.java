package vn.cbcs.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;
import vn.cbcs.platform.PostWarning;
import vn.cbcs.recruitment.Movement;
import vn.cbcs.recruitment.Movements;
import vn.cbcs.recruitment.NewMovement;

/**
 * The JSON API of movements: plan a transfer, rotation or secondment; approve it by a decision that
 * gives the post; list them, or only those whose period ended and need a decision.
 */
@RestController
@Tag(name = "Tuyển dụng / Recruitment")
class MovementsApiController {

  private final Movements movements;
  private final vn.cbcs.recruitment.MovementReturns returns;
  private final org.springframework.context.MessageSource messages;

  MovementsApiController(
      Movements movements,
      vn.cbcs.recruitment.MovementReturns returns,
      org.springframework.context.MessageSource messages) {
    this.movements = movements;
    this.returns = returns;
    this.messages = messages;
  }

  record MovementJson(
      Integer personId,
      Movement.Kind kind,
      String fromUnit,
      String toUnit,
      String positionCode,
      LocalDate fromDate,
      LocalDate untilDate,
      String reason) {}

  record ApprovalJson(String number, LocalDate decidedOn, String issuer, String signer) {}

  @GetMapping("/api/movements")
  @Operation(
      summary =
          "Movements the caller may read (unit=: from or to that unit); needsDecision=true: the"
              + " approved rotations and secondments whose period ended before asOf with no new"
              + " post (NĐ 170/2025 Điều 26 khoản 2, Điều 50)")
  List<Map<String, Object>> list(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String needsDecision,
      @RequestParam(required = false) String asOf,
      Actor actor) {
    LocalDate day = AsOf.parseLenient("asOf", asOf);
    boolean due = "true".equalsIgnoreCase(needsDecision);
    return movements.list(unit, due ? day : null, actor).stream().map(m -> json(m, day)).toList();
  }

  @PostMapping("/api/movements")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Plan a movement: personId, kind (TRANSFER điều động, ROTATION luân chuyển, SECONDMENT"
              + " biệt phái), fromUnit (a post held there the day before), toUnit, positionCode,"
              + " fromDate, untilDate (rotation, secondment: ≤ 3 years, NĐ 170/2025 Điều 26),"
              + " reason; answers the warnings of the post path (e.g. Điều 23: last year's rating)")
  Map<String, Object> plan(@RequestBody JsonNode body, Actor actor) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    MovementJson j = reader.read(body, MovementJson.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    NewMovement m =
        new NewMovement(
            j.personId() == null ? null : j.personId().longValue(),
            j.kind(),
            j.fromUnit(),
            j.toUnit(),
            j.positionCode(),
            j.fromDate(),
            j.untilDate(),
            j.reason());
    Movements.Planned p = movements.plan(m, actor);
    Map<String, Object> out = json(movements.get(p.id(), actor), AsOf.today());
    out.put("warnings", warnings(p.warnings()));
    return out;
  }

  @GetMapping("/api/movements/{id}")
  Map<String, Object> one(@PathVariable long id, Actor actor) {
    return json(movements.get(id, actor), AsOf.today());
  }

  @PostMapping("/api/movements/{id}/decision")
  @Operation(
      summary =
          "Approve a planned movement by a decision (number, decidedOn ≤ fromDate, issuer,"
              + " signer): the post is given through the people module — a transfer or rotation"
              + " ends the main post the day before, a secondment is a post beside it")
  Map<String, Object> approve(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    ApprovalJson a = reader.read(body, ApprovalJson.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    Movements.Planned p =
        movements.approve(
            id, new Movements.Approval(a.number(), a.decidedOn(), a.issuer(), a.signer()), actor);
    Map<String, Object> out = json(movements.get(id, actor), AsOf.today());
    out.put("warnings", warnings(p.warnings()));
    return out;
  }

  @PostMapping("/api/movements/{id}/return")
  @Operation(
      summary =
          "Return from an approved rotation or secondment by a decision (number, decidedOn,"
              + " issuer, signer): gives back the post held in the sending unit the day before the"
              + " movement, from the day after its end (NĐ 170/2025 Điều 26 khoản 2, Điều 50)")
  Map<String, Object> giveBack(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    ApprovalJson a = reader.read(body, ApprovalJson.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    Movements.Planned p =
        returns.giveBack(
            id, new Movements.Approval(a.number(), a.decidedOn(), a.issuer(), a.signer()), actor);
    Map<String, Object> out = json(movements.get(id, actor), AsOf.today());
    out.put("warnings", warnings(p.warnings()));
    return out;
  }

  private Map<String, Object> json(Movement m, LocalDate asOf) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", m.id());
    x.put("personId", m.personId());
    x.put("kind", m.kind().name());
    x.put("fromUnit", m.fromUnit());
    x.put("toUnit", m.toUnit());
    x.put("positionCode", m.positionCode());
    x.put("fromDate", m.fromDate().toString());
    x.put("untilDate", m.untilDate() == null ? null : m.untilDate().toString());
    x.put("reason", m.reason());
    x.put("status", m.status().name());
    if (m.decisionNumber() != null) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("number", m.decisionNumber());
      d.put("date", m.decisionDate().toString());
      d.put("issuer", m.decisionIssuer());
      x.put("decision", d);
    }
    if (m.returnDecisionNumber() != null) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("number", m.returnDecisionNumber());
      d.put("date", m.returnDecisionDate().toString());
      x.put("returnDecision", d);
    }
    x.put("assignmentId", m.assignmentId());
    x.put("needsDecision", m.needsDecision(asOf));
    return x;
  }

  private List<Map<String, Object>> warnings(List<PostWarning> list) {
    return list.stream()
        .map(
            w -> {
              Map<String, Object> m = new LinkedHashMap<>();
              Object[] args = w.args().toArray();
              m.put(
                  "message",
                  messages.getMessage(
                      w.messageKey(), args, w.messageKey(), java.util.Locale.forLanguageTag("vi")));
              m.put(
                  "messageEn",
                  messages.getMessage(
                      w.messageKey(), args, w.messageKey(), java.util.Locale.ENGLISH));
              m.put("rule", w.rule());
              return m;
            })
        .toList();
  }
}
