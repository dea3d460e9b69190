package vn.cbcs.platform;

/**
 * Who makes a change, through which channel, and why: written with every change of a record so that
 * its history says who changed what, when and on what basis.
 */
public record Actor(String username, Source source, String reason) {

  /** The channel a change came through. */
  public enum Source {
    UI,
    API,
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
  }

  public static Actor of(String username, Source source) {
    return new Actor(username, source, null);
  }
}
