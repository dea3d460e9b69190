package vn.cbcs.platform.web;

import java.text.MessageFormat;
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
      String kept = args == null || args.length == 0 ? source.kept(code, locale) : null;
      return kept != null ? kept : source.getMessage(code, args, defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
      String kept = args == null || args.length == 0 ? source.kept(code, locale) : null;
      return kept != null ? kept : source.getMessage(code, args, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
      return source.getMessage(resolvable, locale);
    }
  }

  /** Bundles whose messages are all patterns; those without arguments formatted once. */
  static final class PatternMessages extends ResourceBundleMessageSource {

    private final Map<Locale, Map<String, String>> plain = new ConcurrentHashMap<>();

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
