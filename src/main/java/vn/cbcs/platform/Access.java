package vn.cbcs.platform;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a user may do and where: roles (hence capabilities), the unit codes of their scopes, the
 * person record linked to the account (self-service), and whether the access is unrestricted (an
 * administrator, or the system grant of start-up, demo generation and benchmarks). An access
 * without roles can do nothing.
 */
public record Access(Set<Role> roles, List<String> scopes, Long personId, boolean unrestricted) {

  /** No roles, no scopes: the access of nobody. */
  public static final Access NONE = new Access(Set.of(), List.of(), null, false);

  /** Everything everywhere: only for the system's own work, never for a signed-in person. */
  static final Access SYSTEM = new Access(EnumSet.of(Role.ADMIN), List.of(), null, true);

  public Access {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    scopes = List.copyOf(scopes);
  }

  /** The access of a user: unrestricted exactly when the user is an administrator. */
  public static Access of(Set<Role> roles, List<String> scopes, Long personId) {
    return new Access(roles, scopes, personId, roles.contains(Role.ADMIN));
  }

  public Set<Capability> capabilities() {
    Set<Capability> all = EnumSet.noneOf(Capability.class);
    roles.forEach(r -> all.addAll(r.capabilities()));
    return all;
  }

  public boolean can(Capability capability) {
    for (Role r : roles) {
      if (r.capabilities().contains(capability)) {
        return true;
      }
    }
    return false;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * The unit pages open on when none is given: the first of the user's scopes; null for no scope
   * (an administrator without one opens on the whole country, a user without one sees nothing).
   */
  public String homeUnit() {
    return scopes.isEmpty() ? null : scopes.get(0);
  }

  /** Only their own record: a cadre with no capability to read others. */
  public boolean selfOnly() {
    return !unrestricted && !can(Capability.READ_RECORDS);
  }
}
