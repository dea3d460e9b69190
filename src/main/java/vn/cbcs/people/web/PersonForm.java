package vn.cbcs.people.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cbcs.people.CatalogueEntry;
import vn.cbcs.people.CorrectionRequestsPort;
import vn.cbcs.people.PersonData;
import vn.cbcs.platform.FieldError;

/**
 * The person form: its fields in groups, the values as typed (kept when the form is refused), and
 * the reasons it was refused.
 */
public record PersonForm(
    Long id,
    Integer version,
    Map<String, String> values,
    List<FieldError> errors,
    FieldError conflict,
    List<CatalogueEntry> ethnicities,
    List<CatalogueEntry> religions,
    CorrectionRequestsPort.Pending correction) {

  /** How a field is entered. */
  public enum Kind {
    TEXT,
    DATE,
    NUMBER,
    SEX,
    ETHNICITY,
    RELIGION,
    BLOOD_GROUP,
    CHECKBOX,
    TEXTAREA
  }

  public record Field(String name, Kind kind, boolean required) {}

  public record Group(String key, List<Field> fields) {}

  private static Field f(String name, Kind kind) {
    return new Field(name, kind, false);
  }

  private static Field req(String name, Kind kind) {
    return new Field(name, kind, true);
  }

  /** The groups of the official CV form, in its order. */
  public static final List<Group> GROUPS =
      List.of(
          new Group(
              "identity",
              List.of(
                  req("fullName", Kind.TEXT),
                  f("otherNames", Kind.TEXT),
                  req("sex", Kind.SEX),
                  req("birthDate", Kind.DATE),
                  f("birthYearOnly", Kind.CHECKBOX),
                  req("personalId", Kind.TEXT))),
          new Group(
              "origin",
              List.of(
                  f("birthPlaceText", Kind.TEXT),
                  f("birthPlaceUnitCode", Kind.TEXT),
                  f("homeTownText", Kind.TEXT),
                  f("homeTownUnitCode", Kind.TEXT),
                  f("placesRefDate", Kind.DATE),
                  f("ethnicityCode", Kind.ETHNICITY),
                  f("religionCode", Kind.RELIGION),
                  f("residence", Kind.TEXT),
                  f("phone", Kind.TEXT))),
          new Group(
              "work",
              List.of(
                  f("familyBackground", Kind.TEXT),
                  f("occupationBefore", Kind.TEXT),
                  f("recruitedOn", Kind.DATE),
                  f("recruitedBy", Kind.TEXT),
                  f("joinedAgencyOn", Kind.DATE),
                  f("socialInsuranceNo", Kind.TEXT),
                  f("healthInsuranceNo", Kind.TEXT))),
          new Group(
              "party",
              List.of(
                  f("partyJoinDate", Kind.DATE), f("partyOfficialDate", Kind.DATE),
                  f("orgJoinDate", Kind.DATE), f("orgJoinName", Kind.TEXT),
                  f("militaryEnlistedOn", Kind.DATE), f("militaryDischargedOn", Kind.DATE),
                  f("militaryRank", Kind.TEXT), f("policyGroup", Kind.TEXT))),
          new Group(
              "education",
              List.of(
                  f("generalEducation", Kind.TEXT), f("academicTitle", Kind.TEXT),
                  f("stateHonours", Kind.TEXT), f("strengths", Kind.TEXTAREA))),
          new Group(
              "health",
              List.of(
                  f("healthStatus", Kind.TEXT),
                  f("heightCm", Kind.NUMBER),
                  f("weightKg", Kind.NUMBER),
                  f("bloodGroup", Kind.BLOOD_GROUP),
                  f("earlyRetirementYears", Kind.NUMBER))));

  /** The form's text values for a record. */
  public static Map<String, String> values(PersonData d) {
    Map<String, String> values = new LinkedHashMap<>();
    for (var c : PersonData.class.getRecordComponents()) {
      if (c.getType() == List.class) {
        continue;
      }
      try {
        Object v = c.getAccessor().invoke(d);
        values.put(
            c.getName(),
            v == null ? "" : v instanceof LocalDate date ? date.toString() : v.toString());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return values;
  }

  public String value(String field) {
    String v = values.get(field);
    return v == null ? "" : v;
  }

  public FieldError error(String field) {
    return errors.stream().filter(e -> e.field().equals(field)).findFirst().orElse(null);
  }

  /** Errors that belong to no field of the form (shown at the top). */
  public List<FieldError> otherErrors() {
    java.util.Set<String> names = new java.util.HashSet<>();
    GROUPS.forEach(g -> g.fields().forEach(x -> names.add(x.name())));
    return errors.stream().filter(e -> !names.contains(e.field())).toList();
  }
}
