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

  /**
   * Import: the apostrophe that exports before quote-prefixed cells ({@code SafeCells}) put before
   * a value starting with {@code = + - @}, tab or CR is taken off again, so those files still
   * import unchanged.
   */
  public static String unneutralise(String s) {
    if (s != null
        && s.length() > 1
        && s.charAt(0) == '\''
        && "=+-@\t\r".indexOf(s.charAt(1)) >= 0) {
      return s.substring(1);
    }
    return s;
  }
}
