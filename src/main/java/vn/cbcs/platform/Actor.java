package vn.cbcs.platform;

import java.util.List;
import java.util.Set;

/**
 * Who asks, with what access, through which channel, and why. Every service that reads or writes a
 * record takes the actor of the call and decides there — whichever page, API call, import or
 * background job calls it. Work handed to another thread carries its actor. There is no default:
 * without an actor nothing is allowed, except through {@link #system}, the explicit grant of
 * start-up, demo generation and benchmarks.
 */
public record Actor(String username, Source source, String reason, Access access) {

  /** The channel a call came through. */
  public enum Source {
    UI,
    API,
    /** the JSON API with an API token (scripts and integrations) */
    TOKEN,
    IMPORT,
    DEMO,
    SYSTEM
  }

  public Actor {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("an actor has a username");
    }
    if (source == null) {
      throw new IllegalArgumentException("an actor has a source");
    }
    if (access == null) {
      throw new IllegalArgumentException("an actor has an access (Access.NONE for nobody)");
    }
    if (access.unrestricted() && !access.roles().contains(Role.ADMIN)) {
      throw new IllegalArgumentException("unrestricted access is an administrator's");
    }
  }

  /**
   * The system's own grant: every capability on every unit. For start-up, demo generation,
   * scheduled maintenance and benchmarks — never for work done on a person's behalf.
   */
  public static Actor system(String reason) {
    return new Actor("system", Source.SYSTEM, reason, Access.SYSTEM);
  }

  /** The system grant for generating demo data (changes are attributed to the generator). */
  public static Actor demo(String username, String reason) {
    return new Actor(username, Source.DEMO, reason, Access.SYSTEM);
  }

  /** A signed-in user's actor. */
  public static Actor user(
      String username, Source source, Set<Role> roles, List<String> scopes, Long personId) {
    return new Actor(username, source, null, Access.of(roles, scopes, personId));
  }

  public Actor withReason(String why) {
    return new Actor(username, source, why, access);
  }

  public Actor via(Source channel) {
    return new Actor(username, channel, reason, access);
  }

  public boolean can(Capability capability) {
    return access.can(capability);
  }

  /** Refuses (403) unless the actor holds the capability. */
  public void require(Capability capability) {
    if (!can(capability)) {
      throw new ForbiddenException("error.forbidden.capability");
    }
  }

  /** Refuses (403) unless the actor holds one of the capabilities. */
  public void requireAny(Capability... capabilities) {
    for (Capability c : capabilities) {
      if (can(c)) {
        return;
      }
    }
    throw new ForbiddenException("error.forbidden.capability");
  }

  public boolean unrestricted() {
    return access.unrestricted();
  }

  public boolean isSystem() {
    return source == Source.SYSTEM || source == Source.DEMO;
  }
}
