package vn.cbcs.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.cbcs.people.PersonData;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.JsonRecordReader;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.qualifications.NewQualification;

/** Reads the JSON of {@code POST/PUT /api/people}, collecting every malformed field. */
final class PersonJsonReader {

  /** A decision as the API names it ({@code date} for the day of the decision). */
  record DecisionJson(
      String number, LocalDate date, String issuer, String signer, DecisionKind kind) {}

  /** An assignment as the API names it. */
  record AssignmentJson(
      String unitCode,
      String positionCode,
      Boolean concurrent,
      LocalDate from,
      LocalDate to,
      DecisionJson decision) {}

  private final JsonRecordReader reader = new JsonRecordReader(Map.of());
  private final List<FieldError> errors = new ArrayList<>();

  List<FieldError> errors() {
    List<FieldError> all = new ArrayList<>(reader.errors());
    all.addAll(errors);
    return all;
  }

  PersonData person(JsonNode body) {
    if (body == null || !body.isObject()) {
      errors.add(new FieldError("body", "error.json.object"));
      return PersonData.builder().build();
    }
    PersonData d = reader.read(body, PersonData.class, "");
    JsonNode birthYear = body.get("birthYear");
    if (d.birthDate() == null && birthYear != null && !birthYear.isNull()) {
      if (birthYear.canConvertToInt() && birthYear.asInt() > 1800 && birthYear.asInt() < 2200) {
        d =
            d.toBuilder()
                .birthDate(LocalDate.of(birthYear.asInt(), 1, 1))
                .birthYearOnly(true)
                .build();
      } else {
        errors.add(new FieldError("birthYear", "error.json.integer", birthYear.toString()));
      }
    }
    return d;
  }

  List<NewQualification> qualifications(JsonNode body) {
    List<NewQualification> list = new ArrayList<>();
    JsonNode array = body == null ? null : body.get("qualifications");
    if (array == null || array.isNull()) {
      return list;
    }
    if (!array.isArray()) {
      errors.add(new FieldError("qualifications", "error.json.array"));
      return list;
    }
    for (int i = 0; i < array.size(); i++) {
      list.add(reader.read(array.get(i), NewQualification.class, "qualifications[" + i + "]."));
    }
    return list;
  }

  List<NewAssignment> assignments(JsonNode body) {
    List<NewAssignment> list = new ArrayList<>();
    JsonNode array = body == null ? null : body.get("assignments");
    if (array == null || array.isNull()) {
      return list;
    }
    if (!array.isArray()) {
      errors.add(new FieldError("assignments", "error.json.array"));
      return list;
    }
    for (int i = 0; i < array.size(); i++) {
      AssignmentJson a = reader.read(array.get(i), AssignmentJson.class, "assignments[" + i + "].");
      list.add(assignment(a));
    }
    return list;
  }

  static NewAssignment assignment(AssignmentJson a) {
    boolean concurrent = Boolean.TRUE.equals(a.concurrent());
    DecisionJson d = a.decision();
    DecisionData decision =
        d == null
            ? null
            : new DecisionData(
                d.number(),
                d.date(),
                d.issuer(),
                d.signer(),
                d.kind() != null
                    ? d.kind()
                    : concurrent ? DecisionKind.CONCURRENT : DecisionKind.APPOINTMENT);
    return new NewAssignment(
        a.unitCode(), a.positionCode(), concurrent, a.from(), a.to(), decision);
  }

  JsonRecordReader reader() {
    return reader;
  }
}
