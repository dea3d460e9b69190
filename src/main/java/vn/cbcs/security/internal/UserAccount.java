package vn.cbcs.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.cbcs.platform.Role;

/**
 * A user as administrators see it: never the password hash.
 *
 * @param lockedUntil until when sign-in is refused after repeated failures; {@code null} when not
 *     locked.
 */
public record UserAccount(
    String username,
    String displayName,
    boolean enabled,
    boolean demo,
    Set<Role> roles,
    List<String> scopes,
    Instant createdAt,
    Instant passwordChangedAt,
    Instant lockedUntil) {

  public boolean locked() {
    return lockedUntil != null;
  }
}
