package vn.cbcs.people;

/**
 * A row of a code list (ethnic groups, religions), with its English name ({@code nameEn}, null when
 * the list has none: then the Vietnamese name is shown, marked as such).
 */
public record CatalogueEntry(String code, String name, boolean official, String nameEn) {

  /** The name for a page in {@code lang} ("vi", "en"). */
  public String label(String lang) {
    if (!"en".equals(lang)) {
      return name;
    }
    return nameEn != null ? nameEn : name + " (tiếng Việt)";
  }
}
