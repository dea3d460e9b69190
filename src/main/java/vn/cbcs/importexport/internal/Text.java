package vn.cbcs.importexport.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as people type it in spreadsheets, made comparable. */
public final class Text {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Text() {}

  /**
   * NFC (a decomposed "ế" from a Mac or a web form is the same letter), no zero-width characters,
   * one space between words, none at the ends; null when nothing is left.
   */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFC);
    t = INVISIBLE.matcher(t).replaceAll("");
    t = SPACES.matcher(t).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * A key for matching what people write: no diacritics (đ → d), lower case, words of letters and
   * digits separated by one space ("Đại học" → "dai hoc", "Số CCCD (*)" → "so cccd").
   */
  public static String key(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFD);
    t = MARKS.matcher(t).replaceAll("");
    t = t.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    return NOT_ALNUM.matcher(t).replaceAll(" ").strip();
  }

  /** Whether the first character would make a spreadsheet run the value as a formula. */
  public static boolean formulaLike(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** Export: a value a spreadsheet would run as a formula is prefixed with an apostrophe. */
  public static String neutralise(String s) {
    return formulaLike(s) ? "'" + s : s;
  }

  /** Import: the apostrophe an export put before such a value is taken off again. */
  public static String unneutralise(String s) {
    if (s != null && s.length() > 1 && s.charAt(0) == '\'' && formulaLike(s.substring(1))) {
      return s.substring(1);
    }
    return s;
  }
}
