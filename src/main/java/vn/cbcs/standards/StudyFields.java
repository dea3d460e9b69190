package vn.cbcs.standards;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of study a standard may name (table {@code study_field}), each with the spellings
 * people write on a diploma or in a file ("Luật học", "cử nhân luật", "Luat kinh te"). A major
 * matches a field when, written without diacritics in lower case, it contains one of the field's
 * aliases as whole words.
 */
public final class StudyFields {

  /** What a failure reports as held when the majors on record are of another field. */
  public static final String OTHER = "OTHER";

  static final StudyFields NONE = new StudyFields(Map.of());

  private final Map<String, List<String>> aliases;

  /**
   * @param aliases the aliases of each field code, already normalised
   */
  StudyFields(Map<String, List<String>> aliases) {
    this.aliases = aliases;
  }

  /**
   * The first major on record, at rank {@code minRank} or higher, that matches the field (empty
   * when none does or the field is unknown).
   */
  Optional<ComplianceEngine.Major> match(
      String field, List<ComplianceEngine.Major> majors, int minRank) {
    List<String> names = aliases.getOrDefault(field, List.of());
    return majors.stream()
        .filter(m -> m.rank() >= minRank)
        .filter(m -> names.stream().anyMatch(a -> contains(m.text(), a)))
        .findFirst();
  }

  private static boolean contains(String major, String alias) {
    return (" " + normalise(major) + " ").contains(" " + alias + " ");
  }

  /** Lower case, no diacritics (đ → d), words separated by one space. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String s =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('đ', 'd');
    return s.replaceAll("[^a-z0-9]+", " ").strip();
  }
}
