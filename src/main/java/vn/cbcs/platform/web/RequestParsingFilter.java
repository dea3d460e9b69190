package vn.cbcs.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request's parameters (query string, form body, multipart parts) once, before anything
 * else does, and turns a request that cannot be read into a clear answer instead of a 500:
 *
 * <ul>
 *   <li>a parameter that is not valid UTF-8 ({@code ?q=%C3%28}, {@code %FF}, in the query or in a
 *       form body) → 400 naming the parameter;
 *   <li>an upload over the multipart limit → 413 naming the limit ("Tệp quá lớn: tối đa 20 MB"),
 *       with or without Content-Length;
 *   <li>any other body the container cannot parse (too many parameters, broken multipart) → 400.
 * </ul>
 *
 * <p>Tomcat reports these failures by throwing from {@code getParameter} — to whoever asks first
 * (the CSRF filter, the locale interceptor…) and again to everyone after, the error page included.
 * So this filter runs before Spring Security, answers through the container's error page with the
 * reason in request attributes ({@link ErrorPageController} renders it as JSON or as a page), and
 * on error dispatches makes unreadable parameters read as none, so that rendering cannot fail
 * again. Nothing has run yet, so nothing is written; a refused page loses nothing but the request
 * itself.
 */
@Component
class RequestParsingFilter extends OncePerRequestFilter implements Ordered {

  /** Request attributes that carry the reason to the error page. */
  static final String KEY = "cbcs.error.key";

  static final String ARGS = "cbcs.error.args";
  static final String PARAMETER = "cbcs.error.parameter";

  /** After the character encoding filter and the session, before Spring Security (-100). */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  private static final Pattern TOMCAT_PARAMETER =
      Pattern.compile("Parameter \\[([^\\]]{1,100})\\]");
  private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{N}_.\\[\\]-]{1,100}");

  private final RequestLimits limits;

  RequestParsingFilter(RequestLimits limits) {
    this.limits = limits;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // the error page of a request whose parameters cannot be read must not fail reading them
      chain.doFilter(new SafeParameters(request), response);
      return;
    }
    String invalid = invalidQueryParameter(request.getQueryString());
    if (invalid != null && invalid.isEmpty()) {
      refuse(request, response, HttpStatus.BAD_REQUEST, null, "error.request.encoding");
      return;
    }
    if (invalid != null) {
      refuse(request, response, HttpStatus.BAD_REQUEST, invalid, "error.param.encoding", invalid);
      return;
    }
    try {
      request.getParameterMap();
    } catch (IllegalStateException e) {
      if (causedBy(e, "SizeLimitExceededException") || causedBy(e, "SizeException")) {
        String limit = RequestLimits.describe(limits.upload());
        refuse(
            request, response, HttpStatus.CONTENT_TOO_LARGE, null, "error.upload.tooLarge", limit);
      } else if (causedBy(e, CharacterCodingException.class.getName())) {
        String name = parameterIn(e.getMessage());
        if (name == null) {
          refuse(request, response, HttpStatus.BAD_REQUEST, null, "error.request.encoding");
        } else {
          refuse(request, response, HttpStatus.BAD_REQUEST, name, "error.param.encoding", name);
        }
      } else {
        logger.debug("Unreadable request parameters", e);
        refuse(request, response, HttpStatus.BAD_REQUEST, null, "error.body.unreadableForm");
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String parameter,
      String key,
      Object... args)
      throws IOException {
    request.setAttribute(KEY, key);
    request.setAttribute(ARGS, args);
    if (parameter != null) {
      request.setAttribute(PARAMETER, parameter);
    }
    response.sendError(status.value());
  }

  /**
   * The name of the first parameter of a raw query string whose name or value is not UTF-8 once
   * percent-decoded ("" when the name itself cannot be read), or null when all are.
   */
  static String invalidQueryParameter(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = decode(rawName);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (name == null || value == null) {
        return name != null && PLAIN_NAME.matcher(name).matches() ? name : "";
      }
    }
    return null;
  }

  /**
   * {@code %XX} and {@code +} decoded as UTF-8; null when an escape is broken or the bytes are not
   * UTF-8.
   */
  private static String decode(String raw) {
    byte[] bytes = new byte[raw.length()];
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (hex(raw, i + 1) < 0 || hex(raw, i + 2) < 0) {
          return null; // a broken escape
        }
        bytes[n++] = (byte) (hex(raw, i + 1) * 16 + hex(raw, i + 2));
        i += 2;
      } else if (c == '+') {
        bytes[n++] = ' ';
      } else if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else {
        return raw; // already characters (not a raw query string): nothing to decode
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, n))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int hex(String s, int i) {
    return i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
  }

  /** The parameter Tomcat names in its message, if it reads as a plain name. */
  private static String parameterIn(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = TOMCAT_PARAMETER.matcher(message);
    return m.find() && PLAIN_NAME.matcher(m.group(1)).matches() ? m.group(1) : null;
  }

  private static boolean causedBy(Throwable e, String simpleOrFullName) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
        if (c.getName().equals(simpleOrFullName) || c.getSimpleName().equals(simpleOrFullName)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  protected void doFilterNestedErrorDispatch(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new SafeParameters(request), response);
  }

  /**
   * A request whose parameters read as none when the container cannot parse them (Tomcat throws
   * again on every call once parsing failed).
   */
  private static final class SafeParameters extends HttpServletRequestWrapper {

    SafeParameters(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      try {
        return super.getParameter(name);
      } catch (IllegalStateException e) {
        return null;
      }
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      try {
        return super.getParameterMap();
      } catch (IllegalStateException e) {
        return Map.of();
      }
    }

    @Override
    public Enumeration<String> getParameterNames() {
      try {
        return super.getParameterNames();
      } catch (IllegalStateException e) {
        return Collections.emptyEnumeration();
      }
    }

    @Override
    public String[] getParameterValues(String name) {
      try {
        return super.getParameterValues(name);
      } catch (IllegalStateException e) {
        return null;
      }
    }
  }
}
