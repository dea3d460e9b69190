package vn.cbcs.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message of the bundles ({@code messages.properties}, {@code messages_en.properties}) in
 * Vietnamese and English on one line, "vi / en": for what is said outside a web request, where no
 * user's language is known — the output of the command-line tools and the reasons start-up is
 * refused, read by an operator.
 */
public final class Bilingual {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Bilingual() {}

  /** "Vietnamese / English" for {@code key}, each formatted with {@code args}. */
  public static String message(String key, Object... args) {
    return format(Locale.ROOT, key, args) + " / " + format(Locale.ENGLISH, key, args);
  }

  private static String format(Locale locale, String key, Object... args) {
    String pattern = ResourceBundle.getBundle("messages", locale, NO_FALLBACK).getString(key);
    return new MessageFormat(
            pattern, locale.equals(Locale.ROOT) ? Locale.forLanguageTag("vi") : locale)
        .format(args);
  }
}
