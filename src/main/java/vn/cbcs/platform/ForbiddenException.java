package vn.cbcs.platform;

/**
 * The object exists but the actor may not do this with it: their role lacks the capability, or the
 * object lies outside their units. Becomes 403 with a message saying which — never 404, which means
 * the object does not exist.
 */
public class ForbiddenException extends MessageException {

  public ForbiddenException(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
