package vn.cbcs.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Ids;

/**
 * Numeric ids in addresses ({@code /api/people/{id}}) are written one way ({@link Ids}): {@code
 * /people/+78}, {@code /people/078}, {@code /people/0x4e}, {@code /people/0} or a 20-digit number
 * are a 400 naming the variable. Runs first among the interceptors, so that every later check (unit
 * scopes, audit of reads) sees only ids that are what they look like; the conversion itself is
 * strict too ({@link StrictNumbers}).
 */
class PathIdInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables == null || variables.isEmpty()) {
      return true;
    }
    for (MethodParameter p : method.getMethodParameters()) {
      PathVariable annotation = p.getParameterAnnotation(PathVariable.class);
      if (annotation == null || !whole(p.getParameterType())) {
        continue;
      }
      String name =
          StringUtils.hasText(annotation.name())
              ? annotation.name()
              : p.getMethod().getParameters()[p.getParameterIndex()].getName();
      String value = variables.get(name);
      if (value != null && !valid(value, p.getParameterType())) {
        throw new BadRequestException(name, "error.parameter.id", name, value);
      }
    }
    return true;
  }

  private static boolean valid(String value, Class<?> type) {
    return type == long.class || type == Long.class
        ? Ids.valid(value)
        : Ids.digits(value, StrictNumbers.INT_DIGITS) && value.charAt(0) != '0';
  }

  private static boolean whole(Class<?> type) {
    return type == long.class || type == Long.class || type == int.class || type == Integer.class;
  }
}
