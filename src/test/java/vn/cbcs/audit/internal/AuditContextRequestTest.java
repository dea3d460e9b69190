package vn.cbcs.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The request's part of the audit context is built once per request and kept in it, and built again
 * when what it says no longer holds: a credential set after it was built, an error dispatch to
 * another path.
 */
class AuditContextRequestTest {

  @AfterEach
  void unbind() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void theRequestLineIsKeptAndFollowsTheCredentialAndThePath() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/people/7");
    request.setRemoteAddr("10.0.0.9");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

    AuditContext first = AuditContext.current();
    assertThat(first.request()).isEqualTo("GET /people/7");
    assertThat(first.clientAddr()).isEqualTo("10.0.0.9");
    assertThat(AuditContext.current().request()).isSameAs(first.request());

    request.setAttribute("cbcs.credential", "token 12");
    assertThat(AuditContext.current().request()).isEqualTo("GET /people/7 · token 12");

    request.setRequestURI("/error");
    assertThat(AuditContext.current().request()).isEqualTo("GET /error · token 12");
  }

  @Test
  void aLongRequestLineIsCutAt300Characters() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/" + "x".repeat(400));
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    assertThat(AuditContext.current().request()).hasSize(300).startsWith("GET /xxx");
  }
}
