package vn.cbcs.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * People sign in with a form and a session; scripts call the JSON API with HTTP Basic. Browser
 * requests need the CSRF token (htmx sends it as a header); Basic-authenticated API calls carry no
 * cookie to forge, so they are exempt.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

  private static final RequestMatcher BASIC_AUTH =
      request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
      };

  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self';"
          + " base-uri 'self'; object-src 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
    AuthenticationEntryPoint api = SecurityConfig::unauthorizedJson;
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/favicon.ico",
                        "/login",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
        .httpBasic(basic -> basic.authenticationEntryPoint(api))
        .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(api, API))
        .csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTH))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                    .referrerPolicy(
                        ref ->
                            ref.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    return http.build();
  }

  /**
   * 401 as JSON. The Basic challenge is sent only to clients that are not browsers navigating, so
   * that a browser never caches Basic credentials it could replay cross-site.
   */
  private static void unauthorizedJson(
      HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.security.core.AuthenticationException e)
      throws java.io.IOException {
    String accept = request.getHeader("Accept");
    if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"CBCS\"");
    }
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"status\":401,\"error\":\"UNAUTHORIZED\",\"message\":\"Cần đăng nhập (phiên làm"
                + " việc hoặc HTTP Basic).\",\"messageEn\":\"Authentication required (session or"
                + " HTTP Basic).\",\"parameter\":null}");
  }
}
