package vn.cbcs.standards.web;

import java.util.HashMap;
import java.util.Map;
import vn.cbcs.platform.PageContext;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;

/**
 * Names for the codes of rules and failures: level codes by criterion, and the subjects and
 * conditions of rules (posts, groups, grades, unit types and classes), so that users read names,
 * never codes.
 */
public final class Labels {

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, Position> posts = new HashMap<>();

  Labels(
      Qualifications qualifications, Map<String, String> fieldNames, PositionCatalogue positions) {
    for (Position p : positions.all()) {
      posts.merge(
          p.code(),
          p,
          (a, b) ->
              a.validFrom() != null && b.validFrom() != null && b.validFrom().isAfter(a.validFrom())
                  ? b
                  : a);
    }
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

  /** The name of a post code in the page's language, or the code when it is not a post. */
  public String post(String code, PageContext page) {
    Position p = posts.get(code);
    if (p == null) {
      return code;
    }
    return p.name(page.lang());
  }

  /**
   * The subject or condition of a rule in words: its comma-separated tokens (a post, {@code
   * group:}, {@code grade:} or {@code category:} of posts, a unit type or class, a feature of a
   * unit), each by its name; {@code *} is "all".
   */
  public String rule(String codes, PageContext page) {
    if (codes == null || codes.isBlank()) {
      return "";
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String token : codes.split(",")) {
      out.add(token(token.trim(), page));
    }
    return String.join(", ", out);
  }

  private String token(String t, PageContext page) {
    if ("*".equals(t)) {
      return page.t("standard.token.all");
    }
    if (posts.containsKey(t)) {
      return post(t, page);
    }
    int colon = t.indexOf(':');
    if (colon > 0) {
      String kind = t.substring(0, colon);
      String code = t.substring(colon + 1);
      String key =
          "group".equals(kind) ? "indicator.group." + code : "standard.token." + kind + "." + code;
      return page.tOr(key, t);
    }
    for (String prefix :
        new String[] {
          "standard.token.", "unit.type.", "unit.attr.value.", "unit.attr.", "standard.criterion."
        }) {
      String name = page.tOr(prefix + t, null);
      if (name != null) {
        return name;
      }
    }
    return t;
  }
}
