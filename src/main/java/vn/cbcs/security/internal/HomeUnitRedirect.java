package vn.cbcs.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.CurrentActor;

/**
 * A convenience, not a check: a page of figures opened without a unit by a user with a scope opens
 * on the user's first scope instead of the whole country (which the services would refuse them).
 * Whether the user may see the unit is decided by the services, for pages and API alike.
 */
@Configuration(proxyBeanMethods = false)
class HomeUnitRedirect implements WebMvcConfigurer, HandlerInterceptor {

  /** Pages that fall back to the whole country when no unit is given. */
  private static final Pattern DEFAULTS_UNIT =
      Pattern.compile("^/(dashboard|indicators/[A-Z0-9_]+|standards/below|alerts)$");

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).excludePathPatterns("/webjars/**", "/css/**", "/js/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    Actor actor = CurrentActor.get().orElse(null);
    if (actor == null
        || actor.unrestricted()
        || actor.access().scopes().isEmpty()
        || !"GET".equals(request.getMethod())) {
      return true;
    }
    String unit = request.getParameter("unit");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ((unit == null || unit.isBlank()) && DEFAULTS_UNIT.matcher(path).matches()) {
      String query = request.getQueryString();
      response.sendRedirect(
          request.getContextPath()
              + path
              + "?unit="
              + actor.access().homeUnit()
              + (query == null ? "" : "&" + query.replaceFirst("(^|&)unit=(&|$)", "$1")));
      return false;
    }
    return true;
  }
}
