package vn.cbcs.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
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

  @Bean
  MessageSource messageSource(
      @Value("${spring.messages.basename:messages}") String basename,
      @Value("${spring.messages.encoding:UTF-8}") String encoding,
      @Value("${spring.messages.fallback-to-system-locale:false}") boolean fallback) {
    PatternMessages source = new PatternMessages();
    source.setBasenames(basename.split("\\s*,\\s*"));
    source.setDefaultEncoding(encoding);
    source.setFallbackToSystemLocale(fallback);
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
