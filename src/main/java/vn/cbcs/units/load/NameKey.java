package vn.cbcs.units.load;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name comparison for reconciling official sources that spell the same unit differently ("Hòa" /
 * "Hoà", "Xã Đại áng" / "Xã Đại Áng", typographic apostrophes, double spaces). Used only to confirm
 * or repair a code within one district or province — never to join across versions.
 */
final class NameKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final List<String> TYPE_PREFIXES =
      List.of(
          "thanh pho ",
          "tinh ",
          "huyen ",
          "quan ",
          "thi xa ",
          "thi tran ",
          "xa ",
          "phuong ",
          "dac khu ");

  private NameKey() {}

  /** Lower case, no diacritics, đ → d, single spaces. */
  static String plain(String s) {
    if (s == null) {
      return "";
    }
    String nfd = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
    String noMarks = MARKS.matcher(nfd).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    return SPACES.matcher(noMarks.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  /** {@link #plain} without the type word and without spaces or punctuation. */
  static String loose(String fullName) {
    String p = plain(fullName);
    for (String prefix : TYPE_PREFIXES) {
      if (p.startsWith(prefix)) {
        p = p.substring(prefix.length());
        break;
      }
    }
    return NOT_ALNUM.matcher(p).replaceAll("");
  }

  /** NFC, trimmed, inner whitespace (including line breaks) collapsed. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    return SPACES
        .matcher(Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').strip())
        .replaceAll(" ");
  }
}
