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
import vn.cbcs.training.Course;
import vn.cbcs.training.Courses;
import vn.cbcs.training.Enrolment;
import vn.cbcs.training.Enrolments;
import vn.cbcs.training.NewCourse;
import vn.cbcs.training.Result;

/** The JSON API of courses, enrolments and results (issue 15); the services decide. */
@RestController
@Tag(name = "Đào tạo, bồi dưỡng / Training")
class TrainingApiController {

  private final Courses courses;
  private final Enrolments enrolments;

  TrainingApiController(Courses courses, Enrolments enrolments) {
    this.courses = courses;
    this.enrolments = enrolments;
  }

  private static <R extends Record> R read(JsonNode body, Class<R> type) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    R r = reader.read(body, type, "");
    InvalidInputException.throwIfAny(reader.errors());
    return r;
  }

  @GetMapping("/api/training/courses")
  @Operation(
      summary =
          "Courses organised by a unit, its subtree and its ancestors (what its people may be"
              + " sent to); year: those running in that year")
  List<Map<String, Object>> courses(
      @RequestParam String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String year,
      Actor actor) {
    Integer y = null;
    if (year != null && !year.isBlank()) {
      if (!year.trim().matches("(19|20|21)[0-9]{2}")) {
        throw new BadRequestException("year", "error.parameter.invalid", "year", year);
      }
      y = Integer.valueOf(year.trim());
    }
    return courses.of(unit, AsOf.parseIso("asOf", asOf), y, actor).stream()
        .map(TrainingApiController::course)
        .toList();
  }

  @PostMapping("/api/training/courses")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Record a course: kind, name, provider, unitCode (organiser), startsOn, endsOn, periods,"
              + " place, cost (đồng), funding; track and level of the qualification a pass gives")
  Map<String, Object> create(@RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    return course(courses.create(read(body, NewCourse.class), actor));
  }

  @GetMapping("/api/training/courses/{id}")
  @Operation(summary = "A course with the enrolments of the people the actor reads")
  Map<String, Object> one(@PathVariable long id, Actor actor) {
    Map<String, Object> m = course(courses.require(id, actor));
    m.put(
        "enrolments",
        enrolments.ofCourse(id, actor).stream().map(TrainingApiController::enrolment).toList());
    return m;
  }

  /** The person to enrol: {@code {"personId": "123"}}. */
  record Enrol(String personId) {}

  @PostMapping("/api/training/courses/{id}/enrolments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Enrol a person (personId) on a course")
  Map<String, Object> enrol(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    JsonNode p = body == null ? null : body.get("personId");
    String person = p == null || p.isNull() ? null : p.asString();
    return enrolment(enrolments.enrol(id, person, actor));
  }

  @PostMapping("/api/training/enrolments/{id}/result")
  @Operation(
      summary =
          "Record a result: status COMPLETED (certificateNumber, certificateDate; records the"
              + " course's qualification once), FAILED or WITHDRAWN; result (free text)")
  Map<String, Object> result(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    return enrolment(enrolments.result(id, read(body, Result.class), actor));
  }

  @GetMapping("/api/people/{id}/training")
  @Operation(summary = "A person's training history: enrolments with their courses")
  List<Map<String, Object>> ofPerson(@PathVariable long id, Actor actor) {
    return enrolments.ofPerson(id, actor).stream()
        .map(
            t -> {
              Map<String, Object> m = enrolment(t.enrolment());
              m.put("course", course(t.course()));
              return m;
            })
        .toList();
  }

  static Map<String, Object> course(Course c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("kind", c.kind().name());
    m.put("name", c.name());
    m.put("track", c.track() == null ? null : c.track().name());
    m.put("level", c.level());
    m.put("provider", c.provider());
    m.put("unitCode", c.unitCode());
    m.put("startsOn", c.startsOn());
    m.put("endsOn", c.endsOn());
    m.put("periods", c.periods());
    m.put("place", c.place());
    m.put("cost", c.cost());
    m.put("funding", c.funding().name());
    return m;
  }

  static Map<String, Object> enrolment(Enrolment e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("courseId", e.courseId());
    m.put("personId", e.personId());
    m.put("status", e.status().name());
    m.put("result", e.result());
    m.put("certificateNumber", e.certificateNumber());
    m.put("certificateDate", e.certificateDate());
    m.put("qualificationId", e.qualificationId());
    return m;
  }
}
