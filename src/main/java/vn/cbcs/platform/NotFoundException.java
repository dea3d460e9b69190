package vn.cbcs.platform;

/**
 * Something asked for does not exist (or, later, is outside the user's scope and must look as if it
 * did not). Becomes a 404 page or a 404 JSON body with a message in both languages.
 */
public class NotFoundException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  public NotFoundException(String messageKey, Object... args) {
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
