package vn.cbcs.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.people.CatalogueEntry;
import vn.cbcs.people.People;
import vn.cbcs.people.PersonParts;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;

/** Adding qualifications and posts to a record, ending posts, and the code lists. */
@RestController
@Tag(name = "Hồ sơ cán bộ, công chức / Person records")
class PersonPartsApiController {

  private final People people;
  private final PersonParts parts;
  private final Qualifications qualifications;
  private final MessageSource messages;

  PersonPartsApiController(
      People people, PersonParts parts, Qualifications qualifications, MessageSource messages) {
    this.people = people;
    this.parts = parts;
    this.qualifications = qualifications;
    this.messages = messages;
  }

  @PostMapping("/api/people/{id}/qualifications")
  @Operation(summary = "Record a qualification")
  ResponseEntity<Map<String, Object>> addQualification(
      @PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    people.requireEditable(id, actor);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    NewQualification q = reader.read(body, NewQualification.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    long qid = parts.addQualification(id, q, actor);
    return ResponseEntity.created(URI.create("/api/people/" + id)).body(Map.of("id", qid));
  }

  @PostMapping("/api/people/{id}/assignments")
  @Operation(
      summary =
          "Give a post by a decision; with \"transfer\": true the open main post ends the day before")
  ResponseEntity<Map<String, Object>> addAssignment(
      @PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    people.requireEditable(id, actor);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    PersonJsonReader.AssignmentJson json =
        reader.read(body, PersonJsonReader.AssignmentJson.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    NewAssignment a = PersonJsonReader.assignment(json);
    boolean transfer = body.has("transfer") && body.get("transfer").asBoolean();
    long aid = parts.givePost(id, a, transfer, actor);
    List<Map<String, Object>> warnings =
        parts.postWarnings(id, a, actor).stream()
            .map(
                w ->
                    Map.<String, Object>of(
                        "message",
                        messages.getMessage(
                            w.messageKey(), w.args().toArray(), LocaleContextHolder.getLocale()),
                        "rule",
                        w.rule()))
            .toList();
    return ResponseEntity.created(URI.create("/api/people/" + id))
        .body(Map.of("id", aid, "warnings", warnings));
  }

  /** The end of a post: its last day and the decision. */
  record EndJson(LocalDate to, PersonJsonReader.DecisionJson decision) {}

  @PostMapping("/api/assignments/{id}/end")
  @Operation(summary = "End a post on a day by a decision (end of post, retirement, ...)")
  Map<String, Object> end(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    parts.requireEditablePost(id, actor);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    EndJson end = reader.read(body, EndJson.class, "");
    List<FieldError> errors = reader.errors();
    InvalidInputException.throwIfAny(errors);
    var d = end.decision();
    parts.endPost(
        id,
        end.to(),
        d == null
            ? null
            : new vn.cbcs.positions.DecisionData(
                d.number(),
                d.date(),
                d.issuer(),
                d.signer(),
                d.kind() == null ? vn.cbcs.positions.DecisionKind.END_OF_POST : d.kind()),
        actor);
    return Map.of("id", id, "to", end.to());
  }

  /** The outcome of checking a diploma or certificate. */
  record VerificationJson(vn.cbcs.qualifications.Verification state) {}

  @PostMapping("/api/qualifications/{id}/verification")
  @Operation(
      summary =
          "Record whether a qualification's evidence was checked (VERIFIED, REJECTED, UNVERIFIED)")
  Map<String, Object> verify(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    parts.requireEditableQualification(id, actor);
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    VerificationJson v = reader.read(body, VerificationJson.class, "");
    if (reader.errors().isEmpty() && v.state() == null) {
      reader.errors().add(new FieldError("state", "error.parameter.missing", "state"));
    }
    InvalidInputException.throwIfAny(reader.errors());
    parts.verifyQualification(id, v.state(), actor);
    return Map.of("id", id, "state", v.state());
  }

  @GetMapping("/api/catalogues/ethnicities")
  @Operation(summary = "Ethnic groups (QĐ 121-TCTK/PPCĐ codes)")
  List<CatalogueEntry> ethnicities() {
    return people.ethnicities();
  }

  @GetMapping("/api/catalogues/religions")
  @Operation(summary = "Religions")
  List<CatalogueEntry> religions() {
    return people.religions();
  }

  @GetMapping("/api/catalogues/qualification-levels")
  @Operation(summary = "Levels of each qualification track, ranked")
  List<QualificationLevel> levels() {
    return qualifications.levels();
  }
}
