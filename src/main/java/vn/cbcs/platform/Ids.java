package vn.cbcs.platform;

/**
 * Record ids as people and scripts write them: a positive decimal number of 1 to 18 ASCII digits,
 * without sign, leading zero, spaces or any other spelling ({@code +78}, {@code 078}, {@code 0x4e},
 * {@code #4e}). One id, one spelling — whatever later checks the id sees exactly what was asked.
 */
public final class Ids {

  /** 18 digits always fit a {@code long}. */
  public static final int MAX_DIGITS = 18;

  private Ids() {}

  /** Whether {@code s} is an id written the one accepted way. */
  public static boolean valid(String s) {
    return digits(s, MAX_DIGITS) && s.charAt(0) != '0';
  }

  /** Whether {@code s} is 1 to {@code maxDigits} ASCII digits (leading zeros allowed). */
  public static boolean digits(String s, int maxDigits) {
    if (s == null || s.isEmpty() || s.length() > maxDigits) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The id in {@code value}, or a 400 naming {@code parameter}. */
  public static long parse(String parameter, String value) {
    if (!valid(value)) {
      throw new BadRequestException(parameter, "error.parameter.id", parameter, value);
    }
    return Long.parseLong(value);
  }
}
