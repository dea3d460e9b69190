package vn.cbcs.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
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
    return source;
  }

  /** Bundles whose messages are all patterns; those without arguments formatted once. */
  static final class PatternMessages extends ResourceBundleMessageSource {

    private final Map<Locale, Map<String, String>> plain = new ConcurrentHashMap<>();

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
