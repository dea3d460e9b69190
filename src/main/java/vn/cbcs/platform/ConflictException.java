package vn.cbcs.platform;

/**
 * The request collides with the current state, e.g. a record changed by someone else since it was
 * read (stale version). Becomes 409 with the message; nothing was written.
 */
public class ConflictException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  public ConflictException(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
