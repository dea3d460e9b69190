package vn.cbcs.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.cbcs.security.ApiTokens;
import vn.cbcs.security.Visibility;

/**
 * Two filter chains. Scripts call the JSON API with HTTP Basic or an API token, statelessly; such
 * calls carry no cookie to forge, so they need no CSRF token. People sign in with a form (or single
 * sign-on when configured) and a session kept in PostgreSQL; their requests need the CSRF token
 * (htmx sends it as a header).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

  private static final RequestMatcher HTMX =
      request -> "true".equals(request.getHeader("HX-Request"));

  /** Scripts: HTTP Basic credentials or an API token, on every request. */
  private static final RequestMatcher SCRIPT =
      request -> {
        String header = request.getHeader("Authorization");
        return header != null
            && (header.regionMatches(true, 0, "Basic ", 0, 6)
                || header.regionMatches(true, 0, "Bearer ", 0, 7));
      };

  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self';"
          + " base-uri 'self'; object-src 'none'";

  /**
   * No observation of Spring Security's filters, authentications or authorizations: with an
   * observation registry (the actuator's) every filter of both chains is wrapped in one, even when
   * {@code management.observations.enable.spring.security=false} makes them no-ops — 5–6% of a
   * signed-in page's CPU at 20 connections (issue 18), for traces nobody collects here. The HTTP
   * server's own request metrics stay.
   */
  @Bean
  SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * New hashes are Argon2id with OWASP's settings (19 MiB, 2 iterations); bcrypt hashes written
   * before are still read, and rehashed at the next sign-in.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    String argon2 = "argon2";
    DelegatingPasswordEncoder encoder =
        new DelegatingPasswordEncoder(
            argon2,
            Map.of(
                argon2,
                new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt",
                new BCryptPasswordEncoder()));
    return encoder;
  }

  /**
   * Scripts: every request carries HTTP Basic credentials and none creates a session, so a script
   * leaves no row in the session store; there is no cookie to forge, hence no CSRF token.
   */
  @Bean
  @Order(1)
  SecurityFilterChain scriptChain(HttpSecurity http, Visibility visibility, ApiTokens tokens)
      throws Exception {
    AuthenticationEntryPoint api = SecurityConfig::unauthorizedJson;
    http.securityMatcher(SCRIPT)
        .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
        .addFilterAfter(new ActorFilter(visibility), AuthorizationFilter.class)
        .authorizeHttpRequests(SecurityConfig::authorize)
        .httpBasic(basic -> basic.authenticationEntryPoint(api))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(api))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityConfig::headers);
    return http.build();
  }

  /** People: the form (or single sign-on) and a session in PostgreSQL, CSRF tokens everywhere. */
  @Bean
  @Order(2)
  SecurityFilterChain browserChain(
      HttpSecurity http,
      TrustProperties props,
      SignInHandlers handlers,
      OidcAccounts oidcAccounts,
      ObjectProvider<ClientRegistrationRepository> registrations,
      Visibility visibility)
      throws Exception {
    http.authorizeHttpRequests(SecurityConfig::authorize)
        .formLogin(
            form ->
                form.loginPage("/login")
                    .successHandler(handlers.success())
                    .failureHandler(handlers.formFailure()))
        .exceptionHandling(
            ex ->
                ex.defaultAuthenticationEntryPointFor(SecurityConfig::unauthorizedJson, API)
                    .defaultAuthenticationEntryPointFor(SecurityConfig::htmxToLogin, HTMX))
        .sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
        .addFilterAfter(
            new SessionGuardFilter(
                visibility, props.session().absoluteTimeout(), Clock.systemUTC()),
            SecurityContextHolderFilter.class)
        .addFilterAfter(new ActorFilter(visibility), AuthorizationFilter.class)
        .logout(
            logout ->
                logout
                    .logoutSuccessUrl("/login?logout")
                    .invalidateHttpSession(true)
                    .clearAuthentication(true)
                    .deleteCookies("SESSION"))
        .headers(SecurityConfig::headers);
    if (registrations.getIfAvailable() != null) {
      http.oauth2Login(
          oauth ->
              oauth
                  .loginPage("/login")
                  .userInfoEndpoint(info -> info.oidcUserService(oidcAccounts))
                  .successHandler(handlers.success())
                  .failureHandler(handlers.ssoFailure()));
    }
    return http.build();
  }

  private static void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          auth) {
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
        .requestMatchers("/actuator/**", "/admin/**", "/api/admin/**")
        .hasRole("ADMIN")
        .anyRequest()
        .authenticated();
  }

  private static void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
        .referrerPolicy(
            ref ->
                ref.policy(
                    ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
  }

  /** An htmx request whose session ended: the whole page goes to the login form. */
  private static void htmxToLogin(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
    response.setHeader("HX-Redirect", request.getContextPath() + "/login");
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
  }

  /**
   * 401 as JSON. The Basic challenge is sent only to clients that are not browsers navigating, so
   * that a browser never caches Basic credentials it could replay cross-site.
   */
  private static void unauthorizedJson(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
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
