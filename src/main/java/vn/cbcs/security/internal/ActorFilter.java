package vn.cbcs.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cbcs.platform.Access;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.CurrentActor;
import vn.cbcs.platform.Role;
import vn.cbcs.security.Visibility;

/**
 * Resolves the actor of a request once, right after authentication: the signed-in user's roles
 * (from the sign-in), scopes and linked record (one query, or none when {@link SessionGuardFilter}
 * read them for the same user as it checked the session). Reading the authentication here loads a
 * session kept in PostgreSQL before any transaction of the request begins, so that nothing later —
 * the audit log's hook least of all — needs a second connection to learn who is asking. The actor
 * is handed to controllers as a parameter and cleared when the request ends.
 */
final class ActorFilter extends OncePerRequestFilter {

  private final Visibility visibility;

  ActorFilter(Visibility visibility) {
    this.visibility = visibility;
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false; // error pages show the user's menu too
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Actor previous = CurrentActor.get().orElse(null);
    Actor actor = previous != null ? previous : resolve(request);
    if (actor == null) {
      chain.doFilter(request, response);
      return;
    }
    CurrentActor.set(actor);
    try {
      chain.doFilter(request, response);
    } finally {
      if (previous == null) {
        CurrentActor.clear();
      }
    }
  }

  private Actor resolve(HttpServletRequest request) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null
        || !auth.isAuthenticated()
        || auth instanceof AnonymousAuthenticationToken
        || auth.getName() == null
        || auth.getName().isBlank()) {
      return null;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority a : auth.getAuthorities()) {
      String name = a.getAuthority();
      if (name != null && name.startsWith("ROLE_")) {
        try {
          roles.add(Role.valueOf(name.substring(5)));
        } catch (IllegalArgumentException e) {
          // an authority that is not one of ours (e.g. OIDC scopes)
        }
      }
    }
    // the ground read with the session's check when it is this user's, else read here
    Access access =
        request.getAttribute(SessionGuardFilter.GROUND)
                    instanceof SessionGuardFilter.SessionGround g
                && g.username().equals(auth.getName())
            ? g.ground().with(roles)
            : visibility.accessOf(auth.getName(), roles);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Actor.Source source =
        auth instanceof TokenAuthentication
            ? Actor.Source.TOKEN
            : path.startsWith("/api/") ? Actor.Source.API : Actor.Source.UI;
    return new Actor(auth.getName(), source, null, access);
  }
}
