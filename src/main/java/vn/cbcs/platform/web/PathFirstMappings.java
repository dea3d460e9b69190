package vn.cbcs.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds the handler of an address with variables ({@code /people/{id}}) by its path first. Spring
 * MVC tries every mapping for such an address (over 300 here) and checks each one's method,
 * parameters, headers, media types and version before its path — a tenth of a person page's CPU
 * under load. The same conditions still decide, with the same result: a mapping whose path does not
 * match is passed over before the others are asked. The refusals that name what did not match (405,
 * 406, 415) are worked out elsewhere, from every mapping, and are unchanged.
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

    @Override
    protected RequestMappingInfo getMatchingMapping(
        RequestMappingInfo info, HttpServletRequest request) {
      PathPatternsRequestCondition paths = info.getPathPatternsCondition();
      if (paths != null && paths.getMatchingCondition(request) == null) {
        return null;
      }
      return super.getMatchingMapping(info, request);
    }
  }
}
