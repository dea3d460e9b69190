package vn.cbcs.platform.web;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles ({@code spring.messages.*}). Every message is a {@link MessageFormat}
 * pattern, with or without arguments (an apostrophe is written twice in the bundles), as Spring's
 * {@code always-use-message-format} made them. A message without arguments is formatted once per
 * language and kept: a person's page shows some two hundred labels, each of which went through a
 * new formatting on every request.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

  /**
   * Spring Boot's {@code spring.messages.*} settings, bound as its own message source binds them.
   */
  @Bean
  @ConfigurationProperties("spring.messages")
  MessageSourceProperties messageSourceProperties() {
    return new MessageSourceProperties();
  }

  /**
   * The bundles as Boot would make them from {@code spring.messages.*}, but every message a pattern
   * ({@code always-use-message-format} is what this class does) and the bundles read once ({@code
   * cache-duration} would reload a bundle under messages already kept: refused).
   */
  @Bean
  MessageSource messageSource(MessageSourceProperties properties) {
    if (properties.getCacheDuration() != null) {
      throw new IllegalStateException(
          "spring.messages.cache-duration is not supported: messages are formatted once and kept");
    }
    PatternMessages source = new PatternMessages();
    source.setBasenames(properties.getBasename().toArray(String[]::new));
    if (properties.getEncoding() != null) {
      source.setDefaultEncoding(properties.getEncoding().name());
    }
    source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
    source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
    return new KeptFirst(source);
  }

  /**
   * A message without arguments already formatted is answered from what the bundles' source kept,
   * at once: the lookup through {@code AbstractMessageSource} (its arguments, common messages,
   * parents) was 15% of a list page's CPU under load, three labels on each of its fifty rows. The
   * same answer: what is kept is what that lookup returns first for the code and language.
   */
  record KeptFirst(PatternMessages source) implements MessageSource {

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
      String quick = quick(code, args, locale);
      return quick != null ? quick : source.getMessage(code, args, defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
      String quick = quick(code, args, locale);
      return quick != null ? quick : source.getMessage(code, args, locale);
    }

    /** The kept message without arguments, or the pattern formatted with these; else null. */
    private String quick(String code, Object[] args, Locale locale) {
      return args == null || args.length == 0
          ? source.kept(code, locale)
          : source.formatted(code, args, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
      return source.getMessage(resolvable, locale);
    }
  }

  /** Bundles whose messages are all patterns; those without arguments formatted once. */
  static final class PatternMessages extends ResourceBundleMessageSource {

    private final Map<Locale, Map<String, String>> plain = new ConcurrentHashMap<>();

    /** A number format per thread and language, for the whole numbers given to plain {0}s. */
    private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBERS =
        ThreadLocal.withInitial(java.util.HashMap::new);

    /**
     * The message for a code formatted with these arguments as {@code AbstractMessageSource} would
     * format it when the bundles hold the code (its pattern, under the lock on it), or null for
     * everything else (no such code, an argument to resolve as a message), which is left to that
     * lookup. One difference in the work, not the result: a whole number for a pattern whose
     * elements are all plain ({@code {0}}, no type) is formatted with a number format kept per
     * thread and language, where {@link MessageFormat} makes a new {@code
     * NumberFormat.getInstance(locale)} for each — a person's page has a score of them (its age,
     * the versions of its history), 2–3% of its CPU under load.
     */
    String formatted(String code, Object[] args, Locale locale) {
      if (code == null || locale == null) {
        return null;
      }
      for (Object arg : args) {
        if (arg instanceof MessageSourceResolvable) {
          return null;
        }
      }
      MessageFormat format = resolveCode(code, locale);
      if (format == null) {
        return null;
      }
      synchronized (format) {
        return format.format(wholeNumbersFormatted(format, args));
      }
    }

    private static Object[] wholeNumbersFormatted(MessageFormat format, Object[] args) {
      if (format.getLocale() == null) {
        return args;
      }
      for (java.text.Format element : format.getFormats()) {
        if (element != null) {
          return args; // a typed element (number, date, choice): the arguments as given
        }
      }
      Object[] out = null;
      for (int i = 0; i < args.length; i++) {
        Object arg = args[i];
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
          if (out == null) {
            out = args.clone();
          }
          out[i] =
              NUMBERS
                  .get()
                  .computeIfAbsent(format.getLocale(), NumberFormat::getInstance)
                  .format(arg);
        }
      }
      return out == null ? args : out;
    }

    /** The message kept for a code and language, if it was formatted already; else null. */
    String kept(String code, Locale locale) {
      if (code == null || locale == null) {
        return null;
      }
      Map<String, String> known = plain.get(locale);
      return known == null ? null : known.get(code);
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
      Map<String, String> known = plain.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
      String message = known.get(code);
      if (message == null) {
        MessageFormat format = resolveCode(code, locale);
        if (format == null) {
          return null; // not kept: only what the bundles hold is
        }
        synchronized (format) {
          message = format.format(new Object[0]);
        }
        known.put(code, message);
      }
      return message;
    }
  }
}
