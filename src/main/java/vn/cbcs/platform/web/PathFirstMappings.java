package vn.cbcs.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the handler of an address with variables ({@code /people/{id}}) by its path first. Spring
 * MVC tries every mapping for such an address (over 300 here) and checks each one's method,
 * parameters, headers, media types and version before its path — a tenth of a person page's CPU
 * under load. The same conditions still decide, with the same result: a mapping whose path does not
 * match is passed over before the others are asked. The refusals that name what did not match (405,
 * 406, 415) are worked out elsewhere, from every mapping, and are unchanged.
 *
 * <p>Before even the path is parsed against a pattern, the address is compared with the pattern's
 * fixed beginning (up to the last {@code /} before its first variable or wildcard: {@code /people}
 * for {@code /people/{id}/photo}): an address that does not start with it cannot match. Asking the
 * pattern itself, through the request's parsed path, was still 6–9% of a person page's CPU. The
 * comparison is skipped for an address with a percent escape (a pattern matches the decoded
 * segments, the address is not decoded) — there every pattern is asked, as before.
 *
 * <p>And a pattern without a multi-segment wildcard ({@code **}, {@code {*rest}}) matches only
 * addresses of as many segments as it has: {@code /people/{id}/photo} is not asked about {@code
 * /people/3274}, which forty patterns under {@code /people} would otherwise each parse against. (An
 * address ending in {@code /} is compared by its beginning only.)
 */
@Configuration(proxyBeanMethods = false)
class PathFirstMappings {

  @Bean
  WebMvcRegistrations pathFirstRegistrations() {
    return new WebMvcRegistrations() {
      @Override
      public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new PathFirstHandlerMapping();
      }
    };
  }

  /** The annotated controllers' mapping, asking the path before the other conditions. */
  static final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

    /** The address being looked up on this thread, when its shape may be compared. */
    private static final ThreadLocal<Address> ADDRESS = new ThreadLocal<>();

    /**
     * Each mapping's patterns' shapes, by identity (the registry hands the same instances back),
     * made once when the mappings are known. A mapping registered later is not in it and is asked
     * in full.
     */
    private volatile Map<RequestMappingInfo, Shape[]> shapes = Map.of();

    /** An address and its number of {@code /} (-1 when it ends with one: not compared). */
    record Address(String path, int slashes) {

      static Address of(String path) {
        return new Address(path, path.endsWith("/") ? -1 : countSlashes(path));
      }
    }

    /**
     * What every address a pattern matches has: its fixed beginning, and its number of {@code /}
     * (-1 when a wildcard may take several segments).
     */
    record Shape(String beginning, int slashes) {

      static Shape of(String pattern) {
        boolean anyDepth = pattern.contains("**") || pattern.contains("{*");
        return new Shape(fixedBeginning(pattern), anyDepth ? -1 : countSlashes(pattern));
      }

      boolean admits(Address address) {
        return address.path().startsWith(beginning)
            && (slashes < 0 || address.slashes() < 0 || slashes == address.slashes());
      }
    }

    static int countSlashes(String path) {
      int n = 0;
      for (int i = 0; i < path.length(); i++) {
        if (path.charAt(i) == '/') {
          n++;
        }
      }
      return n;
    }

    @Override
    protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlers) {
      super.handlerMethodsInitialized(handlers);
      Map<RequestMappingInfo, Shape[]> known = new IdentityHashMap<>();
      handlers.keySet().stream()
          .filter(info -> info.getPathPatternsCondition() != null)
          .forEach(
              info ->
                  known.put(
                      info,
                      info.getPathPatternsCondition().getPatterns().stream()
                          .map(PathPattern::getPatternString)
                          .map(Shape::of)
                          .toArray(Shape[]::new)));
      shapes = known;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
        throws Exception {
      Address outer = ADDRESS.get();
      ADDRESS.set(lookupPath.indexOf('%') < 0 ? Address.of(lookupPath) : null);
      try {
        return super.lookupHandlerMethod(lookupPath, request);
      } finally {
        if (outer == null) {
          ADDRESS.remove();
        } else {
          ADDRESS.set(outer);
        }
      }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(
        RequestMappingInfo info, HttpServletRequest request) {
      PathPatternsRequestCondition paths = info.getPathPatternsCondition();
      if (paths != null) {
        Address address = ADDRESS.get();
        if (address != null && !admitsAny(address, shapes.get(info))) {
          return null;
        }
        if (paths.getMatchingCondition(request) == null) {
          return null;
        }
      }
      return super.getMatchingMapping(info, request);
    }

    private static boolean admitsAny(Address address, Shape[] shapes) {
      if (shapes == null) {
        return true; // registered after start-up: asked in full
      }
      for (Shape shape : shapes) {
        if (shape.admits(address)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The part of a pattern every matching address starts with: up to the last {@code /} before its
     * first variable or wildcard ({@code /people/{id}} → {@code /people}; {@code /webjars/**} →
     * {@code /webjars}, which also matches the bare {@code /webjars}); the whole pattern when it
     * has neither.
     */
    static String fixedBeginning(String pattern) {
      int open = pattern.length();
      for (char c : new char[] {'{', '*', '?'}) {
        int at = pattern.indexOf(c);
        if (at >= 0) {
          open = Math.min(open, at);
        }
      }
      if (open == pattern.length()) {
        return pattern;
      }
      int slash = pattern.lastIndexOf('/', open);
      return slash < 0 ? "" : pattern.substring(0, slash);
    }
  }
}
