package vn.cbcs.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cbcs.security.ApiTokens;

/**
 * Signs a request in with {@code Authorization: Bearer cbcs_…}: one indexed lookup, no password
 * hash, no session. A wrong, revoked or expired token (or one of a disabled user) is 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;

  BearerTokenFilter(ApiTokens tokens) {
    this.tokens = tokens;
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
      refuse(response);
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

  /**
   * 401 with RFC 6750's challenge; the same answer whether the token is unknown, revoked, expired
   * or its user disabled or locked, so that the answer tells a token's holder no more than that.
   */
  private static void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"status\":401,\"error\":\"UNAUTHORIZED\",\"message\":\"Mã truy cập API không"
                + " dùng được (sai, đã hết hạn, đã bị thu hồi, hoặc tài khoản đang bị khóa).\","
                + "\"messageEn\":\"The API token cannot be used (wrong, expired, revoked, or its"
                + " account is disabled or locked).\",\"parameter\":null}");
  }

  /** The request attribute naming the credential a request was signed in with. */
  static final String CREDENTIAL = "cbcs.credential";
}
