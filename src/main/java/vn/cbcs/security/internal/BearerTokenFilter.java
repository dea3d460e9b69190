package vn.cbcs.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cbcs.security.ApiTokens;

/**
 * Signs a request in with {@code Authorization: Bearer cbcs_…}: one indexed lookup, no password
 * hash, no session. A wrong, revoked or expired token (or one of a disabled user) is 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final AuthenticationEntryPoint entryPoint;

  BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
    this.tokens = tokens;
    this.entryPoint = entryPoint;
  }

  static String bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).strip();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String secret = bearer(request);
    if (secret == null) {
      chain.doFilter(request, response);
      return;
    }
    var holder = tokens.authenticate(secret);
    if (holder.isEmpty()) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(request, response, new BadCredentialsException("bad token"));
      return;
    }
    var h = holder.get();
    TokenAuthentication auth =
        new TokenAuthentication(
            h.username(),
            h.tokenId(),
            h.prefix(),
            h.tokenName(),
            h.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    request.setAttribute(CREDENTIAL, auth.label());
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** The request attribute naming the credential a request was signed in with. */
  static final String CREDENTIAL = "cbcs.credential";
}
