package vn.cbcs.platform.web;

import org.springframework.core.convert.converter.Converter;
import vn.cbcs.platform.Ids;

/**
 * Whole numbers in addresses and request parameters, read strictly: ASCII digits only — no sign, no
 * {@code +}, no hexadecimal ({@code 0x4e}, {@code #4e}), no spaces, no exponent — and few enough
 * digits to fit (18 for a {@code long}, 9 for an {@code int}). Spring's own conversion ({@code
 * NumberUtils.parseNumber}) accepts all of those, so the same record could be named in several
 * spellings. Leading zeros are accepted here ({@code page=0}, {@code months=06}); ids in addresses
 * are held to {@link Ids} by {@link PathIdInterceptor}. An empty value is no value (null), as
 * before; anything else malformed is a 400 naming the parameter.
 */
final class StrictNumbers {

  static final int LONG_DIGITS = Ids.MAX_DIGITS;

  static final int INT_DIGITS = 9;

  private StrictNumbers() {}

  static Long parseLong(String s) {
    if (s.isEmpty()) {
      return null;
    }
    if (!Ids.digits(s, LONG_DIGITS)) {
      throw new IllegalArgumentException("not a whole number of at most 18 digits");
    }
    return Long.parseLong(s);
  }

  static Integer parseInt(String s) {
    if (s.isEmpty()) {
      return null;
    }
    if (!Ids.digits(s, INT_DIGITS)) {
      throw new IllegalArgumentException("not a whole number of at most 9 digits");
    }
    return Integer.parseInt(s);
  }

  /**
   * The property editor of whole numbers for data binding. Binding tries the conversion service
   * first and, when that fails, falls back to the default editors, which parse {@code 0x1} and
   * {@code +1} — so the strict rule is also registered as the editor of {@code long}, {@code Long},
   * {@code int} and {@code Integer} ({@link NumberBindingAdvice}).
   */
  static final class Editor extends java.beans.PropertyEditorSupport {

    private final boolean isLong;
    private final boolean primitive;

    Editor(Class<?> type) {
      this.isLong = type == long.class || type == Long.class;
      this.primitive = type.isPrimitive();
    }

    @Override
    public void setAsText(String text) {
      if (text == null || text.isEmpty()) {
        if (primitive) {
          throw new IllegalArgumentException("a whole number is required");
        }
        setValue(null);
        return;
      }
      setValue(isLong ? parseLong(text) : parseInt(text));
    }

    @Override
    public String getAsText() {
      Object value = getValue();
      return value == null ? "" : value.toString();
    }
  }

  /** String to Long (and long), strictly. */
  static final class ToLong implements Converter<String, Long> {
    @Override
    public Long convert(String source) {
      return parseLong(source);
    }
  }

  /** String to Integer (and int), strictly. */
  static final class ToInteger implements Converter<String, Integer> {
    @Override
    public Integer convert(String source) {
      return parseInt(source);
    }
  }
}
