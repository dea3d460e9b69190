package vn.cbcs.platform;

/**
 * An exception that carries a message key and its arguments, to be shown in the user's language.
 */
public abstract class MessageException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  protected MessageException(String messageKey, Object... args) {
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
