package vn.cbcs.security.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the scope check for every request handled by a controller. */
@Configuration
class ScopeWebConfig implements WebMvcConfigurer {

  private final ScopeInterceptor scopes;

  ScopeWebConfig(ScopeInterceptor scopes) {
    this.scopes = scopes;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(scopes).excludePathPatterns("/webjars/**", "/css/**", "/js/**");
  }
}
