package vn.cbcs.people.internal;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cbcs.people.PersonData;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.TextRules;

/**
 * Length limits of the free-text fields (the same as the table's CHECKs, so that a too-long value
 * is a clear message, not a database error) and no invisible or control characters ({@link
 * TextRules}: NUL, which PostgreSQL cannot store, bidi overrides, zero-width characters…). Every
 * text field of the record and of its lists is checked. Everything else is stored as typed.
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

  /** Fields typed in a text area: line breaks and tabs are welcome there. */
  private static final Set<String> MULTI_LINE = Set.of("strengths");

  private TextLimits() {}

  static void check(List<FieldError> errors, PersonData d) {
    for (RecordComponent c : PersonFields.ALL) {
      if (c.getType() != String.class) {
        continue;
      }
      String value = (String) PersonFields.read(c, d);
      if (value == null) {
        continue;
      }
      if (MULTI_LINE.contains(c.getName())) {
        TextRules.checkMultiLine(errors, c.getName(), value);
      } else {
        TextRules.check(errors, c.getName(), value);
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
      String p = "family[" + i + "].";
      text(errors, p + "fullName", m.fullName(), 0, false);
      text(errors, p + "details", m.details(), 500, true);
      text(errors, p + "residence", m.residence(), 300, false);
    }
    for (int i = 0; i < d.workHistory().size(); i++) {
      PersonData.WorkEntry w = d.workHistory().get(i);
      String p = "workHistory[" + i + "].";
      text(errors, p + "organisation", w.organisation(), 300, false);
      text(errors, p + "title", w.title(), 200, false);
    }
    for (int i = 0; i < d.rewards().size(); i++) {
      PersonData.Reward r = d.rewards().get(i);
      String p = "rewards[" + i + "].";
      text(errors, p + "form", r.form(), 300, false);
      text(errors, p + "decisionNumber", r.decisionNumber(), 0, false);
      text(errors, p + "issuer", r.issuer(), 0, false);
    }
    for (int i = 0; i < d.disciplines().size(); i++) {
      PersonData.Discipline x = d.disciplines().get(i);
      String p = "disciplines[" + i + "].";
      text(errors, p + "violation", x.violation(), 500, true);
      text(errors, p + "issuer", x.issuer(), 0, false);
      text(errors, p + "decisionNumber", x.decisionNumber(), 0, false);
    }
  }

  /** Hidden characters first (one message a field), then the length ({@code max} 0: none). */
  private static void text(
      List<FieldError> errors, String field, String value, int max, boolean multiLine) {
    if (value == null) {
      return;
    }
    boolean hidden =
        multiLine
            ? TextRules.checkMultiLine(errors, field, value)
            : TextRules.check(errors, field, value);
    if (!hidden && max > 0 && value.length() > max) {
      errors.add(new FieldError(field, "error.text.tooLong", max));
    }
  }
}
