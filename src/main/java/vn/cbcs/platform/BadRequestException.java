package vn.cbcs.platform;

/** A request parameter is wrong; the message names the parameter and what was expected. */
public class BadRequestException extends RuntimeException {

  private final String parameter;
  private final String messageKey;
  private final transient Object[] args;

  public BadRequestException(String parameter, String messageKey, Object... args) {
    super(messageKey);
    this.parameter = parameter;
    this.messageKey = messageKey;
    this.args = args;
  }

  public String parameter() {
    return parameter;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
