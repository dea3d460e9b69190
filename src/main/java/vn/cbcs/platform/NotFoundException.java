package vn.cbcs.platform;

/**
 * Something asked for does not exist (or, later, is outside the user's scope and must look as if it
 * did not). Becomes a 404 page or a 404 JSON body with a message in both languages.
 */
public class NotFoundException extends MessageException {

  public NotFoundException(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
