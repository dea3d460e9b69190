package vn.cbcs.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cbcs.security.Visibility;

/**
 * Ends a signed-in session that must not go on, before anything reads it: older than the absolute
 * timeout (counted from the session's creation, which a sign-in's id change keeps), or signed in at
 * an older epoch of its user (disabled, roles changed, password reset: {@link SignedIn}), or
 * carrying a sign-in without the mark. The request then goes on as anonymous: a page sends the
 * person to the login form, the API answers 401.
 */
class SessionGuardFilter extends OncePerRequestFilter {

  /**
   * The request attribute that hands the user's ground, read with the epoch's check, to {@link
   * ActorFilter}: one query per signed-in request instead of two.
   */
  static final String GROUND = SessionGuardFilter.class.getName() + ".ground";

  private final Visibility visibility;
  private final Duration absoluteTimeout;
  private final Clock clock;

  SessionGuardFilter(Visibility visibility, Duration absoluteTimeout, Clock clock) {
    this.visibility = visibility;
    this.absoluteTimeout = absoluteTimeout;
    this.clock = clock;
  }

  /** Static files never read the session (a page loads several). */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/webjars/")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/img/")
        || path.equals("/favicon.ico");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && mustEnd(session, request)) {
      session.invalidate();
      SecurityContextHolder.clearContext();
    }
    chain.doFilter(request, response);
  }

  private boolean mustEnd(HttpSession session, HttpServletRequest request) {
    Object mark = session.getAttribute(SignedIn.ATTRIBUTE);
    boolean signedIn =
        session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
            != null;
    if (mark == null) {
      return signedIn;
    }
    long age = clock.millis() - session.getCreationTime();
    if (age > absoluteTimeout.toMillis()) {
      return true;
    }
    SignedIn s = (SignedIn) mark;
    Optional<Visibility.Ground> ground = visibility.groundOfSession(s.username(), s.epoch());
    ground.ifPresent(g -> request.setAttribute(GROUND, new SessionGround(s.username(), g)));
    return ground.isEmpty();
  }

  /** The ground of the user a session was signed in for, read as its epoch was checked. */
  record SessionGround(String username, Visibility.Ground ground) {}
}
