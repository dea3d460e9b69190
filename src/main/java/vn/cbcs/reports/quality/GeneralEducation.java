package vn.cbcs.reports.quality;

/**
 * Groups the CV notation of general education ("x/12", or "x/10" under the old northern system)
 * into the three levels reports use (REGULATIONS.md §4): primary (tiểu học), lower secondary
 * (THCS), upper secondary (THPT). The 12-year system: grades 1–5, 6–9, 10–12; the 10-year system:
 * grades 1–4, 5–7, 8–10.
 */
final class GeneralEducation {

  private GeneralEducation() {}

  /** 1 primary, 2 lower secondary, 3 upper secondary; 0 when not recorded or unreadable. */
  static int of(String notation) {
    if (notation == null || !notation.matches("\\d{1,2}/(10|12)")) {
      return 0;
    }
    String[] parts = notation.split("/");
    int grade = Integer.parseInt(parts[0]);
    boolean twelve = "12".equals(parts[1]);
    if (grade < 1 || grade > (twelve ? 12 : 10)) {
      return 0;
    }
    if (twelve) {
      return grade <= 5 ? 1 : grade <= 9 ? 2 : 3;
    }
    return grade <= 4 ? 1 : grade <= 7 ? 2 : 3;
  }
}
