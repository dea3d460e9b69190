package vn.cbcs.platform.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.cbcs.platform.AsOf;

/**
 * Vietnamese first: the default language is Vietnamese; {@code ?lang=en} switches and sticks. Also
 * the input rules every request meets before a controller: strict whole numbers, ids written one
 * way, no control characters in parameters.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("cbcs-lang");
    resolver.setDefaultLocale(VIETNAMESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  /** Whole numbers in addresses and parameters are digits only ({@link StrictNumbers}). */
  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, Long.class, new StrictNumbers.ToLong());
    registry.addConverter(String.class, Integer.class, new StrictNumbers.ToInteger());
    // dates bound by Spring (form records, @RequestParam LocalDate) take dd/mm/yyyy like ISO
    Converter<String, LocalDate> dates =
        v -> v == null || v.isBlank() ? null : AsOf.parseLenient("date", v);
    registry.addConverter(String.class, LocalDate.class, dates);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ActorArgumentResolver());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // before any other interceptor (unit scopes, audit) looks at an id in the address
    registry.addInterceptor(new PathIdInterceptor()).order(Ordered.HIGHEST_PRECEDENCE);
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
    registry.addInterceptor(new ControlCharacterInterceptor());
  }
}
