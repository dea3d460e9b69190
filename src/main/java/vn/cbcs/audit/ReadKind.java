package vn.cbcs.audit;

import java.util.List;

/**
 * What a recorded read showed, and which groups of sensitive data (NĐ 13/2023; REGULATIONS.md §8)
 * it included.
 */
public enum ReadKind {
  /** The person page {@code /people/{id}}. */
  PERSON_PAGE(Groups.FULL_RECORD),
  /** {@code GET /api/people/{id}}. */
  PERSON_API(Groups.FULL_RECORD),
  /** The correction form {@code /people/{id}/edit}, every field filled in. */
  PERSON_EDIT_FORM(Groups.FULL_RECORD),
  /** {@code GET /api/people/{id}/history}: every change, old and new values. */
  PERSON_HISTORY(Groups.FULL_RECORD),
  /** The CV printout as PDF. */
  CV_PDF(Groups.FULL_RECORD),
  /** The CV printout as DOCX. */
  CV_DOCX(Groups.FULL_RECORD),
  /** A list of people exported to Excel (personal data and ethnic group of each). */
  PEOPLE_EXPORT(List.of("ethnicity")),
  /**
   * The below-standard list exported to Excel (names, posts and what each lacks; no sensitive
   * data).
   */
  BELOW_STANDARD_EXPORT(List.of()),
  /**
   * The people behind an indicator exported to Excel (names, communes, posts, what counted them);
   * the list of an indicator on sensitive data is given only to those who see it.
   */
  INDICATOR_PEOPLE_EXPORT(List.of()),
  /** The alerts (retirements, terms, disciplines ending, deadlines) exported to Excel. */
  ALERTS_EXPORT(List.of()),
  /** The summary of a year's ratings by unit and level (XLSX or PDF; counts, no names). */
  EVALUATION_SUMMARY_EXPORT(List.of());

  private final List<String> sensitiveGroups;

  ReadKind(List<String> sensitiveGroups) {
    this.sensitiveGroups = sensitiveGroups;
  }

  /** Ethnic group, religion, Party membership, health, disciplines, family members. */
  public List<String> sensitiveGroups() {
    return sensitiveGroups;
  }

  private static final class Groups {
    static final List<String> FULL_RECORD =
        List.of("ethnicity", "religion", "party", "health", "discipline", "family");
  }
}
