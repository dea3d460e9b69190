package vn.cbcs.people.internal;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import vn.cbcs.people.PersonData;
import vn.cbcs.platform.FieldError;

/**
 * Length limits of the free-text fields (the same as the table's CHECKs, so that a too-long value
 * is a clear message, not a database error) and no NUL characters, which PostgreSQL cannot store.
 * Everything else is stored as typed.
 */
final class TextLimits {

  private static final Map<String, Integer> MAX =
      Map.ofEntries(
          Map.entry("personalId", 12),
          Map.entry("fullName", 100),
          Map.entry("otherNames", 200),
          Map.entry("birthPlaceText", 300),
          Map.entry("homeTownText", 300),
          Map.entry("residence", 300),
          Map.entry("phone", 20),
          Map.entry("socialInsuranceNo", 20),
          Map.entry("healthInsuranceNo", 20),
          Map.entry("familyBackground", 200),
          Map.entry("occupationBefore", 200),
          Map.entry("recruitedBy", 300),
          Map.entry("orgJoinName", 200),
          Map.entry("militaryRank", 100),
          Map.entry("policyGroup", 200),
          Map.entry("generalEducation", 5),
          Map.entry("academicTitle", 100),
          Map.entry("stateHonours", 300),
          Map.entry("strengths", 300),
          Map.entry("healthStatus", 200),
          Map.entry("bloodGroup", 3),
          Map.entry("ethnicityCode", 2),
          Map.entry("religionCode", 2),
          Map.entry("birthPlaceUnitCode", 10),
          Map.entry("homeTownUnitCode", 10));

  private TextLimits() {}

  static void check(List<FieldError> errors, PersonData d) {
    for (RecordComponent c : PersonData.class.getRecordComponents()) {
      if (c.getType() != String.class) {
        continue;
      }
      String value = (String) read(c, d);
      if (value == null) {
        continue;
      }
      if (value.indexOf('\0') >= 0) {
        errors.add(new FieldError(c.getName(), "error.text.nul"));
      }
      Integer max = MAX.get(c.getName());
      if (max != null
          && value.length() > max
          && errors.stream().noneMatch(e -> e.field().equals(c.getName()))) {
        errors.add(new FieldError(c.getName(), "error.text.tooLong", max));
      }
    }
    for (int i = 0; i < d.family().size(); i++) {
      PersonData.FamilyMember m = d.family().get(i);
      limit(errors, "family[" + i + "].details", m.details(), 500);
      limit(errors, "family[" + i + "].residence", m.residence(), 300);
    }
    for (int i = 0; i < d.workHistory().size(); i++) {
      limit(
          errors,
          "workHistory[" + i + "].organisation",
          d.workHistory().get(i).organisation(),
          300);
      limit(errors, "workHistory[" + i + "].title", d.workHistory().get(i).title(), 200);
    }
    for (int i = 0; i < d.rewards().size(); i++) {
      limit(errors, "rewards[" + i + "].form", d.rewards().get(i).form(), 300);
    }
    for (int i = 0; i < d.disciplines().size(); i++) {
      limit(errors, "disciplines[" + i + "].violation", d.disciplines().get(i).violation(), 500);
    }
  }

  private static void limit(List<FieldError> errors, String field, String value, int max) {
    if (value != null && (value.length() > max || value.indexOf('\0') >= 0)) {
      errors.add(new FieldError(field, "error.text.tooLong", max));
    }
  }

  static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
