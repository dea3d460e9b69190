package vn.cbcs.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.cbcs.platform.DisplayNamed;
import vn.cbcs.platform.Role;

/**
 * A user as Spring Security sees it. The principal kept in a session is {@link #withoutPassword()}:
 * no hash is ever written to the session store.
 */
record CbcsUser(
    String username,
    String passwordHash,
    String displayName,
    boolean enabled,
    Set<Role> roles,
    List<String> scopeUnitCodes)
    implements UserDetails, DisplayNamed {

  CbcsUser withoutPassword() {
    return new CbcsUser(username, null, displayName, enabled, roles, scopeUnitCodes);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
