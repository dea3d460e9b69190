package vn.cbcs.standards.web;

import java.util.HashMap;
import java.util.Map;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;

/** Names of the level codes a failure reports, by criterion. */
public final class Labels {

  private final Map<String, String> names = new HashMap<>();

  Labels(Qualifications qualifications, Map<String, String> fieldNames) {
    for (QualificationLevel l : qualifications.levels()) {
      names.put(l.track() + ":" + l.level(), l.nameVi());
    }
    fieldNames.forEach((code, name) -> names.put("FIELD:" + code, name));
    names.put("FIELD:" + vn.cbcs.standards.StudyFields.OTHER, "chuyên ngành khác");
  }

  /** The name of a required or held value: a level name, or the value itself (age, grade). */
  public String value(String criterion, String code) {
    if (code == null) {
      return "—";
    }
    String track =
        switch (criterion) {
          case "PROFESSIONAL_MIN" -> "PROFESSIONAL";
          case "POLITICAL_THEORY_MIN" -> "POLITICAL_THEORY";
          case "STATE_MANAGEMENT_MIN" -> "STATE_MANAGEMENT";
          case "FIELD_OF_STUDY" -> "FIELD";
          default -> null;
        };
    return track == null ? code : names.getOrDefault(track + ":" + code, code);
  }
}
