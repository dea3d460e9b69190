package vn.cbcs.platform;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The actor of the work this thread is doing: set once per HTTP request after authentication (and
 * around background work, from the actor the work was handed with). Read by the web layer to hand
 * the actor to services, and by the audit log to attribute writes; services never fall back to it —
 * they take the actor as a parameter.
 */
public final class CurrentActor {

  private static final ThreadLocal<Actor> ACTOR = new ThreadLocal<>();

  private CurrentActor() {}

  public static Optional<Actor> get() {
    return Optional.ofNullable(ACTOR.get());
  }

  /** Runs {@code work} with {@code actor} as this thread's actor, restoring the previous one. */
  public static <T> T callAs(Actor actor, Supplier<T> work) {
    Actor previous = ACTOR.get();
    ACTOR.set(actor);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        ACTOR.remove();
      } else {
        ACTOR.set(previous);
      }
    }
  }

  public static void runAs(Actor actor, Runnable work) {
    callAs(
        actor,
        () -> {
          work.run();
          return null;
        });
  }

  /** For the request filter: sets the actor of the request; {@link #clear()} in its finally. */
  public static void set(Actor actor) {
    ACTOR.set(actor);
  }

  public static void clear() {
    ACTOR.remove();
  }
}
