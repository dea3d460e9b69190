package vn.cbcs.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.ReadKind;
import vn.cbcs.people.People;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.PersonDirectory;
import vn.cbcs.people.PersonPage;
import vn.cbcs.people.PersonProfiles;
import vn.cbcs.people.PersonRegistration;
import vn.cbcs.people.Revision;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.qualifications.NewQualification;

/** Person records as JSON. */
@RestController
@RequestMapping("/api/people")
@Tag(name = "Hồ sơ cán bộ, công chức / Person records")
class PersonApiController {

  private final People people;
  private final PersonRegistration registration;
  private final PersonDirectory directory;
  private final PersonProfiles profiles;
  private final AuditLog audit;

  PersonApiController(
      People people,
      PersonRegistration registration,
      PersonDirectory directory,
      PersonProfiles profiles,
      AuditLog audit) {
    this.people = people;
    this.registration = registration;
    this.directory = directory;
    this.profiles = profiles;
    this.audit = audit;
  }

  @PostMapping
  @Operation(summary = "Record a person with qualifications and posts (all or nothing)")
  ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.EDIT_RECORDS);
    PersonJsonReader reader = new PersonJsonReader();
    PersonData data = reader.person(body);
    List<NewQualification> qs = reader.qualifications(body);
    List<NewAssignment> as = reader.assignments(body);
    List<FieldError> errors = new java.util.ArrayList<>(reader.errors());
    if (errors.isEmpty()) {
      errors.addAll(registration.check(data, qs, as, actor));
    }
    InvalidInputException.throwIfAny(errors);
    long id = registration.register(data, qs, as, withReason(actor, body), false);
    return ResponseEntity.created(URI.create("/api/people/" + id))
        .body(Map.of("id", id, "version", 0));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A person as of a date: record, qualifications, posts")
  PersonJson one(@PathVariable long id, @RequestParam(required = false) String asOf, Actor actor) {
    LocalDate date = AsOf.parseIso("asOf", asOf);
    boolean masked = people.masksSensitive(id, actor);
    PersonJson json = PersonJson.of(profiles.profile(id, date, actor), masked);
    audit.read(id, ReadKind.PERSON_API, masked, actor);
    return json;
  }

  @GetMapping
  @Operation(summary = "People in post in a unit subtree, or found by name or ID, as of a date")
  PersonPage list(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String asOf,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String position,
      @RequestParam(required = false) String ethnicity,
      @RequestParam(required = false) String sex,
      @RequestParam(required = false) String ageBand,
      @RequestParam(required = false) Boolean party,
      @RequestParam(required = false) String track,
      @RequestParam(required = false) String minLevel,
      Actor actor) {
    return directory.list(
        PersonFilters.of(
            AsOf.parseIso("asOf", asOf),
            unit,
            q,
            position,
            ethnicity,
            sex,
            ageBand,
            party,
            track,
            minLevel),
        page,
        size,
        actor);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Correct a person record read at a version (409 if changed since)")
  Map<String, Object> update(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    people.requireEditable(id, actor);
    PersonJsonReader reader = new PersonJsonReader();
    PersonData data = reader.person(body);
    JsonNode version = body == null ? null : body.get("version");
    List<FieldError> errors = new java.util.ArrayList<>(reader.errors());
    if (version == null || !version.canConvertToInt()) {
      errors.add(new FieldError("version", "person.version.required"));
    }
    InvalidInputException.throwIfAny(errors);
    int next = people.update(id, version.asInt(), data, withReason(actor, body));
    return Map.of("id", id, "version", next);
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "Every change of the record: who, when, why, which fields")
  List<Revision> history(@PathVariable long id, Actor actor) {
    List<Revision> revisions = people.revisions(id, actor);
    audit.read(id, ReadKind.PERSON_HISTORY, people.masksSensitive(id, actor), actor);
    return revisions;
  }

  private static Actor withReason(Actor actor, JsonNode body) {
    JsonNode reason = body == null ? null : body.get("reason");
    return actor.withReason(reason != null && reason.isString() ? reason.asString() : null);
  }
}
