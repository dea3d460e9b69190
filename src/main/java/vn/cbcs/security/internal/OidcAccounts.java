package vn.cbcs.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Single sign-on matches the identity provider's user to an existing, enabled CBCS user by a claim
 * ({@code cbcs.security.oidc.username-claim}, default {@code preferred_username}). Nobody is
 * created: an administrator creates the user first, with its roles and scopes.
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

  private final OAuth2UserService<OidcUserRequest, OidcUser> provider = new OidcUserService();
  private final UserStore users;
  private final String claim;

  OidcAccounts(UserStore users, TrustProperties props) {
    this.users = users;
    this.claim = props.oidc().usernameClaim();
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    return map(provider.loadUser(request));
  }

  /** The CBCS user named by the provider's user, or a refusal. */
  CbcsOidcUser map(OidcUser oidc) {
    Object value = oidc.getClaims().get(claim);
    String username = value == null ? "" : LoginThrottle.userKey(value.toString());
    return users
        .find(username)
        .filter(CbcsUser::enabled)
        .map(u -> new CbcsOidcUser(u.withoutPassword(), oidc))
        .orElseThrow(
            () -> {
              log.warn("Single sign-on refused: no enabled CBCS user for {}={}", claim, username);
              return new OAuth2AuthenticationException(
                  new OAuth2Error("cbcs_unknown_user", "no enabled CBCS user", null));
            });
  }
}
