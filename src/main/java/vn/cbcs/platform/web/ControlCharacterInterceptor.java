package vn.cbcs.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.cbcs.platform.BadRequestException;

/**
 * Refuses request parameters holding a NUL or another control character (other than tab and line
 * breaks) with a 400 naming the parameter: PostgreSQL cannot store NUL in text, and no form field
 * has a use for them.
 */
class ControlCharacterInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
      for (String value : e.getValue()) {
        if (value != null && hasControl(value)) {
          throw new BadRequestException(e.getKey(), "error.param.control", e.getKey());
        }
      }
    }
    return true;
  }

  static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }
}
