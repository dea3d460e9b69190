package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationRegistry;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ReflectionUtils;
import vn.cbcs.support.IntegrationTest;

/**
 * Spring Security's filters are not wrapped in observations (issue 18: 5–6% of a signed-in page's
 * CPU at 20 connections, for traces nobody collects), although the actuator's observation registry
 * is there — with it, Spring Security wraps every filter of both chains unless told not to.
 */
@IntegrationTest
class SecurityObservationTest {

  @Autowired FilterChainProxy filterChainProxy;
  @Autowired ObservationRegistry observations;

  @Test
  void theFiltersAreNotWrappedInObservations() {
    assertThat(observations.isNoop())
        .as("the actuator's registry is there: without the setting the filters would be wrapped")
        .isFalse();
    // the bean is a composite around the proxy that runs the chains
    Field inner =
        ReflectionUtils.findField(
            filterChainProxy.getClass(), "springSecurityFilterChain", FilterChainProxy.class);
    FilterChainProxy proxy =
        inner == null
            ? filterChainProxy
            : (FilterChainProxy) ReflectionTestUtils.getField(filterChainProxy, inner.getName());
    Object decorator = ReflectionTestUtils.getField(proxy, "filterChainDecorator");
    assertThat(decorator).isNotNull().isNotInstanceOf(ObservationFilterChainDecorator.class);
    assertThat(filterChainProxy.getFilterChains()).hasSize(2);
  }
}
