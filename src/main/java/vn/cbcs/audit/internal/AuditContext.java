package vn.cbcs.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cbcs.platform.Actor;

/**
 * Who, through which channel, from where and why, as the database triggers are told it: the {@link
 * Actor} of the service call being made on this thread if there is one, else the signed-in user of
 * the HTTP request, else the system. The client address and request come from the HTTP request the
 * thread serves, if any.
 */
public record AuditContext(
    String actor, String source, String clientAddr, String request, String reason) {

  private static final ThreadLocal<Deque<Actor>> ACTORS = ThreadLocal.withInitial(ArrayDeque::new);

  /**
   * Set while the signed-in user is being read: with sessions in PostgreSQL, reading the security
   * context may load the session in a transaction of its own, whose begin asks for the context
   * again. That inner transaction is attributed to the system instead of recursing.
   */
  private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();

  /** The context of the current thread. */
  public static AuditContext current() {
    Actor actor = ACTORS.get().peek();
    HttpServletRequest request = httpRequest();
    String address = request == null ? null : request.getRemoteAddr();
    String line =
        request == null ? null : limit(request.getMethod() + " " + request.getRequestURI(), 300);
    if (actor != null) {
      return new AuditContext(
          actor.username(), actor.source().name(), address, line, limit(actor.reason(), 500));
    }
    if (Boolean.TRUE.equals(RESOLVING.get())) {
      return new AuditContext("system", Actor.Source.SYSTEM.name(), address, line, null);
    }
    Authentication auth;
    RESOLVING.set(Boolean.TRUE);
    try {
      auth = SecurityContextHolder.getContext().getAuthentication();
    } finally {
      RESOLVING.remove();
    }
    if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      String source =
          request != null && request.getRequestURI().startsWith("/api/")
              ? Actor.Source.API.name()
              : Actor.Source.UI.name();
      return new AuditContext(auth.getName(), source, address, line, null);
    }
    return new AuditContext("system", Actor.Source.SYSTEM.name(), address, line, null);
  }

  static void push(Actor actor) {
    ACTORS.get().push(actor);
  }

  static void pop() {
    Deque<Actor> stack = ACTORS.get();
    stack.pop();
    if (stack.isEmpty()) {
      ACTORS.remove();
    }
  }

  static boolean hasActor() {
    return !ACTORS.get().isEmpty();
  }

  private static HttpServletRequest httpRequest() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
  }

  private static String limit(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
