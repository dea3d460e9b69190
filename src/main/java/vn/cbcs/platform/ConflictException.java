package vn.cbcs.platform;

/**
 * The request collides with the current state, e.g. a record changed by someone else since it was
 * read (stale version). Becomes 409 with the message; nothing was written.
 */
public class ConflictException extends MessageException {

  public ConflictException(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
