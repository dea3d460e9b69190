package vn.cbcs.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese first: the default language is Vietnamese; {@code ?lang=en} switches and sticks. */
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

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ActorArgumentResolver());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
    registry.addInterceptor(new ControlCharacterInterceptor());
  }
}
