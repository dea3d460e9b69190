package vn.cbcs.security.internal;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.cbcs.platform.DisplayNamed;

/**
 * A person signed in through single sign-on, as the CBCS user the identity provider named: the
 * name, roles and display name are CBCS's, the tokens the provider's.
 */
record CbcsOidcUser(CbcsUser user, OidcUser oidc)
    implements OidcUser, DisplayNamed, java.io.Serializable {

  @Override
  public String getName() {
    return user.username();
  }

  @Override
  public String displayName() {
    return user.displayName();
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return user.getAuthorities();
  }

  @Override
  public Map<String, Object> getAttributes() {
    return oidc.getAttributes();
  }

  @Override
  public Map<String, Object> getClaims() {
    return oidc.getClaims();
  }

  @Override
  public OidcUserInfo getUserInfo() {
    return oidc.getUserInfo();
  }

  @Override
  public OidcIdToken getIdToken() {
    return oidc.getIdToken();
  }
}
