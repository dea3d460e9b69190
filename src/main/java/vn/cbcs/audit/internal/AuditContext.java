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
    String address = request == null ? null : request.getRemoteAddr();
    Object credential = request == null ? null : request.getAttribute("cbcs.credential");
    String line =
        request == null
            ? null
            : limit(
                request.getMethod()
                    + " "
                    + request.getRequestURI()
                    + (credential == null ? "" : " · " + credential),
                300);
    Actor actor = CurrentActor.get().orElse(null);
    if (actor != null) {
      return new AuditContext(
          actor.username(), actor.source().name(), address, line, limit(actor.reason(), 500));
    }
    return new AuditContext("system", Actor.Source.SYSTEM.name(), address, line, null);
  }

  private static HttpServletRequest httpRequest() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
  }

  private static String limit(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
