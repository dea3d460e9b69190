package vn.cbcs.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.CurrentActor;

/**
 * Who, through which channel, from where and why, as the database triggers are told it: the actor
 * of the work this thread is doing ({@link CurrentActor}: the service call being made, else the
 * request's signed-in user resolved once after authentication, else the background job's), or the
 * system. The client address and request come from the HTTP request the thread serves, if any.
 * Reads nothing but thread-local state: it never touches the database or the session store, so the
 * transaction hook that asks for it can never need a second connection.
 */
public record AuditContext(
    String actor, String source, String clientAddr, String request, String reason) {

  /** The context of the current thread. */
  public static AuditContext current() {
    HttpServletRequest request = httpRequest();
    RequestLine served = request == null ? null : RequestLine.of(request);
    String address = served == null ? null : served.address();
    String line = served == null ? null : served.line();
    Actor actor = CurrentActor.get().orElse(null);
    if (actor != null) {
      return new AuditContext(
          actor.username(), actor.source().name(), address, line, limit(actor.reason(), 500));
    }
    return new AuditContext("system", Actor.Source.SYSTEM.name(), address, line, null);
  }

  /**
   * The client's address and the request's line, built once per request and kept in it: the context
   * is asked for at every call of a service that takes an actor, and compared with the one set in
   * the transaction (the same strings then compare at once). Built again when the request's path or
   * credential is not the one it was built for (an error dispatch, a credential set later).
   */
  private record RequestLine(String uri, Object credential, String address, String line) {

    private static final String KEPT = AuditContext.class.getName() + ".line";

    static RequestLine of(HttpServletRequest request) {
      String uri = request.getRequestURI();
      Object credential = request.getAttribute("cbcs.credential");
      if (request.getAttribute(KEPT) instanceof RequestLine kept
          && kept.credential() == credential
          && java.util.Objects.equals(kept.uri(), uri)) {
        return kept;
      }
      RequestLine built =
          new RequestLine(
              uri,
              credential,
              request.getRemoteAddr(),
              limit(
                  request.getMethod() + " " + uri + (credential == null ? "" : " · " + credential),
                  300));
      request.setAttribute(KEPT, built);
      return built;
    }
  }

  private static HttpServletRequest httpRequest() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
  }

  private static String limit(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
