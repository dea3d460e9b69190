package vn.cbcs.security.internal;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request signed in with an API token: the token's user, with the user's roles. */
final class TokenAuthentication extends AbstractAuthenticationToken {

  private final String username;
  private final long tokenId;
  private final String prefix;
  private final String tokenName;

  TokenAuthentication(
      String username,
      long tokenId,
      String prefix,
      String tokenName,
      Collection<? extends GrantedAuthority> authorities) {
    super(authorities);
    this.username = username;
    this.tokenId = tokenId;
    this.prefix = prefix;
    this.tokenName = tokenName;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return null; // the secret is never kept
  }

  @Override
  public Object getPrincipal() {
    return username;
  }

  @Override
  public String getName() {
    return username;
  }

  long tokenId() {
    return tokenId;
  }

  /**
   * How the audit log names the credential, beside the request: "token 12 cbcs_Ab3xYz/nightly sync"
   * — its number, the prefix its owner sees on the tokens page, and its name.
   */
  String label() {
    return "token " + tokenId + " " + prefix + "/" + tokenName;
  }
}
