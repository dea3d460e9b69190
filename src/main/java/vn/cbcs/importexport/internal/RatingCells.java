package vn.cbcs.importexport.internal;

import java.util.ArrayList;
import java.util.List;
import vn.cbcs.evaluation.Level;
import vn.cbcs.evaluation.RatingSystem;

/**
 * The values of the ratings template's coded columns, as its lists show them, and their reading.
 */
final class RatingCells {

  private RatingCells() {}

  static String label(Level level) {
    return switch (level) {
      case HTXSNV -> "HTXSNV – Hoàn thành xuất sắc nhiệm vụ";
      case HTTNV -> "HTTNV – Hoàn thành tốt nhiệm vụ";
      case HTNV -> "HTNV – Hoàn thành nhiệm vụ";
      case KHTNV -> "KHTNV – Không hoàn thành nhiệm vụ";
      case NOT_RATED -> "Không xếp loại";
    };
  }

  static List<String> levels() {
    List<String> out = new ArrayList<>();
    for (Level l : Level.values()) {
      out.add(label(l));
    }
    return out;
  }

  static List<String> systems() {
    return List.of("Chính quyền", "Đảng");
  }

  /**
   * A level: its code, its list label, or its name (diacritics and case aside); null if unknown.
   */
  static Level level(String value) {
    String code = Lookups.codeOf(value);
    for (Level l : Level.values()) {
      if (l.name().equalsIgnoreCase(code)
          || Text.key(label(l)).equals(Text.key(value))
          || Text.key(name(l)).equals(Text.key(value))) {
        return l;
      }
    }
    return null;
  }

  private static String name(Level l) {
    String label = label(l);
    int dash = label.indexOf(" – ");
    return dash < 0 ? label : label.substring(dash + 3);
  }

  /** "Chính quyền" (also state, nhà nước) or "Đảng" (also party); null if unknown. */
  static RatingSystem system(String value) {
    return switch (Text.key(value)) {
      case "chinh quyen", "nha nuoc", "cong chuc", "state" -> RatingSystem.STATE;
      case "dang", "dang vien", "party" -> RatingSystem.PARTY;
      default -> null;
    };
  }

  static String systemLabel(RatingSystem s) {
    return s == RatingSystem.STATE ? "Chính quyền" : "Đảng";
  }
}
