package vn.cbcs.support;

import java.util.List;
import java.util.Set;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Role;

/** Actors for tests that call services directly. */
public final class TestActors {

  /** The system grant: what start-up and demo generation use. */
  public static final Actor SYSTEM = Actor.system("test");

  /** The demo administrator "admin", as a request of theirs would carry them. */
  public static final Actor ADMIN =
      Actor.user("admin", Actor.Source.API, Set.of(Role.ADMIN), List.of("19"), null);

  private TestActors() {}

  /** A user with one role and scope, as the request filter would resolve them. */
  public static Actor user(String username, Role role, String... scopes) {
    return Actor.user(username, Actor.Source.API, Set.of(role), List.of(scopes), null);
  }
}
