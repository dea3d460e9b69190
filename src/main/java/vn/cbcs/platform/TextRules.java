package vn.cbcs.platform;

import java.util.List;
import java.util.Locale;

/**
 * The one rule for text typed by people, applied by every validator that stores free text (the
 * form, the JSON API and the Excel import all reach those validators): no invisible or control
 * characters. Refused, not stripped — the form shows the values again and the message names the
 * character, so nothing typed is lost.
 *
 * <p>Refused: C0 controls (NUL included, which PostgreSQL cannot store) and DEL, C1 controls,
 * Unicode format characters (category Cf: zero-width space and joiners U+200B–U+200D, word joiner
 * U+2060, byte order mark U+FEFF, the bidi marks U+200E, U+200F, U+061C, the bidi embeddings and
 * overrides U+202A–U+202E and isolates U+2066–U+2069, soft hyphen, tags…), the line and paragraph
 * separators U+2028/U+2029, and lone surrogates. A multi-line field also accepts line feed,
 * carriage return (browsers send CR LF) and tab. Combining marks (category Mn, e.g. Vietnamese tone
 * marks in NFD) are letters' parts, not controls, and are accepted.
 */
public final class TextRules {

  /** Message key of the refusal; its argument is the character as {@code U+202E}. */
  public static final String HIDDEN = "error.text.hidden";

  private TextRules() {}

  /** The first refused code point of {@code s}, or -1 when there is none. */
  public static int firstHidden(String s, boolean multiLine) {
    if (s == null) {
      return -1;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (refused(cp, multiLine)) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** Whether a code point is refused in single-line (or, with {@code multiLine}, other) text. */
  public static boolean refused(int cp, boolean multiLine) {
    if (multiLine && (cp == '\n' || cp == '\r' || cp == '\t')) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          true;
      default -> false;
    };
  }

  /** {@code U+202E} for a code point. */
  public static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  /**
   * Adds the refusal of a single-line field to {@code errors} when {@code value} holds a refused
   * character; returns whether it did.
   */
  public static boolean check(List<FieldError> errors, String field, String value) {
    return check(errors, field, value, false);
  }

  /** Like {@link #check(List, String, String)} for a field that may span lines. */
  public static boolean checkMultiLine(List<FieldError> errors, String field, String value) {
    return check(errors, field, value, true);
  }

  private static boolean check(
      List<FieldError> errors, String field, String value, boolean multiLine) {
    int cp = firstHidden(value, multiLine);
    if (cp < 0) {
      return false;
    }
    errors.add(new FieldError(field, HIDDEN, codePoint(cp)));
    return true;
  }
}
